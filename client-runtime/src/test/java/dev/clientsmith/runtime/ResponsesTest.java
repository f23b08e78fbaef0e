package dev.clientsmith.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.fasterxml.jackson.core.type.TypeReference;
import dev.clientsmith.runtime.errors.ResponseParseException;
import dev.clientsmith.runtime.json.Nullable;
import dev.clientsmith.runtime.testing.ChatResult;
import dev.clientsmith.runtime.testing.LocalServer;
import dev.clientsmith.runtime.testing.LocalServer.Reply;
import dev.clientsmith.runtime.testing.TestClients;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** Typed, raw and async results of successful calls. */
@Timeout(20)
class ResponsesTest {

  private static final String BODY = "{\"id\":\"cmpl-1\",\"score\":-1.79e308,\"content\":null,\"extra\":{\"a\":[1]}}";

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
    runtime = ClientRuntime.create(TestClients.options(server).maxRetries(0).build());
  }

  @AfterEach
  void closeRuntime() {
    runtime.close();
  }

  private static ApiRequest get() {
    return ApiRequest.builder("GET", "/r").build();
  }

  @Test
  void executeBindsTheBody() {
    server.enqueue(Reply.json(200, BODY));
    ChatResult result = runtime.execute(get(), ResponseSpec.of(ChatResult.class));
    assertThat(result.id()).isEqualTo("cmpl-1");
    assertThat(result.score()).isEqualTo(-1.79e308);
    assertThat(result.content()).isEqualTo(Nullable.ofNull());
  }

  @Test
  void executeRawKeepsEverythingAndParsesOnceOnDemand() {
    server.enqueue(Reply.json(201, BODY).header("X-RateLimit-Remaining", "99"));
    int createdBefore = ChatResult.CREATED.get();

    RawResponse<ChatResult> raw = runtime.executeRaw(get(), ResponseSpec.of(ChatResult.class), RequestOptions.none());

    assertThat(raw.status()).isEqualTo(201);
    assertThat(raw.headers().first("x-ratelimit-remaining")).contains("99");
    assertThat(raw.bodyText()).isEqualTo(BODY);
    assertThat(raw.bodyBytes()).isEqualTo(BODY.getBytes(StandardCharsets.UTF_8));
    assertThat(raw.bodySize()).isEqualTo(BODY.length());
    assertThat(ChatResult.CREATED.get()).as("not parsed before value()").isEqualTo(createdBefore);

    ChatResult first = raw.value();
    ChatResult second = raw.value();
    assertThat(second).isSameAs(first);
    assertThat(first.id()).isEqualTo("cmpl-1");
    assertThat(ChatResult.CREATED.get()).as("parsed exactly once").isEqualTo(createdBefore + 1);

    byte[] copy = raw.bodyBytes();
    copy[0] = 'X';
    assertThat(raw.bodyText()).isEqualTo(BODY);
  }

  @Test
  void aNullSuccessBodyIsAParseErrorNotANullResult() {
    server.enqueue(Reply.json(200, "null"));
    assertThatThrownBy(() -> runtime.execute(get(), ResponseSpec.of(ChatResult.class)))
        .isInstanceOf(ResponseParseException.class)
        .hasMessageContaining("the response body is null, but the operation returns ChatResult");
    server.enqueue(Reply.json(200, "null"));
    RawResponse<ChatResult> raw = runtime.executeRaw(get(), ResponseSpec.of(ChatResult.class), RequestOptions.none());
    assertThat(catchThrowable(raw::value)).isInstanceOf(ResponseParseException.class);
  }

  @Test
  void rawParseFailureIsCachedAndTyped() {
    server.enqueue(Reply.json(200, "{\"id\": [1, 2]}"));
    RawResponse<ChatResult> raw = runtime.executeRaw(get(), ResponseSpec.of(ChatResult.class), RequestOptions.none());
    Throwable first = catchThrowable(raw::value);
    assertThat(first).isInstanceOf(ResponseParseException.class)
        .hasMessageStartingWith("Could not read the 200 response of GET /r: ");
    assertThat(((ResponseParseException) first).status()).isEqualTo(200);
    assertThat(catchThrowable(raw::value)).isSameAs(first);
  }

  @Test
  void malformedSuccessBodyIsAParseErrorAndNotRetried() {
    try (ClientRuntime retrying = ClientRuntime.create(TestClients.options(server).maxRetries(3).build())) {
      server.enqueue(Reply.json(200, "{\"id\": \"unterminated"));
      assertThatThrownBy(() -> retrying.execute(get(), ResponseSpec.of(ChatResult.class)))
          .isInstanceOf(ResponseParseException.class)
          .hasMessageContaining("GET /r");
      assertThat(server.requestCount()).isEqualTo(1);
    }
  }

  @Test
  void emptyBodyForATypedResponseIsAParseError() {
    server.enqueue(Reply.status(200));
    assertThatThrownBy(() -> runtime.execute(get(), ResponseSpec.of(ChatResult.class)))
        .isInstanceOf(ResponseParseException.class);
  }

  @Test
  void textBytesNoneAndGenericTypes() {
    server.enqueue(Reply.status(200).header("Content-Type", "text/plain; charset=ISO-8859-1")
            .body("caf\u00e9".getBytes(StandardCharsets.ISO_8859_1)),
        Reply.status(200).body(new byte[] {1, 2, 3}),
        Reply.status(204),
        Reply.json(200, "[{\"id\":\"a\"},{\"id\":\"b\"}]"),
        Reply.json(200, "{\"ignored\":true}"));
    assertThat(runtime.execute(get(), ResponseSpec.text())).isEqualTo("caf\u00e9");
    assertThat(runtime.execute(get(), ResponseSpec.bytes())).containsExactly(1, 2, 3);
    assertThat(runtime.execute(get(), ResponseSpec.none())).isNull();
    List<ChatResult> list = runtime.execute(get(), ResponseSpec.of(new TypeReference<List<ChatResult>>() { }));
    assertThat(list).extracting(ChatResult::id).containsExactly("a", "b");
    assertThat(runtime.execute(get(), ResponseSpec.none())).isNull();
  }

  @Test
  void asyncTwins() throws Exception {
    server.enqueue(Reply.json(200, BODY), Reply.json(200, BODY).header("X-Id", "7"));
    ChatResult result = runtime.executeAsync(get(), ResponseSpec.of(ChatResult.class)).get(10, TimeUnit.SECONDS);
    assertThat(result.id()).isEqualTo("cmpl-1");

    RawResponse<ChatResult> raw = runtime.executeRawAsync(get(), ResponseSpec.of(ChatResult.class), RequestOptions.none())
        .get(10, TimeUnit.SECONDS);
    assertThat(raw.headers().first("x-id")).contains("7");
    assertThat(raw.value().score()).isEqualTo(-1.79e308);
  }

  @Test
  void asyncParseFailureCompletesExceptionally() {
    server.enqueue(Reply.json(200, "not json"));
    CompletableFuture<ChatResult> future = runtime.executeAsync(get(), ResponseSpec.of(ChatResult.class));
    assertThatThrownBy(future::join).isInstanceOf(CompletionException.class)
        .hasCauseInstanceOf(ResponseParseException.class);
  }

  @Test
  void manyConcurrentAsyncCalls() {
    List<CompletableFuture<Map<String, Object>>> futures = new ArrayList<>();
    for (int i = 0; i < 32; i++) {
      server.enqueue(Reply.json(200, "{\"n\":" + i + "}"));
    }
    for (int i = 0; i < 32; i++) {
      futures.add(runtime.executeAsync(get(), ResponseSpec.of(new TypeReference<Map<String, Object>>() { })));
    }
    CompletableFuture.allOf(futures.toArray(new CompletableFuture<?>[0])).join();
    assertThat(futures).allSatisfy(f -> assertThat(f.join()).containsKey("n"));
    assertThat(server.requestCount()).isEqualTo(32);
  }

  @Test
  void argumentErrorsOfAsyncCallsAreThrownDirectly() {
    assertThatThrownBy(() -> runtime.executeAsync(ApiRequest.builder("POST", "/x").body(List.of(1)).build(),
        ResponseSpec.none(), RequestOptions.builder().putExtraBodyProperty("a", 1).build()))
        .isInstanceOf(IllegalArgumentException.class);
    runtime.close();
    assertThatThrownBy(() -> runtime.executeAsync(get(), ResponseSpec.none()))
        .isInstanceOf(IllegalStateException.class);
    assertThat(server.requestCount()).isZero();
  }
}
