package dev.clientsmith.clienttests.roundtrip;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.clientsmith.clients.cortecs.model.CompletionResponse;
import dev.clientsmith.clients.interactiveai.model.AssistantMessage;
import dev.clientsmith.clients.interactiveai.model.ChatCompletionChunk;
import dev.clientsmith.clients.interactiveai.model.ChatCompletionFinishReason;
import dev.clientsmith.clients.interactiveai.model.ChatResponse;
import dev.clientsmith.clients.interactiveai.model.ChatResponseChoice;
import dev.clientsmith.clients.interactiveai.model.CompletionCreateParams;
import dev.clientsmith.clients.interactiveai.model.CompletionCreateParamsPrompt;
import dev.clientsmith.clients.interactiveai.model.ReasoningDetail;
import dev.clientsmith.clients.interactiveai.model.ReasoningDetailFormat;
import dev.clientsmith.clients.interactiveai.model.ReasoningEncrypted;
import dev.clientsmith.clients.interactiveai.model.ReasoningSummary;
import dev.clientsmith.clients.interactiveai.model.ReasoningText;
import dev.clientsmith.runtime.json.ClientJson;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Hand-written JSON for the cases random sampling reaches only by luck: open enums given values
 * the document does not list, union variants of every kind plus one the client does not know,
 * undeclared properties several levels deep, and each shape of a completion prompt. Each case is
 * read, checked field by field, and round-tripped (written JSON semantically equal to the input,
 * object read back equal with an equal hash code).
 */
class HardCaseRoundTripTest {

  private static final ObjectMapper MAPPER = ClientJson.mapper();

  // ---------------------------------------------------------------- Interactive AI: finish reason

  @Test
  void chatResponseWithFinishReasonStop() throws Exception {
    String json = """
        {
          "id": "gen-1718-abc",
          "object": "chat.completion",
          "created": 1718000000,
          "model": "openai/gpt-4o",
          "system_fingerprint": null,
          "choices": [
            {
              "index": 0,
              "finish_reason": "stop",
              "message": {"role": "assistant", "content": "Hello! 👋", "refusal": null}
            }
          ],
          "usage": {"prompt_tokens": 9, "completion_tokens": 3, "total_tokens": 12}
        }
        """;

    ChatResponse response = roundTrip(json, ChatResponse.class);

    assertThat(response.id()).isEqualTo("gen-1718-abc");
    assertThat(response.created()).isEqualTo(1.718e9);
    assertThat(response.systemFingerprintField().isNull()).as("system_fingerprint: null stays null").isTrue();
    ChatResponseChoice choice = response.choices().get(0);
    assertThat(choice.finishReason()).containsSame(ChatCompletionFinishReason.STOP);
    assertThat(choice.finishReason().orElseThrow().known()).contains(ChatCompletionFinishReason.Known.STOP);
    assertThat(choice.index()).isEqualTo(0.0);
    AssistantMessage message = choice.message();
    assertThat(message.content().orElseThrow().isString()).isTrue();
    assertThat(message.content().orElseThrow().value()).isEqualTo("Hello! 👋");
    assertThat(message.refusalField().isNull()).as("refusal: null stays null").isTrue();
    assertThat(message.reasoningField().isAbsent()).as("reasoning: absent stays absent").isTrue();
    assertThat(response.usage().orElseThrow().totalTokens()).isEqualTo(12.0);
  }

  @Test
  void unknownFinishReasonIsKeptAsSent() throws Exception {
    String json = """
        {"id": "gen-2", "object": "chat.completion", "created": 1718000001, "model": "m",
         "choices": [{"index": 0, "finish_reason": "guardrail_intervened",
                      "message": {"role": "assistant", "content": null}}]}
        """;

    ChatResponse response = roundTrip(json, ChatResponse.class);

    ChatCompletionFinishReason reason = response.choices().get(0).finishReason().orElseThrow();
    assertThat(reason.isKnown()).isFalse();
    assertThat(reason.known()).isEmpty();
    assertThat(reason.value()).isEqualTo("guardrail_intervened");
    assertThat(reason).isEqualTo(ChatCompletionFinishReason.of("guardrail_intervened"));
    assertThat(response.choices().get(0).message().contentField().isNull()).as("content: null stays null").isTrue();
  }

  @Test
  void nullFinishReasonStaysNull() throws Exception {
    String json = """
        {"id": "gen-3", "object": "chat.completion", "created": 1718000002, "model": "m",
         "choices": [{"index": 0, "finish_reason": null, "message": {"role": "assistant", "content": "partial"}}]}
        """;

    ChatResponse response = roundTrip(json, ChatResponse.class);

    assertThat(response.choices().get(0).finishReasonField().isNull()).isTrue();
    assertThat(response.choices().get(0).finishReason()).isEmpty();
  }

  // ------------------------------------------------------------- Interactive AI: reasoning details

