package dev.clientsmith.clienttests.local;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.clientsmith.clients.oxen.OxenClient;
import dev.clientsmith.clients.oxen.model.ChatCompletionRequest;
import dev.clientsmith.clients.oxen.model.ChatCompletionRequest.Message;
import dev.clientsmith.clients.oxen.model.ChatCompletionResponse;
import dev.clientsmith.clienttests.support.LocalServer;
import dev.clientsmith.clienttests.support.ScriptedResponse;
import dev.clientsmith.clienttests.support.TestResources;
import dev.clientsmith.runtime.RawResponse;
import dev.clientsmith.runtime.errors.BadRequestException;
import dev.clientsmith.runtime.errors.InternalServerException;
import dev.clientsmith.runtime.errors.UnexpectedStatusException;
import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** Oxen responses, errors, the async twin and raw access, over HTTP and without an API key. */
@Timeout(10)
class OxenResponseTest {

  private static final ChatCompletionRequest PARAMS = ChatCompletionRequest.builder()
      .model("gpt-4o")
      .addMessage(Message.builder().role(Message.Role.USER).content(Message.Content.ofString("Say hello.")).build())
      .build();

  private LocalServer server;
  private OxenClient client;

  @BeforeEach
  void start() {
    server = LocalServer.start();
    client = OxenClient.builder().baseUrl(server.baseUrl()).maxRetries(0).timeout(Duration.ofSeconds(5)).build();
  }

  @AfterEach
  void stop() {
    client.close();
    server.close();
  }

  @Test
  void chatCompletionIsReadThroughTypedGetters() {
    server.enqueueJson(TestResources.text("local/oxen/chat-completion.json"));

    ChatCompletionResponse response = client.chat().completions().create(PARAMS);

    assertThat(response.id()).contains("chatcmpl-AbC123");
    assertThat(response.object()).contains("chat.completion");
    assertThat(response.created()).contains(1718000000L);
    assertThat(response.model()).contains("gpt-4o");
    ChatCompletionResponse.Choice choice = response.choices().get(0);
    assertThat(choice.index()).contains(0L);
    assertThat(choice.finishReason()).contains("stop");
    assertThat(choice.message().orElseThrow().role()).contains("assistant");
    assertThat(choice.message().orElseThrow().content()).contains("Hello! How can I assist you today?");
    ChatCompletionResponse.Usage usage = response.usage().orElseThrow();
    assertThat(usage.promptTokens()).contains(8L);
    assertThat(usage.completionTokens()).contains(9L);
    assertThat(usage.totalTokens()).contains(17L);
  }

  @Test
  void unknownFieldsAreKeptAndExplicitNullsTold() {
    server.enqueueJson(TestResources.text("local/oxen/chat-completion.json"));

    ChatCompletionResponse response = client.chat().completions().create(PARAMS);

    assertThat(response.additionalProperties()).containsOnlyKeys("service_tier");
    assertThat(response.additionalProperties().get("service_tier").asText()).isEqualTo("default");
    ChatCompletionResponse.Choice choice = response.choices().get(0);
    assertThat(choice.additionalProperties()).containsOnlyKeys("logprobs");
    assertThat(choice.additionalProperties().get("logprobs").isNull()).isTrue();
    ChatCompletionResponse.Choice.Message message = choice.message().orElseThrow();
    assertThat(message.toolCallsField().isNull()).isTrue();
    assertThat(message.additionalProperties()).containsOnlyKeys("refusal");
    assertThat(response.usage().orElseThrow().additionalProperties().get("completion_tokens_details")
        .get("reasoning_tokens").asInt()).isZero();
  }

  @Test
  void nullUsageAndNullContentWithToolCallsAreRead() {
    server.enqueueJson(TestResources.text("local/oxen/null-usage.json"));

    ChatCompletionResponse response = client.chat().completions().create(PARAMS);

    assertThat(response.usageField().isNull()).isTrue();
    assertThat(response.usage()).isEmpty();
    ChatCompletionResponse.Choice choice = response.choices().get(0);
    assertThat(choice.finishReason()).contains("tool_calls");
    ChatCompletionResponse.Choice.Message message = choice.message().orElseThrow();
    assertThat(message.contentField().isNull()).isTrue();
    assertThat(message.toolCalls().get(0).get("function").get("name").asText()).isEqualTo("search");
  }

