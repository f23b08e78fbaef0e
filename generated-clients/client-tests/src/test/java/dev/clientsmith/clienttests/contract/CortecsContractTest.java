package dev.clientsmith.clienttests.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import dev.clientsmith.clients.cortecs.CortecsClient;
import dev.clientsmith.clients.cortecs.model.CompletionRequest;
import dev.clientsmith.clients.cortecs.model.CompletionResponse;
import dev.clientsmith.runtime.RawResponse;
import dev.clientsmith.runtime.errors.AuthenticationException;
import dev.clientsmith.runtime.errors.InternalServerException;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Cortecs' generated client against Prism and the request validator, both reading Cortecs' original
 * document ({@code specs/cortecs.md}). One operation: {@code POST /chat/completions}. The client
 * sends to its real base URL ({@code https://api.cortecs.ai/v1}); the judge checks it and forwards
 * the request to Prism, which serves the document's paths without the server's {@code /v1}.
 */
class CortecsContractTest {

  @RegisterExtension
  static final PrismHarness PRISM = new PrismHarness("cortecs");

  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
  private static CortecsClient client;
  private static ObjectMapper mapper;

  @BeforeAll
  static void client() {
    client = CortecsClient.builder().apiKey("test-key").transport(PRISM.judge()).build();
    mapper = client.options().jsonMapper();
  }

  @AfterAll
  static void close() {
    client.close();
  }

  /** The document requires nothing in the body: the smallest request is an empty object. */
  static CompletionRequest minimal() {
    return CompletionRequest.builder().build();
  }

  /** Every property with a value; {@code i} picks the enum value and the union branch. */
  static CompletionRequest full(int i) {
    List<CompletionRequest.Preference> preferences = CompletionRequest.Preference.values();
    return CompletionRequest.builder()
        .preference(preferences.get(i % preferences.size()))
        .allowedProviders(List.of("provider-a", "provider-b"))
        .euNative(true)
        .allowQuantization(false)
        .allowZeroDataRetention(true)
        .enableModelFallback(false)
        .model("model-1")
        .messages(List.of(
            CompletionRequest.Message.builder().role("system").content("Be brief.").build(),
            CompletionRequest.Message.builder().role("user").content("Hello").build()))
        .temperature(0.7)
        .maxTokens(256L)
        .topP(0.9)
        .frequencyPenalty(0.5)
        .presencePenalty(-0.5)
        .responseFormat(NODES.objectNode().put("type", "json_object"))
        .stop(List.of("\n\n", "END"))
        .logprobs(i % 2 == 0
            ? CompletionRequest.Logprobs.ofInteger(5L)
            : CompletionRequest.Logprobs.ofBoolean(true))
        .seed(42L)
        .tools(List.of((JsonNode) NODES.objectNode().put("type", "function")))
        .toolChoice("auto")
        .n(1L)
        .prediction(NODES.objectNode().put("type", "content").put("content", "Hello"))
        .parallelToolCalls(true)
        .safePrompt(false)
        .build();
  }

  /** Every nullable property sent as an explicit null. */
  static CompletionRequest nulls() {
    return CompletionRequest.builder()
        .allowedProviders(null)
        .euNative(null)
        .allowQuantization(null)
        .allowZeroDataRetention(null)
        .enableModelFallback(null)
        .messages(List.of(CompletionRequest.Message.builder().role("user").content(null).build()))
        .temperature(null)
        .maxTokens(null)
        .topP(null)
        .frequencyPenalty(null)
        .presencePenalty(null)
        .responseFormat(null)
        .stop(null)
        .logprobs(null)
        .seed(null)
        .tools(null)
        .toolChoice(null)
        .n(null)
        .prediction(null)
        .build();
  }

  @Test
  void everyPropertyBranchEnumValueAndNullIsSentAndValid() {
    SchemaCoverage coverage = PRISM.judge().startCoverage();
    CompletionResponse response = client.chat().completions().create(minimal());
    assertThat(response).isNotNull();
    assertThat(PRISM.judge().last().body().toString()).isEqualTo("{}");
    for (int i = 0; i < CompletionRequest.Preference.values().size(); i++) {
      assertThat(client.chat().completions().create(full(i), Contract.streamFlag(false))).isNotNull();
    }
    assertThat(client.chat().completions().create(nulls(), Contract.streamFlag(null))).isNotNull();
    Contract.assertCovered(coverage);
    assertThat(PRISM.judge().violations()).isEmpty();
  }

  @Test
  void theRequestGoesToTheDocumentsServerAndPath() {
    client.chat().completions().create(minimal());
    RequestJudge.Judged last = PRISM.judge().last();
    assertThat(last.uri().toString()).isEqualTo("https://api.cortecs.ai/v1/chat/completions");
    assertThat(last.pathTemplate()).isEqualTo("/chat/completions");
  }

  @Test
  void asyncCallsAreJudgedToo() {
    CompletionResponse response = client.async().chat().completions().create(full(0)).join();
    assertThat(response).isNotNull();
    assertThat(PRISM.judge().violations()).isEmpty();
  }

  @Test
  void randomResponsesAreReadAndRoundTrip() {
    Contract.randomResponses(PRISM, Contract.RANDOM_RESPONSES, seed -> {
      RawResponse<CompletionResponse> raw = client.chat().completions().withRawResponse()
          .create(minimal(), Contract.seed(seed));
      Contract.roundTrips(mapper, raw, CompletionResponse.class);
      Contract.recognised(raw.value(), "dev.clientsmith.clients.cortecs", Set.of(), raw.bodyText());
      return raw;
    });
  }

  @Test
  void staticExampleIsReadAndRoundTrips() {
    RawResponse<CompletionResponse> raw = client.chat().completions().withRawResponse()
        .create(minimal(), Contract.staticExample());
    Contract.roundTrips(mapper, raw, CompletionResponse.class);
    Contract.recognised(raw.value(), "dev.clientsmith.clients.cortecs", Set.of(), raw.bodyText());
    PRISM.countStaticResponse();
    assertThat(raw.value().choices()).isNotEmpty();
  }

  @Test
  void declaredErrorStatusBecomesItsException() {
    // 500 is the only error the document declares, without a body.
    assertThatThrownBy(() -> client.chat().completions().create(minimal(), Contract.status(500)))
        .isInstanceOfSatisfying(InternalServerException.class, e -> {
          assertThat(e.status()).isEqualTo(500);
          assertThat(e.body()).isEmpty();
        });
    PRISM.countErrorResponse();
  }

  @Test
  void missingApiKeyIsRejectedWith401() {
    try (CortecsClient anonymous = CortecsClient.builder().transport(PRISM.judge()).maxRetries(0).build()) {
      assertThatThrownBy(() -> PRISM.judge().expectingViolation("security:",
          () -> anonymous.chat().completions().create(minimal())))
          .isInstanceOfSatisfying(AuthenticationException.class, e -> assertThat(e.status()).isEqualTo(401));
    }
    PRISM.countErrorResponse();
  }
}
