package dev.clientsmith.clienttests.local;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.clientsmith.clients.jylo.JyloClient;
import dev.clientsmith.clients.jylo.model.ChatCompletionRequest;
import dev.clientsmith.clients.jylo.model.Message;
import dev.clientsmith.clients.jylo.model.ResponseFormat;
import dev.clientsmith.clienttests.support.LocalServer;
import dev.clientsmith.clienttests.support.RecordedRequest;
import dev.clientsmith.clienttests.support.TestResources;
import dev.clientsmith.runtime.RequestOptions;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** The Jylo client's base URL from server variables, and the exact bytes it sends. */
@Timeout(10)
class JyloRequestTest {

  private static final UUID MODEL = UUID.fromString("3f2b8c1e-4d5a-4e6f-8a9b-0c1d2e3f4a5b");

  private LocalServer server;
  private JyloClient client;

  @BeforeEach
  void start() {
    server = LocalServer.start();
    client = JyloClient.builder().apiKey("k").baseUrl(server.baseUrl())
        .maxRetries(0).timeout(Duration.ofSeconds(5)).build();
  }

  @AfterEach
  void stop() {
    client.close();
    server.close();
  }

  private RecordedRequest send(ChatCompletionRequest params) {
    return send(params, RequestOptions.none());
  }

  private RecordedRequest send(ChatCompletionRequest params, RequestOptions options) {
    int before = server.requestCount();
    server.enqueueJson(TestResources.text("local/jylo/chat-completion.json"));
    client.completions().create(MODEL, params, options);
    assertThat(server.requestCount()).as("requests sent").isEqualTo(before + 1);
    return server.takeRequest();
  }

  private static Message user(String content) {
    return Message.builder().role("user").content(content).build();
  }

  @Test
  void tenantAndRegionFillTheServerUrlTemplate() {
    try (JyloClient acme = JyloClient.builder().apiKey("k").tenant("acme").region(JyloClient.Region.US).build()) {
      assertThat(acme.options().baseUrl().toString()).isEqualTo("https://api.acme.us.jylo.ai/inference");
    }
  }

  @Test
  void serverVariablesDefaultToTheDocumentDefaults() {
    try (JyloClient defaults = JyloClient.builder().apiKey("k").build()) {
      assertThat(defaults.options().baseUrl().toString()).isEqualTo("https://api.example.uk.jylo.ai/inference");
    }
  }

  @Test
  void everyRegionIsAValidHostLabel() {
    for (JyloClient.Region region : JyloClient.Region.values()) {
      try (JyloClient regional = JyloClient.builder().apiKey("k").tenant("t").region(region).build()) {
        assertThat(regional.options().baseUrl().toString())
            .isEqualTo("https://api.t." + region.value() + ".jylo.ai/inference");
      }
    }
  }

  @Test
  void tenantThatWouldChangeTheHostIsRejected() {
    assertThatThrownBy(() -> JyloClient.builder().apiKey("k").tenant("acme/x?").build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("tenant");
  }

  @Test
  void baseUrlOverrideWinsOverServerVariables() {
    try (JyloClient local = JyloClient.builder().apiKey("k").tenant("acme").region(JyloClient.Region.EU)
        .baseUrl(server.baseUrl()).build()) {
      assertThat(local.options().baseUrl().toString()).isEqualTo(server.baseUrl());
    }
  }

  @Test
  void createPostsToTheModelPathWithBearerAuthAndOnlyTheSetFields() {
    RecordedRequest request = send(ChatCompletionRequest.builder().addMessage(user("hi")).build());

    assertThat(request.method()).isEqualTo("POST");
    assertThat(request.target()).isEqualTo("/completions/3f2b8c1e-4d5a-4e6f-8a9b-0c1d2e3f4a5b");
    assertThat(request.header("Authorization")).contains("Bearer k");
    assertThat(request.header("Content-Type")).contains("application/json");
    assertThat(request.header("Accept")).contains("application/json");
    assertThat(request.bodyText()).isEqualTo("{\"messages\":[{\"role\":\"user\",\"content\":\"hi\"}]}");
  }

  @Test
  void requiredNullablePropertiesSetToNullAreSentAsNull() {
    RecordedRequest request = send(ChatCompletionRequest.builder().messages(null).maxTokens(null).build());

    assertThat(request.bodyText()).isEqualTo("{\"messages\":null,\"max_tokens\":null}");
  }

  @Test
  void messageWithNullRoleAndContentSendsBothAsNull() {
    RecordedRequest request = send(ChatCompletionRequest.builder()
        .messages(List.of(Message.builder().role(null).content(null).build()))
        .build());

    assertThat(request.bodyText()).isEqualTo("{\"messages\":[{\"role\":null,\"content\":null}]}");
  }

  @Test
  void everyDeclaredFieldIsSentInDocumentOrder() {
    RecordedRequest request = send(ChatCompletionRequest.builder()
        .maxTokens(128)
        .responseFormat(ResponseFormat.builder().type("json_schema").schema("{\"type\":\"object\"}").build())
        .addMessage(Message.builder().role("system").content("Be brief.").build())
        .addMessage(user("hi"))
        .build());

    assertThat(request.bodyText()).isEqualTo("{\"messages\":[{\"role\":\"system\",\"content\":\"Be brief.\"},"
        + "{\"role\":\"user\",\"content\":\"hi\"}],"
        + "\"response_format\":{\"type\":\"json_schema\",\"schema\":\"{\\\"type\\\":\\\"object\\\"}\"},"
        + "\"max_tokens\":128}");
  }

  @Test
  void extraBodyPropertiesAreSentThoughTheModelsAllowNone() {
    // additionalProperties: false, so the builder has no putAdditionalProperty; the per-request
    // escape hatch still sends what the caller insists on.
    assertThat(java.util.Arrays.stream(ChatCompletionRequest.Builder.class.getMethods()).map(java.lang.reflect.Method::getName))
        .doesNotContain("putAdditionalProperty");
    RecordedRequest request = send(
        ChatCompletionRequest.builder()
            .addMessage(user("hi"))
            .build(),
        RequestOptions.builder().putExtraBodyProperty("temperature", 0.2).putExtraBodyProperty("conversationId", "conv-9").build());

    assertThat(request.bodyText()).isEqualTo(
        "{\"messages\":[{\"role\":\"user\",\"content\":\"hi\"}],\"temperature\":0.2,\"conversationId\":\"conv-9\"}");
  }
}
