package dev.clientsmith.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.annotation.JsonValue;
import dev.clientsmith.runtime.json.Nullable;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(10)
class ApiRequestTest {

  @Test
  void expandsAndEncodesPathParameters() {
    UUID id = UUID.fromString("3fa85f64-5717-4562-b3fc-2c963f66afa6");
    ApiRequest request = ApiRequest.builder("post", "/inference/completions/{modelIdentifier}/x/{name}")
        .pathParam("modelIdentifier", id)
        .pathParam("name", "a/b c")
        .build();
    assertThat(request.method()).isEqualTo("POST");
    assertThat(request.path()).isEqualTo("/inference/completions/3fa85f64-5717-4562-b3fc-2c963f66afa6/x/a%2Fb%20c");
    assertThat(request.pathTemplate()).isEqualTo("/inference/completions/{modelIdentifier}/x/{name}");
    assertThat(request).hasToString("POST " + request.path());
  }

  @Test
  void addsMissingLeadingSlash() {
    assertThat(ApiRequest.builder("GET", "models").build().path()).isEqualTo("/models");
  }

  @Test
  void failsOnMissingUnknownEmptyOrNullPathParameters() {
    assertThatThrownBy(() -> ApiRequest.builder("GET", "/models/{id}").build())
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("needs parameter 'id'");
    assertThatThrownBy(() -> ApiRequest.builder("GET", "/models").pathParam("id", "x").build())
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("has no parameter 'id'");
    assertThatThrownBy(() -> ApiRequest.builder("GET", "/models/{id}").pathParam("id", "").build())
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("empty");
    assertThatThrownBy(() -> ApiRequest.builder("GET", "/models/{id}").pathParam("id", null))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'id'").hasMessageContaining("null");
    assertThatThrownBy(() -> ApiRequest.builder("GET", "/models/{id").pathParam("id", "x").build())
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("unclosed");
    assertThatThrownBy(() -> ApiRequest.builder("GE T", "/x"))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void convertsQueryValues() {
    ApiRequest request = ApiRequest.builder("GET", "/m")
        .queryParam("ids", List.of(1, 2))
        .queryParam("role", Role.ASSISTANT)
        .queryParam("flag", true)
        .queryParam("absent", Optional.empty())
        .queryParam("nul", Nullable.ofNull())
        .queryParam("opt", Optional.of("o"))
        .queryParam("n", Nullable.of(2.5))
        .queryParam("skipped", null)
        .build();
    assertThat(request.queryParams()).containsExactly(
        Map.entry("ids", List.of("1", "2")),
        Map.entry("role", List.of("assistant")),
        Map.entry("flag", List.of("true")),
        Map.entry("opt", List.of("o")),
        Map.entry("n", List.of("2.5")));
  }

  @Test
  void rejectsStructuredQueryValues() {
    assertThatThrownBy(() -> ApiRequest.builder("GET", "/m").queryParam("filter", Map.of("a", 1)))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'filter' must be a scalar");
  }

  @Test
  void headerParametersAndBodies() {
    ApiRequest request = ApiRequest.builder("POST", "/m")
        .header("X-Trace", 42)
        .header("X-None", Optional.empty())
        .body(Map.of("a", 1), "application/merge-patch+json")
        .build();
    assertThat(request.headers().first("x-trace")).contains("42");
    assertThat(request.headers().contains("X-None")).isFalse();
    assertThat(request.contentType()).contains("application/merge-patch+json");
    assertThat(request.jsonBody()).contains(Map.of("a", 1));
    assertThat(request.rawBody()).isEmpty();

    ApiRequest raw = ApiRequest.builder("POST", "/m").rawBody(new byte[] {1}, "application/octet-stream").build();
    assertThat(raw.jsonBody()).isEmpty();
    assertThat(raw.rawBody()).isPresent();
  }

  /** Like a generated open enum: serialized through its wire value. */
  static final class Role {
    static final Role ASSISTANT = new Role("assistant");
    private final String value;

    private Role(String value) {
      this.value = value;
    }

    @JsonValue
    String value() {
      return value;
    }
  }
}
