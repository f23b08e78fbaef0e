package dev.clientsmith.clienttests.local;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.clientsmith.clients.interactiveai.InteractiveAiClient;
import dev.clientsmith.clients.interactiveai.model.AssistantMessage;
import dev.clientsmith.clients.interactiveai.model.AssistantMessageContent;
import dev.clientsmith.clients.interactiveai.model.ChatCompletionFinishReason;
import dev.clientsmith.clients.interactiveai.model.ChatGenerationParams;
import dev.clientsmith.clients.interactiveai.model.ChatGenerationTokenUsage;
import dev.clientsmith.clients.interactiveai.model.ChatMessageContentItem;
import dev.clientsmith.clients.interactiveai.model.ChatMessageTokenLogprob;
import dev.clientsmith.clients.interactiveai.model.ChatMessageTokenLogprobs;
import dev.clientsmith.clients.interactiveai.model.ChatMessageToolCall;
import dev.clientsmith.clients.interactiveai.model.ChatResponse;
import dev.clientsmith.clients.interactiveai.model.ChatResponseChoice;
import dev.clientsmith.clients.interactiveai.model.CompletionChoice;
import dev.clientsmith.clients.interactiveai.model.CompletionCreateParams;
import dev.clientsmith.clients.interactiveai.model.CompletionCreateParamsPrompt;
import dev.clientsmith.clients.interactiveai.model.CompletionFinishReason;
import dev.clientsmith.clients.interactiveai.model.CompletionResponse;
import dev.clientsmith.clients.interactiveai.model.Message;
import dev.clientsmith.clients.interactiveai.model.ReasoningDetail;
import dev.clientsmith.clients.interactiveai.model.ReasoningDetailFormat;
import dev.clientsmith.clients.interactiveai.model.ReasoningEncrypted;
import dev.clientsmith.clients.interactiveai.model.ReasoningSummary;
import dev.clientsmith.clients.interactiveai.model.ReasoningText;
import dev.clientsmith.clients.interactiveai.model.TopLogprob;
import dev.clientsmith.clienttests.support.LocalServer;
import dev.clientsmith.clienttests.support.ScriptedResponse;
import dev.clientsmith.clienttests.support.TestResources;
import dev.clientsmith.runtime.RawResponse;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** Interactive AI responses: reasoning details, content unions, open enums, nulls, async and raw. */
@Timeout(10)
class InteractiveAiResponseTest {

  private static final ChatGenerationParams CHAT = ChatGenerationParams.builder()
      .addMessage(Message.user("What is the capital of France?"))
      .model("openai/o3-mini")
      .build();
  private static final CompletionCreateParams TEXT = CompletionCreateParams.builder()
      .model("meta-llama/llama-3.1-8b-instruct")
      .prompt(CompletionCreateParamsPrompt.ofString("Once"))
      .build();

  private LocalServer server;
  private InteractiveAiClient client;

  @BeforeEach
  void start() {
    server = LocalServer.start();
    client = InteractiveAiClient.builder().apiKey("k").baseUrl(server.baseUrl())
        .maxRetries(0).timeout(Duration.ofSeconds(5)).build();
  }

  @AfterEach
  void stop() {
    client.close();
    server.close();
  }

  private ChatResponse chat(String resource) {
    server.enqueueJson(TestResources.text("local/interactive-ai/" + resource));
    return client.chat().completions().create(CHAT);
  }

