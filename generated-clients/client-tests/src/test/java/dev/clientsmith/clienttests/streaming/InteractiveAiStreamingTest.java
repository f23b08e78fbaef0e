package dev.clientsmith.clienttests.streaming;

import static org.assertj.core.api.Assertions.assertThat;

import dev.clientsmith.clients.interactiveai.InteractiveAiClient;
import dev.clientsmith.clients.interactiveai.model.ChatCompletionChunk;
import dev.clientsmith.clients.interactiveai.model.ChatCompletionFinishReason;
import dev.clientsmith.clients.interactiveai.model.ChatGenerationParams;
import dev.clientsmith.clients.interactiveai.model.ChatGenerationTokenUsage;
import dev.clientsmith.clients.interactiveai.model.CompletionChunk;
import dev.clientsmith.clients.interactiveai.model.CompletionCreateParams;
import dev.clientsmith.clients.interactiveai.model.CompletionCreateParamsPrompt;
import dev.clientsmith.clients.interactiveai.model.CompletionFinishReason;
import dev.clientsmith.clients.interactiveai.model.CompletionUsage;
import dev.clientsmith.clients.interactiveai.model.Message;
import dev.clientsmith.clients.interactiveai.model.UserMessage;
import dev.clientsmith.clients.interactiveai.model.UserMessageContent;
import dev.clientsmith.clients.interactiveai.stream.ChatCompletionAccumulator;
import dev.clientsmith.clients.interactiveai.stream.CompletionAccumulator;
import dev.clientsmith.runtime.accumulate.AccumulatedChat;
import dev.clientsmith.runtime.accumulate.AccumulatedChatChoice;
import dev.clientsmith.runtime.accumulate.AccumulatedText;
import dev.clientsmith.runtime.accumulate.AccumulatedToolCall;
import dev.clientsmith.runtime.stream.StreamResponse;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** Interactive AI's chat and text completions streamed from a local server replaying recorded-style streams. */
@Timeout(30)
class InteractiveAiStreamingTest {
  private EventStreamServer server;

  @AfterEach
  void stop() {
    if (server != null) {
      server.close();
    }
  }

  private InteractiveAiClient client(String stream) {
    server = EventStreamServer.replaying(stream);
    return InteractiveAiClient.builder().apiKey("sk-test").baseUrl(server.baseUrl()).maxRetries(0).build();
  }

  private static ChatGenerationParams chat() {
    return ChatGenerationParams.builder().model("openai/gpt-4o")
        .addMessage(Message.ofUser(UserMessage.builder().content(UserMessageContent.ofString("Hallo!")).build()))
        .build();
  }

  private static CompletionCreateParams text() {
    return CompletionCreateParams.builder().model("openai/gpt-3.5-turbo-instruct")
        .prompt(CompletionCreateParamsPrompt.ofString("Once")).maxTokens(7L).build();
  }

  private static void assertGreeting(AccumulatedChat<ChatCompletionFinishReason, ChatGenerationTokenUsage> result) {
    assertThat(result.id()).contains("gen-1733");
    assertThat(result.model()).contains("openai/gpt-4o");
    assertThat(result.created()).contains(1_733_050_000L);
    assertThat(result.chunks()).isEqualTo(7);
    AccumulatedChatChoice<ChatCompletionFinishReason> choice = result.firstChoice().orElseThrow();
    assertThat(choice.role()).contains("assistant");
    assertThat(choice.content()).contains("Grüß dich — schön, 你好 👋");
    assertThat(choice.reasoning()).contains("The user greets; answer in kind.");
    assertThat(choice.refusal()).isEmpty();
    assertThat(choice.toolCalls()).isEmpty();
    assertThat(choice.finishReason()).contains(ChatCompletionFinishReason.STOP);
    ChatGenerationTokenUsage usage = result.usage().orElseThrow();
    assertThat(List.of(usage.promptTokens(), usage.completionTokens(), usage.totalTokens())).containsExactly(14.0, 9.0, 23.0);
  }

  @Test
  void chatStreamFoldsIntoTheMessageAndTheRequestAsksForAStream() {
    ChatCompletionAccumulator acc = new ChatCompletionAccumulator();
    try (InteractiveAiClient client = client(Streams.recorded("interactive-ai-chat.sse"));
        StreamResponse<ChatCompletionChunk> stream = client.chat().completions().createStreaming(chat())) {
      assertThat(stream.statusCode()).isEqualTo(200);
      stream.forEach(acc::add);
    }
    assertGreeting(acc.result());
    SentRequest request = server.onlyRequest();
    Streams.assertStreamingRequest(request, "/chat/completions");
    assertThat(request.header("Authorization")).contains("Bearer sk-test");
    assertThat(request.body()).isEqualTo(
        "{\"messages\":[{\"role\":\"user\",\"content\":\"Hallo!\"}],\"model\":\"openai/gpt-4o\",\"stream\":true}");
  }

