package dev.clientsmith.clienttests.local;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.clientsmith.clients.cortecs.CortecsClient;
import dev.clientsmith.clients.cortecs.model.CompletionRequest;
import dev.clientsmith.clients.cortecs.model.CompletionResponse;
import dev.clientsmith.clienttests.support.LocalServer;
import dev.clientsmith.clienttests.support.ScriptedResponse;
import dev.clientsmith.clienttests.support.TestResources;
import dev.clientsmith.runtime.RawResponse;
import dev.clientsmith.runtime.errors.AuthenticationException;
import dev.clientsmith.runtime.errors.InternalServerException;
import dev.clientsmith.runtime.errors.RateLimitException;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** Cortecs responses, errors, the async twin and raw access, over HTTP. */
@Timeout(10)
class CortecsResponseTest {

  private static final CompletionRequest PARAMS = CompletionRequest.builder()
      .model("llama-3.3-70b")
      .addMessage(CompletionRequest.Message.builder().role("user").content("Say hello.").build())
      .build();

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

  @Test
  void chatCompletionIsReadThroughTypedGetters() {
    server.enqueueJson(TestResources.text("local/cortecs/chat-completion.json"));

    CompletionResponse response = client.chat().completions().create(PARAMS);

    assertThat(response.id()).contains("cmpl-8f3a2c41");
    assertThat(response.object()).contains("chat.completion");
    assertThat(response.created()).contains(1718000000L);
    assertThat(response.provider()).contains("nebius");
    assertThat(response.model()).contains("llama-3.3-70b");
    CompletionResponse.Choice choice = response.choices().get(0);
    assertThat(choice.index()).contains(0L);
    assertThat(choice.finishReason()).contains("stop");
    CompletionResponse.Choice.Message message = choice.message().orElseThrow();
    assertThat(message.role()).contains("assistant");
    assertThat(message.content()).contains("Hello! How can I help you today?");
    CompletionResponse.Usage usage = response.usage().orElseThrow();
    assertThat(usage.promptTokens()).contains(12L);
    assertThat(usage.completionTokens()).contains(9L);
    assertThat(usage.totalTokens()).contains(21L);
  }

  @Test
  void explicitNullsAreTellableFromAbsence() {
    server.enqueueJson(TestResources.text("local/cortecs/chat-completion.json"));

    CompletionResponse response = client.chat().completions().create(PARAMS);

    assertThat(response.promptLogprobsField().isNull()).isTrue();
    CompletionResponse.Choice choice = response.choices().get(0);
    assertThat(choice.logprobsField().isNull()).isTrue();
    CompletionResponse.Choice.Message message = choice.message().orElseThrow();
    assertThat(message.toolCallsField().isNull()).isTrue();
    assertThat(message.toolCalls()).isEmpty();
    assertThat(message.reasoningContentField().isNull()).isTrue();
    assertThat(message.contentField().isPresent()).isTrue();
  }

  @Test
  void unknownFieldsAreKeptAtEveryLevel() {
    server.enqueueJson(TestResources.text("local/cortecs/chat-completion.json"));

    CompletionResponse response = client.chat().completions().create(PARAMS);

    assertThat(response.additionalProperties()).containsOnlyKeys("system_fingerprint");
    assertThat(response.additionalProperties().get("system_fingerprint").asText()).isEqualTo("fp_7c1e");
    CompletionResponse.Choice choice = response.choices().get(0);
    assertThat(choice.additionalProperties().get("stop_reason").asLong()).isEqualTo(128009L);
    assertThat(choice.message().orElseThrow().additionalProperties().get("annotations").isArray()).isTrue();
    assertThat(response.usage().orElseThrow().additionalProperties().get("prompt_tokens_details")
        .get("cached_tokens").asInt()).isZero();
  }

  @Test
  void toolCallsWithNullContentAndReasoningAreRead() {
    server.enqueueJson(TestResources.text("local/cortecs/tool-calls.json"));

    CompletionResponse response = client.chat().completions().create(PARAMS);

    CompletionResponse.Choice choice = response.choices().get(0);
    assertThat(choice.finishReason()).contains("tool_calls");
    CompletionResponse.Choice.Message message = choice.message().orElseThrow();
    assertThat(message.contentField().isNull()).isTrue();
    assertThat(message.reasoningContent()).contains("The user wants the weather, so I call the tool.");
    CompletionResponse.Choice.Message.ToolCall call = message.toolCalls().get(0);
    assertThat(call.id()).contains("call_0");
    assertThat(call.type()).contains("function");
    assertThat(call.function().orElseThrow().get("name").asText()).isEqualTo("get_weather");
    assertThat(call.function().orElseThrow().get("arguments").asText()).isEqualTo("{\"city\":\"Vienna\"}");
    assertThat(call.additionalProperties().get("index").asInt()).isZero();
  }