  @Test
  void chatCompletionIsReadThroughTypedGetters() {
    ChatResponse response = chat("chat-completion.json");

    assertThat(response.id()).isEqualTo("gen-1718000000-kX9fQ2");
    assertThat(response.object()).isEqualTo("chat.completion");
    assertThat(response.created()).isEqualTo(1718000000.0);
    assertThat(response.model()).isEqualTo("openai/o3-mini");
    ChatResponseChoice choice = response.choices().get(0);
    assertThat(choice.index()).isEqualTo(0.0);
    assertThat(choice.finishReason()).contains(ChatCompletionFinishReason.STOP);
    assertThat(choice.finishReason().orElseThrow().known()).contains(ChatCompletionFinishReason.Known.STOP);
    AssistantMessage message = choice.message();
    assertThat(message.role()).isEqualTo("assistant");
    assertThat(message.content().orElseThrow().isString()).isTrue();
    assertThat(message.content().orElseThrow().asString()).isEqualTo("Paris is the capital of France.");
    assertThat(message.reasoning()).contains("The user asks a geography question.");
    ChatGenerationTokenUsage usage = response.usage().orElseThrow();
    assertThat(usage.promptTokens()).isEqualTo(14.0);
    assertThat(usage.completionTokens()).isEqualTo(73.0);
    assertThat(usage.totalTokens()).isEqualTo(87.0);
    assertThat(usage.completionTokensDetails().orElseThrow().reasoningTokens()).contains(64.0);
    assertThat(usage.promptTokensDetails().orElseThrow().cachedTokens()).contains(0.0);
  }

  @Test
  void everyReasoningDetailKindIsReadAndAnUnknownKindIsKept() {
    List<ReasoningDetail> details = chat("chat-completion.json").choices().get(0).reasoningDetails();

    assertThat(details).hasSize(4);

    assertThat(details.get(0).isReasoningSummary()).isTrue();
    ReasoningSummary summary = details.get(0).asReasoningSummary();
    assertThat(summary.type()).isEqualTo("reasoning.summary");
    assertThat(summary.summary()).isEqualTo("Recalled the capital of France.");
    assertThat(summary.id()).contains("rs_0a1b");
    assertThat(summary.format()).contains(ReasoningDetailFormat.OPENAI_RESPONSES_V1);
    assertThat(summary.index()).contains(0.0);

    assertThat(details.get(1)).isInstanceOf(ReasoningDetail.OfReasoningEncrypted.class);
    ReasoningEncrypted encrypted = details.get(1).asReasoningEncrypted();
    assertThat(encrypted.data()).isEqualTo("gAAAAABmZ3Jl9x0");
    assertThat(encrypted.index()).contains(1.0);

    assertThat(details.get(2).isReasoningText()).isTrue();
    ReasoningText text = details.get(2).asReasoningText();
    assertThat(text.text()).contains("France, capital: Paris.");
    assertThat(text.signatureField().isNull()).isTrue();
    assertThat(text.idField().isNull()).isTrue();
    assertThat(text.format().orElseThrow().known()).contains(ReasoningDetailFormat.Known.ANTHROPIC_CLAUDE_V1);

    assertThat(details.get(3).isUnknown()).isTrue();
    JsonNode unknown = ((ReasoningDetail.Unknown) details.get(3)).value();
    assertThat(unknown.get("type").asText()).isEqualTo("reasoning.redacted");
    assertThat(unknown.get("data").asText()).isEqualTo("opaque-blob");
  }

  @Test
  void reasoningDetailsCanBeVisited() {
    List<ReasoningDetail> details = chat("chat-completion.json").choices().get(0).reasoningDetails();
    ReasoningDetail.Visitor<String> describe = new ReasoningDetail.Visitor<>() {
      @Override
      public String visitReasoningSummary(ReasoningSummary value) {
        return "summary:" + value.summary();
      }

      @Override
      public String visitReasoningEncrypted(ReasoningEncrypted value) {
        return "encrypted:" + value.data().length();
      }

      @Override
      public String visitReasoningText(ReasoningText value) {
        return "text:" + value.text().orElse("");
      }

      @Override
      public String visitUnknown(JsonNode json) {
        return "unknown:" + json.get("type").asText();
      }
    };

    assertThat(details).extracting(detail -> detail.accept(describe)).containsExactly(
        "summary:Recalled the capital of France.", "encrypted:15", "text:France, capital: Paris.",
        "unknown:reasoning.redacted");
  }

