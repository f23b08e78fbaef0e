package dev.clientsmith.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.clientsmith.runtime.errors.ApiConnectionException;
import dev.clientsmith.runtime.http.Headers;
import dev.clientsmith.runtime.http.HttpTransport;
import dev.clientsmith.runtime.http.JdkHttpTransport;
import dev.clientsmith.runtime.http.TransportRequest;
import dev.clientsmith.runtime.http.TransportResponse;
import dev.clientsmith.runtime.testing.ChatResult;
import dev.clientsmith.runtime.testing.LocalServer;
import dev.clientsmith.runtime.testing.TestClients;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** Another transport plugs in through the interface alone; the JDK transport guards its own limits. */
@Timeout(20)
class TransportSeamTest {

  /** A transport without any network, as an adapter module would provide one. */
  static final class ScriptedTransport implements HttpTransport {
    final List<TransportRequest> sent = new CopyOnWriteArrayList<>();
    final Deque<Supplier<TransportResponse>> script = new ArrayDeque<>();
    boolean closed;

    @Override
    public synchronized TransportResponse send(TransportRequest request) {
      sent.add(request);
      return script.removeFirst().get();
    }

    @Override
    public CompletableFuture<TransportResponse> sendAsync(TransportRequest request) {
      try {
        return CompletableFuture.completedFuture(send(request));
      } catch (RuntimeException e) {
        return CompletableFuture.failedFuture(e);
      }
    }

    @Override
    public void close() {
      closed = true;
    }
  }

  private static TransportResponse json(int status, String body) {
    return TransportResponse.buffered(status, Headers.builder().set("Content-Type", "application/json").build(),
        body.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void runtimeUsesAGivenTransportAndLeavesItOpen() throws Exception {
    ScriptedTransport transport = new ScriptedTransport();
    transport.script.add(() -> { throw new ApiConnectionException("POST /c failed (reset)", null); });
    transport.script.add(() -> json(503, "{}"));
    transport.script.add(() -> json(200, "{\"id\":\"a\",\"score\":1}"));
    transport.script.add(() -> json(200, "{\"id\":\"b\",\"score\":2}"));
    ClientOptions options = ClientOptions.builder()
        .baseUrl("https://api.example.com/v1")
        .apiKey(TestClients.API_KEY)
        .transport(transport)
        .timeout(Duration.ofSeconds(7))
        .retryPolicy(BackoffRetryPolicy.builder().initialDelay(Duration.ZERO).maxDelay(Duration.ZERO).build())
        .build();

    try (ClientRuntime runtime = ClientRuntime.create(options)) {
      ApiRequest request = ApiRequest.builder("POST", "/c").body(java.util.Map.of("x", 1)).build();
      assertThat(runtime.execute(request, ResponseSpec.of(ChatResult.class)).id()).isEqualTo("a");
      assertThat(runtime.executeAsync(request, ResponseSpec.of(ChatResult.class)).get(5, TimeUnit.SECONDS).id()).isEqualTo("b");
    }

    assertThat(transport.closed).as("a given transport belongs to the caller").isFalse();
    assertThat(transport.sent).hasSize(4);
    TransportRequest first = transport.sent.get(0);
    assertThat(first.method()).isEqualTo("POST");
    assertThat(first.uri()).isEqualTo(URI.create("https://api.example.com/v1/c"));
    assertThat(first.timeout()).isEqualTo(Duration.ofSeconds(7));
    assertThat(first.headers().first("authorization")).contains("Bearer " + TestClients.API_KEY);
    assertThat(new String(first.body().orElseThrow(), StandardCharsets.UTF_8)).isEqualTo("{\"x\":1}");
    assertThat(first.toString()).doesNotContain(TestClients.API_KEY);
  }

  @Test
  void ownedTransportIsClosedWithTheRuntime() {
    LocalServer server = LocalServer.start();
    try {
      ClientRuntime runtime = ClientRuntime.create(TestClients.options(server).build());
      runtime.close();
      assertThatThrownBy(() -> runtime.execute(ApiRequest.builder("GET", "/").build(), ResponseSpec.none()))
          .isInstanceOf(IllegalStateException.class);
    } finally {
      server.close();
    }
  }

  @Test
  void jdkTransportRejectsHeadersItManagesItself() {
    try (JdkHttpTransport transport = JdkHttpTransport.create()) {
      TransportRequest request = TransportRequest.builder("GET", URI.create("http://127.0.0.1:1/"))
          .headers(Headers.builder().set("Host", "elsewhere").build())
          .build();
      assertThatThrownBy(() -> transport.send(request))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("header 'Host' cannot be set: the HTTP client manages it");
      assertThat(transport.sendAsync(request)).isCompletedExceptionally();
    }
  }

  @Test
  void closedJdkTransportRefusesRequests() {
    JdkHttpTransport transport = JdkHttpTransport.builder().connectTimeout(Duration.ofSeconds(1)).build();
    transport.close();
    transport.close();
    TransportRequest request = TransportRequest.builder("GET", URI.create("http://127.0.0.1:1/")).build();
    assertThatThrownBy(() -> transport.send(request)).isInstanceOf(IllegalStateException.class);
  }

  @Test
  void transportRequestValidatesItsParts() {
    assertThatThrownBy(() -> TransportRequest.builder("GET", URI.create("/relative")))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> TransportRequest.builder("GET", URI.create("http://h/")).timeout(Duration.ZERO))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(TransportRequest.builder("get", URI.create("http://h/p?secret=1")).build().describe()).isEqualTo("GET /p");
  }
}
