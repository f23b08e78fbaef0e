package dev.clientsmith.clienttests.local;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.clientsmith.clients.jylo.JyloClient;
import dev.clientsmith.clients.jylo.model.ChatCompletionRequest;
import dev.clientsmith.clients.jylo.model.ChatCompletionResponse;
import dev.clientsmith.clients.jylo.model.Choice;
import dev.clientsmith.clients.jylo.model.Message;
import dev.clientsmith.clients.jylo.model.ProblemDetails;
import dev.clientsmith.clienttests.support.LocalServer;
import dev.clientsmith.clienttests.support.ScriptedResponse;
import dev.clientsmith.clienttests.support.TestResources;
import dev.clientsmith.runtime.RawResponse;
import dev.clientsmith.runtime.errors.ApiStatusException;
import dev.clientsmith.runtime.errors.AuthenticationException;
import dev.clientsmith.runtime.errors.BadRequestException;
import dev.clientsmith.runtime.errors.InternalServerException;
import dev.clientsmith.runtime.errors.NotFoundException;
import dev.clientsmith.runtime.errors.PaymentRequiredException;
import dev.clientsmith.runtime.errors.PermissionDeniedException;
import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Jylo responses (camelCase fields), its ProblemDetails errors, the async twin and raw access. */
@Timeout(10)
class JyloResponseTest {

  private static final UUID MODEL = UUID.fromString("3f2b8c1e-4d5a-4e6f-8a9b-0c1d2e3f4a5b");
  private static final ChatCompletionRequest PARAMS = ChatCompletionRequest.builder()
      .addMessage(Message.builder().role("user").content("Say hello.").build())
      .build();

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

  @Test
  void chatCompletionWithCamelCaseFieldsIsReadThroughTypedGetters() {
    server.enqueueJson(TestResources.text("local/jylo/chat-completion.json"));

    ChatCompletionResponse response = client.completions().create(MODEL, PARAMS);

    assertThat(response.id()).contains("c0f2a6d4-1b7e-4c55-9d3a-2e8f6b1a7c90");
    assertThat(response.model()).contains("jylo-large");
    Choice choice = response.choices().get(0);
    assertThat(choice.index()).contains(0);
    assertThat(choice.finishReason()).contains("stop");
    assertThat(choice.message().role()).contains("assistant");
    assertThat(choice.message().content()).contains("Hello from Jylo.");
    assertThat(response.usage().orElseThrow().promptTokens()).contains(14);
    assertThat(response.usage().orElseThrow().completionTokens()).contains(5);
    assertThat(response.usage().orElseThrow().totalTokens()).contains(19);
  }

  @Test
  void unknownFieldsAreKeptAtEveryLevel() {
    server.enqueueJson(TestResources.text("local/jylo/chat-completion.json"));

    ChatCompletionResponse response = client.completions().create(MODEL, PARAMS);

    assertThat(response.additionalProperties()).containsOnlyKeys("billing");
    assertThat(response.additionalProperties().get("billing").get("credits").asDouble()).isEqualTo(0.0021);
    Choice choice = response.choices().get(0);
    assertThat(choice.additionalProperties().get("moderation").get("flagged").asBoolean()).isFalse();
    assertThat(response.usage().orElseThrow().additionalProperties()).containsOnlyKeys("cachedTokens");
  }

  @Test
  void explicitNullsAreReadAsNullNotAbsent() {
    server.enqueueJson(TestResources.text("local/jylo/nulls.json"));

    ChatCompletionResponse response = client.completions().create(MODEL, PARAMS);

    assertThat(response.idField().isNull()).isTrue();
    assertThat(response.modelField().isNull()).isTrue();
    assertThat(response.usage()).isEmpty();
    Choice choice = response.choices().get(0);
    assertThat(choice.finishReasonField().isNull()).isTrue();
    assertThat(choice.finishReason()).isEmpty();
    assertThat(choice.message().contentField().isNull()).isTrue();
    assertThat(choice.message().roleField().isPresent()).isTrue();
  }