  @Test
  void unknownFieldsAreKeptAtEveryLevel() {
    ChatResponse response = chat("chat-completion.json");

    assertThat(response.additionalProperties()).containsOnlyKeys("provider");
    assertThat(response.additionalProperties().get("provider").asText()).isEqualTo("OpenAI");
    ChatResponseChoice choice = response.choices().get(0);
    assertThat(choice.additionalProperties()).containsOnlyKeys("native_finish_reason");
    assertThat(choice.message().additionalProperties()).containsOnlyKeys("annotations");
    assertThat(response.usage().orElseThrow().additionalProperties().get("cost").asDouble()).isEqualTo(0.00012);
  }

  @Test
  void explicitNullsAreToldApartFromAbsence() {
    ChatResponse response = chat("chat-completion.json");

    assertThat(response.systemFingerprintField().isNull()).isTrue();
    ChatResponseChoice choice = response.choices().get(0);
    assertThat(choice.logprobsField().isNull()).isTrue();
    assertThat(choice.message().refusalField().isNull()).isTrue();
    assertThat(choice.message().name()).isEmpty();
  }

  @Test
  void contentAsArrayOfPartsIsReadAsTheItemsBranch() {
    ChatResponse response = chat("chat-completion-content-parts.json");

    assertThat(response.systemFingerprint()).contains("fp_g25");
    AssistantMessageContent content = response.choices().get(0).message().content().orElseThrow();
    assertThat(content.isString()).isFalse();
    assertThat(content.isChatMessageContentItems()).isTrue();
    List<ChatMessageContentItem> items = content.asChatMessageContentItems();
    assertThat(items).hasSize(2);
    assertThat(items.get(0).asText().text()).isEqualTo("Here is the chart:");
    assertThat(items.get(1).asImageUrl().imageUrl().url()).isEqualTo("data:image/png;base64,iVBORw0KGgo=");
    assertThat(items.get(1).asImageUrl().imageUrl().detail()).isEmpty();
  }

  @Test
  void contentPartOfAnUnknownKindIsKeptAsAnUnknownItemNextToTheKnownOnes() {
    ChatResponse response = chat("chat-completion-unknown-part.json");

    AssistantMessageContent content = response.choices().get(0).message().content().orElseThrow();
    assertThat(content.isChatMessageContentItems()).isTrue();
    List<ChatMessageContentItem> items = content.asChatMessageContentItems();
    assertThat(items).hasSize(2);
    assertThat(items.get(0).asText().text()).isEqualTo("Here is the scene:");
    assertThat(items.get(1).isUnknown()).isTrue();
    JsonNode unknown = ((ChatMessageContentItem.Unknown) items.get(1)).value();
    assertThat(unknown.get("type").asText()).isEqualTo("hologram");
    assertThat(unknown.get("frames").asInt()).isEqualTo(3);
  }

  @Test
  void unknownFinishReasonIsKeptAsAnOpenEnumValue() {
    ChatResponse response = chat("chat-completion-content-parts.json");

    ChatCompletionFinishReason reason = response.choices().get(0).finishReason().orElseThrow();
    assertThat(reason.value()).isEqualTo("end_turn");
    assertThat(reason.known()).isEmpty();
    assertThat(reason.isKnown()).isFalse();
    assertThat(reason).isEqualTo(ChatCompletionFinishReason.of("end_turn"));
  }

  @Test
  void nullFinishReasonAndNullContentWithRefusalAreRead() {
    ChatResponse response = chat("chat-completion-refusal.json");

    ChatResponseChoice choice = response.choices().get(0);
    assertThat(choice.finishReasonField().isNull()).isTrue();
    assertThat(choice.finishReason()).isEmpty();
    assertThat(choice.message().contentField().isNull()).isTrue();
    assertThat(choice.message().content()).isEmpty();
    assertThat(choice.message().refusal()).contains("I can't help with that.");
    assertThat(choice.message().reasoningField().isNull()).isTrue();
    assertThat(choice.reasoningDetails()).isEmpty();
    assertThat(response.usage()).isEmpty();
  }

