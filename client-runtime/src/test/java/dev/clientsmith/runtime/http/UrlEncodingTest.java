package dev.clientsmith.runtime.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@Timeout(10)
class UrlEncodingTest {

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "3fa85f64-5717-4562-b3fc-2c963f66afa6|3fa85f64-5717-4562-b3fc-2c963f66afa6",
      "a/b c|a%2Fb%20c",
      "gpt-4o-mini_v1.2~x|gpt-4o-mini_v1.2~x",
      "ü€😀|%C3%BC%E2%82%AC%F0%9F%98%80",
      "a+b&c=d?e#f%g|a%2Bb%26c%3Dd%3Fe%23f%25g",
      "org/model:latest@sha|org%2Fmodel%3Alatest%40sha",
      ".|%2E",
      "..|%2E%2E",
      "...|...",
      "a..b|a..b",
  })
  void encodesPathSegments(String raw, String encoded) {
    assertThat(UrlEncoding.encodePathSegment(raw)).isEqualTo(encoded);
  }

  @Test
  void rejectsEmptySegment() {
    assertThatThrownBy(() -> UrlEncoding.encodePathSegment(""))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("empty");
  }

  @Test
  void encodesQueryComponentsWithPercent20NotPlus() {
    assertThat(UrlEncoding.encodeQueryComponent("a b+c")).isEqualTo("a%20b%2Bc");
    assertThat(UrlEncoding.encodeQueryComponent("")).isEmpty();
    assertThat(UrlEncoding.encodeQueryComponent("x&y=z")).isEqualTo("x%26y%3Dz");
  }
}
