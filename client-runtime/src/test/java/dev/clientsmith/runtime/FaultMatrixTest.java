package dev.clientsmith.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.fasterxml.jackson.core.type.TypeReference;
import dev.clientsmith.runtime.errors.ApiConnectionException;
import dev.clientsmith.runtime.errors.ApiStatusException;
import dev.clientsmith.runtime.errors.BadRequestException;
import dev.clientsmith.runtime.errors.ClientsmithException;
import dev.clientsmith.runtime.errors.InternalServerException;
import dev.clientsmith.runtime.errors.RateLimitException;
import dev.clientsmith.runtime.errors.ResponseParseException;
import dev.clientsmith.runtime.errors.ResponseTooLargeException;
import dev.clientsmith.runtime.testing.ChatParams;
import dev.clientsmith.runtime.testing.ChatResult;
import dev.clientsmith.runtime.testing.RawServer;
import dev.clientsmith.runtime.testing.TestClients;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The faults of issue 9's probe, against a raw loopback server: for each, the exact outcome and
 * the number of requests the server saw, on the synchronous, raw and asynchronous paths.
 */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class FaultMatrixTest extends RawServerCase {

  static final String KEY = TestClients.API_KEY;
  static final TypeReference<Map<String, List<ChatResult>>> ITEMS = new TypeReference<>() { };
  static final ResponseSpec<Map<String, List<ChatResult>>> SPEC = ResponseSpec.of(ITEMS);

  /** The three ways of executing a call, each reduced to "value or the exception it ends with". */
  enum Path {
    SYNC {
      @Override
      <T> T call(ClientRuntime runtime, ApiRequest request, ResponseSpec<T> spec, RequestOptions options) {
        return runtime.execute(request, spec, options);
      }
    },
    RAW {
      @Override
      <T> T call(ClientRuntime runtime, ApiRequest request, ResponseSpec<T> spec, RequestOptions options) {
        return runtime.executeRaw(request, spec, options).value();
      }
    },
    ASYNC {
      @Override
      <T> T call(ClientRuntime runtime, ApiRequest request, ResponseSpec<T> spec, RequestOptions options) {
        try {
          return runtime.executeAsync(request, spec, options).join();
        } catch (CompletionException e) {
          throw (RuntimeException) e.getCause();
        }
      }
    };

    abstract <T> T call(ClientRuntime runtime, ApiRequest request, ResponseSpec<T> spec, RequestOptions options);
  }

  static final String GOOD = "{\"items\":[{\"id\":\"a\",\"score\":1}]}";

  /** A 200 whose Content-Length promises more than arrives, cut inside the array. */
  static RawServer.Script cutInsideArray() {
    return RawServer.raw("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 200\r\n"
        + "Connection: close\r\n\r\n{\"items\":[{\"id\":\"a\",\"score\":1},{\"id\":");
  }

  static String stackTrace(Throwable e) {
    StringWriter out = new StringWriter();
    e.printStackTrace(new PrintWriter(out));
    return out.toString();
  }

  // --- Truncated success bodies: one rule (retry) on every path ------------------------------

  @ParameterizedTest
  @EnumSource(Path.class)
  void truncatedSuccessBodyIsRetriedOnEveryPath(Path path) {
    server.enqueue(cutInsideArray(), RawServer.reply(200, "application/json", GOOD));
    Map<String, List<ChatResult>> value = path.call(runtime, chat(), SPEC, RequestOptions.none());
    assertThat(value.get("items")).extracting(ChatResult::id).containsExactly("a");
    assertThat(server.requestCount()).isEqualTo(2);
  }

  @ParameterizedTest
  @EnumSource(Path.class)
  void truncatedSuccessBodyAfterTheLastRetryIsAConnectionErrorNotAParseError(Path path) {
    server.enqueue(cutInsideArray(), cutInsideArray(), cutInsideArray());
    Throwable e = catchThrowable(() -> path.call(runtime, chat(), SPEC, RequestOptions.none()));
    assertThat(e).isExactlyInstanceOf(ApiConnectionException.class).isNotInstanceOf(ResponseParseException.class);
    assertThat(server.requestCount()).isEqualTo(3);
  }

  // --- Body size limit -------------------------------------------------------------------------

  @ParameterizedTest
  @EnumSource(Path.class)
  void bodyOverTheLimitIsTypedNotRetriedAndTheClientStaysUsable(Path path) {
    try (ClientRuntime small = ClientRuntime.create(TestClients.options(server.baseUrl()).maxResponseBodySize(1024)
        .build())) {
      String big = "{\"items\":[" + "{\"id\":\"x\",\"score\":1},".repeat(2000) + "{\"id\":\"y\",\"score\":1}]}";
      server.enqueue(RawServer.reply(200, "application/json", big), RawServer.reply(200, "application/json", GOOD));
      Throwable e = catchThrowable(() -> path.call(small, chat(), SPEC, RequestOptions.none()));
      assertThat(e).isInstanceOf(ResponseTooLargeException.class).hasMessageContaining("POST /chat")
          .hasMessageContaining("1024 bytes");
      assertThat(((ResponseTooLargeException) e).limit()).isEqualTo(1024);
      assertThat(server.requestCount()).isEqualTo(1);
      assertThat(path.call(small, chat(), SPEC, RequestOptions.none()).get("items")).hasSize(1);
      assertThat(server.requestCount()).isEqualTo(2);
    }
  }

  @ParameterizedTest
  @EnumSource(Path.class)
  void perRequestLimitOverridesTheClientLimit(Path path) {
    server.enqueue(RawServer.reply(200, "application/json", GOOD));
    RequestOptions tight = RequestOptions.builder().maxResponseBodySize(10).build();
    assertThatThrownBy(() -> path.call(runtime, chat(), SPEC, tight)).isInstanceOf(ResponseTooLargeException.class);
    assertThat(server.requestCount()).isEqualTo(1);
  }

  @Test
  void defaultLimitIs64MiB() {
    assertThat(runtime.options().maxResponseBodySize()).isEqualTo(64L * 1024 * 1024);
  }

  // --- Malformed responses and partial error bodies ---------------------------------------------

  @ParameterizedTest
  @EnumSource(Path.class)
  void malformedContentLengthIsAConnectionErrorOnEveryPath(Path path) {
    String broken = "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: abc\r\n\r\n" + GOOD;
    server.enqueue(RawServer.raw(broken), RawServer.raw(broken), RawServer.raw(broken));
    Throwable e = catchThrowable(() -> path.call(runtime, chat(), SPEC, RequestOptions.none()));
    assertThat(e).isExactlyInstanceOf(ApiConnectionException.class).hasMessageContaining("POST /v1/chat");
    assertThat(server.requestCount()).isEqualTo(3);
  }

  @ParameterizedTest
  @EnumSource(Path.class)
  void truncatedErrorBodyKeepsTheStatusAndWhatArrived(Path path) {
    String partial = "{\"error\":{\"message\":\"bad model\",\"type\":\"invalid_reque";
    assertThat(partial.length()).isEqualTo(53);
    server.enqueue(RawServer.raw("HTTP/1.1 400 Bad Request\r\nContent-Type: application/json\r\nContent-Length: 120\r\n"
        + "Connection: close\r\n\r\n" + partial));
    Throwable e = catchThrowable(() -> path.call(runtime, chat(), SPEC, RequestOptions.none()));
    assertThat(e).isInstanceOf(BadRequestException.class);
    assertThat(((ApiStatusException) e).rawBody()).isEqualTo(partial);
    assertThat(((ApiStatusException) e).status()).isEqualTo(400);
    assertThat(server.requestCount()).isEqualTo(1);
  }

  @ParameterizedTest
  @EnumSource(Path.class)
  void truncatedServerErrorBodyKeepsTheStatusAfterRetries(Path path) {
    RawServer.Script cut = RawServer.raw("HTTP/1.1 500 Oops\r\nContent-Length: 50\r\nConnection: close\r\n\r\n{\"error\":");
    server.enqueue(cut, cut, cut);
    Throwable e = catchThrowable(() -> path.call(runtime, chat(), SPEC, RequestOptions.none()));
    assertThat(e).isInstanceOf(InternalServerException.class);
    assertThat(((ApiStatusException) e).rawBody()).isEqualTo("{\"error\":");
    assertThat(server.requestCount()).isEqualTo(3);
  }

  // --- Cancellation and closing -----------------------------------------------------------------

  @ParameterizedTest
  @ValueSource(booleans = {false, true})
  void cancelAbortsTheExchangeAndNothingIsSentAfter(boolean raw) throws Exception {
    server.enqueue(out -> {
      TimeUnit.SECONDS.sleep(5);
      out.write(RawServer.response(200, "application/json", GOOD).getBytes(StandardCharsets.UTF_8));
    });
    CompletableFuture<?> future = raw ? runtime.executeRawAsync(chat(), SPEC, RequestOptions.none())
        : runtime.executeAsync(chat(), SPEC, RequestOptions.none());
    assertThat(server.awaitRequests(1, Duration.ofSeconds(5))).isEqualTo(1);
    assertThat(future.cancel(true)).isTrue();
    TimeUnit.MILLISECONDS.sleep(800);
    assertThat(server.requestCount()).isEqualTo(1);
    assertThatThrownBy(future::join).isInstanceOf(CancellationException.class);
  }

  @Test
  void cancelDuringARetryAfterWaitSendsNothingMore() throws Exception {
    server.enqueue(RawServer.raw("HTTP/1.1 429 Slow down\r\nRetry-After: 1\r\nContent-Length: 0\r\nConnection: close\r\n\r\n"),
        RawServer.reply(200, "application/json", GOOD));
    CompletableFuture<?> future = runtime.executeAsync(chat(), SPEC, RequestOptions.none());
    assertThat(server.awaitRequests(1, Duration.ofSeconds(5))).isEqualTo(1);
    TimeUnit.MILLISECONDS.sleep(200);
    future.cancel(true);
    TimeUnit.MILLISECONDS.sleep(1500);
    assertThat(server.requestCount()).isEqualTo(1);
  }

  @ParameterizedTest
  @ValueSource(booleans = {false, true})
  void closingTheClientWhileARetryIsPendingEndsWithAClientsmithException(boolean async) throws Exception {
    server.enqueue(RawServer.raw("HTTP/1.1 503 Busy\r\nRetry-After: 3\r\nContent-Length: 0\r\nConnection: close\r\n\r\n"));
    CompletableFuture<Object> outcome = new CompletableFuture<>();
    if (async) {
      runtime.executeAsync(chat(), SPEC, RequestOptions.none()).whenComplete((v, e) -> outcome.complete(e));
    } else {
      Thread caller = new Thread(() -> outcome.complete(catchThrowable(() -> runtime.execute(chat(), SPEC))));
      caller.start();
    }
    assertThat(server.awaitRequests(1, Duration.ofSeconds(5))).isEqualTo(1);
    TimeUnit.MILLISECONDS.sleep(200);
    long closedAt = System.nanoTime();
    runtime.close();
    Object failure = outcome.get(2, TimeUnit.SECONDS);
    assertThat(System.nanoTime() - closedAt).isLessThan(TimeUnit.SECONDS.toNanos(2));
    assertThat(failure).isInstanceOf(ClientsmithException.class).isNotInstanceOf(IllegalStateException.class);
    assertThat(((Throwable) failure).getMessage()).contains("closed while a retry was pending");
    assertThat(server.requestCount()).isEqualTo(1);
  }

  // --- Requests that must not be sent ---------------------------------------------------------

  @ParameterizedTest
  @ValueSource(strings = {"Transfer-Encoding", "TE", "Trailer", "Connection", "Keep-Alive", "Proxy-Authorization",
      "Proxy-Connection", "Content-Length", "Host"})
  void restrictedHeadersAreRefusedBeforeSending(String name) {
    assertThatThrownBy(() -> RequestOptions.builder().putHeader(name, "chunked"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining(name);
    ApiRequest request = ApiRequest.builder("POST", "/chat").header(name, "chunked")
        .body(ChatParams.builder().model("m").build()).build();
    assertThatThrownBy(() -> runtime.execute(request, SPEC)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining(name);
    assertThat(server.requestCount()).isZero();
  }

  @Test
  void nonStreamingCallsNeverSendStreamTrue() {
    RequestOptions streaming = RequestOptions.builder().putExtraBodyProperty("stream", true).build();
    assertThatThrownBy(() -> runtime.execute(chat(), SPEC, streaming)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("createStreaming");
    assertThatThrownBy(() -> runtime.executeAsync(chat(), SPEC, streaming)).isInstanceOf(IllegalArgumentException.class);
    assertThat(server.requestCount()).isZero();
    server.enqueue(RawServer.reply(200, "application/json", GOOD));
    runtime.execute(chat(), SPEC, RequestOptions.builder().putExtraBodyProperty("stream", false).build());
    assertThat(server.requests().get(0)).contains("\"stream\":false");
  }

  // --- Secrets ----------------------------------------------------------------------------------

  @ParameterizedTest
  @ValueSource(strings = {"sk-abcdefé", "sk-abcdef日", "sk-abc def", "sk-abcdef\u00a0"})
  void apiKeyMustBeVisibleAsciiAndIsNotEchoed(String key) {
    Throwable e = catchThrowable(() -> ClientOptions.builder().baseUrl(server.baseUrl()).apiKey(key));
    assertThat(e).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("visible ASCII");
    assertThat(e.getMessage()).doesNotContain("sk-abc");
  }

  @Test
  void keyEchoedInABadStatusLineIsNotInTheKeptCause() {
    RawServer.Script echo = RawServer.raw("HTTP/1.1 2OO " + KEY + "\r\nContent-Length: 0\r\n\r\n");
    server.enqueue(echo, echo, echo);
    Throwable e = catchThrowable(() -> runtime.execute(chat(), SPEC));
    assertThat(e).isInstanceOf(ApiConnectionException.class);
    assertThat(stackTrace(e)).doesNotContain(KEY);
    server.enqueue(echo, echo, echo);
    Throwable async = catchThrowable(() -> runtime.executeAsync(chat(), SPEC).join());
    assertThat(stackTrace(async)).doesNotContain(KEY);
  }

  @ParameterizedTest
  @EnumSource(Path.class)
  void keyNamedOnAJacksonPathIsNotInTheKeptCause(Path path) {
    server.enqueue(RawServer.reply(200, "application/json", "{\"" + KEY + "\":[{\"id\":\"a\",\"score\":\"high\"}]}"));
    Throwable e = catchThrowable(() -> path.call(runtime, chat(), SPEC, RequestOptions.none()));
    assertThat(e).isInstanceOf(ResponseParseException.class);
    assertThat(stackTrace(e)).doesNotContain(KEY).contains("***");
  }

  @ParameterizedTest
  @EnumSource(Path.class)
  void keyEchoedInAResponseHeaderIsNotInHeadersToString(Path path) {
    server.enqueue(RawServer.raw("HTTP/1.1 400 Bad\r\nX-Echo: Bearer " + KEY + "\r\nContent-Length: 2\r\n"
        + "Connection: close\r\n\r\n{}"));
    ApiStatusException e = (ApiStatusException) catchThrowable(() -> path.call(runtime, chat(), SPEC,
        RequestOptions.none()));
    assertThat(e.headers().toString()).doesNotContain(KEY).contains("x-echo");
    assertThat(e.headers().first("X-Echo")).hasValue("Bearer " + KEY); // The value itself is unchanged.
  }

  @Test
  void headersWhoseNameLooksSecretAreMaskedInToString() {
    try (ClientRuntime client = ClientRuntime.create(TestClients.options(server.baseUrl())
        .putHeader("X-Auth-Token", "tok-1234567890")
        .putHeader("Ocp-Apim-Subscription-Key", "sub-abcdefghij")
        .putHeader("X-Client-Secret", "sec-0987654321")
        .putHeader("X-Request-Source", "docs").build())) {
      assertThat(client.toString()).doesNotContain("tok-1234567890", "sub-abcdefghij", "sec-0987654321", KEY)
          .contains("docs");
    }
  }

  // --- Retry-After and messages -------------------------------------------------------------------

  @ParameterizedTest
  @EnumSource(Path.class)
  void longRetryAfterIsReportedTruthfullyAndNotWaitedFor(Path path) {
    server.enqueue(RawServer.raw("HTTP/1.1 429 Slow\r\nRetry-After: 100000\r\nContent-Length: 0\r\nConnection: close\r\n\r\n"));
    RateLimitException e = (RateLimitException) catchThrowable(() -> path.call(runtime, chat(), SPEC,
        RequestOptions.none()));
    assertThat(e.retryAfter()).hasValue(Duration.ofSeconds(100_000));
    assertThat(server.requestCount()).isEqualTo(1);
  }

  @ParameterizedTest
  @EnumSource(Path.class)
  void messagesNameThePathAsSentWithTheBasePath(Path path) {
    ClientRuntime noRetry = ClientRuntime.create(TestClients.options(server.baseUrl() + "/v1").maxRetries(0).build());
    try (noRetry) {
      server.enqueue(RawServer.reply(400, "application/json", "{}"));
      assertThat(catchThrowable(() -> path.call(noRetry, chat(), SPEC, RequestOptions.none())))
          .hasMessageContaining("POST /v1/chat");
      server.enqueue(RawServer.reply(200, "application/json", "{\"items\": 3}"));
      assertThat(catchThrowable(() -> path.call(noRetry, chat(), SPEC, RequestOptions.none())))
          .hasMessageContaining("POST /v1/chat");
      server.enqueue(cutInsideArray());
      assertThat(catchThrowable(() -> path.call(noRetry, chat(), SPEC, RequestOptions.none())))
          .hasMessageContaining("POST /v1/chat");
    }
  }
}
