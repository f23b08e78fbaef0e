package dev.clientsmith.clienttests.local;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.clientsmith.clients.interactiveai.InteractiveAiClient;
import dev.clientsmith.clients.interactiveai.model.ChatGenerationParams;
import dev.clientsmith.clients.interactiveai.model.CompletionCreateParams;
import dev.clientsmith.clients.interactiveai.model.CompletionCreateParamsPrompt;
import dev.clientsmith.clients.interactiveai.model.ErrorResponse;
import dev.clientsmith.clients.interactiveai.model.Message;
import dev.clientsmith.clienttests.support.LocalServer;
import dev.clientsmith.clienttests.support.ScriptedResponse;
import dev.clientsmith.clienttests.support.TestResources;
import dev.clientsmith.runtime.errors.ApiStatusException;
import dev.clientsmith.runtime.errors.AuthenticationException;
import dev.clientsmith.runtime.errors.BadRequestException;
import dev.clientsmith.runtime.errors.InternalServerException;
import dev.clientsmith.runtime.errors.NotFoundException;
import dev.clientsmith.runtime.errors.PermissionDeniedException;
import dev.clientsmith.runtime.errors.RateLimitException;
import dev.clientsmith.runtime.errors.UnprocessableEntityException;
import java.time.Duration;
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

/** Interactive AI error statuses: declared ones with a typed ErrorResponse, others with the raw body. */
@Timeout(10)
class InteractiveAiErrorTest {

  private static final ChatGenerationParams CHAT = ChatGenerationParams.builder()
      .addMessage(Message.user("hi")).model("m").build();
  private static final CompletionCreateParams TEXT = CompletionCreateParams.builder()
      .prompt(CompletionCreateParamsPrompt.ofString("Once")).build();

  private LocalServer server;
  private InteractiveAiClient client;

  @BeforeEach
  void start() {
    server = LocalServer.start();
    client = InteractiveAiClient.builder().apiKey("k").baseUrl(server.baseUrl())
        .maxRetries(0).timeout(Duration.ofSeconds(5)).build();
  }

  @AfterEach
  void stop() {
    client.close();
    server.close();
  }

  static Stream<Arguments> declaredErrors() {
    return Stream.of(
        Arguments.of(400, BadRequestException.class, "invalid_request", "messages must contain at least one message"),
        Arguments.of(401, AuthenticationException.class, "invalid_api_key", "No auth credentials found"),
        Arguments.of(429, RateLimitException.class, "rate_limit_exceeded", "Rate limit exceeded: 20 requests per minute"),
        Arguments.of(500, InternalServerException.class, "internal_error", "The upstream provider failed"));
  }

  @ParameterizedTest(name = "chat {0} -> {1}")
  @MethodSource("declaredErrors")
  void declaredChatErrorGivesItsExceptionWithTypedErrorResponse(int status,
      Class<? extends ApiStatusException> type, String code, String message) {
    String body = TestResources.text("local/interactive-ai/error-" + status + ".json");
    server.enqueue(ScriptedResponse.json(status, body).withHeader("x-request-id", "req-" + status));

    ApiStatusException error = catchThrowableOfType(ApiStatusException.class,
        () -> client.chat().completions().create(CHAT));

    assertThat(error).isExactlyInstanceOf(type);
    assertThat(error.status()).isEqualTo(status);
    assertThat(error.method()).isEqualTo("POST");
    assertThat(error.path()).isEqualTo("/chat/completions");
    assertThat(error.headers().first("Content-Type")).contains("application/json");
    assertThat(error.requestId()).contains("req-" + status);
    assertThat(error.rawBody()).isEqualTo(body);
    ErrorResponse typed = error.body(ErrorResponse.class).orElseThrow();
    assertThat(typed.error().code()).isEqualTo(code);
    assertThat(typed.error().message()).isEqualTo(message);
    assertThat(error.getMessage()).startsWith(status + " ").contains("from POST /chat/completions (request id req-" + status + ")")
        .contains(message);
    assertThat(server.requestCount()).isEqualTo(1);
  }

