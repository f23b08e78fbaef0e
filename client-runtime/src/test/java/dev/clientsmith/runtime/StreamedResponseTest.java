package dev.clientsmith.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.clientsmith.runtime.errors.AuthenticationException;
import dev.clientsmith.runtime.testing.ErrorBody;
import dev.clientsmith.runtime.testing.LocalServer;
import dev.clientsmith.runtime.testing.LocalServer.Reply;
import dev.clientsmith.runtime.testing.TestClients;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** The streaming path hands over the network stream itself, before the server has finished. */
@Timeout(20)
class StreamedResponseTest {

  private static final String EVENTS = "data: 1\n\ndata: 2\n\n";

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
    runtime = ClientRuntime.create(TestClients.options(server).maxRetries(0).timeout(Duration.ofMillis(800)).build());
  }

  @AfterEach
  void closeRuntime() {
    runtime.close();
  }

  private static ApiRequest post() {
    return ApiRequest.builder("POST", "/chat/completions").body(Map.of("stream", true)).build();
  }

  @Test
  void firstEventIsReadableWhileTheServerStillWrites() throws Exception {
    server.enqueue(Reply.status(200).header("Content-Type", "text/event-stream").body(EVENTS)
        .stallBodyAfter(9, Duration.ofMillis(1500)));
    long start = System.nanoTime();
    try (OpenResponse response = runtime.executeStreamed(post(), ResponseSpec.none(), RequestOptions.none())) {
      assertThat(response.status()).isEqualTo(200);
      assertThat(response.headers().first("content-type")).contains("text/event-stream");
      InputStream body = response.body();
      assertThat(new String(body.readNBytes(9), StandardCharsets.UTF_8)).isEqualTo("data: 1\n\n");
      assertThat(Duration.ofNanos(System.nanoTime() - start)).as("not buffered").isLessThan(Duration.ofMillis(1200));
      // The rest arrives after the stall, which is longer than the 800 ms timeout: the timeout
      // bounds only the wait for the headers of a streamed response.
      assertThat(new String(body.readAllBytes(), StandardCharsets.UTF_8)).isEqualTo("data: 2\n\n");
      assertThat(Duration.ofNanos(System.nanoTime() - start)).isGreaterThanOrEqualTo(Duration.ofMillis(1400));
    }
    assertThat(server.takeRequest().header("Accept")).isEqualTo("text/event-stream");
  }

  @Test
  void closingEarlyDoesNotWaitForTheRest() throws Exception {
    server.enqueue(Reply.status(200).body(EVENTS).stallBodyAfter(9, Duration.ofSeconds(5)));
    long start = System.nanoTime();
    try (OpenResponse response = runtime.executeStreamed(post(), ResponseSpec.none(), RequestOptions.none())) {
      assertThat(response.body().readNBytes(9)).hasSize(9);
    }
    assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(3));
  }

  @Test
  void errorStatusesAreThrownWithTheirTypedBody() {
    server.enqueue(Reply.json(401, "{\"code\":\"no_key\",\"message\":\"m\"}"));
    Throwable e = catchThrowable(() -> runtime.executeStreamed(post(), ResponseSpec.none().error(401, ErrorBody.class),
        RequestOptions.none()));
    assertThat(e).isInstanceOf(AuthenticationException.class);
    assertThat(((AuthenticationException) e).body(ErrorBody.class)).hasValueSatisfying(b -> assertThat(b.code()).isEqualTo("no_key"));
  }

  @Test
  void explicitAcceptHeaderWins() throws Exception {
    server.enqueue(Reply.status(200).body("x"));
    try (OpenResponse response = runtime.executeStreamed(
        ApiRequest.builder("GET", "/s").header("Accept", "application/x-ndjson").build(), ResponseSpec.none(), RequestOptions.none())) {
      assertThat(response.body().readAllBytes()).hasSize(1);
    }
    assertThat(server.takeRequest().header("Accept")).isEqualTo("application/x-ndjson");
  }
}