  @Test
  void crlfLineEndsGiveTheSameChunks() {
    List<ChatCompletionChunk> lf;
    List<ChatCompletionChunk> crlf;
    try (InteractiveAiClient client = client(Streams.recorded("interactive-ai-chat.sse"));
        StreamResponse<ChatCompletionChunk> stream = client.chat().completions().createStreaming(chat())) {
      lf = stream.stream().toList();
    }
    server.close();
    try (InteractiveAiClient client = client(Streams.crlf(Streams.recorded("interactive-ai-chat.sse")));
        StreamResponse<ChatCompletionChunk> stream = client.chat().completions().createStreaming(chat())) {
      crlf = stream.stream().toList();
    }
    assertThat(crlf).hasSize(7).isEqualTo(lf);
    ChatCompletionAccumulator acc = new ChatCompletionAccumulator();
    crlf.forEach(acc::add);
    assertGreeting(acc.result());
  }

  @Test
  void toolCallFragmentsAreMergedByIndex() {
    ChatCompletionAccumulator acc = new ChatCompletionAccumulator();
    try (InteractiveAiClient client = client(Streams.recorded("interactive-ai-tool-calls.sse"));
        StreamResponse<ChatCompletionChunk> stream = client.chat().completions().createStreaming(chat())) {
      stream.forEach(acc::add);
    }
    AccumulatedChatChoice<ChatCompletionFinishReason> choice = acc.result().firstChoice().orElseThrow();
    assertThat(choice.toolCalls()).containsExactly(
        new AccumulatedToolCall(0, Optional.of("call_weather"), Optional.of("function"), Optional.of("get_weather"),
            "{\"city\":\"Oslo\"}"),
        new AccumulatedToolCall(1, Optional.of("call_time"), Optional.of("function"), Optional.of("get_time"),
            "{\"tz\":\"Europe/Oslo\"}"));
    assertThat(choice.content()).isEmpty();
    assertThat(choice.finishReason()).contains(ChatCompletionFinishReason.TOOL_CALLS);
    assertThat(acc.result().usage().orElseThrow().totalTokens()).isEqualTo(71.0);
  }

  @Test
  void asyncTwinDeliversTheSameChunksOffTheCallersThread() throws Exception {
    ChatCompletionAccumulator acc = new ChatCompletionAccumulator();
    Thread caller = Thread.currentThread();
    List<Thread> deliveredOn = new java.util.concurrent.CopyOnWriteArrayList<>();
    try (InteractiveAiClient client = client(Streams.recorded("interactive-ai-chat.sse"))) {
      client.async().chat().completions().createStreaming(chat())
          .subscribe(chunk -> {
            deliveredOn.add(Thread.currentThread());
            acc.add(chunk);
          })
          .onComplete()
          .get(Streams.ASYNC_DEADLINE.toMillis(), TimeUnit.MILLISECONDS);
    }
    assertGreeting(acc.result());
    assertThat(deliveredOn).hasSize(7).doesNotContain(caller);
    Streams.assertStreamingRequest(server.onlyRequest(), "/chat/completions");
  }

  @Test
  void textStreamFoldsIntoTheText() {
    CompletionAccumulator acc = new CompletionAccumulator();
    try (InteractiveAiClient client = client(Streams.crlf(Streams.recorded("interactive-ai-text.sse")));
        StreamResponse<CompletionChunk> stream = client.completions().createStreaming(text())) {
      stream.forEach(acc::add);
    }
    AccumulatedText<CompletionFinishReason, CompletionUsage> result = acc.result();
    assertThat(result.text()).contains("Once upon a time, a fox ran.");
    assertThat(result.choices()).singleElement()
        .satisfies(c -> assertThat(c.finishReason()).contains(CompletionFinishReason.LENGTH));
    assertThat(result.usage().orElseThrow().completionTokens()).isEqualTo(7.0);
    assertThat(result.chunks()).isEqualTo(4);
    SentRequest request = server.onlyRequest();
    Streams.assertStreamingRequest(request, "/completions");
    assertThat(request.body()).isEqualTo(
        "{\"model\":\"openai/gpt-3.5-turbo-instruct\",\"prompt\":\"Once\",\"max_tokens\":7,\"stream\":true}");
  }

  @Test
  void textAsyncTwin() throws Exception {
    CompletionAccumulator acc = new CompletionAccumulator();
    try (InteractiveAiClient client = client(Streams.recorded("interactive-ai-text.sse"))) {
      client.async().completions().createStreaming(text()).subscribe(acc::add).onComplete()
          .get(Streams.ASYNC_DEADLINE.toMillis(), TimeUnit.MILLISECONDS);
    }
    assertThat(acc.result().text()).contains("Once upon a time, a fox ran.");
    Streams.assertStreamingRequest(server.onlyRequest(), "/completions");
  }

  @Test
  void requestBuildersHaveNoStreamFlag() {
    Streams.assertNoStreamSetter(ChatGenerationParams.Builder.class);
    Streams.assertNoStreamSetter(CompletionCreateParams.Builder.class);
  }
}
