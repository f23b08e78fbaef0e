package dev.clientsmith.clienttests.contract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.clientsmith.clients.interactiveai.model.ChatResponse;
import dev.clientsmith.runtime.json.ClientJson;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The audit that the contract tests run on every parsed response finds what it should. */
class ParsedModelAuditTest {

  private static final String PACKAGE = "dev.clientsmith.clients.interactiveai";

  @Test
  void findsUnknownUnionVariantsAndUnknownEnumValuesDeepInAResponse() throws Exception {
    ChatResponse response = ClientJson.mapper().readValue("""
        {"id":"1","created":1,"model":"m","object":"chat.completion","choices":[{"index":0,
         "finish_reason":"not-a-finish-reason",
         "message":{"role":"assistant","content":"hi"},
         "reasoning_details":[{"type":"reasoning.summary","summary":"s"},{"type":"reasoning.unheard-of"}]}]}
        """, ChatResponse.class);
    List<String> found = ParsedModelAudit.unrecognised(response, PACKAGE, Set.of());
    assertThat(found).hasSize(2);
    assertThat(found.get(0)).contains("finishReason").contains("enum");
    assertThat(found.get(1)).contains("reasoningDetails[1]").contains("Unknown");
  }

  @Test
  void findsNothingInAResponseItRecognises() throws Exception {
    ChatResponse response = ClientJson.mapper().readValue("""
        {"id":"1","created":1,"model":"m","object":"chat.completion","choices":[{"index":0,
         "finish_reason":"stop","message":{"role":"assistant","content":"hi"},
         "reasoning_details":[{"type":"reasoning.text","text":"t"}]}]}
        """, ChatResponse.class);
    assertThat(ParsedModelAudit.unrecognised(response, PACKAGE, Set.of())).isEmpty();
  }
}
