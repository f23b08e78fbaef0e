package dev.clientsmith.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.clientsmith.runtime.errors.ApiConnectionException;
import dev.clientsmith.runtime.errors.BadRequestException;
import dev.clientsmith.runtime.errors.InternalServerException;
import dev.clientsmith.runtime.errors.RateLimitException;
import dev.clientsmith.runtime.testing.ChatResult;
import dev.clientsmith.runtime.testing.LocalServer;
import dev.clientsmith.runtime.testing.LocalServer.Reply;
import dev.clientsmith.runtime.testing.TestClients;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** Retries against a real server: which failures are retried, how often, and how long it waits. */
@Timeout(30)
class RetryTest {

  private static final String OK = "{\"id\":\"ok\",\"score\":2.0}";

  private static LocalServer server;
  private ClientRuntime runtime;
  private final List<RetryContext> seen = new CopyOnWriteArrayList<>();

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
    RetryPolicy fast = BackoffRetryPolicy.builder().initialDelay(Duration.ofMillis(10)).maxDelay(Duration.ofMillis(40)).build();
    runtime = ClientRuntime.create(TestClients.options(server)
        .maxRetries(2)
        .timeout(Duration.ofSeconds(5))
        .retryPolicy(context -> {
          seen.add(context);
          return fast.retryDelay(context);
        })
        .build());
  }

  @AfterEach
  void closeRuntime() {
    runtime.close();
  }

  private static ApiRequest post() {
    return ApiRequest.builder("POST", "/chat").body(Map.of("q", 1)).build();
  }

  @Test
  void serverErrorsThenSuccess() {
    server.enqueue(Reply.json(503, "{}"), Reply.json(502, "{}"), Reply.json(200, OK));
    ChatResult result = runtime.execute(post(), ResponseSpec.of(ChatResult.class));
    assertThat(result.id()).isEqualTo("ok");
    assertThat(server.requestCount()).isEqualTo(3);
    assertThat(seen).extracting(RetryContext::attempt).containsExactly(1, 2);
    assertThat(seen).extracting(c -> c.status().getAsInt()).containsExactly(503, 502);
    // Every attempt sends the same body.
    for (int i = 0; i < 3; i++) {
      assertThat(server.takeRequest().bodyText()).isEqualTo("{\"q\":1}");
    }
  }

  @Test
  void givesUpAfterMaxRetriesWithTheLastStatus() {
    server.enqueue(Reply.json(500, "{\"n\":1}"), Reply.json(500, "{\"n\":2}"), Reply.json(500, "{\"n\":3}"));
    InternalServerException e = catchThrowableOfType(InternalServerException.class,
        () -> runtime.execute(post(), ResponseSpec.of(ChatResult.class)));
    assertThat(e.rawBody()).isEqualTo("{\"n\":3}");
    assertThat(server.requestCount()).isEqualTo(3);
    assertThat(seen).hasSize(2).as("the policy is not consulted once retries are used up");
  }

  @Test
  void doesNotRetryClientErrors() {
    server.enqueue(Reply.json(400, "{}"));
    assertThat(catchThrowable(() -> runtime.execute(post(), ResponseSpec.none()))).isInstanceOf(BadRequestException.class);
    assertThat(server.requestCount()).isEqualTo(1);
  }

  @Test
  void honoursRetryAfterSeconds() {
    server.enqueue(Reply.json(429, "{}").header("Retry-After", "1"), Reply.json(200, OK));
    long start = System.nanoTime();
    assertThat(runtime.execute(post(), ResponseSpec.of(ChatResult.class)).id()).isEqualTo("ok");
    assertThat(Duration.ofNanos(System.nanoTime() - start)).isBetween(Duration.ofMillis(950), Duration.ofSeconds(5));
  }

  @Test
  void honoursRetryAfterMilliseconds() {
    server.enqueue(Reply.json(429, "{}").header("retry-after-ms", "150"), Reply.json(200, OK));
    long start = System.nanoTime();
    runtime.execute(post(), ResponseSpec.of(ChatResult.class));
    assertThat(Duration.ofNanos(System.nanoTime() - start)).isBetween(Duration.ofMillis(140), Duration.ofSeconds(3));
  }

  @Test
  void doesNotWaitForAnUnreasonableRetryAfter() {
    server.enqueue(Reply.json(429, "{}").header("Retry-After", "3600"));
    RateLimitException e = catchThrowableOfType(RateLimitException.class, () -> runtime.execute(post(), ResponseSpec.none()));
    assertThat(e.retryAfter()).contains(Duration.ofHours(1));
    assertThat(server.requestCount()).isEqualTo(1);
  }

  @Test
  void retriesDroppedConnections() {
    server.enqueue(Reply.drop(), Reply.json(200, OK));
    assertThat(runtime.execute(post(), ResponseSpec.of(ChatResult.class)).id()).isEqualTo("ok");
    assertThat(seen).singleElement().satisfies(c -> {
      assertThat(c.failure()).containsInstanceOf(ApiConnectionException.class);
      assertThat(c.status()).isEmpty();
    });
  }

  @Test
  void retriesTruncatedBodies() {
    server.enqueue(Reply.json(200, OK).truncated(), Reply.json(200, OK));
    assertThat(runtime.execute(post(), ResponseSpec.of(ChatResult.class)).id()).isEqualTo("ok");
    assertThat(server.requestCount()).isEqualTo(2);
  }

  @Test
  void retriesTimeouts() {
    server.enqueue(Reply.json(200, OK).delayHeaders(Duration.ofSeconds(3)), Reply.json(200, OK));
    ChatResult result = runtime.execute(post(), ResponseSpec.of(ChatResult.class),
        RequestOptions.builder().timeout(Duration.ofMillis(300)).build());
    assertThat(result.id()).isEqualTo("ok");
    assertThat(seen).singleElement().satisfies(c ->
        assertThat(c.failure().orElseThrow()).isInstanceOf(dev.clientsmith.runtime.errors.ApiTimeoutException.class));
  }

  @Test
  void retriesConnectionRefusedThenGivesUp() {
    try (ClientRuntime nowhere = ClientRuntime.create(runtime.options().toBuilder()
        .baseUrl("http://127.0.0.1:" + LocalServer.unusedPort()).build())) {
      assertThat(catchThrowable(() -> nowhere.execute(post(), ResponseSpec.none())))
          .isExactlyInstanceOf(ApiConnectionException.class);
      assertThat(seen).extracting(RetryContext::attempt).containsExactly(1, 2);
    }
  }

  @Test
  void perRequestMaxRetriesOverridesTheClient() {
    server.enqueue(Reply.json(503, "{}"), Reply.json(200, OK));
    assertThat(catchThrowable(() -> runtime.execute(post(), ResponseSpec.none(),
        RequestOptions.builder().maxRetries(0).build()))).isInstanceOf(InternalServerException.class);
    assertThat(server.requestCount()).isEqualTo(1);
    assertThat(seen).isEmpty();
  }

  @Test
  void asyncRetriesWithoutBlocking() throws Exception {
    server.enqueue(Reply.json(500, "{}"), Reply.json(429, "{}").header("retry-after-ms", "20"), Reply.json(200, OK));
    ChatResult result = runtime.executeAsync(post(), ResponseSpec.of(ChatResult.class)).get(10, TimeUnit.SECONDS);
    assertThat(result.id()).isEqualTo("ok");
    assertThat(server.requestCount()).isEqualTo(3);
  }

  @Test
  void asyncGivesUpWithTheLastFailure() {
    server.enqueue(Reply.json(503, "{}"), Reply.json(503, "{}"), Reply.json(504, "{\"last\":true}"));
    Throwable e = catchThrowable(() -> runtime.executeAsync(post(), ResponseSpec.none()).join());
    assertThat(e.getCause()).isInstanceOf(InternalServerException.class);
    assertThat(((InternalServerException) e.getCause()).status()).isEqualTo(504);
  }

  @Test
  void asyncRetriesDroppedConnections() throws Exception {
    server.enqueue(Reply.drop(), Reply.json(200, OK));
    assertThat(runtime.executeAsync(post(), ResponseSpec.of(ChatResult.class)).get(10, TimeUnit.SECONDS).id()).isEqualTo("ok");
  }

  @Test
  void streamedCallsRetryUntilTheHeadersArrive() throws Exception {
    server.enqueue(Reply.json(503, "{}"), Reply.status(200).header("Content-Type", "text/event-stream").body("data: x\n\n"));
    try (OpenResponse response = runtime.executeStreamed(post(), ResponseSpec.none(), RequestOptions.none())) {
      assertThat(new String(response.body().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8)).isEqualTo("data: x\n\n");
    }
  }

  @Test
  void policyReturningNothingMeansNoRetry() {
    try (ClientRuntime never = ClientRuntime.create(runtime.options().toBuilder().retryPolicy(c -> Optional.empty()).build())) {
      server.enqueue(Reply.json(503, "{}"));
      assertThat(catchThrowable(() -> never.execute(post(), ResponseSpec.none()))).isInstanceOf(InternalServerException.class);
      assertThat(server.requestCount()).isEqualTo(1);
    }
  }
}
