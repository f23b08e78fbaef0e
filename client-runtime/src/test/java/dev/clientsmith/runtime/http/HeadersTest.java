package dev.clientsmith.runtime.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(10)
class HeadersTest {

  @Test
  void namesIgnoreCase() {
    Headers headers = Headers.builder().add("X-Rate", "1").add("x-rate", "2").set("Content-Type", "a/b").build();
    assertThat(headers.all("X-RATE")).containsExactly("1", "2");
    assertThat(headers.first("content-type")).contains("a/b");
    assertThat(headers.contains("CONTENT-TYPE")).isTrue();
    assertThat(headers.first("missing")).isEmpty();
    assertThat(headers.all("missing")).isEmpty();
    assertThat(headers.size()).isEqualTo(2);
  }

  @Test
  void setReplacesAndWithOverrides() {
    Headers base = Headers.builder().set("Accept", "a").set("X-Keep", "k").build();
    Headers overrides = Headers.builder().set("accept", "b").build();
    Headers merged = base.with(overrides);
    assertThat(merged.all("Accept")).containsExactly("b");
    assertThat(merged.names()).containsExactly("accept", "X-Keep");
    assertThat(merged.first("x-keep")).contains("k");
  }

  @Test
  void receivedHeadersDropPseudoHeadersAndNulls() {
    Map<String, List<String>> raw = new LinkedHashMap<>();
    raw.put(":status", List.of("200"));
    raw.put("retry-after", List.of("3"));
    raw.put("Retry-After", List.of("4"));
    Headers headers = Headers.ofReceived(raw);
    assertThat(headers.names()).containsExactly("retry-after");
    assertThat(headers.all("RETRY-AFTER")).containsExactly("3", "4");
  }

  @Test
  void rejectsHeaderInjectionWithoutEchoingTheValue() {
    assertThatThrownBy(() -> Headers.builder().set("X-Token", "abc\r\nX-Evil: 1"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("X-Token")
        .satisfies(e -> assertThat(e.getMessage()).doesNotContain("abc").doesNotContain("Evil"));
    assertThatThrownBy(() -> Headers.builder().set("Bad Name", "v")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Headers.builder().set("", "v")).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void toStringAndRedactHideCredentials() {
    Headers headers = Headers.builder()
        .set("Authorization", "Bearer sk-very-secret")
        .set("x-api-key", "key-very-secret")
        .set("Accept", "application/json")
        .build();
    assertThat(headers.toString()).doesNotContain("very-secret").contains("application/json").contains("Authorization=[***]");
    assertThat(headers.redact("token sk-very-secret and key-very-secret and Bearer sk-very-secret"))
        .isEqualTo("token *** and *** and ***");
    assertThat(Headers.isSensitive("PROXY-Authorization")).isTrue();
    assertThat(Headers.isSensitive("Accept")).isFalse();
  }
}
