package dev.clientsmith.clienttests.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.clientsmith.clients.jylo.JyloClient;
import dev.clientsmith.clients.jylo.model.ChatCompletionRequest;
import dev.clientsmith.clients.jylo.model.ChatCompletionResponse;
import dev.clientsmith.clients.jylo.model.Message;
import dev.clientsmith.clients.jylo.model.ProblemDetails;
import dev.clientsmith.clients.jylo.model.ResponseFormat;
import dev.clientsmith.runtime.RawResponse;
import dev.clientsmith.runtime.RequestOptions;
import dev.clientsmith.runtime.errors.ApiStatusException;
import dev.clientsmith.runtime.errors.AuthenticationException;
import dev.clientsmith.runtime.errors.BadRequestException;
import dev.clientsmith.runtime.errors.InternalServerException;
import dev.clientsmith.runtime.errors.NotFoundException;
import dev.clientsmith.runtime.errors.PaymentRequiredException;
import dev.clientsmith.runtime.errors.PermissionDeniedException;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Jylo's generated client against Prism and the request validator, both reading Jylo's original
 * document ({@code specs/jylo.md}): {@code POST /inference/completions/{modelIdentifier}} with a
 * UUID path parameter, on the server {@code https://api.{tenant}.{region}.jylo.ai}. Every schema of
 * the document says {@code additionalProperties: false}, and Prism checks this document's request
 * bodies (its check works here: no typeless {@code nullable}).
 *
 * <p>The client keeps its real base URL, built from {@code tenant} and {@code region}
 * ({@code https://api.acme.us.jylo.ai/inference}); the judge checks host and path and forwards to
 * Prism, which serves the document's path {@code /inference/completions/{modelIdentifier}} at its
 * root (it ignores the server URL). The generated base URL ends in {@code /inference} because
 * normalisation moved that prefix out of the path, so base URL + {@code /completions/{id}} is the
 * document's server + path, byte for byte.
 */
class JyloContractTest {

  @RegisterExtension
  static final PrismHarness PRISM = new PrismHarness("jylo");

  private static final UUID MODEL = UUID.fromString("3f2b8c1e-4d5a-4e6f-8a9b-0c1d2e3f4a5b");
  private static JyloClient client;
  private static ObjectMapper mapper;

  @BeforeAll
  static void client() {
    client = JyloClient.builder().apiKey("test-key").tenant("acme").region(JyloClient.Region.US)
        .transport(PRISM.judge()).build();
    mapper = client.options().jsonMapper();
  }

  @AfterAll
  static void close() {
    client.close();
  }

  /** Only what the document requires: {@code messages}, each with {@code role} and {@code content}. */
  static ChatCompletionRequest minimal() {
    return ChatCompletionRequest.builder()
        .messages(List.of(Message.builder().role("user").content("Hello").build()))
        .build();
  }

  /** Every property with a value (the stream flag is not the builder's: see {@link Contract#streamFlag}). */
  static ChatCompletionRequest full() {
    return ChatCompletionRequest.builder()
        .messages(List.of(
            Message.builder().role("system").content("Answer in JSON.").build(),
            Message.builder().role("user").content("Hello").build()))
        .responseFormat(ResponseFormat.builder().type("json_schema").schema("{\"type\":\"object\"}").build())
        .maxTokens(256)
        .build();
  }

  /** Every nullable property as an explicit null (required + nullable ones included). */
  static List<ChatCompletionRequest> nulls() {
    return List.of(
        ChatCompletionRequest.builder().messages(null).maxTokens(null).build(),
        ChatCompletionRequest.builder()
            .messages(List.of(Message.builder().role(null).content(null).build()))
            .responseFormat(ResponseFormat.builder().type(null).schema(null).build())
            .build());
  }

  @Test
  void everyPropertyEnumValueAndNullIsSentAndValid() {
    SchemaCoverage coverage = PRISM.judge().startCoverage();
    assertThat(client.completions().create(MODEL, minimal())).isNotNull();
    assertThat(PRISM.judge().last().body()).isEqualTo(Contract.json("{\"messages\":[{\"role\":\"user\",\"content\":\"Hello\"}]}"));
    assertThat(client.completions().create(MODEL, full(), Contract.streamFlag(false))).isNotNull();
    for (ChatCompletionRequest request : nulls()) {
      assertThat(client.completions().create(MODEL, request)).isNotNull();
    }
    Contract.assertCovered(coverage);
    assertThat(PRISM.judge().violations()).isEmpty();
  }

  @Test
  void theBaseUrlComesFromTenantAndRegionAndThePathCarriesTheUuid() {
    client.completions().create(MODEL, minimal());
    RequestJudge.Judged last = PRISM.judge().last();
    assertThat(last.uri().toString())
        .isEqualTo("https://api.acme.us.jylo.ai/inference/completions/" + MODEL);
    assertThat(last.pathTemplate()).isEqualTo("/inference/completions/{modelIdentifier}");

    try (JyloClient defaults = JyloClient.builder().apiKey("test-key").transport(PRISM.judge()).build()) {
      defaults.completions().create(MODEL, minimal());
      assertThat(PRISM.judge().last().uri().toString())
          .isEqualTo("https://api.example.uk.jylo.ai/inference/completions/" + MODEL);
    }
    for (JyloClient.Region region : JyloClient.Region.values()) {
      try (JyloClient regional = JyloClient.builder().apiKey("test-key").region(region).transport(PRISM.judge()).build()) {
        regional.completions().create(MODEL, minimal());
        assertThat(PRISM.judge().last().uri().getHost()).isEqualTo("api.example." + region.value() + ".jylo.ai");
      }
    }
  }

  @Test
  void aBaseUrlOverrideEndingInInferencePointsTheClientAtPrism() {
    // No judge here: the client talks to Prism directly, as a user pointing it at a mock would.
    // Prism serves /inference/completions/{modelIdentifier}; the generated path is
    // /completions/{modelIdentifier}, so the base URL must keep the /inference prefix.
    String base = "http://127.0.0.1:" + PRISM.servers().get(0).port() + "/inference";
    try (JyloClient direct = JyloClient.builder().apiKey("test-key").baseUrl(base).build()) {
      assertThat(direct.completions().create(MODEL, full())).isNotNull();
    }
  }

  @Test
  void prismChecksTheUuidAndTheBodyOfThisDocument() throws IOException, InterruptedException {
    // What the typed client cannot send (a non-UUID), sent by hand: Prism rejects it.
    HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    int port = PRISM.servers().get(0).port();
    HttpResponse<String> notUuid = http.send(HttpRequest.newBuilder(
            URI.create("http://127.0.0.1:" + port + "/inference/completions/not-a-uuid"))
        .timeout(Duration.ofSeconds(30))
        .header("Authorization", "Bearer test-key").header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString("{\"messages\":[{\"role\":\"user\",\"content\":\"Hello\"}]}"))
        .build(), HttpResponse.BodyHandlers.ofString());
    // Prism answers with the document's 400 and lists what it found in its sl-violations header.
    assertThat(notUuid.statusCode()).as(notUuid.body()).isEqualTo(400);
    assertThat(notUuid.headers().firstValue("sl-violations")).hasValueSatisfying(v -> assertThat(v).contains("uuid"));

    // A stray property: Jylo's models offer no way to add one (additionalProperties: false), but
    // the per-request escape hatch can; the validator and Prism both reject it.
    RequestOptions stray = RequestOptions.builder().putExtraBodyProperty("temperature", 0.5).build();
    try (JyloClient noRetry = JyloClient.builder().apiKey("test-key").maxRetries(0).transport(PRISM.judge()).build()) {
      assertThatThrownBy(() -> PRISM.judge().expectingViolation("additionalProperties",
          () -> noRetry.completions().create(MODEL, minimal(), stray)))
          .isInstanceOfSatisfying(ApiStatusException.class, e -> {
            assertThat(e.status()).isEqualTo(400);
            assertThat(e.headers().first("sl-violations"))
                .hasValueSatisfying(v -> assertThat(v).contains("additional properties"));
          });
    }
  }

  @Test
  void randomResponsesAreReadAndRoundTrip() {
    Contract.randomResponses(PRISM, Contract.RANDOM_RESPONSES, seed -> {
      RawResponse<ChatCompletionResponse> raw = client.completions().withRawResponse()
          .create(MODEL, minimal(), Contract.seed(seed));
      Contract.roundTrips(mapper, raw, ChatCompletionResponse.class);
      Contract.recognised(raw.value(), "dev.clientsmith.clients.jylo", Set.of(), raw.bodyText());
      return raw;
    });
  }

  @Test
  void staticExampleIsReadAndRoundTrips() {
    RawResponse<ChatCompletionResponse> raw = client.completions().withRawResponse()
        .create(MODEL, minimal(), Contract.staticExample());
    Contract.roundTrips(mapper, raw, ChatCompletionResponse.class);
    Contract.recognised(raw.value(), "dev.clientsmith.clients.jylo", Set.of(), raw.bodyText());
    PRISM.countStaticResponse();
    assertThat(raw.value().choices()).isNotEmpty();
  }

  @Test
  void everyDeclaredErrorStatusBecomesItsExceptionWithTheParsedBody() {
    Map<Integer, Class<? extends ApiStatusException>> declared = Map.of(
        400, BadRequestException.class,
        401, AuthenticationException.class,
        402, PaymentRequiredException.class,
        403, PermissionDeniedException.class,
        404, NotFoundException.class);
    declared.forEach((status, type) -> {
      assertThatThrownBy(() -> client.completions().create(MODEL, minimal(), Contract.status(status)))
          .isInstanceOfSatisfying(type, e -> {
            assertThat(e.status()).isEqualTo(status);
            assertThat(e.body()).as("typed body of %s: %s", status, e.rawBody()).isPresent();
            assertThat(e.body(ProblemDetails.class)).isPresent();
          });
      PRISM.countErrorResponse();
    });
    // 500 is declared without a body.
    assertThatThrownBy(() -> client.completions().create(MODEL, minimal(), Contract.status(500)))
        .isInstanceOfSatisfying(InternalServerException.class, e -> assertThat(e.body()).isEmpty());
    PRISM.countErrorResponse();
  }

  @Test
  void missingApiKeyIsRejectedWith401() {
    try (JyloClient anonymous = JyloClient.builder().transport(PRISM.judge()).maxRetries(0).build()) {
      assertThatThrownBy(() -> PRISM.judge().expectingViolation("security:",
          () -> anonymous.completions().create(MODEL, minimal())))
          .isInstanceOfSatisfying(AuthenticationException.class, e -> {
            assertThat(e.status()).isEqualTo(401);
            assertThat(e.body(ProblemDetails.class)).isPresent();
          });
    }
    PRISM.countErrorResponse();
  }
}