  @Test
  void everyReasoningDetailKindAndAnUnknownKind() throws Exception {
    String json = """
        {
          "id": "gen-4", "object": "chat.completion", "created": 1718000003.5, "model": "anthropic/claude",
          "choices": [
            {
              "index": 0,
              "finish_reason": "stop",
              "message": {"role": "assistant", "content": "42", "reasoning": "Let me think."},
              "reasoning_details": [
                {"type": "reasoning.summary", "summary": "Thought about it.", "id": "rs_1",
                 "format": "openai-responses-v1", "index": 0},
                {"type": "reasoning.encrypted", "data": "gAAAAABo...==", "id": null,
                 "format": "anthropic-claude-v1", "index": 1},
                {"type": "reasoning.text", "text": "Step 1: ...", "signature": "sig-Ω", "id": "rt_1",
                 "format": null, "index": 2, "cache_hint": {"ttl": 300}},
                {"type": "reasoning.text", "format": "some-future-format-v2"},
                {"type": "reasoning.audio", "audio": {"data": "UklGRg==", "mime": "audio/wav"},
                 "index": 3, "extra": [1, 2.5, null, "x"]}
              ]
            }
          ]
        }
        """;

    ChatResponse response = roundTrip(json, ChatResponse.class);

    List<ReasoningDetail> details = response.choices().get(0).reasoningDetails();
    assertThat(details).hasSize(5);

    assertThat(details.get(0).isReasoningSummary()).isTrue();
    ReasoningSummary summary = details.get(0).asReasoningSummary();
    assertThat(summary.type()).isEqualTo("reasoning.summary");
    assertThat(summary.summary()).isEqualTo("Thought about it.");
    assertThat(summary.id()).contains("rs_1");
    assertThat(summary.format()).contains(ReasoningDetailFormat.of("openai-responses-v1"));
    assertThat(summary.format().orElseThrow().isKnown()).isTrue();
    assertThat(summary.index()).contains(0.0);

    assertThat(details.get(1).isReasoningEncrypted()).isTrue();
    ReasoningEncrypted encrypted = details.get(1).asReasoningEncrypted();
    assertThat(encrypted.data()).isEqualTo("gAAAAABo...==");
    assertThat(encrypted.idField().isNull()).as("id: null stays null").isTrue();

    assertThat(details.get(2).isReasoningText()).isTrue();
    ReasoningText text = details.get(2).asReasoningText();
    assertThat(text.text()).contains("Step 1: ...");
    assertThat(text.signature()).contains("sig-Ω");
    assertThat(text.formatField().isNull()).as("format: null stays null").isTrue();
    assertThat(text.additionalProperties()).containsOnlyKeys("cache_hint");
    assertThat(text.additionalProperties().get("cache_hint")).isEqualTo(MAPPER.readTree("{\"ttl\": 300}"));

    ReasoningText minimal = details.get(3).asReasoningText();
    assertThat(minimal.textField().isAbsent()).isTrue();
    assertThat(minimal.format().orElseThrow().isKnown()).as("an unlisted format is kept").isFalse();
    assertThat(minimal.format().orElseThrow().value()).isEqualTo("some-future-format-v2");

    assertThat(details.get(4).isUnknown()).isTrue();
    assertThat(details.get(4).value()).isEqualTo(MAPPER.readTree("""
        {"type": "reasoning.audio", "audio": {"data": "UklGRg==", "mime": "audio/wav"},
         "index": 3, "extra": [1, 2.5, null, "x"]}
        """));
  }

  // ----------------------------------------------------------- Cortecs: undeclared properties

  @Test
  void cortecsResponseKeepsUnknownFieldsAtEveryLevel() throws Exception {
    String json = """
        {
          "object": "chat.completion",
          "id": "cmpl-7",
          "created": 1718000004,
          "provider": "nebius",
          "model": "llama-3.3-70b",
          "x_request_id": "req_01HZX",
          "service_tier": {"region": "eu-west", "flags": [true, null]},
          "choices": [
            {
              "index": 0,
              "finish_reason": "tool_calls",
              "logprobs": null,
              "stop_sequence": null,
              "message": {
                "role": "assistant",
                "content": null,
                "annotations": [{"type": "url_citation", "url": "https://example.com/ü"}],
                "tool_calls": [
                  {"id": "call_1", "type": "function",
                   "function": {"name": "lookup", "arguments": "{\\"q\\":\\"x\\"}"},
                   "index": 0}
                ]
              }
            }
          ],
          "usage": {"prompt_tokens": 10, "completion_tokens": 5, "total_tokens": 15,
                    "prompt_tokens_details": {"cached_tokens": 8}}
        }
        """;

    CompletionResponse response = roundTrip(json, CompletionResponse.class);

    assertThat(response.additionalProperties()).containsOnlyKeys("x_request_id", "service_tier");
    assertThat(response.additionalProperties().get("service_tier"))
        .isEqualTo(MAPPER.readTree("{\"region\": \"eu-west\", \"flags\": [true, null]}"));

    CompletionResponse.Choice choice = response.choices().get(0);
    assertThat(choice.additionalProperties()).containsOnlyKeys("stop_sequence");
    assertThat(choice.additionalProperties().get("stop_sequence").isNull()).as("an undeclared null is kept").isTrue();
    assertThat(choice.logprobsField().isNull()).isTrue();

    CompletionResponse.Choice.Message message = choice.message().orElseThrow();
    assertThat(message.additionalProperties()).containsOnlyKeys("annotations");
    assertThat(message.contentField().isNull()).isTrue();

    CompletionResponse.Choice.Message.ToolCall call = message.toolCalls().get(0);
    assertThat(call.id()).contains("call_1");
    assertThat(call.additionalProperties()).containsOnlyKeys("index");

    assertThat(response.usage().orElseThrow().additionalProperties()).containsOnlyKeys("prompt_tokens_details");
  }

