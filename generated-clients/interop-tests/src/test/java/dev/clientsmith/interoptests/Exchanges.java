package dev.clientsmith.interoptests;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Realistic request and response pairs, one or more per operation: a request of the corpus
 * ({@code requests/<provider>.json}), the response a provider sends to it, and what a client must
 * read from that response (property paths as {@link Reflect#get} reads them, in the Java names
 * OpenAPI Generator gives, and the values). The responses are the payloads our own client tests
 * read, {@code generated-clients/client-tests/src/test/resources/local/<provider>/<file>}
 * ({@link Documents#clientTestPayload}): one set of realistic payloads for both clients.
 */
final class Exchanges {
  /** One request, the payload answering it, and what a client reads from that payload. */
  record Exchange(String providerId, String requestName, String payload, Map<String, Object> expected) {
    /** The response, as client-tests keeps it. */
    JsonNode response() {
      return Documents.clientTestPayload(providerId, payload);
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
            "choices[0].message.content", "Hello from Jylo.",
            "usage.promptTokens", 14,
            "usage.totalTokens", 19)),
        new Exchange("jylo", "minimal", "nulls.json", expect(
            "id", null,
            "choices[0].finishReason", null,
            "choices[0].message.content", null,
            "usage", null)),
        new Exchange("cortecs", "realistic", "chat-completion.json", expect(
            "object", "chat.completion",
            "provider", "nebius",
            "created", 1718000000,
            "choices[0].finishReason", "stop",
            "choices[0].message.content", "Hello! How can I help you today?",
            "choices[0].message.reasoningContent", null,
            "usage.completionTokens", 9,
            "usage.totalTokens", 21)),
        new Exchange("cortecs", "every-parameter", "tool-calls.json", expect(
            "choices[0].finishReason", "tool_calls",
            "choices[0].message.content", null,
            "choices[0].message.toolCalls[0].function.name", "get_weather",
            "choices[0].message.reasoningContent", "The user wants the weather, so I call the tool.")),
        new Exchange("interactive-ai", "chat-realistic", "chat-completion-without-reasoning.json", expect(
            "object", "chat.completion",
            "choices[0].finishReason", "stop",
            "choices[0].message.content", "Waves fold into foam,\nsalt wind carries gull voices,\nthe tide keeps its time.",
            "choices[0].message.refusal", null,
            "choices[0].logprobs", null,
            "usage.promptTokens", 24,
            "usage.totalTokens", 45,
            "usage.completionTokensDetails.reasoningTokens", 0)),
        // Its fourth reasoning detail is of a kind the document does not list, "reasoning.redacted"
        // (the plain document's client refuses the whole response; see the README).
        new Exchange("interactive-ai", "chat-realistic", "chat-completion.json", expect(
            "choices[0].finishReason", "stop",
            "choices[0].message.content", "Paris is the capital of France.",
            "choices[0].reasoningDetails[0].summary", "Recalled the capital of France.",
            "choices[0].reasoningDetails[3].type", "reasoning.redacted",
            "choices[0].reasoningDetails[3].additionalProperties.data", "opaque-blob",
            "usage.totalTokens", 87,
            "usage.completionTokensDetails.reasoningTokens", 64)),
        // A content part of a kind the document does not list, "hologram".
        new Exchange("interactive-ai", "chat-every-role", "chat-completion-unknown-part.json", expect(
            "choices[0].finishReason", "stop",
            "choices[0].message.content[0].text", "Here is the scene:",
            "choices[0].message.content[1].type", "hologram",
            "choices[0].message.content[1].additionalProperties.frames", 3)),
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
        // A text part next to an image part. "finish_reason": "end_turn" is a value the document does
        // not list (the plain document's client reads it as null; see the README).
        new Exchange("interactive-ai", "chat-every-role", "chat-completion-content-parts.json", expect(
            "choices[0].finishReason", "end_turn",
            "choices[0].message.content[0].text", "Here is the chart:",
            "choices[0].message.content[1].imageUrl.url", "data:image/png;base64,iVBORw0KGgo=")),
        // A null finish reason, and a null content beside a refusal.
        new Exchange("interactive-ai", "chat-every-role", "chat-completion-refusal.json", expect(
            "choices[0].finishReason", null,
            "choices[0].message.content", null,
            "choices[0].message.refusal", "I can't help with that.")),
        new Exchange("interactive-ai", "completions-realistic", "text-completion.json", expect(
            "object", "text_completion",
            "choices[0].text", " upon a time, there was a lighthouse.",
            "choices[0].finishReason", "length",
            "choices[0].logprobs", null,
            "usage.completionTokens", 16)),
        new Exchange("oxen", "realistic", "chat-completion.json", expect(
            "object", "chat.completion",
            "choices[0].finishReason", "stop",
            "choices[0].message.content", "Hello! How can I assist you today?",
            "usage.totalTokens", 17)),
        new Exchange("oxen", "tool-round-trip", "null-usage.json", expect(
            "choices[0].finishReason", "tool_calls",
            "choices[0].message.content", null,
            "choices[0].message.toolCalls[0]", Map.of("id", "toolu_01", "type", "function",
                "function", Map.of("name", "search", "arguments", "{\"q\":\"oxen\"}")),
            "usage", null)),
        new Exchange("jylo", "explicit-nulls", "chat-completion.json", expect("choices[0].finishReason", "stop")),
        new Exchange("cortecs", "explicit-nulls", "chat-completion.json", expect("choices[0].finishReason", "stop")),
        new Exchange("cortecs", "logprobs-integer", "chat-completion.json", expect("choices[0].finishReason", "stop")),
        new Exchange("cortecs", "logprobs-null", "chat-completion.json", expect("choices[0].finishReason", "stop")),
        // "max_price": {"request": 0}: a whole number for a number | string union (see the README).
        new Exchange("interactive-ai", "chat-provider-routing", "chat-completion-without-reasoning.json", expect("choices[0].finishReason", "stop")),
        new Exchange("interactive-ai", "chat-provider-sort-string", "chat-completion-without-reasoning.json", expect("choices[0].finishReason", "stop")),
        new Exchange("interactive-ai", "chat-provider-sort-object", "chat-completion-without-reasoning.json", expect("choices[0].finishReason", "stop")),
        new Exchange("interactive-ai", "chat-explicit-nulls", "chat-completion-without-reasoning.json", expect("choices[0].finishReason", "stop")),
        new Exchange("interactive-ai", "chat-plugins", "chat-completion-without-reasoning.json", expect("choices[0].finishReason", "stop")),
        new Exchange("interactive-ai", "chat-stop-array", "chat-completion-without-reasoning.json", expect("choices[0].finishReason", "stop")),
        new Exchange("interactive-ai", "chat-tool-choice-named", "chat-completion-without-reasoning.json", expect("choices[0].finishReason", "stop")),
        new Exchange("interactive-ai", "chat-response-formats-json-schema", "chat-completion-without-reasoning.json", expect("choices[0].finishReason", "stop")),
        new Exchange("interactive-ai", "completions-explicit-nulls", "text-completion.json", expect("choices[0].finishReason", "length")),
        new Exchange("interactive-ai", "completions-prompt-token-batches", "text-completion.json", expect("choices[0].finishReason", "length")),
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
