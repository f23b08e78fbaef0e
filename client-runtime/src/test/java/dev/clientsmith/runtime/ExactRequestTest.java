package dev.clientsmith.runtime;

import static dev.clientsmith.runtime.testing.TestClients.API_KEY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.clientsmith.runtime.errors.ClientsmithException;
import dev.clientsmith.runtime.json.ClientJson;
import dev.clientsmith.runtime.json.Nullable;
import dev.clientsmith.runtime.testing.ChatParams;
import dev.clientsmith.runtime.testing.LocalServer;
import dev.clientsmith.runtime.testing.LocalServer.RecordedRequest;
import dev.clientsmith.runtime.testing.LocalServer.Reply;
import dev.clientsmith.runtime.testing.TestClients;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** What goes over the wire, byte for byte where it matters. */
@Timeout(20)
class ExactRequestTest {

  private static LocalServer server;
  private ClientRuntime runtime;

  @BeforeAll
  static void startServer() {
    server = LocalServer.start();
  }

  @AfterAll
  static void stopServer() {
    server.close();
  }

  @BeforeEach
  void createRuntime() {
    server.reset();
    runtime = ClientRuntime.create(TestClients.options(server)
        .baseUrl(server.baseUrl() + "/v1/")
        .putHeader("X-Org", "acme")
        .putHeader("X-Override", "from-client")
        .build());
  }

  @AfterEach
  void closeRuntime() {
    runtime.close();
  }

  @Test
  void sendsMethodPathQueryHeadersAndBodyExactly() throws Exception {
    ChatParams params = ChatParams.builder()
        .model("m")
        .messages(List.of("hi"))
        .maxTokens(Nullable.ofNull())
        .temperature(Nullable.of(0.7))
        .build(); // user: absent
    String paramsJsonBefore = ClientJson.mapper().writeValueAsString(params);
    server.enqueue(Reply.json(200, "{}"));

    runtime.execute(
        ApiRequest.builder("POST", "/inference/completions/{modelIdentifier}")
            .pathParam("modelIdentifier", "org/model v1")
            .queryParam("tags", List.of("a b", "c&d"))
            .queryParam("stream", false)
            .header("X-Override", "from-operation")
            .header("X-Operation", "op")
            .body(params)
            .build(),
        ResponseSpec.of(Map.class),
        RequestOptions.builder()
            .putHeader("X-Override", "from-request")
            .putQueryParam("stream", "true")
            .putQueryParam("api-version", "2")
            .putExtraBodyProperty("temperature", 0.1)
            .putExtraBodyProperty("provider_option", Map.of("nested", List.of(1, 2)))
            .putExtraBodyProperty("explicit_null", null)
            .build());

    RecordedRequest sent = server.takeRequest();
    assertThat(sent.method).isEqualTo("POST");
    assertThat(sent.rawPath).isEqualTo("/v1/inference/completions/org%2Fmodel%20v1");
    assertThat(sent.rawQuery).isEqualTo("tags=a%20b&tags=c%26d&stream=true&api-version=2");
    assertThat(sent.header("Authorization")).isEqualTo("Bearer " + API_KEY);
    assertThat(sent.header("User-Agent")).isEqualTo("clientsmith-java/" + ClientsmithVersion.VERSION);
    assertThat(sent.header("Accept")).isEqualTo("application/json");
    assertThat(sent.header("Content-Type")).isEqualTo("application/json");
    assertThat(sent.header("X-Org")).isEqualTo("acme");
    assertThat(sent.header("X-Operation")).isEqualTo("op");
    assertThat(sent.header("X-Override")).isEqualTo("from-request");
    assertThat(sent.headers.keySet()).containsExactlyInAnyOrder("accept", "authorization", "content-length",
        "content-type", "host", "user-agent", "x-operation", "x-org", "x-override");
    assertThat(sent.bodyText()).isEqualTo("{\"model\":\"m\",\"messages\":[\"hi\"],\"max_tokens\":null,"
        + "\"temperature\":0.1,\"provider_option\":{\"nested\":[1,2]},\"explicit_null\":null}");
    assertThat(sent.header("Content-Length")).isEqualTo(String.valueOf(sent.body.length));

    assertThat(ClientJson.mapper().writeValueAsString(params)).as("params untouched").isEqualTo(paramsJsonBefore);
    assertThat(params.temperature()).isEqualTo(Nullable.of(0.7));
  }

  @Test
  void sendsAbsentNullAndValueFieldsWithoutExtras() {
    server.enqueue(Reply.json(200, "{}"));
    ChatParams params = ChatParams.builder().model("m").user(Nullable.of("u")).temperature(Nullable.ofNull()).build();
    runtime.execute(ApiRequest.builder("POST", "/chat/completions").body(params).build(), ResponseSpec.none());
    assertThat(server.takeRequest().bodyText()).isEqualTo("{\"model\":\"m\",\"temperature\":null,\"user\":\"u\"}");
  }