  static Stream<Arguments> declaredErrors() {
    return Stream.of(
        Arguments.of(400, BadRequestException.class, "One or more validation errors occurred."),
        Arguments.of(401, AuthenticationException.class, "Unauthorized"),
        Arguments.of(402, PaymentRequiredException.class, "Payment Required"),
        Arguments.of(403, PermissionDeniedException.class, "Forbidden"),
        Arguments.of(404, NotFoundException.class, "Not Found"));
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @MethodSource("declaredErrors")
  void declaredErrorStatusGivesItsExceptionWithTypedProblemDetails(int status,
      Class<? extends ApiStatusException> type, String title) {
    String body = TestResources.text("local/jylo/problem-" + status + ".json");
    server.enqueue(ScriptedResponse.status(status).withBody("application/problem+json", body)
        .withHeader("x-request-id", "req-" + status));

    ApiStatusException error = catchThrowableOfType(ApiStatusException.class,
        () -> client.completions().create(MODEL, PARAMS));

    assertThat(error).isExactlyInstanceOf(type);
    assertThat(error.status()).isEqualTo(status);
    assertThat(error.method()).isEqualTo("POST");
    assertThat(error.path()).isEqualTo("/completions/3f2b8c1e-4d5a-4e6f-8a9b-0c1d2e3f4a5b");
    assertThat(error.headers().first("content-type")).contains("application/problem+json");
    assertThat(error.requestId()).contains("req-" + status);
    assertThat(error.rawBody()).isEqualTo(body);
    ProblemDetails problem = error.body(ProblemDetails.class).orElseThrow();
    assertThat(problem.status()).contains(status);
    assertThat(problem.title()).contains(title);
    assertThat(error.getMessage()).startsWith(status + " ").contains("from POST /completions/" + MODEL);
    assertThat(server.requestCount()).isEqualTo(1);
  }

  @Test
  void problemDetailsExtensionsAreKept() {
    server.enqueue(ScriptedResponse.status(400)
        .withBody("application/problem+json", TestResources.text("local/jylo/problem-400.json")));

    BadRequestException error = catchThrowableOfType(BadRequestException.class,
        () -> client.completions().create(MODEL, PARAMS));

    ProblemDetails problem = error.body(ProblemDetails.class).orElseThrow();
    assertThat(problem.detailField().isAbsent()).isTrue();
    assertThat(problem.additionalProperties()).containsOnlyKeys("errors", "traceId");
    assertThat(problem.additionalProperties().get("errors").get("Messages").get(0).asText())
        .isEqualTo("The Messages field is required.");
  }

  @Test
  void problemDetailsWithDetailAndInstanceAreRead() {
    server.enqueue(ScriptedResponse.status(404)
        .withBody("application/problem+json", TestResources.text("local/jylo/problem-404.json")));

    NotFoundException error = catchThrowableOfType(NotFoundException.class,
        () -> client.completions().create(MODEL, PARAMS));

    ProblemDetails problem = error.body(ProblemDetails.class).orElseThrow();
    assertThat(problem.type()).contains("urn:jylo:problem:model-not-found");
    assertThat(problem.detail()).contains("No model with identifier 3f2b8c1e-4d5a-4e6f-8a9b-0c1d2e3f4a5b.");
    assertThat(problem.instance()).contains("/completions/3f2b8c1e-4d5a-4e6f-8a9b-0c1d2e3f4a5b");
  }

  @Test
  void unparseableErrorBodyOfADeclaredStatusKeepsTheRawBody() {
    server.enqueue(ScriptedResponse.status(400).withBody("text/html", "<html><body>Bad gateway config</body></html>"));

    BadRequestException error = catchThrowableOfType(BadRequestException.class,
        () -> client.completions().create(MODEL, PARAMS));

    assertThat(error.body()).isEmpty();
    assertThat(error.body(ProblemDetails.class)).isEmpty();
    assertThat(error.rawBody()).isEqualTo("<html><body>Bad gateway config</body></html>");
  }

  @Test
  void serverErrorWithoutDeclaredBodyKeepsTheRawBody() {
    server.enqueue(ScriptedResponse.json(500, "{\"title\":\"boom\",\"status\":500}"));

    InternalServerException error = catchThrowableOfType(InternalServerException.class,
        () -> client.completions().create(MODEL, PARAMS));

    assertThat(error.status()).isEqualTo(500);
    assertThat(error.body()).isEmpty();
    assertThat(error.rawBody()).isEqualTo("{\"title\":\"boom\",\"status\":500}");
    assertThat(server.requestCount()).isEqualTo(1);
  }

  @Test
  void asyncCreateCompletesWithTheTypedValue() throws Exception {
    server.enqueueJson(TestResources.text("local/jylo/chat-completion.json"));

    ChatCompletionResponse response = client.async().completions().create(MODEL, PARAMS).get(5, TimeUnit.SECONDS);

    assertThat(response.choices().get(0).message().content()).contains("Hello from Jylo.");
    assertThat(server.takeRequest().target()).isEqualTo("/completions/" + MODEL);
  }

  @Test
  void asyncCreateFailsWithTheTypedErrorBody() {
    server.enqueue(ScriptedResponse.status(402)
        .withBody("application/problem+json", TestResources.text("local/jylo/problem-402.json")));

    ExecutionException failure = catchThrowableOfType(ExecutionException.class,
        () -> client.async().completions().create(MODEL, PARAMS).get(5, TimeUnit.SECONDS));

    assertThat(failure.getCause()).isInstanceOf(PaymentRequiredException.class);
    PaymentRequiredException error = (PaymentRequiredException) failure.getCause();
    assertThat(error.body(ProblemDetails.class).orElseThrow().detail()).contains("The tenant has no credits left.");
  }

  @Test
  void rawResponseGivesStatusHeadersBodyAndParsedValue() throws Exception {
    String payload = TestResources.text("local/jylo/chat-completion.json");
    server.enqueue(ScriptedResponse.ok(payload).withHeader("x-ratelimit-remaining", "99"));
    server.enqueueJson(payload);

    RawResponse<ChatCompletionResponse> raw = client.completions().withRawResponse().create(MODEL, PARAMS);
    RawResponse<ChatCompletionResponse> asyncRaw = client.async().completions().withRawResponse()
        .create(MODEL, PARAMS).get(5, TimeUnit.SECONDS);

    assertThat(raw.status()).isEqualTo(200);
    assertThat(raw.headers().first("X-RateLimit-Remaining")).contains("99");
    assertThat(raw.bodyText()).isEqualTo(payload);
    assertThat(raw.value().model()).contains("jylo-large");
    assertThat(asyncRaw.status()).isEqualTo(200);
    assertThat(asyncRaw.value().usage().orElseThrow().totalTokens()).contains(19);
  }
}