  @Test
  void toolCallWithReasoningDetailsLogprobsAndNullUsageDetailsIsRead() {
    ChatResponse response = chat("chat-completion-tool-call.json");

    assertThat(response.model()).isEqualTo("anthropic/claude-sonnet-4");
    ChatResponseChoice choice = response.choices().get(0);
    assertThat(choice.finishReason()).contains(ChatCompletionFinishReason.TOOL_CALLS);
    AssistantMessage message = choice.message();
    assertThat(message.contentField().isNull()).isTrue();
    assertThat(message.reasoning()).contains("I should look the weather up.");
    List<ChatMessageToolCall> calls = message.toolCalls();
    assertThat(calls).hasSize(1);
    assertThat(calls.get(0).id()).isEqualTo("toolu_01");
    assertThat(calls.get(0).type()).isEqualTo("function");
    assertThat(calls.get(0).function().name()).isEqualTo("get_weather");
    assertThat(calls.get(0).function().arguments()).isEqualTo("{\"city\":\"Paris\"}");

    List<ReasoningDetail> details = choice.reasoningDetails();
    assertThat(details).hasSize(3);
    ReasoningSummary summary = details.get(0).asReasoningSummary();
    assertThat(summary.summary()).isEqualTo("Decided to call get_weather.");
    assertThat(summary.idField().isNull()).isTrue();
    assertThat(summary.format()).contains(ReasoningDetailFormat.ANTHROPIC_CLAUDE_V1);
    assertThat(summary.index()).contains(0.0);
    ReasoningEncrypted encrypted = details.get(1).asReasoningEncrypted();
    assertThat(encrypted.data()).isEqualTo("ZW5jcnlwdGVk");
    assertThat(encrypted.formatField().isNull()).isTrue();
    assertThat(encrypted.idField().isAbsent()).isTrue();
    ReasoningText text = details.get(2).asReasoningText();
    assertThat(text.text()).contains("Weather needs a tool.");
    assertThat(text.signature()).contains("sig-1");

    ChatMessageTokenLogprobs logprobs = choice.logprobs().orElseThrow();
    assertThat(logprobs.refusalField().isNull()).isTrue();
    ChatMessageTokenLogprob token = logprobs.content().get(0);
    assertThat(token.token()).isEqualTo("Hi");
    assertThat(token.logprob()).isEqualTo(-0.01);
    assertThat(token.bytes()).containsExactly(72.0, 105.0);
    TopLogprob top = token.topLogprobs().get(0);
    assertThat(top.token()).isEqualTo("Hi");
    assertThat(top.logprob()).isEqualTo(-0.01);
    assertThat(top.bytesField().isNull()).isTrue();

    ChatGenerationTokenUsage usage = response.usage().orElseThrow();
    assertThat(usage.promptTokens()).isEqualTo(310.0);
    assertThat(usage.completionTokens()).isEqualTo(42.0);
    assertThat(usage.totalTokens()).isEqualTo(352.0);
    assertThat(usage.completionTokensDetailsField().isNull()).isTrue();
    assertThat(usage.promptTokensDetailsField().isNull()).isTrue();
  }

