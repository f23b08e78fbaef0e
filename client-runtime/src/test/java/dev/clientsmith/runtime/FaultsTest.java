package dev.clientsmith.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.clientsmith.runtime.errors.ApiConnectionException;
import dev.clientsmith.runtime.errors.ApiTimeoutException;
import dev.clientsmith.runtime.errors.BadRequestException;
import dev.clientsmith.runtime.testing.ChatResult;
import dev.clientsmith.runtime.testing.LocalServer;
import dev.clientsmith.runtime.testing.LocalServer.Reply;
import dev.clientsmith.runtime.testing.TestClients;
import java.time.Duration;
import java.util.concurrent.CompletionException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** Timeouts and connection failures, without retries. */
@Timeout(20)
class FaultsTest {

  private static final String BODY = "{\"id\":\"slow\",\"score\":1.0}";
  private static final Duration SHORT = Duration.ofMillis(400);
  private static final Duration LONG_STALL = Duration.ofSeconds(4);
  /** A timed-out call must fail well before the server would have finished. */
  private static final long MAX_ELAPSED_MS = 2500;

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
    runtime = ClientRuntime.create(TestClients.options(server).maxRetries(0).timeout(SHORT).build());
  }

  @AfterEach
  void closeRuntime() {
    runtime.close();
  }

  private static ApiRequest get() {
    return ApiRequest.builder("GET", "/slow").build();
  }

  @Test
  void slowHeadersTimeOut() {
    server.enqueue(Reply.json(200, BODY).delayHeaders(LONG_STALL));
    long start = System.nanoTime();
    ApiTimeoutException e = catchThrowableOfType(ApiTimeoutException.class,
        () -> runtime.execute(get(), ResponseSpec.of(ChatResult.class)));
    assertThat(elapsedMs(start)).isLessThan(MAX_ELAPSED_MS);
    assertThat(e.getMessage()).isEqualTo("GET /slow: no response within 400 ms");
  }

  @Test
  void bodyThatStallsMidwayTimesOutInExecute() {
    server.enqueue(Reply.json(200, BODY).stallBodyAfter(5, LONG_STALL));
    long start = System.nanoTime();
    ApiTimeoutException e = catchThrowableOfType(ApiTimeoutException.class,
        () -> runtime.execute(get(), ResponseSpec.of(ChatResult.class)));
    assertThat(elapsedMs(start)).isLessThan(MAX_ELAPSED_MS);
    assertThat(e.getMessage()).isEqualTo("GET /slow: no complete response within 400 ms");
  }

  @Test
  void bodyThatStallsMidwayTimesOutInExecuteRawAndText() {
    server.enqueue(Reply.json(200, BODY).stallBodyAfter(5, LONG_STALL), Reply.json(200, BODY).stallBodyAfter(5, LONG_STALL));
    assertThat(catchThrowable(() -> runtime.executeRaw(get(), ResponseSpec.of(ChatResult.class), RequestOptions.none())))
        .isInstanceOf(ApiTimeoutException.class);
    assertThat(catchThrowable(() -> runtime.execute(get(), ResponseSpec.text())))
        .isInstanceOf(ApiTimeoutException.class);
  }

  @Test
  void bodyThatStallsTimesOutAsync() {
    server.enqueue(Reply.json(200, BODY).stallBodyAfter(5, LONG_STALL));
    long start = System.nanoTime();
    Throwable e = catchThrowable(() -> runtime.executeAsync(get(), ResponseSpec.of(ChatResult.class)).join());
    assertThat(elapsedMs(start)).isLessThan(MAX_ELAPSED_MS);
    assertThat(e).isInstanceOf(CompletionException.class).hasCauseInstanceOf(ApiTimeoutException.class);
    assertThat(e.getCause()).hasMessage("GET /slow: no complete response within 400 ms");
  }

  @Test
  void slowHeadersTimeOutAsync() {
    server.enqueue(Reply.json(200, BODY).delayHeaders(LONG_STALL));
    Throwable e = catchThrowable(() -> runtime.executeAsync(get(), ResponseSpec.of(ChatResult.class)).join());
    assertThat(e).hasCauseInstanceOf(ApiTimeoutException.class);
  }

  @Test
  void perRequestTimeoutOverridesTheClientTimeout() {
    try (ClientRuntime patient = ClientRuntime.create(TestClients.options(server).maxRetries(0).build())) {
      server.enqueue(Reply.json(200, BODY).delayHeaders(LONG_STALL));
      long start = System.nanoTime();
      Throwable e = catchThrowable(() -> patient.execute(get(), ResponseSpec.of(ChatResult.class),
          RequestOptions.builder().timeout(Duration.ofMillis(300)).build()));
      assertThat(e).isInstanceOf(ApiTimeoutException.class).hasMessageContaining("300 ms");
      assertThat(elapsedMs(start)).isLessThan(MAX_ELAPSED_MS);
    }
  }

  @Test
  void errorBodyThatStallsStillReportsTheStatus() {
    server.enqueue(Reply.json(400, "{\"code\":\"x\",\"message\":\"y\"}").stallBodyAfter(3, LONG_STALL));
    BadRequestException e = catchThrowableOfType(BadRequestException.class,
        () -> runtime.execute(get(), ResponseSpec.of(ChatResult.class)));
    // What arrived before the stall is kept with the status.
    assertThat(e.getMessage()).isEqualTo("400 Bad Request from GET /slow: {\"c (the body timed out after 3 bytes)");
    assertThat(e.rawBody()).isEqualTo("{\"c");
  }

  @Test
  void connectionRefusedIsAConnectionErrorNotATimeout() {
    int port = LocalServer.unusedPort();
    try (ClientRuntime nowhere = ClientRuntime.create(TestClients.options(server)
        .baseUrl("http://127.0.0.1:" + port + "/v1").maxRetries(0).build())) {
      ApiConnectionException e = catchThrowableOfType(ApiConnectionException.class,
          () -> nowhere.execute(ApiRequest.builder("POST", "/chat").body(java.util.Map.of()).build(), ResponseSpec.none()));
      assertThat(e).isNotInstanceOf(ApiTimeoutException.class);
      assertThat(e.getMessage()).startsWith("POST /v1/chat: could not connect to http://127.0.0.1:" + port);

      Throwable async = catchThrowable(() -> nowhere.executeAsync(get(), ResponseSpec.none()).join());
      assertThat(async).hasCauseExactlyInstanceOf(ApiConnectionException.class);
    }
  }

  @Test
  void droppedConnectionIsAConnectionError() {
    // POST: for a GET, java.net.http itself retries once on a connection closed before the response.
    server.enqueue(Reply.drop());
    Throwable e = catchThrowable(() -> runtime.execute(ApiRequest.builder("POST", "/drop").body(java.util.Map.of()).build(),
        ResponseSpec.none()));
    assertThat(e).isExactlyInstanceOf(ApiConnectionException.class).hasMessageStartingWith("POST /drop failed (");
    assertThat(server.requestCount()).isEqualTo(1);
  }

  @Test
  void truncatedBodyIsAConnectionError() {
    server.enqueue(Reply.json(200, BODY).truncated());
    Throwable e = catchThrowable(() -> runtime.execute(get(), ResponseSpec.of(ChatResult.class)));
    assertThat(e).isExactlyInstanceOf(ApiConnectionException.class)
        .hasMessageStartingWith("GET /slow: reading the response failed");
  }

  private static long elapsedMs(long start) {
    return (System.nanoTime() - start) / 1_000_000;
  }
}
