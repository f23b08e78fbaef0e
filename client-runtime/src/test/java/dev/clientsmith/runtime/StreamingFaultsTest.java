package dev.clientsmith.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.clientsmith.runtime.errors.ApiConnectionException;
import dev.clientsmith.runtime.errors.ApiTimeoutException;
import dev.clientsmith.runtime.errors.ClientsmithException;
import dev.clientsmith.runtime.errors.InternalServerException;
import dev.clientsmith.runtime.errors.ResponseTooLargeException;
import dev.clientsmith.runtime.errors.StreamErrorException;
import dev.clientsmith.runtime.errors.StreamTruncatedException;
import dev.clientsmith.runtime.stream.AsyncStreamResponse;
import dev.clientsmith.runtime.stream.StreamHandler;
import dev.clientsmith.runtime.stream.StreamResponse;
import dev.clientsmith.runtime.stream.StreamSpec;
import dev.clientsmith.runtime.testing.ChatResult;
import dev.clientsmith.runtime.testing.RawServer;
import dev.clientsmith.runtime.testing.TestClients;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The fault matrix of the streaming paths: for each fault, the exact outcome and how many
 * requests the server saw, synchronously and asynchronously.
 */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class StreamingFaultsTest extends RawServerCase {

  static final StreamSpec<ChatResult> SPEC = StreamSpec.of(ChatResult.class);
  static final String DONE = "data: [DONE]\n\n";

  static String event(String id) {
    return "data: {\"id\":\"" + id + "\",\"score\":1}\n\n";
  }

  /** Reads the whole stream on the sync or the async path; returns the ids and the failure, if any. */
  List<Object> run(boolean async, ClientRuntime client, RequestOptions options) throws InterruptedException {
    List<Object> seen = new ArrayList<>();
    if (!async) {
      try (StreamResponse<ChatResult> stream = client.executeStreaming(chat(), SPEC, options)) {
        stream.forEach(chunk -> seen.add(chunk.id()));
      } catch (RuntimeException e) {
        seen.add(e);
      }
      return seen;
    }
    List<Object> delivered = new CopyOnWriteArrayList<>();
    AsyncStreamResponse<ChatResult> stream = client.executeStreamingAsync(chat(), SPEC, options);
    stream.subscribe(chunk -> delivered.add(chunk.id()));
    try {
      stream.onComplete().get(20, TimeUnit.SECONDS);
    } catch (ExecutionException e) {
      delivered.add(e.getCause());
    } catch (java.util.concurrent.TimeoutException e) {
      throw new AssertionError("the async stream did not end", e);
    }
    return delivered;
  }

  @ParameterizedTest
  @ValueSource(booleans = {false, true})
  void statusErrorBeforeTheStreamIsRetried(boolean async) throws Exception {
    server.enqueue(RawServer.reply(503, "application/json", "{}"), RawServer.sse(Duration.ZERO, event("a"), DONE));
    assertThat(run(async, runtime, RequestOptions.none())).containsExactly("a");
    assertThat(server.requestCount()).isEqualTo(2);
  }

  @ParameterizedTest
  @ValueSource(booleans = {false, true})
  void serverErrorAfterRetriesIsTheTypedStatus(boolean async) throws Exception {
    server.enqueue(RawServer.reply(500, "application/json", "{}"), RawServer.reply(500, "application/json", "{}"),
        RawServer.reply(500, "application/json", "{}"));
    List<Object> outcome = run(async, runtime, RequestOptions.none());
    assertThat(outcome).singleElement().isInstanceOf(InternalServerException.class);
    assertThat(server.requestCount()).isEqualTo(3);
  }

  @ParameterizedTest
  @ValueSource(booleans = {false, true})
  void connectionLostBeforeTheFirstByteIsRetried(boolean async) throws Exception {
    // Headers, then the connection closes before any body byte: nothing was delivered, so retry.
    server.enqueue(RawServer.raw(RawServer.sseHead()), RawServer.sse(Duration.ZERO, event("a"), DONE));
    assertThat(run(async, runtime, RequestOptions.none())).containsExactly("a");
    assertThat(server.requestCount()).isEqualTo(2);
  }

  @ParameterizedTest
  @ValueSource(booleans = {false, true})
  void noFirstByteWithinTheAttemptTimeoutIsATimeoutAndRetried(boolean async) throws Exception {
    server.enqueue(out -> {
      out.write(RawServer.sseHead().getBytes(StandardCharsets.UTF_8));
      out.flush();
      TimeUnit.SECONDS.sleep(5);
    }, RawServer.sse(Duration.ZERO, event("a"), DONE));
    try (ClientRuntime quick = ClientRuntime.create(TestClients.options(server.baseUrl())
        .timeout(Duration.ofMillis(400)).build())) {
      long started = System.nanoTime();
      assertThat(run(async, quick, RequestOptions.none())).containsExactly("a");
      assertThat(System.nanoTime() - started).isLessThan(TimeUnit.SECONDS.toNanos(3));
    }
    assertThat(server.requestCount()).isEqualTo(2);
  }

  @Test
  void noFirstByteAfterTheLastRetryIsAnApiTimeoutException() {
    RawServer.Script silent = out -> {
      out.write(RawServer.sseHead().getBytes(StandardCharsets.UTF_8));
      out.flush();
      TimeUnit.SECONDS.sleep(5);
    };
    server.enqueue(silent);
    try (ClientRuntime quick = ClientRuntime.create(TestClients.options(server.baseUrl())
        .timeout(Duration.ofMillis(300)).maxRetries(0).build())) {
      assertThatThrownBy(() -> quick.executeStreaming(chat(), SPEC, RequestOptions.none()))
          .isInstanceOf(ApiTimeoutException.class).hasMessageContaining("300 ms");
    }
    assertThat(server.requestCount()).isEqualTo(1);
  }

  @ParameterizedTest
  @ValueSource(booleans = {false, true})
  void streamCutAfterItsFirstByteIsNeverRetried(boolean async) throws Exception {
    server.enqueue(RawServer.sse(Duration.ZERO, event("a"), "data: {\"id\":"), RawServer.sse(Duration.ZERO, DONE));
    List<Object> outcome = run(async, runtime, RequestOptions.none());
    assertThat(outcome).hasSize(2).first().isEqualTo("a");
    assertThat(outcome.get(1)).isInstanceOf(StreamTruncatedException.class);
    assertThat(((StreamTruncatedException) outcome.get(1)).eventsDelivered()).isEqualTo(1);
    assertThat(((Throwable) outcome.get(1)).getMessage()).contains("POST /v1/chat");
    assertThat(server.requestCount()).isEqualTo(1);
  }

  @ParameterizedTest
  @ValueSource(booleans = {false, true})
  void silenceBetweenEventsPastTheIdleTimeoutIsATimeout(boolean async) throws Exception {
    server.enqueue(out -> {
      out.write((RawServer.sseHead() + event("a")).getBytes(StandardCharsets.UTF_8));
      out.flush();
      TimeUnit.SECONDS.sleep(5);
    });
    RequestOptions idle = RequestOptions.builder().streamIdleTimeout(Duration.ofMillis(300)).build();
    long started = System.nanoTime();
    List<Object> outcome = run(async, runtime, idle);
    assertThat(System.nanoTime() - started).isLessThan(TimeUnit.SECONDS.toNanos(3));
    assertThat(outcome).hasSize(2).first().isEqualTo("a");
    assertThat(outcome.get(1)).isInstanceOf(ApiTimeoutException.class);
    assertThat(((Throwable) outcome.get(1)).getMessage()).contains("stream idle timeout");
    assertThat(server.requestCount()).isEqualTo(1);
  }

  @ParameterizedTest
  @ValueSource(booleans = {false, true})
  void keepAliveCommentsKeepALongGenerationAlive(boolean async) throws Exception {
    // 1.2 s of thinking, a comment every 100 ms, with an idle timeout of 400 ms: no timeout.
    List<String> pieces = new ArrayList<>();
    for (int i = 0; i < 12; i++) {
      pieces.add(": PROCESSING\n\n");
    }
    pieces.add(event("a"));
    pieces.add(DONE);
    server.enqueue(RawServer.sse(Duration.ofMillis(100), pieces.toArray(new String[0])));
    RequestOptions idle = RequestOptions.builder().streamIdleTimeout(Duration.ofMillis(400)).build();
    assertThat(run(async, runtime, idle)).containsExactly("a");
  }

  @ParameterizedTest
  @ValueSource(booleans = {false, true})
  void theDeadlineBoundsTheWholeStream(boolean async) throws Exception {
    List<String> pieces = new ArrayList<>();
    for (int i = 0; i < 40; i++) {
      pieces.add(event("e" + i));
    }
    server.enqueue(RawServer.sse(Duration.ofMillis(50), pieces.toArray(new String[0])));
    RequestOptions deadline = RequestOptions.builder().deadline(Duration.ofMillis(600)).build();
    List<Object> outcome = run(async, runtime, deadline);
    Object last = outcome.get(outcome.size() - 1);
    assertThat(last).isInstanceOf(ApiTimeoutException.class);
    assertThat(((Throwable) last).getMessage()).contains("deadline of 600 ms");
    assertThat(outcome.size()).isBetween(2, 30);
  }

  @ParameterizedTest
  @ValueSource(booleans = {false, true})
  void anEventTooLargeIsATypedException(boolean async) throws Exception {
    try (ClientRuntime small = ClientRuntime.create(TestClients.options(server.baseUrl()).maxEventSize(256).build())) {
      server.enqueue(RawServer.sse(Duration.ZERO, event("a"), "data: \"" + "x".repeat(1000) + "\"\n\n", DONE));
      List<Object> outcome = run(async, small, RequestOptions.none());
      assertThat(outcome).hasSize(2).first().isEqualTo("a");
      assertThat(outcome.get(1)).isInstanceOf(ResponseTooLargeException.class);
      assertThat(server.requestCount()).isEqualTo(1);
    }
  }

  @ParameterizedTest
  @ValueSource(booleans = {false, true})
  void errorEventIsATypedExceptionWithTheBody(boolean async) throws Exception {
    server.enqueue(RawServer.sse(Duration.ZERO, event("a"), "event: error\ndata: {\"message\":\"quota\"}\n\n"));
    List<Object> outcome = run(async, runtime, RequestOptions.none());
    assertThat(outcome).hasSize(2).first().isEqualTo("a");
    assertThat(outcome.get(1)).isInstanceOf(StreamErrorException.class);
    assertThat(((StreamErrorException) outcome.get(1)).rawData()).isEqualTo("{\"message\":\"quota\"}");
    assertThat(((StreamErrorException) outcome.get(1)).event()).isEqualTo("error");
  }

  @Test
  void closingASyncStreamEarlyReleasesItAndSendsNothingMore() throws Exception {
    CountDownLatch serverDone = new CountDownLatch(1);
    server.enqueue(out -> {
      try {
        out.write((RawServer.sseHead() + event("a")).getBytes(StandardCharsets.UTF_8));
        out.flush();
        for (int i = 0; i < 100; i++) {
          TimeUnit.MILLISECONDS.sleep(50);
          out.write(event("more").getBytes(StandardCharsets.UTF_8));
          out.flush();
        }
      } finally {
        serverDone.countDown();
      }
    });
    StreamResponse<ChatResult> stream = runtime.executeStreaming(chat(), SPEC, RequestOptions.none());
    assertThat(stream.iterator().next().id()).isEqualTo("a");
    stream.close();
    // The server's writes fail once the client has gone: the connection was released, not drained.
    assertThat(serverDone.await(5, TimeUnit.SECONDS)).isTrue();
    TimeUnit.MILLISECONDS.sleep(300);
    assertThat(server.requestCount()).isEqualTo(1);
  }

  @Test
  void closingFromAnotherThreadEndsAnIterationWithAClientsmithException() throws Exception {
    server.enqueue(out -> {
      out.write((RawServer.sseHead() + event("a")).getBytes(StandardCharsets.UTF_8));
      out.flush();
      TimeUnit.SECONDS.sleep(5);
    });
    StreamResponse<ChatResult> stream = runtime.executeStreaming(chat(), SPEC, RequestOptions.none());
    CompletableFuture.delayedExecutor(300, TimeUnit.MILLISECONDS).execute(stream::close);
    List<String> seen = new ArrayList<>();
    Throwable e = catchThrowable(() -> stream.forEach(chunk -> seen.add(chunk.id())));
    assertThat(seen).containsExactly("a");
    assertThat(e).isExactlyInstanceOf(ClientsmithException.class).hasMessageContaining("closed");
  }

  @Test
  void cancellingAnAsyncStreamAbortsItAndNothingMoreIsDelivered() throws Exception {
    server.enqueue(RawServer.sse(Duration.ofMillis(50), "" + event("a"), event("b"), event("c"), event("d"),
        event("e"), event("f"), event("g"), event("h"), DONE));
    List<String> seen = new CopyOnWriteArrayList<>();
    CountDownLatch first = new CountDownLatch(1);
    AsyncStreamResponse<ChatResult> stream = runtime.executeStreamingAsync(chat(), SPEC, RequestOptions.none());
    stream.subscribe((StreamHandler<ChatResult>) chunk -> {
      seen.add(chunk.id());
      first.countDown();
    });
    assertThat(first.await(5, TimeUnit.SECONDS)).isTrue();
    assertThat(stream.onComplete().cancel(true)).isTrue();
    int atCancel = seen.size();
    TimeUnit.MILLISECONDS.sleep(600);
    assertThat(seen.size()).isLessThanOrEqualTo(atCancel + 1); // At most the chunk being delivered.
    assertThat(seen).doesNotContain("h");
    assertThatThrownBy(() -> stream.onComplete().join()).isInstanceOf(CancellationException.class);
    assertThat(server.requestCount()).isEqualTo(1);
  }

  @Test
  void closingAnAsyncStreamWaitingToRetryEndsWithAClientsmithExceptionAndSendsNothingMore() throws Exception {
    server.enqueue(RawServer.raw("HTTP/1.1 503 Busy\r\nRetry-After: 3\r\nContent-Length: 0\r\nConnection: close\r\n\r\n"),
        RawServer.sse(Duration.ZERO, event("a"), DONE));
    AsyncStreamResponse<ChatResult> stream = runtime.executeStreamingAsync(chat(), SPEC, RequestOptions.none());
    stream.subscribe(chunk -> { });
    assertThat(server.awaitRequests(1, Duration.ofSeconds(5))).isEqualTo(1);
    TimeUnit.MILLISECONDS.sleep(200);
    stream.close();
    Throwable e = catchThrowable(() -> stream.onComplete().get(2, TimeUnit.SECONDS));
    assertThat(e).isInstanceOf(ExecutionException.class).cause().isInstanceOf(ClientsmithException.class)
        .hasMessageContaining("closed");
    TimeUnit.SECONDS.sleep(3);
    assertThat(server.requestCount()).isEqualTo(1);
  }

  @Test
  void theStreamingCallsOverrideAUserStreamFalse() throws Exception {
    server.enqueue(RawServer.sse(Duration.ZERO, event("a"), DONE));
    run(false, runtime, RequestOptions.builder().putExtraBodyProperty("stream", false).build());
    assertThat(server.requests().get(0)).contains("\"stream\":true").doesNotContain("\"stream\":false");
  }

  @Test
  void connectionRefusedOnAStreamIsAConnectionError() {
    try (ClientRuntime nowhere = ClientRuntime.create(TestClients.options("http://127.0.0.1:"
        + dev.clientsmith.runtime.testing.LocalServer.unusedPort()).maxRetries(0).build())) {
      assertThatThrownBy(() -> nowhere.executeStreaming(chat(), SPEC, RequestOptions.none()))
          .isInstanceOf(ApiConnectionException.class);
    }
  }
}