  @Test
  void answerWithoutReasoningIsReadWithItsNullsAndUsageDetails() {
    ChatResponse response = chat("chat-completion-without-reasoning.json");

    assertThat(response.id()).isEqualTo("gen-1767225600-Xq3ZkA9");
    assertThat(response.model()).isEqualTo("openai/gpt-4o-mini");
    assertThat(response.systemFingerprintField().isNull()).isTrue();
    assertThat(response.additionalProperties()).isEmpty();
    ChatResponseChoice choice = response.choices().get(0);
    assertThat(choice.finishReason()).contains(ChatCompletionFinishReason.STOP);
    assertThat(choice.logprobsField().isNull()).isTrue();
    assertThat(choice.reasoningDetails()).isEmpty();
    AssistantMessage message = choice.message();
    assertThat(message.content().orElseThrow().asString())
        .isEqualTo("Waves fold into foam,\nsalt wind carries gull voices,\nthe tide keeps its time.");
    assertThat(message.refusalField().isNull()).isTrue();
    assertThat(message.reasoningField().isNull()).isTrue();
    assertThat(message.toolCalls()).isEmpty();
    ChatGenerationTokenUsage usage = response.usage().orElseThrow();
    assertThat(usage.promptTokens()).isEqualTo(24.0);
    assertThat(usage.completionTokens()).isEqualTo(21.0);
    assertThat(usage.totalTokens()).isEqualTo(45.0);
    assertThat(usage.completionTokensDetails().orElseThrow().reasoningTokens()).contains(0.0);
    assertThat(usage.completionTokensDetails().orElseThrow().audioTokensField().isNull()).isTrue();
    assertThat(usage.promptTokensDetails().orElseThrow().cachedTokens()).contains(0.0);
  }

  @Test
  void textCompletionIsReadThroughTypedGetters() {
    server.enqueueJson(TestResources.text("local/interactive-ai/text-completion.json"));

    CompletionResponse response = client.completions().create(TEXT);

    assertThat(response.id()).isEqualTo("cmpl-1718000099-Lm4n");
    assertThat(response.object()).isEqualTo("text_completion");
    assertThat(response.provider()).contains("Together");
    CompletionChoice choice = response.choices().get(0);
    assertThat(choice.text()).isEqualTo(" upon a time, there was a lighthouse.");
    assertThat(choice.finishReason()).isEqualTo(CompletionFinishReason.LENGTH);
    assertThat(choice.nativeFinishReason()).contains("length");
    assertThat(choice.logprobsField().isNull()).isTrue();
    assertThat(choice.reasoningField().isNull()).isTrue();
    assertThat(response.usage().orElseThrow().totalTokens()).isEqualTo(19.0);
    assertThat(server.takeRequest().target()).isEqualTo("/completions");
  }

  @Test
  void asyncChatAndTextCompletionsCompleteWithTypedValues() throws Exception {
    server.enqueueJson(TestResources.text("local/interactive-ai/chat-completion.json"));
    server.enqueueJson(TestResources.text("local/interactive-ai/text-completion.json"));

    ChatResponse chat = client.async().chat().completions().create(CHAT).get(5, TimeUnit.SECONDS);
    CompletionResponse text = client.async().completions().create(TEXT).get(5, TimeUnit.SECONDS);

    assertThat(chat.choices().get(0).message().content().orElseThrow().asString())
        .isEqualTo("Paris is the capital of France.");
    assertThat(text.choices().get(0).finishReason().known()).contains(CompletionFinishReason.Known.LENGTH);
    assertThat(server.requests()).extracting(request -> request.target())
        .containsExactly("/chat/completions", "/completions");
  }

  @Test
  void rawResponseGivesStatusHeadersBodyAndParsedValue() throws Exception {
    String payload = TestResources.text("local/interactive-ai/chat-completion.json");
    server.enqueue(ScriptedResponse.ok(payload).withHeader("x-generation-id", "gen-1718000000-kX9fQ2"));
    server.enqueueJson(TestResources.text("local/interactive-ai/text-completion.json"));

    RawResponse<ChatResponse> raw = client.chat().completions().withRawResponse().create(CHAT);
    RawResponse<CompletionResponse> asyncRaw = client.async().completions().withRawResponse().create(TEXT)
        .get(5, TimeUnit.SECONDS);

    assertThat(raw.status()).isEqualTo(200);
    assertThat(raw.headers().first("X-Generation-Id")).contains("gen-1718000000-kX9fQ2");
    assertThat(raw.bodyText()).isEqualTo(payload);
    assertThat(raw.value().choices().get(0).reasoningDetails()).hasSize(4);
    assertThat(asyncRaw.status()).isEqualTo(200);
    assertThat(asyncRaw.value().choices().get(0).text()).isEqualTo(" upon a time, there was a lighthouse.");
  }
}