  @Test
  void getWithoutKeyOrBodySendsNoAuthorizationAndNoContentType() {
    server.enqueue(Reply.json(200, "{}"));
    try (ClientRuntime anonymous = ClientRuntime.create(TestClients.options(server).noApiKey().build())) {
      UUID id = UUID.fromString("3fa85f64-5717-4562-b3fc-2c963f66afa6");
      anonymous.execute(ApiRequest.builder("GET", "/models/{id}").pathParam("id", id).build(), ResponseSpec.of(Map.class));
    }
    RecordedRequest sent = server.takeRequest();
    assertThat(sent.method).isEqualTo("GET");
    assertThat(sent.rawPath).isEqualTo("/models/3fa85f64-5717-4562-b3fc-2c963f66afa6");
    assertThat(sent.rawQuery).isNull();
    assertThat(sent.headers).doesNotContainKeys("authorization", "content-type");
    assertThat(sent.body).isEmpty();
  }

  @Test
  void sendsDotSegmentsEncodedSoTheyCannotClimbThePath() {
    server.enqueue(Reply.json(200, "{}"));
    runtime.execute(ApiRequest.builder("GET", "/models/{id}/info").pathParam("id", "..").build(), ResponseSpec.none());
    assertThat(server.takeRequest().rawPath).isEqualTo("/v1/models/%2E%2E/info");
  }

  @Test
  void sendsRawBodiesAndOtherJsonContentTypes() {
    server.enqueue(Reply.json(200, "{}"), Reply.json(200, "{}"));
    runtime.execute(ApiRequest.builder("PUT", "/blob").rawBody("a\u0000b".getBytes(StandardCharsets.UTF_8), "application/octet-stream").build(),
        ResponseSpec.none());
    RecordedRequest raw = server.takeRequest();
    assertThat(raw.method).isEqualTo("PUT");
    assertThat(raw.header("Content-Type")).isEqualTo("application/octet-stream");
    assertThat(raw.body).containsExactly('a', 0, 'b');

    runtime.execute(ApiRequest.builder("POST", "/c").body(Map.of("k", "v"), "text/json").build(), ResponseSpec.none());
    RecordedRequest json = server.takeRequest();
    assertThat(json.header("Content-Type")).isEqualTo("text/json");
    assertThat(json.bodyText()).isEqualTo("{\"k\":\"v\"}");
  }

  @Test
  void extraPropertiesWithoutABodyBecomeAJsonObject() {
    server.enqueue(Reply.json(200, "{}"));
    runtime.execute(ApiRequest.builder("POST", "/c").build(), ResponseSpec.none(),
        RequestOptions.builder().putExtraBodyProperty("only", "extra").build());
    RecordedRequest sent = server.takeRequest();
    assertThat(sent.bodyText()).isEqualTo("{\"only\":\"extra\"}");
    assertThat(sent.header("Content-Type")).isEqualTo("application/json");
  }

  @Test
  void refusesExtraPropertiesThatCannotBeMergedBeforeSending() {
    RequestOptions extra = RequestOptions.builder().putExtraBodyProperty("x", 1).build();
    assertThatThrownBy(() -> runtime.execute(ApiRequest.builder("POST", "/c").body(List.of(1, 2)).build(),
        ResponseSpec.none(), extra))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("JSON object").hasMessageContaining("array");
    assertThatThrownBy(() -> runtime.execute(ApiRequest.builder("POST", "/c").rawBody(new byte[1], "image/png").build(),
        ResponseSpec.none(), extra))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("image/png");
    assertThat(server.requestCount()).isZero();
  }

  @Test
  void reportsABodyThatCannotBeSerializedBeforeSending() {
    assertThatThrownBy(() -> runtime.execute(ApiRequest.builder("POST", "/c").body(new Exploding()).build(),
        ResponseSpec.none()))
        .isInstanceOf(ClientsmithException.class)
        .hasMessageStartingWith("Could not serialize the body of POST /c")
        .hasMessageContaining("boom");
    assertThat(server.requestCount()).isZero();
  }

  @Test
  void defaultTransportTalksToAnHttp11Server() {
    server.enqueue(Reply.json(200, "{\"ok\":true}"));
    try (ClientRuntime defaults = ClientRuntime.create(ClientOptions.builder().baseUrl(server.baseUrl()).build())) {
      Map<?, ?> result = defaults.execute(ApiRequest.builder("POST", "/x").body(Map.of()).build(), ResponseSpec.of(Map.class));
      assertThat(result.get("ok")).isEqualTo(true);
    }
    assertThat(server.takeRequest().headers).doesNotContainKeys("upgrade", "http2-settings");
  }

  @Test
  void closedRuntimeRefusesCalls() {
    runtime.close();
    runtime.close();
    assertThatThrownBy(() -> runtime.execute(ApiRequest.builder("GET", "/x").build(), ResponseSpec.none()))
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("closed");
  }

  static final class Exploding {
    @JsonProperty("value")
    String value() {
      throw new IllegalStateException("boom");
    }
  }
}