  @ParameterizedTest(name = "completions {0} -> {1}")
  @MethodSource("declaredErrors")
  void declaredTextCompletionErrorGivesItsExceptionWithTypedErrorResponse(int status,
      Class<? extends ApiStatusException> type, String code, String message) {
    server.enqueue(ScriptedResponse.json(status, TestResources.text("local/interactive-ai/error-" + status + ".json")));

    ApiStatusException error = catchThrowableOfType(ApiStatusException.class, () -> client.completions().create(TEXT));

    assertThat(error).isExactlyInstanceOf(type);
    assertThat(error.path()).isEqualTo("/completions");
    assertThat(error.body(ErrorResponse.class).orElseThrow().error().code()).isEqualTo(code);
  }

  @Test
  void errorResponseKeepsUnknownFieldsAndParam() {
    server.enqueue(ScriptedResponse.json(429, TestResources.text("local/interactive-ai/error-429.json"))
        .withHeader("Retry-After", "20"));

    RateLimitException error = catchThrowableOfType(RateLimitException.class,
        () -> client.chat().completions().create(CHAT));

    ErrorResponse typed = error.body(ErrorResponse.class).orElseThrow();
    assertThat(typed.error().type()).isEqualTo("rate_limit_error");
    assertThat(typed.error().param()).isEmpty();
    assertThat(typed.additionalProperties().get("user_id").asText()).isEqualTo("user_2xYz");
    assertThat(error.retryAfter()).contains(Duration.ofSeconds(20));
  }

  @Test
  void undeclaredStatusesGiveTheirFamilyWithoutATypedBody() {
    String body = TestResources.text("local/interactive-ai/error-400.json");
    server.enqueue(ScriptedResponse.json(403, body));
    server.enqueue(ScriptedResponse.json(404, body));
    server.enqueue(ScriptedResponse.json(422, body));
    server.enqueue(ScriptedResponse.json(503, body));

    PermissionDeniedException forbidden = catchThrowableOfType(PermissionDeniedException.class,
        () -> client.chat().completions().create(CHAT));
    NotFoundException notFound = catchThrowableOfType(NotFoundException.class,
        () -> client.chat().completions().create(CHAT));
    UnprocessableEntityException unprocessable = catchThrowableOfType(UnprocessableEntityException.class,
        () -> client.chat().completions().create(CHAT));
    InternalServerException unavailable = catchThrowableOfType(InternalServerException.class,
        () -> client.chat().completions().create(CHAT));

    for (ApiStatusException error : new ApiStatusException[] {forbidden, notFound, unprocessable, unavailable}) {
      assertThat(error.body()).as("typed body of %s", error.status()).isEmpty();
      assertThat(error.rawBody()).isEqualTo(body);
    }
    assertThat(unavailable.status()).isEqualTo(503);
  }

  @Test
  void unparseableBodyOfADeclaredStatusKeepsTheRawBody() {
    server.enqueue(ScriptedResponse.status(400).withBody("application/json", "{\"error\": {\"code\": "));

    BadRequestException error = catchThrowableOfType(BadRequestException.class,
        () -> client.chat().completions().create(CHAT));

    assertThat(error.body()).isEmpty();
    assertThat(error.rawBody()).isEqualTo("{\"error\": {\"code\": ");
  }

  @Test
  void emptyBodyOfADeclaredStatusGivesEmptyRawBody() {
    server.enqueue(ScriptedResponse.status(401));

    AuthenticationException error = catchThrowableOfType(AuthenticationException.class,
        () -> client.chat().completions().create(CHAT));

    assertThat(error.body()).isEmpty();
    assertThat(error.rawBody()).isEmpty();
    assertThat(error.getMessage()).isEqualTo("401 Unauthorized from POST /chat/completions");
  }

  @Test
  void asyncFailureCarriesTheTypedErrorResponse() {
    server.enqueue(ScriptedResponse.json(400, TestResources.text("local/interactive-ai/error-400.json")));

    ExecutionException failure = catchThrowableOfType(ExecutionException.class,
        () -> client.async().chat().completions().create(CHAT).get(5, TimeUnit.SECONDS));

    assertThat(failure.getCause()).isInstanceOf(BadRequestException.class);
    BadRequestException error = (BadRequestException) failure.getCause();
    assertThat(error.body(ErrorResponse.class).orElseThrow().error().param()).isEqualTo("messages");
  }
}
