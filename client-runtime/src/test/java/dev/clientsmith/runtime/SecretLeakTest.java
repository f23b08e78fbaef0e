package dev.clientsmith.runtime;

import static dev.clientsmith.runtime.testing.TestClients.API_KEY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.clientsmith.runtime.errors.ApiConnectionException;
import dev.clientsmith.runtime.errors.ApiTimeoutException;
import dev.clientsmith.runtime.errors.AuthenticationException;
import dev.clientsmith.runtime.errors.ResponseParseException;
import dev.clientsmith.runtime.http.TransportRequest;
import dev.clientsmith.runtime.testing.ChatResult;
import dev.clientsmith.runtime.testing.ErrorBody;
import dev.clientsmith.runtime.testing.LocalServer;
import dev.clientsmith.runtime.testing.LocalServer.Reply;
import dev.clientsmith.runtime.testing.TestClients;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.logging.SimpleFormatter;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** The API key never appears in toString(), exception messages, stack traces or logs. */
@Timeout(30)
class SecretLeakTest {

  private static LocalServer server;

  @BeforeAll
  static void startServer() {
    server = LocalServer.start();
  }

  @AfterAll
  static void stopServer() {
    server.close();
  }

  @Test
  void toStringsHideTheKey() {
    ClientOptions options = TestClients.options(server).putHeader("X-Api-Key", API_KEY).build();
    try (ClientRuntime runtime = ClientRuntime.create(options)) {
      TransportRequest request = TransportRequest.builder("POST", URI.create(server.baseUrl() + "/x?key=" + API_KEY))
          .headers(options.defaultHeaders().toBuilder().set("Authorization", "Bearer " + API_KEY).build())
          .build();
      assertNoKey(options.toString(), runtime.toString(), options.apiKey().orElseThrow().toString(),
          options.defaultHeaders().toString(), request.toString(), request.describe());
      assertThat(options.toString()).contains("apiKey=***");
    }
  }

  @Test
  void exceptionsAndLogsNeverContainTheKey() {
    List<String> logs = new CopyOnWriteArrayList<>();
    Logger julLogger = Logger.getLogger(ClientRuntime.class.getName());
    Level previous = julLogger.getLevel();
    Handler handler = new Handler() {
      private final SimpleFormatter formatter = new SimpleFormatter();

      @Override
      public void publish(LogRecord record) {
        logs.add(formatter.format(record));
      }

      @Override
      public void flush() {
      }

      @Override
      public void close() {
      }
    };
    julLogger.setLevel(Level.ALL);
    julLogger.addHandler(handler);
    try {
      List<Throwable> failures = provokeEveryKindOfFailure();
      assertThat(failures).hasSize(6);
      for (Throwable failure : failures) {
        assertNoKey(failure.getMessage(), failure.toString(), stackTrace(failure));
      }
      assertThat(logs).as("the runtime logs at DEBUG, so this test sees its logs").isNotEmpty();
      assertThat(logs).anySatisfy(line -> assertThat(line).contains("retrying"));
      assertNoKey(logs.toArray(new String[0]));
    } finally {
      julLogger.removeHandler(handler);
      julLogger.setLevel(previous);
    }
  }

  private List<Throwable> provokeEveryKindOfFailure() {
    server.reset();
    List<Throwable> failures = new CopyOnWriteArrayList<>();
    ResponseSpec<ChatResult> spec = ResponseSpec.of(ChatResult.class).error("default", ErrorBody.class);
    ApiRequest request = ApiRequest.builder("POST", "/chat").body(Map.of("q", API_KEY)).build();
    try (ClientRuntime runtime = ClientRuntime.create(TestClients.options(server).maxRetries(1).build())) {
      // A server that echoes the key in its error body (some do, to say which key was rejected).
      String echo = "{\"code\":\"invalid_api_key\",\"message\":\"Incorrect API key provided: " + API_KEY + "\"}";
      server.enqueue(Reply.json(503, echo), Reply.json(401, echo));
      Throwable auth = catchThrowable(() -> runtime.execute(request, spec));
      assertThat(auth).isInstanceOf(AuthenticationException.class);
      assertThat(((AuthenticationException) auth).body(ErrorBody.class)).isPresent();
      failures.add(auth);

      server.enqueue(Reply.json(500, echo), Reply.json(401, echo));
      Throwable asyncAuth = catchThrowable(() -> runtime.executeAsync(request, spec).join());
      assertThat(asyncAuth.getCause()).isInstanceOf(AuthenticationException.class);
      failures.add(asyncAuth.getCause());

      // A 200 whose body echoes the key where a number belongs: the parser quotes the value.
      server.enqueue(Reply.json(200, "{\"id\":\"x\",\"score\":\"" + API_KEY + "\"}"));
      Throwable parse = catchThrowable(() -> runtime.execute(request, spec));
      assertThat(parse).isInstanceOf(ResponseParseException.class);
      failures.add(parse);

      server.enqueue(Reply.json(200, "{}").delayHeaders(Duration.ofSeconds(3)), Reply.json(200, "{}").delayHeaders(Duration.ofSeconds(3)));
      Throwable timeout = catchThrowable(() -> runtime.execute(request, spec,
          RequestOptions.builder().timeout(Duration.ofMillis(200)).build()));
      assertThat(timeout).isInstanceOf(ApiTimeoutException.class);
      failures.add(timeout);
    }
    try (ClientRuntime nowhere = ClientRuntime.create(TestClients.options(server).maxRetries(1)
        .baseUrl("http://127.0.0.1:" + LocalServer.unusedPort()).build())) {
      Throwable refused = catchThrowable(() -> nowhere.execute(request, spec));
      assertThat(refused).isInstanceOf(ApiConnectionException.class);
      failures.add(refused);
      Throwable asyncRefused = catchThrowable(() -> nowhere.executeAsync(request, spec).join());
      assertThat(asyncRefused.getCause()).isInstanceOf(ApiConnectionException.class);
      failures.add(asyncRefused.getCause());
    }
    return failures;
  }

  private static String stackTrace(Throwable failure) {
    StringWriter out = new StringWriter();
    failure.printStackTrace(new PrintWriter(out));
    return out.toString();
  }

  private static void assertNoKey(String... texts) {
    for (String text : texts) {
      assertThat(text).doesNotContain(API_KEY).doesNotContain(API_KEY.substring(8));
    }
  }
}
