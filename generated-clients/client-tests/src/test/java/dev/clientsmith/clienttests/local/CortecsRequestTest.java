package dev.clientsmith.clienttests.local;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import dev.clientsmith.clients.cortecs.CortecsClient;
import dev.clientsmith.clients.cortecs.model.CompletionRequest;
import dev.clientsmith.clienttests.support.LocalServer;
import dev.clientsmith.clienttests.support.RecordedRequest;
import dev.clientsmith.clienttests.support.TestResources;
import dev.clientsmith.runtime.ClientOptions;
import dev.clientsmith.runtime.RequestOptions;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** The exact bytes the Cortecs client puts on the wire. */
@Timeout(10)
class CortecsRequestTest {

  private LocalServer server;
  private CortecsClient client;

  @BeforeEach
  void start() {
    server = LocalServer.start();
    client = CortecsClient.builder().apiKey("k").baseUrl(server.baseUrl())
        .maxRetries(0).timeout(Duration.ofSeconds(5)).build();
  }

  @AfterEach
  void stop() {
    client.close();
    server.close();
  }

  private RecordedRequest send(CompletionRequest params) {
    return send(params, RequestOptions.none());
  }

  private RecordedRequest send(CompletionRequest params, RequestOptions options) {
    int before = server.requestCount();
    server.enqueueJson(TestResources.text("local/cortecs/chat-completion.json"));
    client.chat().completions().create(params, options);
    assertThat(server.requestCount()).as("requests sent").isEqualTo(before + 1);
    return server.takeRequest();
  }

  private static CompletionRequest.Message user(String content) {
    return CompletionRequest.Message.builder().role("user").content(content).build();
  }

  @Test
  void minimalRequestSendsOnlyWhatWasSetWithBearerAuthAndJsonHeaders() {
    RecordedRequest request = send(CompletionRequest.builder().model("m").addMessage(user("hi")).build());

    assertThat(request.method()).isEqualTo("POST");
    assertThat(request.target()).isEqualTo("/chat/completions");
    assertThat(request.header("Authorization")).contains("Bearer k");
    assertThat(request.header("Content-Type")).contains("application/json");
    assertThat(request.header("Accept")).contains("application/json");
    assertThat(request.header("User-Agent")).contains(ClientOptions.DEFAULT_USER_AGENT);
    assertThat(request.headerNames()).containsExactlyInAnyOrder(
        "accept", "authorization", "content-length", "content-type", "host", "user-agent");
    byte[] expected = "{\"model\":\"m\",\"messages\":[{\"role\":\"user\",\"content\":\"hi\"}]}"
        .getBytes(StandardCharsets.UTF_8);
    assertThat(request.bodyBytes()).containsExactly(expected);
    assertThat(request.header("Content-Length")).contains(String.valueOf(expected.length));
  }

  @Test
  void nonAsciiTextIsSentAsUtf8WithoutEscapes() {
    RecordedRequest request = send(CompletionRequest.builder().model("m").addMessage(user("Grüße, 世界 ✓")).build());

    byte[] expected = "{\"model\":\"m\",\"messages\":[{\"role\":\"user\",\"content\":\"Grüße, 世界 ✓\"}]}"
        .getBytes(StandardCharsets.UTF_8);
    assertThat(request.bodyBytes()).containsExactly(expected);
    assertThat(request.header("Content-Length")).contains(String.valueOf(expected.length));
  }

  @Test
  void basePathOfTheConfiguredUrlIsKept() {
    client.close();
    client = CortecsClient.builder().apiKey("k").baseUrl(server.baseUrl() + "/v1/").maxRetries(0).build();

    RecordedRequest request = send(CompletionRequest.builder().model("m").addMessage(user("hi")).build());

    assertThat(request.target()).isEqualTo("/v1/chat/completions");
  }

