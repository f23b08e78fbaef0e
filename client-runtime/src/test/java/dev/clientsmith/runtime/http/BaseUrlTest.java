package dev.clientsmith.runtime.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@Timeout(10)
class BaseUrlTest {

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "https://api.example.com/v1|/chat/completions|https://api.example.com/v1/chat/completions",
      "https://api.example.com/v1/|/chat/completions|https://api.example.com/v1/chat/completions",
      "https://api.example.com/v1//|/chat/completions|https://api.example.com/v1/chat/completions",
      "https://api.example.com|/chat/completions|https://api.example.com/chat/completions",
      "https://api.example.com/|/chat/completions|https://api.example.com/chat/completions",
      "https://api.example.com/v1|chat/completions|https://api.example.com/v1/chat/completions",
      "https://api.example.com/api/v1|/|https://api.example.com/api/v1/",
      "HTTPS://api.example.com:8443/a%20b|/x|https://api.example.com:8443/a%20b/x",
      "http://127.0.0.1:8080|/m/a%2Fb|http://127.0.0.1:8080/m/a%2Fb",
      "http://[::1]:9000/base|/x|http://[::1]:9000/base/x",
      "  https://api.example.com/v1  |/x|https://api.example.com/v1/x",
  })
  void joinsPaths(String base, String path, String expected) {
    assertThat(BaseUrl.parse(base).resolve(path, null)).hasToString(expected);
  }

  @Test
  void appendsQuery() {
    BaseUrl base = BaseUrl.parse("https://api.example.com/v1/");
    assertThat(base.resolve("/models", "limit=10&q=a%20b")).hasToString("https://api.example.com/v1/models?limit=10&q=a%20b");
    assertThat(base.resolve("/models", "")).hasToString("https://api.example.com/v1/models");
    assertThat(base).hasToString("https://api.example.com/v1");
    assertThat(base).isEqualTo(BaseUrl.parse("https://api.example.com/v1"));
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "api.example.com/v1|absolute",
      "/v1|absolute",
      "ftp://api.example.com|scheme must be http or https",
      "mailto:someone@example.com|absolute",
      "https://api.example.com/v1?key=abc|query",
      "https://api.example.com/v1#top|fragment",
      "https://bad host/|not a valid URI",
      "https://my_host:8080/|no valid host",
  })
  void rejectsInvalidUrls(String url, String reason) {
    assertThatThrownBy(() -> BaseUrl.parse(url))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("Invalid base URL")
        .hasMessageContaining(reason);
  }

  @Test
  void rejectsUserInfoWithoutRepeatingIt() {
    assertThatThrownBy(() -> BaseUrl.parse("https://user:hunter2-password@api.example.com/v1"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("user info")
        .satisfies(e -> assertThat(e.getMessage()).doesNotContain("hunter2").contains("https://***@api.example.com/v1"));
  }

  @Test
  void expandsServerTemplates() {
    BaseUrl url = BaseUrl.fromTemplate("https://api.{tenant}.{region}.example.com", Map.of("tenant", "acme", "region", "uk"));
    assertThat(url).hasToString("https://api.acme.uk.example.com");
  }

  @Test
  void rejectsTemplateValuesThatWouldChangeTheHost() {
    assertThatThrownBy(() -> BaseUrl.fromTemplate("https://api.{tenant}.example.com",
        Map.of("tenant", "evil.com/x?")))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("tenant");
    assertThatThrownBy(() -> BaseUrl.fromTemplate("https://api.{tenant}.example.com", Map.of("tenant", "a@b")))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> BaseUrl.fromTemplate("https://api.{tenant}.{region}.example.com", Map.of("tenant", "a")))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'region'");
  }
}
