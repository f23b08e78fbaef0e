package dev.clientsmith.clienttests.roundtrip;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.clientsmith.runtime.json.ClientJson;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Predicate;
import java.util.stream.IntStream;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

/** The sampler the round-trip tests rely on: deterministic, schema-valid, and varied enough. */
class RoundTripSamplerTest {

  private static final ObjectMapper MAPPER = ClientJson.mapper();
  private static final int SEEDS = 400;

  private static final String DOCUMENT = """
      {
        "openapi": "3.0.3",
        "components": {
          "schemas": {
            "Thing": {
              "type": "object",
              "required": ["id", "kind", "count", "maybe"],
              "properties": {
                "id": {"type": "string", "format": "uuid"},
                "kind": {"type": "string", "enum": ["thing"]},
                "count": {"type": "integer", "format": "int32", "minimum": 1, "maximum": 5},
                "maybe": {"type": "string", "nullable": true},
                "ratio": {"type": "number", "format": "double"},
                "tags": {"type": "array", "items": {"type": "string"}},
                "scores": {"type": "object", "additionalProperties": {"type": "number"}},
                "child": {"$ref": "#/components/schemas/Thing"}
              }
            },
            "Closed": {
              "type": "object",
              "additionalProperties": false,
              "properties": {"a": {"type": "boolean"}}
            },
            "Open": {"type": "string", "x-extensible-enum": ["alpha", "beta"]},
            "Finish": {"type": "string", "nullable": true, "enum": ["stop", "length", null]},
            "Sort": {
              "oneOf": [
                {"type": "string", "enum": ["price"]},
                {"type": "string", "nullable": true, "enum": [null]}
              ]
            },
            "Holder": {"type": "object", "required": ["sort"], "properties": {"sort": {"$ref": "#/components/schemas/Sort"}}},
            "Cat": {"type": "object", "required": ["pet"], "properties": {"pet": {"type": "string"}, "meow": {"type": "boolean"}}},
            "Dog": {"type": "object", "required": ["pet"], "properties": {"pet": {"type": "string"}, "bark": {"type": "boolean"}}},
            "Pet": {
              "oneOf": [{"$ref": "#/components/schemas/Cat"}, {"$ref": "#/components/schemas/Dog"}],
              "discriminator": {"propertyName": "pet", "mapping": {"cat": "#/components/schemas/Cat"}}
            },
            "Loop": {"type": "object", "required": ["next"], "properties": {"next": {"$ref": "#/components/schemas/Loop"}}}
          }
        }
      }
      """;

  private final SchemaSampler sampler = new SchemaSampler(document(), SchemaSampler.Options.defaults());

  @Test
  void theSameSeedGivesTheSameJsonAndNeighbouringSeedsDiffer() {
    assertThat(sampler.sample("Thing", 7)).isEqualTo(sampler.sample("Thing", 7));
    Set<JsonNode> distinct = new HashSet<>();
    LongStream.range(0, 20).forEach(seed -> distinct.add(sampler.sample("Thing", seed)));
    assertThat(distinct).hasSizeGreaterThan(15);
  }

  @Test
  void requiredPropertiesAreAlwaysThereAndValid() {
    for (JsonNode thing : samples("Thing")) {
      assertThat(thing.has("id") && thing.has("kind") && thing.has("count") && thing.has("maybe")).as("%s", thing).isTrue();
      assertThat(UUID.fromString(thing.get("id").asText()).version()).as("%s", thing).isEqualTo(4);
      assertThat(thing.get("kind").asText()).isEqualTo("thing");
      assertThat(thing.get("count").isInt()).isTrue();
      assertThat(thing.get("count").asInt()).isBetween(1, 5);
      assertThat(thing.path("scores").isMissingNode() || allMatch(thing.get("scores"), JsonNode::isNumber))
          .as("%s", thing).isTrue();
      assertThat(thing.path("tags").size()).isBetween(0, 3);
    }
  }

