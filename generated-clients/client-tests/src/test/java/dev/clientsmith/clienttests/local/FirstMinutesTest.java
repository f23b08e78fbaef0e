package dev.clientsmith.clienttests.local;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.clientsmith.clients.cortecs.model.CompletionRequest;
import dev.clientsmith.clients.cortecs.model.CompletionResponse;
import dev.clientsmith.clients.interactiveai.model.ChatGenerationParams;
import dev.clientsmith.clients.interactiveai.model.ChatResponse;
import dev.clientsmith.clienttests.support.TestResources;
import dev.clientsmith.runtime.json.ClientJson;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * What a user meets in the first minutes with a generated client: number literals compile, a
 * user's own {@code ObjectMapper} reads and writes the models, lists read as lists, and
 * {@code toString()} shows values.
 */
class FirstMinutesTest {
  private static final ObjectMapper PLAIN = new ObjectMapper().findAndRegisterModules();

  @Test
  void numberAndBooleanLiteralsCompileBesideTheBoxedSetters() throws Exception {
    // maxTokens takes a Long and temperature a Double; before, (100) and (1) did not compile.
    CompletionRequest request = CompletionRequest.builder().model("m").maxTokens(100).temperature(1).n(2)
        .addMessage(CompletionRequest.Message.builder().role("user").content("hi").build())
        .build();
    assertThat(request.maxTokens()).contains(100L);
    assertThat(request.temperature()).contains(1.0);
    // null is not ambiguous: it reaches the boxed form, which sends an explicit null.
    assertThat(CompletionRequest.builder().model("m").temperature(null).build().temperatureField().isNull()).isTrue();
    ChatGenerationParams params = ChatGenerationParams.builder().maxTokens(256).temperature(0).logprobs(true)
        .addMessage(dev.clientsmith.clients.interactiveai.model.Message.user("hi"))
        .build();
    assertThat(ClientJson.mapper().readTree(ClientJson.mapper().writeValueAsString(params)).path("max_tokens").asDouble())
        .isEqualTo(256.0);
  }

  @Test
  void aPlainObjectMapperReadsARequestWithConvenienceOverloads() throws Exception {
    // Before: InvalidDefinitionException, conflicting setter definitions for property "responseFormat".
    String json = "{\"model\":\"m\",\"messages\":[{\"role\":\"user\",\"content\":\"hi\"}],"
        + "\"response_format\":{\"type\":\"json_object\"},\"max_tokens\":5}";
    ChatGenerationParams plain = PLAIN.readValue(json, ChatGenerationParams.class);
    ChatGenerationParams ours = ClientJson.mapper().readValue(json, ChatGenerationParams.class);
    assertThat(plain).isEqualTo(ours);
    assertThat(PLAIN.writeValueAsString(plain)).isEqualTo(ClientJson.mapper().writeValueAsString(ours));
  }

  @Test
  void listsReadAsListsAndTheirFieldAccessorStillTellsAbsentFromEmpty() throws Exception {
    CompletionResponse response = ClientJson.mapper().readValue(TestResources.text("local/cortecs/chat-completion.json"),
        CompletionResponse.class);
    assertThat(response.choices().get(0).message().flatMap(m -> m.content())).isPresent();
    CompletionResponse none = ClientJson.mapper().readValue("{}", CompletionResponse.class);
    assertThat(none.choices()).isEmpty();
    assertThat(none.choicesField()).isEmpty();
    CompletionResponse empty = ClientJson.mapper().readValue("{\"choices\":[]}", CompletionResponse.class);
    assertThat(empty.choices()).isEmpty();
    assertThat(empty.choicesField()).contains(List.of());
  }

  @Test
  void toStringShowsValuesAndLeavesAbsentPropertiesOut() throws Exception {
    ChatResponse response = ClientJson.mapper().readValue(TestResources.text("local/interactive-ai/chat-completion.json"),
        ChatResponse.class);
    String message = response.choices().get(0).message().toString();
    assertThat(message).startsWith("AssistantMessage{role=assistant, content=")
        .doesNotContain("Nullable").doesNotContain("Optional").doesNotContain("absent").doesNotContain("OfString[");
    assertThat(CompletionRequest.Message.builder().role("user").content("hi").build().toString())
        .isEqualTo("Message{role=user, content=hi}");
  }
}
