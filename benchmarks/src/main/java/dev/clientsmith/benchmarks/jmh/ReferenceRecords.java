package dev.clientsmith.benchmarks.jmh;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import java.util.List;

/**
 * The reference the generated models are judged against: what a careful hand-written Jackson model
 * of the same payloads looks like. Records with the fields the generated models have, bound by
 * Jackson's record support; discriminated unions through {@code @JsonTypeInfo}; a union of a
 * string and an array (message content, {@code stop}) as a {@code JsonNode}, the usual hand-written
 * shortcut. Unknown properties are skipped, where the generated models keep them.
 */
final class ReferenceRecords {
  private ReferenceRecords() {}

  /** Cortecs: the response of {@code POST /chat/completions}. */
  @JsonIgnoreProperties(ignoreUnknown = true)
  @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
  record CortecsResponse(String object, String id, long created, String provider, String model,
      List<CortecsChoice> choices, CortecsUsage usage, JsonNode promptLogprobs) {}

  @JsonIgnoreProperties(ignoreUnknown = true)
  @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
  record CortecsChoice(long index, CortecsMessage message, String finishReason, JsonNode logprobs) {}

  @JsonIgnoreProperties(ignoreUnknown = true)
  @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
  record CortecsMessage(String role, String content, List<CortecsToolCall> toolCalls, String reasoningContent) {}

  @JsonIgnoreProperties(ignoreUnknown = true)
  record CortecsToolCall(String id, String type, JsonNode function) {}

  @JsonIgnoreProperties(ignoreUnknown = true)
  @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
  record CortecsUsage(long promptTokens, long completionTokens, long totalTokens) {}

  /** Cortecs: the request of {@code POST /chat/completions}. */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
  record CortecsRequest(String model, List<ChatMessage> messages, Double temperature, Long maxTokens, Double topP,
      List<String> stop, Long seed, List<JsonNode> tools, String toolChoice, Boolean parallelToolCalls) {}

  /** A request message whose content is a string, or for Interactive AI and Oxen also an array of parts. */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  record ChatMessage(String role, JsonNode content) {}

  /** Interactive AI: the response of {@code POST /chat/completions}. */
  @JsonIgnoreProperties(ignoreUnknown = true)
  @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
  record InteractiveAiResponse(String id, List<InteractiveAiChoice> choices, double created, String model,
      String object, String systemFingerprint, InteractiveAiUsage usage) {}

  @JsonIgnoreProperties(ignoreUnknown = true)
  @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
  record InteractiveAiChoice(String finishReason, double index, InteractiveAiMessage message,
      List<ReasoningDetail> reasoningDetails, Logprobs logprobs) {}

  @JsonIgnoreProperties(ignoreUnknown = true)
  @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
  record InteractiveAiMessage(String role, JsonNode content, String name, List<InteractiveAiToolCall> toolCalls,
      String refusal, String reasoning) {}

  @JsonIgnoreProperties(ignoreUnknown = true)
  record InteractiveAiToolCall(String id, String type, InteractiveAiFunction function) {}

  @JsonIgnoreProperties(ignoreUnknown = true)
  record InteractiveAiFunction(String name, String arguments) {}

  /** The three kinds of reasoning detail, told apart by {@code type}; an unknown kind is not an error. */
  @JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type", defaultImpl = UnknownReasoning.class)
  @JsonSubTypes({
      @JsonSubTypes.Type(value = ReasoningSummary.class, name = "reasoning.summary"),
      @JsonSubTypes.Type(value = ReasoningEncrypted.class, name = "reasoning.encrypted"),
      @JsonSubTypes.Type(value = ReasoningText.class, name = "reasoning.text")})
  sealed interface ReasoningDetail permits ReasoningSummary, ReasoningEncrypted, ReasoningText, UnknownReasoning {}

  @JsonIgnoreProperties(ignoreUnknown = true)
  record ReasoningSummary(String summary, String id, String format, Double index) implements ReasoningDetail {}

