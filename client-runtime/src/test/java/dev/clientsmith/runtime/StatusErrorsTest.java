package dev.clientsmith.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.clientsmith.runtime.errors.ApiStatusException;
import dev.clientsmith.runtime.errors.AuthenticationException;
import dev.clientsmith.runtime.errors.BadRequestException;
import dev.clientsmith.runtime.errors.InternalServerException;
import dev.clientsmith.runtime.errors.NotFoundException;
import dev.clientsmith.runtime.errors.PaymentRequiredException;
import dev.clientsmith.runtime.errors.PermissionDeniedException;
import dev.clientsmith.runtime.errors.RateLimitException;
import dev.clientsmith.runtime.errors.UnexpectedStatusException;
import dev.clientsmith.runtime.errors.UnprocessableEntityException;
import dev.clientsmith.runtime.http.Headers;
import dev.clientsmith.runtime.testing.ChatResult;
import dev.clientsmith.runtime.testing.ErrorBody;
import dev.clientsmith.runtime.testing.LocalServer;
import dev.clientsmith.runtime.testing.LocalServer.Reply;
import dev.clientsmith.runtime.testing.TestClients;
import java.time.Duration;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.concurrent.CompletionException;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every status maps to its exception, with the typed body where declared and the raw body always. */
@Timeout(20)
class StatusErrorsTest {