  // ------------------------------------------------------- Interactive AI: completion prompt shapes

  @Test
  void completionPromptAsAString() throws Exception {
    CompletionCreateParamsPrompt prompt = readPrompt("\"Once upon a time\"");

    assertThat(prompt.isString()).isTrue();
    assertThat(prompt.asString()).isEqualTo("Once upon a time");
  }

  @Test
  void completionPromptAsStrings() throws Exception {
    CompletionCreateParamsPrompt prompt = readPrompt("[\"first prompt\", \"second prompt\", \"\"]");

    assertThat(prompt.isStrings()).isTrue();
    assertThat(prompt.asStrings()).containsExactly("first prompt", "second prompt", "");
  }

  @Test
  void completionPromptAsTokenIds() throws Exception {
    CompletionCreateParamsPrompt prompt = readPrompt("[1212, 318, 257, 0.5]");

    assertThat(prompt.isNumbers()).isTrue();
    assertThat(prompt.asNumbers()).containsExactly(1212.0, 318.0, 257.0, 0.5);
  }

  @Test
  void completionPromptAsTokenIdLists() throws Exception {
    CompletionCreateParamsPrompt prompt = readPrompt("[[1212, 318], [257], []]");

    assertThat(prompt.isNumberLists()).isTrue();
    assertThat(prompt.asNumberLists()).containsExactly(List.of(1212.0, 318.0), List.of(257.0), List.of());
  }

  @Test
  void completionPromptOfNoKnownShapeIsKeptAsSent() throws Exception {
    CompletionCreateParamsPrompt prompt = readPrompt("[\"text\", 42, [1]]");

    assertThat(prompt.isUnknown()).isTrue();
    assertThat(prompt.value()).isEqualTo(MAPPER.readTree("[\"text\", 42, [1]]"));
  }

  @Test
  void emptyCompletionPromptRoundTrips() throws Exception {
    CompletionCreateParamsPrompt prompt = readPrompt("[]");

    assertThat(prompt.isUnknown()).as("[] fits three variants; any of them, not Unknown").isFalse();
  }

  // ------------------------------------------------------------------ absent stays absent

  /** In a stream only the first chunk's delta carries the role; the others must not gain one. */
  @Test
  void chunkDeltaWithoutRoleStaysWithoutRole() throws Exception {
    String json = """
        {"id": "gen-5", "object": "chat.completion.chunk", "created": 1718000005, "model": "m",
         "choices": [{"index": 0, "delta": {"content": " world"}, "finish_reason": null}]}
        """;

    roundTrip(json, ChatCompletionChunk.class);
  }

  /** Oxen's {@code object} is optional: a response without it must be written back without it. */
  @Test
  void oxenResponseWithoutObjectStaysWithoutObject() throws Exception {
    String json = """
        {"id": "chatcmpl-1", "created": 1718000006, "model": "claude",
         "choices": [{"index": 0, "finish_reason": "stop", "message": {"role": "assistant", "content": "ok"}}]}
        """;

    roundTrip(json, dev.clientsmith.clients.oxen.model.ChatCompletionResponse.class);
  }

  // ------------------------------------------------------------------------------------ helpers

  private static CompletionCreateParamsPrompt readPrompt(String promptJson) throws Exception {
    String json = "{\"model\": \"openai/gpt-3.5-turbo-instruct\", \"prompt\": " + promptJson
        + ", \"max_tokens\": 16, \"suffix\": null}";
    CompletionCreateParams params = roundTrip(json, CompletionCreateParams.class);
    assertThat(params.suffixField().isNull()).isTrue();
    return params.prompt();
  }

  /**
   * Reads {@code json}, writes the object, reads that again, and checks the round trip: equal
   * objects and hash codes, the written JSON semantically equal to the input, stable writing.
   */
  static <T> T roundTrip(String json, Class<T> type) throws JsonProcessingException {
    JsonNode input = MAPPER.readTree(json);
    T first = MAPPER.readValue(json, type);
    String written = MAPPER.writeValueAsString(first);
    String context = type.getSimpleName() + "\n  input:   " + input + "\n  written: " + written;
    T second = MAPPER.readValue(written, type);

    assertThat(second).as("%s\n  read back", context).isEqualTo(first);
    assertThat(second.hashCode()).as("%s\n  hashCode read back", context).isEqualTo(first.hashCode());
    assertThat(JsonTrees.firstDifference(input, MAPPER.readTree(written)))
        .as("%s\n  the written JSON is the input JSON", context).isEmpty();
    assertThat(MAPPER.writeValueAsString(second)).as("%s\n  written again", context).isEqualTo(written);
    return first;
  }
}