  @Test
  void nullablePropertySetToNullIsSentAsNullAndUnsetOnesAreAbsent() {
    RecordedRequest request = send(CompletionRequest.builder()
        .model("m")
        .addMessage(user(null))
        .temperature(null)
        .maxTokens(256L)
        .build());

    assertThat(request.bodyText()).isEqualTo(
        "{\"model\":\"m\",\"messages\":[{\"role\":\"user\",\"content\":null}],\"temperature\":null,\"max_tokens\":256}");
  }

  @Test
  void logprobsUnionIsSentAsIntegerOrBooleanOrNull() {
    assertThat(send(CompletionRequest.builder().model("m")
        .logprobs(CompletionRequest.Logprobs.ofInteger(5L)).build()).bodyText())
        .isEqualTo("{\"model\":\"m\",\"logprobs\":5}");
    assertThat(send(CompletionRequest.builder().model("m")
        .logprobs(CompletionRequest.Logprobs.ofBoolean(true)).build()).bodyText())
        .isEqualTo("{\"model\":\"m\",\"logprobs\":true}");
    assertThat(send(CompletionRequest.builder().model("m")
        .logprobs(null).build()).bodyText())
        .isEqualTo("{\"model\":\"m\",\"logprobs\":null}");
  }

  @Test
  void routingOptionsEnumAndListsAreSentInDocumentOrder() {
    RecordedRequest request = send(CompletionRequest.builder()
        .model("m")
        .preference(CompletionRequest.Preference.SPEED)
        .allowedProviders(List.of("nebius", "mistral"))
        .euNative(true)
        .addMessage(user("hi"))
        .addStopItem("\n\n")
        .seed(7L)
        .build());

    assertThat(request.bodyText()).isEqualTo("{\"preference\":\"speed\",\"allowed_providers\":[\"nebius\",\"mistral\"],"
        + "\"eu_native\":true,\"model\":\"m\",\"messages\":[{\"role\":\"user\",\"content\":\"hi\"}],"
        + "\"stop\":[\"\\n\\n\"],\"seed\":7}");
  }

  @Test
  void additionalPropertyOfTheBuilderIsSentAfterTheDeclaredOnes() {
    RecordedRequest request = send(CompletionRequest.builder()
        .putAdditionalProperty("top_k", JsonNodeFactory.instance.numberNode(40))
        .model("m")
        .addMessage(CompletionRequest.Message.builder().role("user").content("hi")
            .putAdditionalProperty("name", JsonNodeFactory.instance.textNode("ada")).build())
        .build());

    assertThat(request.bodyText()).isEqualTo(
        "{\"model\":\"m\",\"messages\":[{\"role\":\"user\",\"content\":\"hi\",\"name\":\"ada\"}],\"top_k\":40}");
  }

  @Test
  void extraBodyPropertiesOfRequestOptionsAreMergedAndMayReplaceOrNullAField() {
    RecordedRequest request = send(
        CompletionRequest.builder().model("m").addMessage(user("hi")).build(),
        RequestOptions.builder()
            .putExtraBodyProperty("repetition_penalty", 1.1)
            .putExtraBodyProperty("model", "other")
            .putExtraBodyProperty("safe_prompt", null)
            .build());

    assertThat(request.bodyText()).isEqualTo(
        "{\"model\":\"other\",\"messages\":[{\"role\":\"user\",\"content\":\"hi\"}],\"repetition_penalty\":1.1,\"safe_prompt\":null}");
  }

  @Test
  void perRequestHeaderAndQueryParameterAreSentEncoded() {
    RecordedRequest request = send(
        CompletionRequest.builder().model("m").build(),
        RequestOptions.builder()
            .putHeader("X-Trace-Id", "t-1")
            .putQueryParam("tag", "a b/c")
            .build());

    assertThat(request.target()).isEqualTo("/chat/completions?tag=a%20b%2Fc");
    assertThat(request.header("x-trace-id")).contains("t-1");
    assertThat(request.bodyText()).isEqualTo("{\"model\":\"m\"}");
  }
}