  @Test
  void optionalPropertiesExtrasAndNullsAllOccur() {
    List<JsonNode> things = samples("Thing");
    assertThat(things).anyMatch(t -> t.has("ratio")).anyMatch(t -> !t.has("ratio"));
    assertThat(things).anyMatch(t -> t.get("maybe").isNull()).anyMatch(t -> t.get("maybe").isTextual());
    assertThat(things).as("undeclared properties").anyMatch(t -> names(t).stream().anyMatch(n -> !Set.of(
        "id", "kind", "count", "maybe", "ratio", "tags", "scores", "child").contains(n)));
    assertThat(things).as("recursion, bounded").anyMatch(t -> t.path("child").has("child"));
  }

  @Test
  void numbersIncludeExtremes() {
    Set<Double> ratios = new HashSet<>();
    samples("Thing").forEach(t -> {
      if (t.has("ratio")) {
        ratios.add(t.get("ratio").doubleValue());
      }
    });
    assertThat(ratios).contains(-1.79e308, 1e-300, 0.0);
  }

  @Test
  void closedObjectsGetNoExtrasUnlessAsked() {
    assertThat(samples("Closed")).allMatch(c -> names(c).stream().allMatch("a"::equals));
    SchemaSampler lenient = new SchemaSampler(document(),
        SchemaSampler.Options.defaults().withExtrasOnClosedObjects(true));
    assertThat(LongStream.range(0, SEEDS).mapToObj(seed -> lenient.sample("Closed", seed)))
        .anyMatch(c -> names(c).stream().anyMatch(n -> !n.equals("a")));
  }

  @Test
  void openEnumsGetListedAndUnlistedValues() {
    List<JsonNode> values = samples("Open");
    assertThat(values).allMatch(JsonNode::isTextual);
    assertThat(values).anyMatch(v -> v.asText().equals("alpha")).anyMatch(v -> v.asText().equals("beta"))
        .anyMatch(v -> !Set.of("alpha", "beta").contains(v.asText()));
  }

  @Test
  void aNullableRootIsNotNullButNestedNullOnlyMembersAre() {
    assertThat(samples("Finish")).allMatch(JsonNode::isTextual);
    List<JsonNode> holders = samples("Holder");
    assertThat(holders).anyMatch(h -> h.get("sort").isNull()).anyMatch(h -> h.get("sort").asText().equals("price"));
  }

  @Test
  void discriminatorCarriesTheMembersMappingKeyOrName() {
    List<JsonNode> pets = samples("Pet");
    assertThat(pets).allMatch(p -> p.has("meow") ? p.get("pet").asText().equals("cat")
        : !p.has("bark") || p.get("pet").asText().equals("Dog"));
    assertThat(pets).anyMatch(p -> p.get("pet").asText().equals("cat")).anyMatch(p -> p.get("pet").asText().equals("Dog"));
  }

  @Test
  void requiredPropertiesThatRecurseWithoutEndAreReported() {
    assertThatThrownBy(() -> sampler.sample("Loop", 1))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("recurse without end");
  }

  @Test
  void everyProvidersSamplesAreStableAcrossRuns() {
    for (Provider provider : Provider.values()) {
      SchemaSampler a = new SchemaSampler(provider.document(), ModelRoundTripTest.OPTIONS);
      SchemaSampler b = new SchemaSampler(provider.document(), ModelRoundTripTest.OPTIONS);
      for (String name : a.componentNames()) {
        IntStream.range(0, 5).forEach(i -> assertThat(a.sample(name, i)).as("%s %s %d", provider, name, i)
            .isEqualTo(b.sample(name, i)));
      }
    }
  }

  private List<JsonNode> samples(String name) {
    return LongStream.range(0, SEEDS).mapToObj(seed -> sampler.sample(name, seed)).toList();
  }

  private static JsonNode document() {
    try {
      return MAPPER.readTree(DOCUMENT);
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  private static Set<String> names(JsonNode object) {
    Set<String> names = new HashSet<>();
    object.fieldNames().forEachRemaining(names::add);
    return names;
  }

  private static boolean allMatch(JsonNode container, Predicate<JsonNode> test) {
    for (JsonNode element : container) {
      if (!test.test(element)) {
        return false;
      }
    }
    return true;
  }
}
