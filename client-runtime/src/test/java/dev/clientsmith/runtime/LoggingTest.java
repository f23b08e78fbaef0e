package dev.clientsmith.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import dev.clientsmith.runtime.stream.StreamResponse;
import dev.clientsmith.runtime.stream.StreamSpec;
import dev.clientsmith.runtime.testing.ChatResult;
import dev.clientsmith.runtime.testing.RawServer;
import dev.clientsmith.runtime.testing.TestClients;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.logging.SimpleFormatter;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Logging goes through System.Logger (here backed by java.util.logging, the JDK's default): off
 * unless enabled, timing per attempt and per stream, and never a credential.
 */
@Timeout(value = 30, unit = TimeUnit.SECONDS)
class LoggingTest extends RawServerCase {

  final Logger logger = Logger.getLogger(ClientRuntime.class.getName());
  final List<String> lines = new CopyOnWriteArrayList<>();
  final Handler capture = new Handler() {
    private final SimpleFormatter formatter = new SimpleFormatter();

    @Override
    public void publish(LogRecord record) {
      lines.add(record.getLevel() + " " + formatter.formatMessage(record));
    }

    @Override
    public void flush() {
    }

    @Override
    public void close() {
    }
  };

  @BeforeEach
  void capture() {
    logger.addHandler(capture);
  }

  @AfterEach
  void release() {
    logger.removeHandler(capture);
    logger.setLevel(null);
  }

  @Test
  void silentByDefault() {
    server.enqueue(RawServer.reply(200, "application/json", "{\"id\":\"a\",\"score\":1}"));
    runtime.execute(chat(), ResponseSpec.of(ChatResult.class));
    assertThat(lines).isEmpty();
  }

  @Test
  void attemptsAndStreamsAreTimedAndCredentialsNeverLogged() {
    logger.setLevel(Level.ALL);
    try (ClientRuntime client = ClientRuntime.create(TestClients.options(server.baseUrl() + "/v1")
        .putHeader("X-Auth-Token", "tok-1234567890").build())) {
      server.enqueue(RawServer.reply(503, "application/json", "{}"),
          RawServer.sse(Duration.ofMillis(20), "data: {\"id\":\"a\",\"score\":1}\n\n", "data: {\"id\":\"b\",\"score\":1}\n\n",
              "data: [DONE]\n\n"));
      try (StreamResponse<ChatResult> stream = client.executeStreaming(chat(), StreamSpec.of(ChatResult.class),
          RequestOptions.none())) {
        stream.forEach(chunk -> { });
      }
    }
    assertThat(lines).anyMatch(line -> line.matches("FINE POST /v1/chat attempt 1: status 503 after \\d+ ms"));
    assertThat(lines).anyMatch(line -> line.startsWith("FINE POST /v1/chat: retrying after status 503"));
    assertThat(lines).anyMatch(line -> line.matches("FINE POST /v1/chat attempt 2: status 200 after \\d+ ms"));
    assertThat(lines).anyMatch(line -> line.matches(
        "FINE POST /v1/chat: stream completed after 2 events in \\d+ ms \\(first event after \\d+ ms, [\\d.]+ events/s\\)"));
    assertThat(lines).anyMatch(line -> line.contains("request headers") && line.contains("x-auth-token=[***]")
        || line.contains("X-Auth-Token=[***]"));
    assertThat(String.join("\n", lines)).doesNotContain(TestClients.API_KEY, "tok-1234567890");
  }
}
