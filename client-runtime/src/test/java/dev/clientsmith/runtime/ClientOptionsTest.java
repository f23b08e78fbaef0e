package dev.clientsmith.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(10)
class ClientOptionsTest {

  private static final String KEY = "sk-test-0123456789abcdef";

  @Test
  void defaults() {
    ClientOptions options = ClientOptions.builder().baseUrl("https://api.example.com/v1/").build();
    assertThat(options.baseUrl()).hasToString("https://api.example.com/v1");
    assertThat(options.apiKey()).isEmpty();
    assertThat(options.connectTimeout()).isEqualTo(ClientOptions.DEFAULT_CONNECT_TIMEOUT);
    assertThat(options.timeout()).isEqualTo(ClientOptions.DEFAULT_TIMEOUT);
    assertThat(options.maxRetries()).isEqualTo(2);
    assertThat(options.userAgent()).matches("clientsmith-java/\\d+\\.\\d+\\.\\d+.*");
    assertThat(options.userAgent()).isEqualTo("clientsmith-java/" + ClientsmithVersion.VERSION);
    assertThat(options.transport()).isEmpty();
  }

  @Test
  void requiresABaseUrl() {
    assertThatThrownBy(() -> ClientOptions.builder().build())
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("base URL");
  }

  @Test
  void validatesValues() {
    ClientOptions.Builder builder = ClientOptions.builder();
    assertThatThrownBy(() -> builder.timeout(Duration.ZERO)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> builder.connectTimeout(Duration.ofSeconds(-1))).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> builder.maxRetries(-1)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> builder.userAgent("a\nb")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> builder.apiKey("  ")).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void readsTheApiKeyFromTheEnvironment() {
    ClientOptions options = ClientOptions.builder()
        .baseUrl("https://api.example.com")
        .apiKeyFromEnv("CORTECS_API_KEY", Map.of("CORTECS_API_KEY", KEY + "\n")::get)
        .build();
    assertThat(options.apiKey().orElseThrow().reveal()).isEqualTo(KEY);
  }

  @Test
  void failsClearlyWhenTheVariableIsMissingOrBlank() {
    assertThatThrownBy(() -> ClientOptions.builder().apiKeyFromEnv("CORTECS_API_KEY", Map.<String, String>of()::get))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("Environment variable CORTECS_API_KEY is not set. Set it to your API key, or pass the key to apiKey(...).");
    assertThatThrownBy(() -> ClientOptions.builder().apiKeyFromEnv("CORTECS_API_KEY", Map.of("CORTECS_API_KEY", " \t")::get))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("CORTECS_API_KEY is set but blank");
  }

  @Test
  void reportsAnUnusableKeyWithoutRepeatingIt() {
    assertThatThrownBy(() -> ClientOptions.builder().apiKeyFromEnv("K", Map.of("K", "sk-abc\u0007def")::get))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("control character")
        .satisfies(e -> assertThat(e.getMessage()).doesNotContain("sk-abc").doesNotContain("def"));
  }

  @Test
  void readsTheRealEnvironmentByDefault() {
    String name = "CLIENTSMITH_TEST_SURELY_UNSET_" + System.nanoTime();
    assertThatThrownBy(() -> ClientOptions.builder().apiKeyFromEnv(name))
        .isInstanceOf(IllegalStateException.class).hasMessageContaining(name);
  }

  @Test
  void toBuilderCopiesEverything() {
    ClientOptions options = ClientOptions.builder()
        .baseUrl("https://api.example.com")
        .apiKey(KEY)
        .putHeader("X-Org", "o")
        .timeout(Duration.ofSeconds(5))
        .maxRetries(0)
        .userAgent("ua/1")
        .build();
    ClientOptions copy = options.toBuilder().putHeader("X-Extra", "e").build();
    assertThat(copy.baseUrl()).isEqualTo(options.baseUrl());
    assertThat(copy.apiKey()).containsSame(options.apiKey().orElseThrow());
    assertThat(copy.defaultHeaders().names()).containsExactly("X-Extra", "X-Org");
    assertThat(options.defaultHeaders().names()).containsExactly("X-Org");
    assertThat(copy.timeout()).isEqualTo(Duration.ofSeconds(5));
    assertThat(copy.maxRetries()).isZero();
    assertThat(copy.userAgent()).isEqualTo("ua/1");
    assertThat(copy.toBuilder().noApiKey().build().apiKey()).isEmpty();
  }

  @Test
  void requestOptionsKeepNullExtrasAndOrder() {
    RequestOptions options = RequestOptions.builder()
        .putExtraBodyProperty("b", 1)
        .putExtraBodyProperty("a", null)
        .putQueryParam("q", "1")
        .addQueryParam("q", "2")
        .maxRetries(0)
        .timeout(Duration.ofSeconds(1))
        .build();
    assertThat(options.extraBodyProperties()).containsExactly(Map.entry("b", 1), new java.util.AbstractMap.SimpleEntry<>("a", null));
    assertThat(options.queryParams().get("q")).containsExactly("1", "2");
    assertThat(options.toBuilder().build().extraBodyProperties()).containsKey("a");
    assertThat(RequestOptions.none().extraBodyProperties()).isEmpty();
    assertThat(options.maxRetries()).hasValue(0);
  }
}
