package dev.clientsmith.clienttests.streaming;

import static org.assertj.core.api.Assertions.assertThat;

import dev.clientsmith.clients.cortecs.CortecsClient;
import dev.clientsmith.clients.cortecs.model.ChatCompletionChunk;
import dev.clientsmith.clients.cortecs.model.CompletionRequest;
import dev.clientsmith.clients.cortecs.model.CompletionResponse;
import dev.clientsmith.clients.cortecs.stream.ChatCompletionAccumulator;
import dev.clientsmith.runtime.accumulate.AccumulatedChat;
import dev.clientsmith.runtime.accumulate.AccumulatedChatChoice;
import dev.clientsmith.runtime.accumulate.AccumulatedToolCall;
import dev.clientsmith.runtime.stream.StreamResponse;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** Cortecs' chat completions streamed from a local server replaying recorded-style streams. */
@Timeout(30)
class CortecsStreamingTest {
  private EventStreamServer server;

  @AfterEach
  void stop() {
    if (server != null) {
      server.close();
    }
  }

  private CortecsClient client(String stream) {
    server = EventStreamServer.replaying(stream);
    return CortecsClient.builder().apiKey("sk-test").baseUrl(server.baseUrl()).maxRetries(0).build();
  }

  private static CompletionRequest params() {
    return CompletionRequest.builder().model("mistral-small-2503")
        .addMessage(CompletionRequest.Message.builder().role("user").content("Say hello.").build())
        .build();
  }

  private static void assertHello(AccumulatedChat<String, CompletionResponse.Usage> result) {
    assertThat(result.id()).contains("cmpl-c1");
    assertThat(result.created()).contains(1_733_050_300L);
    assertThat(result.chunks()).isEqualTo(5);
    AccumulatedChatChoice<String> choice = result.firstChoice().orElseThrow();
    assertThat(choice.role()).contains("assistant");
    assertThat(choice.content()).contains("Hello there!");
    assertThat(choice.reasoning()).contains("Short answer."); // sent as reasoning_content
    assertThat(choice.finishReason()).contains("stop");
    CompletionResponse.Usage usage = result.usage().orElseThrow();
    assertThat(usage.promptTokens()).contains(9L);
    assertThat(usage.completionTokens()).contains(4L);
    assertThat(usage.totalTokens()).contains(13L);
  }

  @Test
  void chatStreamWithCrlfFoldsIntoTheMessage() {
    ChatCompletionAccumulator acc = new ChatCompletionAccumulator();
    try (CortecsClient client = client(Streams.crlf(Streams.recorded("cortecs-chat.sse")));
        StreamResponse<ChatCompletionChunk> stream = client.chat().completions().createStreaming(params())) {
      stream.forEach(acc::add);
    }
    assertHello(acc.result());
    SentRequest request = server.onlyRequest();
    Streams.assertStreamingRequest(request, "/chat/completions");
    assertThat(request.json().get("model").asText()).isEqualTo("mistral-small-2503");
    assertThat(request.json().get("messages").get(0).get("content").asText()).isEqualTo("Say hello.");
  }

  @Test
  void toolCallsWithoutIndexWithEmptyAndRepeatedIdsAreMerged() {
    ChatCompletionAccumulator acc = new ChatCompletionAccumulator();
    try (CortecsClient client = client(Streams.recorded("cortecs-tool-calls.sse"));
        StreamResponse<ChatCompletionChunk> stream = client.chat().completions().createStreaming(params())) {
      stream.forEach(acc::add);
    }
    AccumulatedChatChoice<String> choice = acc.result().firstChoice().orElseThrow();
    assertThat(choice.index()).isZero(); // no index on any choice: its position
    assertThat(choice.toolCalls()).containsExactly(
        new AccumulatedToolCall(0, Optional.of("call_1"), Optional.of("function"), Optional.of("get_weather"),
            "{\"city\": \"Paris\"}"),
        new AccumulatedToolCall(1, Optional.of("call_2"), Optional.of("function"), Optional.of("get_weather"),
            "{\"city\": \"Rome\"}"));
    assertThat(choice.finishReason()).contains("tool_calls");
    assertThat(acc.result().usage().orElseThrow().totalTokens()).contains(55L);
  }

  @Test
  void asyncTwin() throws Exception {
    ChatCompletionAccumulator acc = new ChatCompletionAccumulator();
    try (CortecsClient client = client(Streams.recorded("cortecs-chat.sse"))) {
      client.async().chat().completions().createStreaming(params()).subscribe(acc::add).onComplete()
          .get(Streams.ASYNC_DEADLINE.toMillis(), TimeUnit.MILLISECONDS);
    }
    assertHello(acc.result());
    Streams.assertStreamingRequest(server.onlyRequest(), "/chat/completions");
  }

  @Test
  void requestBuilderHasNoStreamFlag() {
    Streams.assertNoStreamSetter(CompletionRequest.Builder.class);
  }
}