  @JsonIgnoreProperties(ignoreUnknown = true)
  record ReasoningEncrypted(String data, String id, String format, Double index) implements ReasoningDetail {}

  @JsonIgnoreProperties(ignoreUnknown = true)
  record ReasoningText(String text, String signature, String id, String format, Double index) implements ReasoningDetail {}

  @JsonIgnoreProperties(ignoreUnknown = true)
  record UnknownReasoning(String id, String format, Double index) implements ReasoningDetail {}

  @JsonIgnoreProperties(ignoreUnknown = true)
  record Logprobs(List<TokenLogprob> content, List<TokenLogprob> refusal) {}

  @JsonIgnoreProperties(ignoreUnknown = true)
  @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
  record TokenLogprob(String token, double logprob, List<Integer> bytes, List<TopLogprob> topLogprobs) {}

  @JsonIgnoreProperties(ignoreUnknown = true)
  record TopLogprob(String token, double logprob, List<Integer> bytes) {}

  @JsonIgnoreProperties(ignoreUnknown = true)
  @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
  record InteractiveAiUsage(double completionTokens, double promptTokens, double totalTokens,
      CompletionTokensDetails completionTokensDetails, PromptTokensDetails promptTokensDetails) {}

  @JsonIgnoreProperties(ignoreUnknown = true)
  @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
  record CompletionTokensDetails(Double reasoningTokens, Double audioTokens, Double acceptedPredictionTokens,
      Double rejectedPredictionTokens) {}

  @JsonIgnoreProperties(ignoreUnknown = true)
  @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
  record PromptTokensDetails(Double cachedTokens, Double audioTokens, Double videoTokens) {}

  /** Interactive AI: the request of {@code POST /chat/completions}. */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
  record InteractiveAiRequest(String model, List<ChatMessage> messages, Double temperature, Double maxTokens,
      Double topP, JsonNode stop, Reasoning reasoning, List<Tool> tools) {}

  @JsonInclude(JsonInclude.Include.NON_NULL)
  record Reasoning(String effort) {}

  @JsonInclude(JsonInclude.Include.NON_NULL)
  record Tool(String type, ToolFunction function) {}

  @JsonInclude(JsonInclude.Include.NON_NULL)
  record ToolFunction(String name, String description, JsonNode parameters) {}

  /** Jylo: the response of {@code POST /completions/{modelIdentifier}} (camelCase on the wire). */
  @JsonIgnoreProperties(ignoreUnknown = true)
  record JyloResponse(String id, String model, List<JyloChoice> choices, JyloUsage usage) {}

  @JsonIgnoreProperties(ignoreUnknown = true)
  record JyloChoice(int index, JyloMessage message, String finishReason) {}

  @JsonIgnoreProperties(ignoreUnknown = true)
  @JsonInclude(JsonInclude.Include.NON_NULL)
  record JyloMessage(String role, String content) {}

  @JsonIgnoreProperties(ignoreUnknown = true)
  record JyloUsage(int promptTokens, int completionTokens, int totalTokens) {}

  /** Jylo: the request. */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
  record JyloRequest(List<JyloMessage> messages, JsonNode responseFormat, Integer maxTokens) {}

  /** Oxen: the response of {@code POST /chat/completions}. */
  @JsonIgnoreProperties(ignoreUnknown = true)
  record OxenResponse(List<OxenChoice> choices, long created, String id, String model, String object, OxenUsage usage) {}

  @JsonIgnoreProperties(ignoreUnknown = true)
  @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
  record OxenChoice(String finishReason, long index, OxenMessage message) {}

  @JsonIgnoreProperties(ignoreUnknown = true)
  @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
  record OxenMessage(String content, String role, List<JsonNode> toolCalls) {}

  @JsonIgnoreProperties(ignoreUnknown = true)
  @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
  record OxenUsage(long completionTokens, long promptTokens, long totalTokens) {}

  /** Oxen: the request. */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
  record OxenRequest(String model, List<ChatMessage> messages, Double temperature, Long maxTokens, Double topP,
      List<JsonNode> tools, JsonNode toolChoice) {}
}
