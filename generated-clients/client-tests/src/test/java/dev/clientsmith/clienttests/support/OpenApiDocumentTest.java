package dev.clientsmith.clienttests.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** The structural check the README test relies on rejects what the documents reject. */
@Timeout(10)
class OpenApiDocumentTest {

  private static final OpenApiDocument OXEN = OpenApiDocument.load("dev/clientsmith/clients/oxen/openapi.json");
  private static final OpenApiDocument JYLO = OpenApiDocument.load("dev/clientsmith/clients/jylo/openapi.json");
  private static final OpenApiDocument INTERACTIVE_AI =
      OpenApiDocument.load("dev/clientsmith/clients/interactiveai/openapi.json");

  private static JsonNode json(String text) throws IOException {
    return new ObjectMapper().readTree(text);
  }

  private static JsonNode oxenChat() {
    return OXEN.requestSchema("POST", "/chat/completions");
  }

  private static JsonNode interactiveChat() {
    return INTERACTIVE_AI.requestSchema("POST", "/chat/completions");
  }

  @Test
  void validBodiesHaveNoProblems() throws IOException {
    assertThat(OXEN.problems(json("{\"model\":\"m\",\"messages\":[{\"role\":\"user\",\"content\":\"hi\"}],"
        + "\"temperature\":null}"), oxenChat())).isEmpty();
    assertThat(INTERACTIVE_AI.problems(json("{\"messages\":[{\"role\":\"user\",\"content\":[{\"type\":\"text\","
        + "\"text\":\"hi\"}]}],\"stop\":null}"), interactiveChat())).isEmpty();
  }

  @Test
  void pathTemplatesMatchOneSegmentPerParameter() {
    assertThat(JYLO.operation("POST", "/completions/3f2b8c1e-4d5a-4e6f-8a9b-0c1d2e3f4a5b").path("operationId").asText())
        .isEqualTo("createCompletion");
    assertThatThrownBy(() -> JYLO.operation("POST", "/completions/a/b")).isInstanceOf(AssertionError.class);
    assertThatThrownBy(() -> JYLO.operation("GET", "/completions/a")).isInstanceOf(AssertionError.class);
  }

  @Test
  void missingRequiredPropertyIsReported() throws IOException {
    assertThat(OXEN.problems(json("{\"model\":\"m\",\"messages\":[{\"content\":\"hi\"}]}"), oxenChat()))
        .containsExactly("/messages/0: required property 'role' is missing");
  }

  @Test
  void undeclaredPropertyIsReportedWhereAdditionalPropertiesIsFalse() throws IOException {
    JsonNode schema = JYLO.requestSchema("POST", "/completions/x");
    assertThat(JYLO.problems(json("{\"messages\":[],\"temperature\":1}"), schema))
        .containsExactly("/temperature: property not declared (additionalProperties is false)");
  }

  @Test
  void wrongTypeClosedEnumValueAndUnexpectedNullAreReported() throws IOException {
    assertThat(OXEN.problems(json("{\"model\":1,\"messages\":[{\"role\":\"robot\",\"content\":\"x\"}]}"), oxenChat()))
        .containsExactlyInAnyOrder("/model: expected string but was number",
            "/messages/0/role: \"robot\" is not one of [\"system\",\"user\",\"assistant\",\"tool\"]");
    assertThat(OXEN.problems(json("{\"model\":null,\"messages\":[]}"), oxenChat()))
        .containsExactly("/model: null is not allowed");
  }

  @Test
  void valueMatchingNoOneOfBranchIsReported() throws IOException {
    assertThat(INTERACTIVE_AI.problems(json("{\"messages\":[{\"role\":\"robot\",\"content\":\"hi\"}]}"),
        interactiveChat())).containsExactly("/messages/0: matches 0 oneOf branches instead of one");
    assertThat(INTERACTIVE_AI.problems(json("{\"messages\":[],\"stop\":7}"), interactiveChat()))
        .containsExactly("/stop: matches 0 oneOf branches instead of one");
  }
}