  @Test
  void badRequestKeepsTheFreeFormErrorBodyRaw() {
    String body = TestResources.text("local/oxen/error-400.json");
    server.enqueue(ScriptedResponse.json(400, body));

    BadRequestException error = catchThrowableOfType(BadRequestException.class,
        () -> client.chat().completions().create(PARAMS));

    assertThat(error.status()).isEqualTo(400);
    assertThat(error.path()).isEqualTo("/chat/completions");
    assertThat(error.rawBody()).isEqualTo(body);
    assertThat(error.rawBodyTruncated()).isFalse();
    assertThat(error.getMessage()).startsWith("400 Bad Request from POST /chat/completions: {")
        .contains("unknown model 'gpt-5-mega'");
  }

  @Test
  void undeclaredStatusesMapToTheirFamilies() {
    server.enqueue(ScriptedResponse.status(418).withBody("text/plain", "teapot"));
    server.enqueue(ScriptedResponse.status(502).withBody("text/html", "<html>bad gateway</html>"));

    UnexpectedStatusException teapot = catchThrowableOfType(UnexpectedStatusException.class,
        () -> client.chat().completions().create(PARAMS));
    InternalServerException gateway = catchThrowableOfType(InternalServerException.class,
        () -> client.chat().completions().create(PARAMS));

    assertThat(teapot.status()).isEqualTo(418);
    assertThat(teapot.rawBody()).isEqualTo("teapot");
    assertThat(gateway.status()).isEqualTo(502);
    assertThat(gateway.rawBody()).isEqualTo("<html>bad gateway</html>");
    assertThat(server.requestCount()).isEqualTo(2);
  }

  @Test
  void asyncCreateCompletesWithTheTypedValue() throws Exception {
    server.enqueueJson(TestResources.text("local/oxen/chat-completion.json"));

    ChatCompletionResponse response = client.async().chat().completions().create(PARAMS).get(5, TimeUnit.SECONDS);

    assertThat(response.choices().get(0).message().orElseThrow().content())
        .contains("Hello! How can I assist you today?");
    assertThat(server.takeRequest().header("Authorization")).isEmpty();
  }

  @Test
  void asyncCreateFailsWithTheStatusException() {
    server.enqueue(ScriptedResponse.json(400, TestResources.text("local/oxen/error-400.json")));

    ExecutionException failure = catchThrowableOfType(ExecutionException.class,
        () -> client.async().chat().completions().create(PARAMS).get(5, TimeUnit.SECONDS));

    assertThat(failure.getCause()).isInstanceOf(BadRequestException.class);
  }

  @Test
  void rawResponseGivesStatusHeadersBodyAndParsedValue() throws Exception {
    String payload = TestResources.text("local/oxen/chat-completion.json");
    server.enqueue(ScriptedResponse.ok(payload).withHeader("x-oxen-request-id", "ox-1"));
    server.enqueueJson(payload);

    RawResponse<ChatCompletionResponse> raw = client.chat().completions().withRawResponse().create(PARAMS);
    RawResponse<ChatCompletionResponse> asyncRaw = client.async().chat().completions().withRawResponse()
        .create(PARAMS).get(5, TimeUnit.SECONDS);

    assertThat(raw.status()).isEqualTo(200);
    assertThat(raw.headers().first("x-oxen-request-id")).contains("ox-1");
    assertThat(raw.bodyText()).isEqualTo(payload);
    assertThat(raw.value().id()).contains("chatcmpl-AbC123");
    assertThat(asyncRaw.bodySize()).isEqualTo(raw.bodySize());
    assertThat(asyncRaw.value().usage().orElseThrow().totalTokens()).contains(17L);
  }
}
