package dev.clientsmith.clienttests.streaming;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.BooleanNode;
import dev.clientsmith.clienttests.support.TestResources;
import java.lang.reflect.Method;
import java.time.Duration;
import java.util.Arrays;

/** What the streaming tests of the four clients share: the recorded streams and the request checks. */
final class Streams {
  /** How long an async stream may take to complete here; the streams are a few hundred bytes. */
  static final Duration ASYNC_DEADLINE = Duration.ofSeconds(10);

  private Streams() {}

  /** A recorded-style event stream from {@code src/test/resources/streaming/}, with LF line ends. */
  static String recorded(String name) {
    return TestResources.text("streaming/" + name);
  }

  /** The same stream with CRLF line ends, as some servers (and proxies) send it. */
  static String crlf(String stream) {
    return stream.replace("\n", "\r\n");
  }

  /**
   * A streaming call's request: POST to {@code path}, asking for an event stream, with
   * {@code "stream": true} in the JSON body (which the request builders cannot set).
   */
  static void assertStreamingRequest(SentRequest request, String path) {
    assertThat(request.method()).isEqualTo("POST");
    assertThat(request.path()).isEqualTo(path);
    assertThat(request.header("Accept")).contains("text/event-stream");
    assertThat(request.header("Content-Type")).hasValueSatisfying(v -> assertThat(v).startsWith("application/json"));
    assertThat(request.json().get("stream")).isEqualTo(BooleanNode.TRUE);
  }

  /** The request builder offers no way to set the stream flag: the calls decide it. */
  static void assertNoStreamSetter(Class<?> builder) {
    assertThat(Arrays.stream(builder.getMethods()).map(Method::getName)).isNotEmpty().doesNotContain("stream");
  }
}
