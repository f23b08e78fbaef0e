package dev.clientsmith.generator;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.clientsmith.generator.normalize.Json;
import org.junit.jupiter.api.Test;

/** What the issue asks of particular oddities of the real documents, checked on the output. */
class NormalizedShapesTest {
  private static ObjectNode normalize(String id) {
    return new Generator().normalize(Providers.provider(id)).document();
  }

  @Test
  void jyloBaseUrlEndsInInferenceAndPathKeepsTheUuid() {
    ObjectNode doc = normalize("jylo");
    assertThat(doc.path("servers").get(0).path("url").asText()).isEqualTo("https://api.{tenant}.{region}.jylo.ai/inference");
    JsonNode op = doc.path("paths").path("/completions/{modelIdentifier}").path("post");
    assertThat(op.path("operationId").asText()).isEqualTo("createCompletion");
    assertThat(op.path("parameters").get(0).path("schema").path("format").asText()).isEqualTo("uuid");
    assertThat(Json.fieldNames(Json.schemas(doc))).contains("Message", "ProblemDetails", "ChatCompletionRequest", "CompletionChunk");
  }

  @Test
  void oxenBaseUrlEndsInApiAi() {
    ObjectNode doc = normalize("oxen");
    assertThat(doc.path("servers").get(0).path("url").asText()).endsWith("/api/ai");
    assertThat(doc.path("paths").has("/chat/completions")).isTrue();
    assertThat(Json.fieldNames(Json.schemas(doc))).contains("ChatCompletionRequestMessage", "ChatCompletionResponseChoice",
        "ChatCompletionResponseChoiceMessage", "ChatCompletionResponseUsage");
  }

  @Test
  void cortecsInlineSchemasAreNamedAfterTheirProperty() {
    ObjectNode schemas = Json.schemas(normalize("cortecs"));
    assertThat(Json.fieldNames(schemas)).contains("CompletionResponseChoice", "CompletionResponseChoiceMessage",
        "CompletionResponseChoiceMessageToolCall", "CompletionResponseUsage", "CompletionRequestMessage", "ChatCompletionChunk");
    assertThat(schemas.path("CompletionResponseChoice").path("x-clientsmith-simple-name").asText()).isEqualTo("Choice");
  }

  @Test
  void interactiveAiNamesAreDerivedAndSharedComponentsMerged() {
    ObjectNode doc = normalize("interactive-ai");
    ObjectNode schemas = Json.schemas(doc);
    assertThat(Json.fieldNames(schemas)).contains("ReasoningDetail", "ReasoningSummary", "ReasoningEncrypted", "ReasoningText",
        "DeveloperMessage", "ModerationPlugin", "WebPlugin", "FileParserPlugin", "ResponseHealingPlugin", "Plugin", "ProviderName",
        "ResponseFormatText", "ResponseFormatJsonObject", "ResponseFormatPython", "Stop", "ErrorResponse", "ModelName",
        "JSONSchemaConfig", "ResponseFormatJSONSchema", "ResponseFormatTextGrammar", "ChatCompletionChunk", "CompletionResponse");
    assertThat(Json.fieldNames(schemas)).doesNotContain("ChatGenerationParamsStop", "CompletionCreateParamsStop", "Message2");
    assertThat(doc.path("paths").has("/chat/completions")).isTrue();
    assertThat(doc.path("paths").has("/completions")).isTrue();
    // "stop" in a finish reason is a plain enum value again, and null is allowed (nullable + typed).
    JsonNode finish = schemas.path("ChatCompletionFinishReason");
    assertThat(finish.path("nullable").asBoolean()).isTrue();
    assertThat(finish.path("type").asText()).isEqualTo("string");
    // The chunk carries a delta whose fields are all optional.
    assertThat(schemas.path("ChatCompletionChunkChoiceDelta").has("required")).isFalse();
    assertThat(schemas.path("ChatCompletionChunk").path("properties").path("object").path("enum").get(0).asText())
        .isEqualTo("chat.completion.chunk");
  }
}
