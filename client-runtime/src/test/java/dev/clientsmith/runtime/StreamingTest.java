package dev.clientsmith.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.fasterxml.jackson.core.type.TypeReference;
import dev.clientsmith.runtime.errors.ResponseParseException;
import dev.clientsmith.runtime.errors.StreamErrorException;
import dev.clientsmith.runtime.errors.StreamTruncatedException;
import dev.clientsmith.runtime.stream.AsyncStreamResponse;
import dev.clientsmith.runtime.stream.StreamHandler;
import dev.clientsmith.runtime.stream.StreamResponse;
import dev.clientsmith.runtime.stream.StreamSpec;
import dev.clientsmith.runtime.testing.ChatResult;
import dev.clientsmith.runtime.testing.RawServer;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** The streaming calls end to end against a raw loopback server. */
@Timeout(value = 30, unit = TimeUnit.SECONDS)
class StreamingTest extends RawServerCase {

  static final StreamSpec<ChatResult> SPEC = StreamSpec.of(ChatResult.class)
      .error("default", new TypeReference<Map<String, Object>>() { });

  static String event(String id) {
    return "data: {\"id\":\"" + id + "\",\"score\":1}\n\n";
  }

  @Test
  void streamsEventsUntilDoneAndSendsTheStreamFlagAndAccept() {
    server.enqueue(RawServer.sse(Duration.ZERO, ": keep-alive\n\n", event("a"), event("b"), "data: [DONE]\n\n"));
    try (StreamResponse<ChatResult> stream = runtime.executeStreaming(chat(), SPEC, RequestOptions.none())) {
      assertThat(stream.statusCode()).isEqualTo(200);
      assertThat(stream.stream().map(ChatResult::id).collect(Collectors.toList())).containsExactly("a", "b");
    }
    String request = server.requests().get(0);
    assertThat(request).containsIgnoringCase("accept: text/event-stream").contains("\"stream\":true");
  }

  @Test
  void streamCutBeforeDoneIsATypedException() {
    server.enqueue(RawServer.sse(Duration.ZERO, event("a")));
    try (StreamResponse<ChatResult> stream = runtime.executeStreaming(chat(), SPEC, RequestOptions.none())) {
      List<String> seen = new CopyOnWriteArrayList<>();
      Throwable e = catchThrowable(() -> stream.forEach(chunk -> seen.add(chunk.id())));
      assertThat(seen).containsExactly("a");
      assertThat(e).isInstanceOf(StreamTruncatedException.class).hasMessageContaining("without [DONE]");
    }
    assertThat(server.requestCount()).isEqualTo(1);
  }

  @Test
  void errorInsideTheStreamCarriesTheProviderBody() {
    server.enqueue(RawServer.sse(Duration.ZERO, event("a"),
        "data: {\"error\":{\"message\":\"overloaded\",\"type\":\"server_error\"}}\n\n"));
    try (StreamResponse<ChatResult> stream = runtime.executeStreaming(chat(), SPEC, RequestOptions.none())) {
      Throwable e = catchThrowable(() -> stream.forEach(chunk -> { }));
      assertThat(e).isInstanceOf(StreamErrorException.class).hasMessageContaining("overloaded");
      assertThat(((StreamErrorException) e).body()).hasValueSatisfying(body -> assertThat(body).isInstanceOf(Map.class));
      assertThat(((StreamErrorException) e).rawData()).contains("server_error");
    }
  }

  @Test
  void unparsableChunkIsRaisedNotSkipped() {
    server.enqueue(RawServer.sse(Duration.ZERO, event("a"), "data: {\"id\": [}\n\n", event("c"), "data: [DONE]\n\n"));
    try (StreamResponse<ChatResult> stream = runtime.executeStreaming(chat(), SPEC, RequestOptions.none())) {
      List<String> seen = new CopyOnWriteArrayList<>();
      Throwable e = catchThrowable(() -> stream.forEach(chunk -> seen.add(chunk.id())));
      assertThat(seen).containsExactly("a");
      assertThat(e).isInstanceOf(ResponseParseException.class).hasMessageContaining("event 2");
    }
  }

  @Test
  void asyncDeliversOnTheStreamExecutorAndCompletes() throws Exception {
    server.enqueue(RawServer.sse(Duration.ofMillis(5), event("a"), event("b"), "data: [DONE]\n\n"));
    List<String> seen = new CopyOnWriteArrayList<>();
    List<String> threads = new CopyOnWriteArrayList<>();
    AsyncStreamResponse<ChatResult> stream = runtime.executeStreamingAsync(chat(), SPEC, RequestOptions.none());
    stream.subscribe((StreamHandler<ChatResult>) chunk -> {
      seen.add(chunk.id());
      threads.add(Thread.currentThread().getName());
    });
    stream.onComplete().get(10, TimeUnit.SECONDS);
    assertThat(seen).containsExactly("a", "b");
    assertThat(threads).allMatch(name -> name.startsWith("clientsmith-stream-"));
  }
}
