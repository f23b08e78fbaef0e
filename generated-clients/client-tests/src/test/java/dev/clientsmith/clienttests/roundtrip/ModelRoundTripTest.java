package dev.clientsmith.clienttests.roundtrip;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.junit.jupiter.api.DynamicContainer.dynamicContainer;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.clientsmith.runtime.json.ClientJson;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.TestFactory;

/**
 * Round-trips random, schema-valid JSON through every model class of every generated client:
 * JSON → {@code readValue} → {@code writeValueAsString} → {@code readValue} again. The two objects
 * must be equal with equal hash codes, the written JSON must be the input JSON (semantically:
 * members in any order, numbers by value), explicit {@code null}s and undeclared properties
 * included, and writing the second object must give the same text as writing the first.
 *
 * <p>Every model also binds with a mapper that is not ours: a plain
 * {@code new ObjectMapper().findAndRegisterModules()}, as a user's framework would configure one,
 * reads the same object and writes the same text. The models carry their mapping in annotations,
 * so nothing depends on {@link ClientJson}'s settings.
 *
 * <p>Deterministic: the seeds are derived from provider, schema and index. A failure names all
 * three and shows the JSON; {@code new SchemaSampler(provider.document(), OPTIONS).sample(schema, seed)}
 * reproduces the input.
 */
class ModelRoundTripTest {

  /** Random instances per model. */
  static final int SEEDS_PER_MODEL = 50;

  /**
   * Schema-valid, except that servers add fields everywhere: Jylo's document closes its objects
   * ({@code additionalProperties: false}) and its models keep undeclared properties all the same.
   */
  static final SchemaSampler.Options OPTIONS = SchemaSampler.Options.defaults().withExtrasOnClosedObjects(true);

  /**
   * Model classes per provider: every component schema but plain aliases. Streamed tool-call
   * fragments add two (the fragment and its function) where a delta has tool calls; Interactive AI's
   * text chunk adds its chunk and choice.
   */
  private static final Map<Provider, Integer> EXPECTED_MODELS = new EnumMap<>(Map.of(
      Provider.JYLO, 10,
      Provider.CORTECS, 12,
      Provider.INTERACTIVE_AI, 94,
      Provider.OXEN, 6));

  private static final ObjectMapper MAPPER = ClientJson.mapper();
  /** A mapper as a user's framework would give it: Jackson's defaults plus the modules on the class path. */
  private static final ObjectMapper PLAIN = new ObjectMapper().findAndRegisterModules();
  private static final Map<Provider, AtomicLong> MODELS_COVERED = counters();
  private static final Map<Provider, AtomicLong> ROUND_TRIPS = counters();
  private static final Map<Provider, AtomicLong> FAILED_ROUND_TRIPS = counters();

  @TestFactory
  Stream<DynamicNode> everyModelOfEveryProvider() {
    return Arrays.stream(Provider.values()).map(provider -> {
      List<ModelCatalog.Model> models = ModelCatalog.models(provider);
      SchemaSampler sampler = new SchemaSampler(provider.document(), OPTIONS);
      Stream<DynamicNode> coverage = Stream.of(dynamicTest("covers " + EXPECTED_MODELS.get(provider) + " model classes",
          () -> {
            assertThat(models).as("%s: component schemas with a model class", provider)
                .hasSize(EXPECTED_MODELS.get(provider));
            for (ModelCatalog.Model model : models) {
              assertThatCode(model::load).as("%s %s: class %s", provider, model.schemaName(), model.className())
                  .doesNotThrowAnyException();
            }
          }));
      Stream<DynamicNode> roundTrips = models.stream().map(model -> dynamicTest(
          model.schemaName() + " -> " + model.simpleClassName(), () -> roundTrips(sampler, model)));
      return dynamicContainer(provider.id(), Stream.concat(coverage, roundTrips));
    });
  }

  @AfterAll
  static void printSummary() {
    for (Provider provider : Provider.values()) {
      long failed = FAILED_ROUND_TRIPS.get(provider).get();
      System.out.printf("%s: %d models, %d round trips%s%n", provider.id(),
          MODELS_COVERED.get(provider).get(), ROUND_TRIPS.get(provider).get(),
          failed == 0 ? "" : " (" + failed + " failed)");
    }
  }

