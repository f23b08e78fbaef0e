package dev.clientsmith.clienttests.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import dev.clientsmith.clients.oxen.OxenClient;
import dev.clientsmith.clients.oxen.model.ChatCompletionRequest;
import dev.clientsmith.clients.oxen.model.ChatCompletionRequest.Message;
import dev.clientsmith.clients.oxen.model.ChatCompletionResponse;
import dev.clientsmith.runtime.RawResponse;
import dev.clientsmith.runtime.errors.BadRequestException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Oxen's generated client against Prism and the request validator, both reading Oxen's original
 * document ({@code specs/oxen.md}, YAML): {@code POST /api/ai/chat/completions} on
 * {@code https://dev.hub.oxen.ai}. The document declares {@code security: []}: no credentials.
 */
class OxenContractTest {

  @RegisterExtension
  static final PrismHarness PRISM = new PrismHarness("oxen");

  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
  private static OxenClient client;
  private static ObjectMapper mapper;

  @BeforeAll
  static void client() {
    // No API key: the document asks for none.
    client = OxenClient.builder().transport(PRISM.judge()).build();
    mapper = client.options().jsonMapper();
  }

  @AfterAll
  static void close() {
    client.close();
  }

  /** Only what the document requires: {@code model} and {@code messages} with {@code role} and {@code content}. */
  static ChatCompletionRequest minimal() {
    return ChatCompletionRequest.builder()
        .model("gpt-4o")
        .messages(List.of(Message.builder().role(Message.Role.USER).content(Message.Content.ofString("Hello")).build()))
        .build();
  }

  /** Every property with a value: one message per role, both content shapes, both tool_choice shapes. */
  static ChatCompletionRequest full(int i) {
    List<Message> messages = new ArrayList<>();
    List<Message.Role> roles = Message.Role.values();
    for (int r = 0; r < roles.size(); r++) {
      Message.Content content = (r + i) % 2 == 0
          ? Message.Content.ofString("text of " + roles.get(r).value())
          : Message.Content.ofJsons(List.of((JsonNode) NODES.objectNode().put("type", "text").put("text", "part")));
      messages.add(Message.builder()
          .role(roles.get(r))
          .content(content)
          .name("speaker-" + r)
          .toolCallId("call-" + r)
          .toolCalls(List.of((JsonNode) NODES.objectNode().put("id", "call-" + r).put("type", "function")))
          .build());
    }
    return ChatCompletionRequest.builder()
        .model("gpt-4o")
        .messages(messages)
        .frequencyPenalty(0.25)
        .maxTokens(128L)
        .presencePenalty(-0.25)
        .responseFormat(NODES.objectNode().put("type", "json_object"))
        .temperature(0.2)
        .toolChoice(i % 2 == 0
            ? ChatCompletionRequest.ToolChoice.ofString("auto")
            : ChatCompletionRequest.ToolChoice.ofJson(NODES.objectNode().put("type", "function")))
        .tools(List.of((JsonNode) NODES.objectNode().put("type", "function")))
        .topP(0.95)
        .build();
  }

  /** Every nullable property as an explicit null. */
  static ChatCompletionRequest nulls() {
    return ChatCompletionRequest.builder()
        .model("gpt-4o")
        .messages(List.of(Message.builder().role(Message.Role.USER).content(Message.Content.ofString("Hello"))
            .name(null).toolCallId(null).toolCalls(null).build()))
        .frequencyPenalty(null)
        .maxTokens(null)
        .presencePenalty(null)
        .responseFormat(null)
        .temperature(null)
        .toolChoice(null)
        .tools(null)
        .topP(null)
        .build();
  }

  @Test
  void everyPropertyBranchEnumValueAndNullIsSentAndValid() {
    SchemaCoverage coverage = PRISM.judge().startCoverage();
    assertThat(client.chat().completions().create(minimal())).isNotNull();
    assertThat(PRISM.judge().last().body()).isEqualTo(Contract.json("{\"model\":\"gpt-4o\",\"messages\":[{\"role\":\"user\",\"content\":\"Hello\"}]}"));
    assertThat(client.chat().completions().create(full(0))).isNotNull();
    assertThat(client.chat().completions().create(full(1))).isNotNull();
    assertThat(client.chat().completions().create(nulls())).isNotNull();
    Contract.assertCovered(coverage);
    assertThat(PRISM.judge().violations()).isEmpty();
  }

  @Test
  void theRequestGoesToTheDocumentsServerAndPathWithoutCredentials() {
    client.chat().completions().create(minimal());
    RequestJudge.Judged last = PRISM.judge().last();
    assertThat(last.uri().toString()).isEqualTo("https://dev.hub.oxen.ai/api/ai/chat/completions");
    assertThat(last.pathTemplate()).isEqualTo("/api/ai/chat/completions");
  }

  @Test
  void randomResponsesAreReadAndRoundTrip() {
    Contract.randomResponses(PRISM, Contract.RANDOM_RESPONSES, seed -> {
      RawResponse<ChatCompletionResponse> raw = client.chat().completions().withRawResponse()
          .create(minimal(), Contract.seed(seed));
      Contract.roundTrips(mapper, raw, ChatCompletionResponse.class);
      Contract.recognised(raw.value(), "dev.clientsmith.clients.oxen", Set.of(), raw.bodyText());
      return raw;
    });
  }

  @Test
  void staticExampleIsReadAndRoundTrips() {
    RawResponse<ChatCompletionResponse> raw = client.chat().completions().withRawResponse()
        .create(minimal(), Contract.staticExample());
    Contract.roundTrips(mapper, raw, ChatCompletionResponse.class);
    Contract.recognised(raw.value(), "dev.clientsmith.clients.oxen", Set.of(), raw.bodyText());
    PRISM.countStaticResponse();
    assertThat(raw.value().choices()).isNotEmpty();
  }

  /**
   * Oxen declares its 400 with an {@code application/json} body of {@code type: object} (any
   * object): the exception carries it parsed, as a {@code JsonNode}. (This found a bug: the model
   * stage used to drop error bodies of a "primitive" type, a free-form object included.)
   */
  @Test
  @DisplayName("the declared 400 (body: any object) becomes BadRequestException with the parsed body")
  void theDeclaredErrorStatusBecomesItsExceptionWithTheParsedBody() {
    // 400 is declared with a body of 'type: object' (any object).
    assertThatThrownBy(() -> client.chat().completions().create(minimal(), Contract.status(400)))
        .isInstanceOfSatisfying(BadRequestException.class, e -> {
          assertThat(e.status()).isEqualTo(400);
          assertThat(e.rawBody()).startsWith("{");
          assertThat(e.body()).as("the parsed body of the declared 400 (raw: %s)", e.rawBody()).isPresent();
        });
    PRISM.countErrorResponse();
  }
}