  private static final String ERROR_JSON = "{\"code\":\"bad_thing\",\"message\":\"Something \\n is wrong\"}";
  private static final ResponseSpec<ChatResult> SPEC = ResponseSpec.of(ChatResult.class)
      .error(400, ErrorBody.class)
      .error("401", ErrorBody.class)
      .error("402", ErrorBody.class)
      .error("403", ErrorBody.class)
      .error("404", ErrorBody.class)
      .error("422", ErrorBody.class)
      .error("429", ErrorBody.class)
      .error("5XX", ErrorBody.class)
      .error("default", ErrorBody.class);

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
    runtime = ClientRuntime.create(TestClients.options(server).maxRetries(0).build());
  }

  @AfterEach
  void closeRuntime() {
    runtime.close();
  }

  static Stream<Arguments> statuses() {
    return Stream.of(
        Arguments.of(400, BadRequestException.class, "400 Bad Request"),
        Arguments.of(401, AuthenticationException.class, "401 Unauthorized"),
        Arguments.of(402, PaymentRequiredException.class, "402 Payment Required"),
        Arguments.of(403, PermissionDeniedException.class, "403 Forbidden"),
        Arguments.of(404, NotFoundException.class, "404 Not Found"),
        Arguments.of(422, UnprocessableEntityException.class, "422 Unprocessable Content"),
        Arguments.of(429, RateLimitException.class, "429 Too Many Requests"),
        Arguments.of(500, InternalServerException.class, "500 Internal Server Error"),
        Arguments.of(503, InternalServerException.class, "503 Service Unavailable"),
        Arguments.of(599, InternalServerException.class, "599"),
        Arguments.of(409, UnexpectedStatusException.class, "409 Conflict"),
        Arguments.of(418, UnexpectedStatusException.class, "418"),
        Arguments.of(302, UnexpectedStatusException.class, "302"));
  }

  @ParameterizedTest
  @MethodSource("statuses")
  void mapsEachStatusToItsExceptionWithTypedBody(int status, Class<? extends ApiStatusException> type, String start) {
    server.enqueue(Reply.json(status, ERROR_JSON).header("X-Request-Id", "req-42").header("Location", "/elsewhere"));

    ApiStatusException e = catchThrowableOfType(ApiStatusException.class, () ->
        runtime.execute(ApiRequest.builder("POST", "/models/{id}").pathParam("id", "m 1").body(java.util.Map.of()).build(), SPEC));

    assertThat(e).isExactlyInstanceOf(type);
    assertThat(e.status()).isEqualTo(status);
    assertThat(e.method()).isEqualTo("POST");
    assertThat(e.path()).isEqualTo("/models/m%201");
    assertThat(e.getMessage()).startsWith(start + " from POST /models/m%201 (request id req-42): {\"code\":\"bad_thing\"");
    assertThat(e.requestId()).contains("req-42");
    assertThat(e.headers().first("x-request-id")).contains("req-42");
    assertThat(e.headers().first("CONTENT-TYPE")).contains("application/json");
    assertThat(e.rawBody()).isEqualTo(ERROR_JSON);
    assertThat(e.rawBodyTruncated()).isFalse();
    assertThat(e.body(ErrorBody.class)).hasValueSatisfying(body -> {
      assertThat(body.code()).isEqualTo("bad_thing");
      assertThat(body.message()).isEqualTo("Something \n is wrong");
    });
    assertThat(e.body()).containsInstanceOf(ErrorBody.class);
    assertThat(e.body(String.class)).isEmpty();
    assertThat(server.requestCount()).isEqualTo(1);
  }

  @Test
  void keepsTheRawBodyWhenTheDeclaredErrorBodyDoesNotParse() {
    String html = "<html><body>502 Bad Gateway</body></html>";
    server.enqueue(Reply.status(502).header("Content-Type", "text/html").body(html),
        Reply.json(400, "{\"unexpected\":\"shape\"}"),
        Reply.json(400, "{\"code\": truncated"));

    InternalServerException gateway = catchThrowableOfType(InternalServerException.class,
        () -> runtime.execute(ApiRequest.builder("GET", "/x").build(), SPEC));
    assertThat(gateway.body()).isEmpty();
    assertThat(gateway.rawBody()).isEqualTo(html);
    assertThat(gateway.getMessage()).isEqualTo("502 Bad Gateway from GET /x: " + html);

    BadRequestException wrongShape = catchThrowableOfType(BadRequestException.class,
        () -> runtime.execute(ApiRequest.builder("GET", "/x").build(), SPEC));
    assertThat(wrongShape.body()).isEmpty();
    assertThat(wrongShape.rawBody()).isEqualTo("{\"unexpected\":\"shape\"}");

    BadRequestException malformed = catchThrowableOfType(BadRequestException.class,
        () -> runtime.execute(ApiRequest.builder("GET", "/x").build(), SPEC));
    assertThat(malformed.body()).isEmpty();
    assertThat(malformed.rawBody()).isEqualTo("{\"code\": truncated");
  }

  @Test
  void undeclaredErrorBodyIsRawOnly() {
    server.enqueue(Reply.json(404, ERROR_JSON));
    NotFoundException e = catchThrowableOfType(NotFoundException.class,
        () -> runtime.execute(ApiRequest.builder("GET", "/x").build(), ResponseSpec.of(ChatResult.class)));
    assertThat(e.body()).isEmpty();
    assertThat(e.rawBody()).isEqualTo(ERROR_JSON);
  }

  @Test
  void errorWithoutBody() {
    server.enqueue(Reply.status(500));
    InternalServerException e = catchThrowableOfType(InternalServerException.class,
        () -> runtime.execute(ApiRequest.builder("GET", "/x").build(), SPEC));
    assertThat(e.rawBody()).isEmpty();
    assertThat(e.body()).isEmpty();
    assertThat(e.getMessage()).isEqualTo("500 Internal Server Error from GET /x");
  }

  @Test
  void boundsTheRawBodyAndTheMessage() {
    String huge = "x".repeat(ApiStatusException.MAX_RAW_BODY_CHARS + 10);
    server.enqueue(Reply.status(400).header("Content-Type", "text/plain").body(huge));
    BadRequestException e = catchThrowableOfType(BadRequestException.class,
        () -> runtime.execute(ApiRequest.builder("GET", "/x").build(), SPEC));
    assertThat(e.rawBody()).hasSize(ApiStatusException.MAX_RAW_BODY_CHARS);
    assertThat(e.rawBodyTruncated()).isTrue();
    assertThat(e.getMessage()).hasSizeLessThan(600).endsWith("...");
  }

  @Test
  void errorBodyBeyondTheReadLimitIsCutAndNotParsed() {
    String hugeJson = "{\"code\":\"c\",\"message\":\"" + "y".repeat(ResponseDecoder.MAX_ERROR_BODY_BYTES) + "\"}";
    server.enqueue(Reply.json(400, hugeJson));
    BadRequestException e = catchThrowableOfType(BadRequestException.class,
        () -> runtime.execute(ApiRequest.builder("GET", "/x").build(), SPEC));
    assertThat(e.rawBodyTruncated()).isTrue();
    assertThat(e.body()).isEmpty();
  }

  @Test
  void rateLimitParsesRetryAfterSecondsAndDates() {
    server.enqueue(Reply.json(429, ERROR_JSON).header("Retry-After", "17"));
    RateLimitException seconds = catchThrowableOfType(RateLimitException.class,
        () -> runtime.execute(ApiRequest.builder("GET", "/x").build(), SPEC));
    assertThat(seconds.retryAfter()).contains(Duration.ofSeconds(17));

    String date = DateTimeFormatter.RFC_1123_DATE_TIME.format(ZonedDateTime.now(ZoneOffset.UTC).plusSeconds(120));
    server.enqueue(Reply.json(429, ERROR_JSON).header("Retry-After", date));
    RateLimitException dated = catchThrowableOfType(RateLimitException.class,
        () -> runtime.execute(ApiRequest.builder("GET", "/x").build(), SPEC));
    assertThat(dated.retryAfter()).hasValueSatisfying(d -> assertThat(d).isBetween(Duration.ofSeconds(100), Duration.ofSeconds(121)));

    server.enqueue(Reply.json(429, ERROR_JSON));
    RateLimitException none = catchThrowableOfType(RateLimitException.class,
        () -> runtime.execute(ApiRequest.builder("GET", "/x").build(), SPEC));
    assertThat(none.retryAfter()).isEmpty();
  }

  @Test
  void asyncTwinFailsWithTheSameException() {
    server.enqueue(Reply.json(404, ERROR_JSON));
    CompletionException wrapped = catchThrowableOfType(CompletionException.class,
        () -> runtime.executeAsync(ApiRequest.builder("GET", "/x").build(), SPEC, RequestOptions.none()).join());
    assertThat(wrapped.getCause()).isInstanceOf(NotFoundException.class);
    NotFoundException e = (NotFoundException) wrapped.getCause();
    assertThat(e.body(ErrorBody.class)).isPresent();
    assertThat(e.getMessage()).startsWith("404 Not Found from GET /x");
  }

  @Test
  void factoryCanBeUsedDirectly() {
    ApiStatusException e = ApiStatusException.of(ApiStatusException.Details.builder()
        .method("GET").path("/p").status(402).headers(Headers.builder().set("request-id", "r1").build())
        .rawBody("{}", false).summary("pay up").build());
    assertThat(e).isInstanceOf(PaymentRequiredException.class);
    assertThat(e.getMessage()).isEqualTo("402 Payment Required from GET /p (request id r1): pay up");
  }
}