  /** The seed of round trip {@code index} of a schema: stable across runs, JVMs and machines. */
  static long seed(Provider provider, String schemaName, int index) {
    long base = (provider.id() + "/" + schemaName).hashCode();
    return base * 1_000_003L + index;
  }

  /**
   * Runs all seeds of one model, so that a failure reports how many round trips fail and not only
   * the first; the first failure's message (provider, schema, seed, JSON) is the test's message.
   */
  private static void roundTrips(SchemaSampler sampler, ModelCatalog.Model model) throws Exception {
    MODELS_COVERED.get(model.provider()).incrementAndGet();
    Class<?> type;
    try {
      type = model.load();
    } catch (ClassNotFoundException e) {
      throw new AssertionError(model.provider() + " " + model.schemaName() + ": no model class " + model.className(), e);
    }
    List<AssertionError> failures = new ArrayList<>();
    for (int i = 0; i < SEEDS_PER_MODEL; i++) {
      long seed = seed(model.provider(), model.schemaName(), i);
      try {
        roundTrip(model, type, seed, sampler.sample(model.schemaName(), seed));
        ROUND_TRIPS.get(model.provider()).incrementAndGet();
      } catch (AssertionError failure) {
        failures.add(failure);
      }
    }
    if (!failures.isEmpty()) {
      FAILED_ROUND_TRIPS.get(model.provider()).addAndGet(failures.size());
      AssertionError error = new AssertionError(failures.size() + " of " + SEEDS_PER_MODEL
          + " round trips failed; the first:\n" + failures.get(0).getMessage());
      failures.stream().limit(5).forEach(error::addSuppressed);
      throw error;
    }
  }

  private static void roundTrip(ModelCatalog.Model model, Class<?> type, long seed, JsonNode input)
      throws JsonProcessingException {
    String json = MAPPER.writeValueAsString(input);
    String context = model.provider() + " " + model.schemaName() + " (" + model.simpleClassName()
        + ") seed " + seed + "\n  input:   " + json;
    Object first = read(json, type, context + "\n  (reading the input)");
    String written = MAPPER.writeValueAsString(first);
    String withOutput = context + "\n  written: " + written;
    Object second = read(written, type, withOutput + "\n  (reading the written JSON)");

    assertThat(second).as("%s\n  the object read back equals the first", withOutput).isEqualTo(first);
    assertThat(Objects.hashCode(second)).as("%s\n  hashCode of the object read back", withOutput)
        .isEqualTo(Objects.hashCode(first));
    Optional<String> difference = JsonTrees.firstDifference(input, MAPPER.readTree(written));
    assertThat(difference).as("%s\n  the written JSON is the input JSON", withOutput).isEmpty();
    assertThat(MAPPER.writeValueAsString(second)).as("%s\n  writing the object read back", withOutput)
        .isEqualTo(written);

    Object plain;
    try {
      plain = PLAIN.readValue(json, type);
    } catch (JsonProcessingException | RuntimeException e) {
      throw new AssertionError(withOutput + "\n  a plain ObjectMapper failed to read the input: " + e, e);
    }
    assertThat(plain).as("%s\n  a plain ObjectMapper reads the same object", withOutput).isEqualTo(first);
    assertThat(PLAIN.writeValueAsString(first)).as("%s\n  a plain ObjectMapper writes the same text", withOutput)
        .isEqualTo(written);
  }

  private static Object read(String json, Class<?> type, String context) {
    try {
      return MAPPER.readValue(json, type);
    } catch (JsonProcessingException | RuntimeException e) {
      throw new AssertionError(context + "\n  failed: " + e, e);
    }
  }

  private static Map<Provider, AtomicLong> counters() {
    Map<Provider, AtomicLong> counters = new EnumMap<>(Provider.class);
    for (Provider provider : Provider.values()) {
      counters.put(provider, new AtomicLong());
    }
    return counters;
  }
}
