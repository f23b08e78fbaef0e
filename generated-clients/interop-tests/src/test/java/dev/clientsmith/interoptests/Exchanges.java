package dev.clientsmith.interoptests;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Realistic request and response pairs, one or more per operation: a request of the corpus
 * ({@code requests/<provider>.json}), the response a provider sends to it
 * ({@code payloads/<provider>/<file>}), and what a client must read from that response (property
 * paths as {@link Reflect#get} reads them, in the Java names OpenAPI Generator gives, and the values).
 */
final class Exchanges {
  /**
   * @param knownLimit where OpenAPI Generator's client cannot do this exchange and the README says
   *     why: part of the message it fails with
   */
  record Exchange(String providerId, String requestName, String payload, Map<String, Object> expected, Optional<String> knownLimit) {
    Exchange(String providerId, String requestName, String payload, Map<String, Object> expected) {
      this(providerId, requestName, payload, expected, Optional.empty());
    }

    String payloadResource() {
      return "payloads/" + providerId + "/" + payload;
    }

    RequestCorpus.Request request() {
      return RequestCorpus.named(providerId, requestName);
    }

    @Override
    public String toString() {
      return providerId + " " + payload;
    }
  }

  private Exchanges() {}

  static Exchange find(String providerId, String requestName, String payload) {
    return all().stream()
        .filter(e -> e.providerId().equals(providerId) && e.requestName().equals(requestName) && e.payload().equals(payload))
        .findFirst().orElseThrow(() -> new IllegalArgumentException("no exchange " + providerId + " " + requestName + " " + payload));
  }

  static List<Exchange> all() {
    return List.of(
        new Exchange("jylo", "realistic", "chat-completion.json", expect(
            "choices[0].finishReason", "stop",
            "choices[0].message.role", "assistant",
            "choices[0].message.content", "The clause limits the supplier's liability to the fees paid in the preceding twelve months.",
            "usage.promptTokens", 57,
            "usage.totalTokens", 76)),
        new Exchange("jylo", "minimal", "chat-completion-nulls.json", expect(
            "id", null,
            "choices[0].finishReason", null,
            "choices[0].message.content", null,
            "usage", null)),
        new Exchange("cortecs", "realistic", "chat-completion.json", expect(
            "object", "chat.completion",
            "provider", "nebius",
            "created", 1767225600,
            "choices[0].finishReason", "stop",
            "choices[0].message.content", "Die Hauptstadt von Österreich ist Wien.",
            "choices[0].message.reasoningContent", null,
            "usage.completionTokens", 9,
            "usage.totalTokens", 33)),
        new Exchange("cortecs", "every-parameter", "chat-completion-tool-call.json", expect(
            "choices[0].finishReason", "tool_calls",
            "choices[0].message.content", null,
            "choices[0].message.toolCalls[0].function.name", "get_weather",
            "choices[0].message.reasoningContent", "The user asks for the weather; call the tool.")),
        new Exchange("interactive-ai", "chat-realistic", "chat-completion.json", expect(
            "object", "chat.completion",
            "choices[0].finishReason", "stop",
            "choices[0].message.content", "Waves fold into foam,\nsalt wind carries gull voices,\nthe tide keeps its time.",
            "choices[0].message.refusal", null,
            "choices[0].logprobs", null,
            "usage.promptTokens", 24,
            "usage.totalTokens", 45,
            "usage.completionTokensDetails.reasoningTokens", 0)),
        new Exchange("interactive-ai", "chat-tools", "chat-completion-tool-call.json", expect(
            "choices[0].finishReason", "tool_calls",
            "choices[0].message.content", null,
            "choices[0].message.toolCalls[0].function.arguments", "{\"city\":\"Paris\"}",
            "choices[0].reasoningDetails[0].summary", "Decided to call get_weather.",
            "choices[0].reasoningDetails[0].format", "anthropic-claude-v1",
            "choices[0].reasoningDetails[1].data", "ZW5jcnlwdGVk",
            "choices[0].reasoningDetails[2].signature", "sig-1",
            "choices[0].logprobs.content[0].topLogprobs[0].logprob", -0.01,
            "usage.completionTokensDetails", null)),
        new Exchange("interactive-ai", "chat-every-role", "chat-completion-content-parts.json", expect(
            "choices[0].finishReason", null,
            "choices[0].message.content[1].text", "Part two.")),
        new Exchange("interactive-ai", "completions-realistic", "completion.json", expect(
            "object", "text_completion",
            "choices[0].text", ", there was a lighthouse keeper who counted ships.",
            "choices[0].finishReason", "length",
            "choices[0].logprobs", null,
            "usage.completionTokens", 50)),
        new Exchange("oxen", "realistic", "chat-completion.json", expect(
            "object", "chat.completion",
            "choices[0].finishReason", "stop",
            "choices[0].message.content", "No. A dolphin is a mammal: it breathes air and nurses its young.",
            "usage.totalTokens", 44)),
        new Exchange("oxen", "tool-round-trip", "chat-completion-tool-call.json", expect(
            "choices[0].finishReason", "tool_calls",
            "choices[0].message.content", null,
            "choices[0].message.toolCalls[0]", Map.of("id", "call_9", "type", "function",
                "function", Map.of("name", "weather", "arguments", "{\"city\":\"Oslo\"}")),
            "usage", null)),
        new Exchange("jylo", "explicit-nulls", "chat-completion.json", expect("choices[0].finishReason", "stop")),
        new Exchange("cortecs", "explicit-nulls", "chat-completion.json", expect("choices[0].finishReason", "stop")),
        new Exchange("cortecs", "logprobs-integer", "chat-completion.json", expect("choices[0].finishReason", "stop")),
        new Exchange("cortecs", "logprobs-null", "chat-completion.json", expect("choices[0].finishReason", "stop")),
        // "max_price": {"request": 0}: a whole number for a number | string union (see the README).
        new Exchange("interactive-ai", "chat-provider-routing", "chat-completion.json", expect("choices[0].finishReason", "stop"),
            Optional.of("Failed deserialization for Price: 0 classes match result")),
        new Exchange("interactive-ai", "chat-provider-sort-string", "chat-completion.json", expect("choices[0].finishReason", "stop")),
        new Exchange("interactive-ai", "chat-provider-sort-object", "chat-completion.json", expect("choices[0].finishReason", "stop")),
        new Exchange("interactive-ai", "chat-explicit-nulls", "chat-completion.json", expect("choices[0].finishReason", "stop")),
        new Exchange("interactive-ai", "chat-plugins", "chat-completion.json", expect("choices[0].finishReason", "stop")),
        new Exchange("interactive-ai", "chat-stop-array", "chat-completion.json", expect("choices[0].finishReason", "stop")),
        new Exchange("interactive-ai", "chat-tool-choice-named", "chat-completion.json", expect("choices[0].finishReason", "stop")),
        new Exchange("interactive-ai", "chat-response-formats-json-schema", "chat-completion.json", expect("choices[0].finishReason", "stop")),
        new Exchange("interactive-ai", "completions-explicit-nulls", "completion.json", expect("choices[0].finishReason", "length")),
        new Exchange("interactive-ai", "completions-prompt-token-batches", "completion.json", expect("choices[0].finishReason", "length")),
        new Exchange("oxen", "explicit-nulls", "chat-completion.json", expect("choices[0].finishReason", "stop")),
        new Exchange("oxen", "content-parts", "chat-completion.json", expect("choices[0].finishReason", "stop")),
        new Exchange("oxen", "tool-choice-null", "chat-completion.json", expect("choices[0].finishReason", "stop")));
  }

  private static Map<String, Object> expect(Object... pathsAndValues) {
    Map<String, Object> expected = new LinkedHashMap<>();
    for (int i = 0; i < pathsAndValues.length; i += 2) {
      expected.put((String) pathsAndValues[i], pathsAndValues[i + 1]);
    }
    return expected;
  }
}
