package dev.clientsmith.clienttests.streaming;

import static org.assertj.core.api.Assertions.assertThat;

import dev.clientsmith.clients.jylo.JyloClient;
import dev.clientsmith.clients.jylo.model.ChatCompletionRequest;
import dev.clientsmith.clients.jylo.model.CompletionChunk;
import dev.clientsmith.clients.jylo.model.Message;
import dev.clientsmith.clients.jylo.model.Usage;
import dev.clientsmith.clients.jylo.stream.ChatCompletionAccumulator;
import dev.clientsmith.runtime.accumulate.AccumulatedChat;
import dev.clientsmith.runtime.stream.StreamResponse;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** Jylo's completions (a chat API) streamed from a local server replaying a recorded-style stream. */
@Timeout(30)
class JyloStreamingTest {
  private static final UUID MODEL = UUID.fromString("0f8fad5b-d9cb-469f-a165-70867728950e");

  private EventStreamServer server;

  @AfterEach
  void stop() {
    if (server != null) {
      server.close();
    }
  }

  private JyloClient client(String stream) {
    server = EventStreamServer.replaying(stream);
    return JyloClient.builder().apiKey("sk-test").baseUrl(server.baseUrl()).maxRetries(0).build();
  }

  private static ChatCompletionRequest params() {
    return ChatCompletionRequest.builder()
        .addMessage(Message.builder().role("user").content("Count to three.").build())
        .build();
  }

  private static void assertCounted(AccumulatedChat<String, Usage> result) {
    assertThat(result.id()).contains("b3c1");
    assertThat(result.model()).contains("gpt-4o-mini");
    assertThat(result.created()).isEmpty(); // Jylo's chunks have no created
    assertThat(result.chunks()).isEqualTo(5);
    assertThat(result.content()).contains("One, two, three.");
    assertThat(result.firstChoice().orElseThrow().finishReason()).contains("stop");
    assertThat(result.firstChoice().orElseThrow().role()).contains("assistant");
    Usage usage = result.usage().orElseThrow();
    assertThat(usage.promptTokens()).contains(11);
    assertThat(usage.totalTokens()).contains(17);
  }

  @Test
  void streamFoldsIntoTheMessageAndTheRequestAsksForAStream() {
    ChatCompletionAccumulator acc = new ChatCompletionAccumulator();
    try (JyloClient client = client(Streams.recorded("jylo-chat.sse"));
        StreamResponse<CompletionChunk> stream = client.completions().createStreaming(MODEL, params())) {
      stream.forEach(acc::add);
    }
    assertCounted(acc.result());
    SentRequest request = server.onlyRequest();
    Streams.assertStreamingRequest(request, "/completions/" + MODEL);
    assertThat(request.body()).isEqualTo("{\"messages\":[{\"role\":\"user\",\"content\":\"Count to three.\"}],\"stream\":true}");
  }

  @Test
  void crlfAndTheAsyncTwin() throws Exception {
    ChatCompletionAccumulator acc = new ChatCompletionAccumulator();
    try (JyloClient client = client(Streams.crlf(Streams.recorded("jylo-chat.sse")))) {
      client.async().completions().createStreaming(MODEL, params()).subscribe(acc::add).onComplete()
          .get(Streams.ASYNC_DEADLINE.toMillis(), TimeUnit.MILLISECONDS);
    }
    assertCounted(acc.result());
    Streams.assertStreamingRequest(server.onlyRequest(), "/completions/" + MODEL);
  }

  @Test
  void requestBuilderHasNoStreamFlag() {
    Streams.assertNoStreamSetter(ChatCompletionRequest.Builder.class);
  }
}