  @Test
  void declaredServerErrorWithoutSchemaKeepsTheRawBody() {
    server.enqueue(ScriptedResponse.status(500).withBody("text/plain", "upstream timed out")
        .withHeader("x-request-id", "req-500"));

    InternalServerException error = catchThrowableOfType(InternalServerException.class,
        () -> client.chat().completions().create(PARAMS));

    assertThat(error.status()).isEqualTo(500);
    assertThat(error.method()).isEqualTo("POST");
    assertThat(error.path()).isEqualTo("/chat/completions");
    assertThat(error.body()).isEmpty();
    assertThat(error.rawBody()).isEqualTo("upstream timed out");
    assertThat(error.requestId()).contains("req-500");
    assertThat(error.headers().first("Content-Type")).contains("text/plain");
    assertThat(error.getMessage())
        .isEqualTo("500 Internal Server Error from POST /chat/completions (request id req-500): upstream timed out");
    assertThat(server.requestCount()).isEqualTo(1);
  }

  @Test
  void undeclaredUnauthorizedIsAnAuthenticationExceptionWithRawBody() {
    server.enqueue(ScriptedResponse.json(401, "{\"detail\":\"Invalid token\"}"));

    AuthenticationException error = catchThrowableOfType(AuthenticationException.class,
        () -> client.chat().completions().create(PARAMS));

    assertThat(error.status()).isEqualTo(401);
    assertThat(error.body()).isEmpty();
    assertThat(error.rawBody()).isEqualTo("{\"detail\":\"Invalid token\"}");
  }

  @Test
  void rateLimitCarriesTheRetryAfterTheServerAskedFor() {
    server.enqueue(ScriptedResponse.json(429, "{\"detail\":\"slow down\"}").withHeader("Retry-After", "7"));

    RateLimitException error = catchThrowableOfType(RateLimitException.class,
        () -> client.chat().completions().create(PARAMS));

    assertThat(error.status()).isEqualTo(429);
    assertThat(error.retryAfter()).contains(Duration.ofSeconds(7));
    assertThat(error.headers().first("retry-after")).contains("7");
  }

  @Test
  void asyncCreateCompletesWithTheTypedValue() throws Exception {
    server.enqueueJson(TestResources.text("local/cortecs/chat-completion.json"));

    CompletableFuture<CompletionResponse> future = client.async().chat().completions().create(PARAMS);

    CompletionResponse response = future.get(5, TimeUnit.SECONDS);
    assertThat(response.choices().get(0).message().orElseThrow().content())
        .contains("Hello! How can I help you today?");
    assertThat(server.takeRequest().bodyText()).isEqualTo(
        "{\"model\":\"llama-3.3-70b\",\"messages\":[{\"role\":\"user\",\"content\":\"Say hello.\"}]}");
  }

  @Test
  void asyncCreateFailsWithTheStatusException() {
    server.enqueue(ScriptedResponse.status(503).withBody("text/html", "<html>maintenance</html>"));

    CompletableFuture<CompletionResponse> future = client.async().chat().completions().create(PARAMS);

    ExecutionException failure = catchThrowableOfType(ExecutionException.class, () -> future.get(5, TimeUnit.SECONDS));
    assertThat(failure.getCause()).isInstanceOf(InternalServerException.class);
    InternalServerException error = (InternalServerException) failure.getCause();
    assertThat(error.status()).isEqualTo(503);
    assertThat(error.rawBody()).isEqualTo("<html>maintenance</html>");
  }

  @Test
  void rawResponseGivesStatusHeadersBodyAndParsedValue() {
    String payload = TestResources.text("local/cortecs/chat-completion.json");
    server.enqueue(ScriptedResponse.ok(payload).withHeader("x-request-id", "req-raw"));

    RawResponse<CompletionResponse> raw = client.chat().completions().withRawResponse().create(PARAMS);

    assertThat(raw.status()).isEqualTo(200);
    assertThat(raw.headers().first("X-Request-Id")).contains("req-raw");
    assertThat(raw.headers().first("content-type")).contains("application/json");
    assertThat(raw.bodyText()).isEqualTo(payload);
    assertThat(raw.value().id()).contains("cmpl-8f3a2c41");
    assertThat(raw.value()).isSameAs(raw.value());
  }

  @Test
  void asyncRawResponseGivesTheSame() throws Exception {
    String payload = TestResources.text("local/cortecs/chat-completion.json");
    server.enqueueJson(payload);

    RawResponse<CompletionResponse> raw = client.async().chat().completions().withRawResponse().create(PARAMS)
        .get(5, TimeUnit.SECONDS);

    assertThat(raw.status()).isEqualTo(200);
    assertThat(raw.bodyText()).isEqualTo(payload);
    assertThat(raw.value().usage().orElseThrow().totalTokens()).contains(21L);
  }
}
