package dev.clientsmith.generator;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.clientsmith.generator.config.Overrides;
import dev.clientsmith.generator.diag.Diagnostic;
import dev.clientsmith.generator.diag.Location;
import dev.clientsmith.generator.parse.SpecParser;
import dev.clientsmith.generator.source.TestPaths;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A 3.1 document through the whole normalisation: its forms become 3.0 ones, its slips are
 * repaired with located warnings, and the result is a 3.0.3 document Swagger Parser reads cleanly
 * (or, when asked, a 3.1 document its 3.1 rules read cleanly).
 */
class OpenApi31Test {
  private static final Path DOCUMENT = Path.of("src/test/resources/openapi31/chat-3.1.yaml");

  @Test
  void a31DocumentBecomesAClean303Document() {
    NormalizeResult result = new Generator().normalizeSpecs(List.of(DOCUMENT), Overrides.NONE);
    ObjectNode doc = result.document();

    assertThat(doc.get("openapi").asText()).isEqualTo("3.0.3");
    assertThat(doc.has("webhooks")).isFalse();
    assertThat(doc.has("jsonSchemaDialect")).isFalse();
    assertThat(doc.get("info").has("summary")).isFalse();
    JsonNode schemas = doc.get("components").get("schemas");
    assertThat(schemas.at("/Model/properties/owned_by").toString()).isEqualTo("{\"type\":\"string\",\"nullable\":true}");
    assertThat(schemas.at("/Model/properties/object/enum").toString()).isEqualTo("[\"model\"]");
    JsonNode temperature = schemas.at("/ChatRequest/properties/temperature");
    assertThat(temperature.get("type").asText()).isEqualTo("number");
    assertThat(temperature.get("nullable").asBoolean()).isTrue();
    assertThat(temperature.get("minimum").asInt()).isZero();
    assertThat(temperature.get("exclusiveMinimum").asBoolean()).isTrue();
    assertThat(schemas.at("/ChatRequest/properties/model/example").asText()).isEqualTo("mistral-small-latest");
    assertThat(schemas.at("/ChatRequest/properties/stop/maxItems").asInt()).isEqualTo(4);
    assertThat(schemas.at("/ChatRequest/properties/n").has("default")).isFalse();
    assertThat(schemas.at("/ChatRequest/properties/logprobs").has("optional")).isFalse();
    // The alias is a copy of the anchored list.
    assertThat(schemas.at("/ChatResponseCopy/required")).isEqualTo(schemas.at("/ChatResponse/required"));
    assertThat(doc.at("/paths/~1models~1{model_id}/get/parameters/0/name").asText()).isEqualTo("model_id");
    // What other tools read: Swagger Parser, by its OpenAPI 3.0 rules, finds nothing to say.
    assertThat(SpecParser.check(doc, "normalised", p -> Location.ofFile("normalised"))).isEmpty();
  }

  /** Each repair is a warning at the exact node, in document order; translations of 3.1 forms are not. */
  @Test
  void repairsAreWarningsLocatedAtTheRepairedNode() {
    NormalizeResult result = new Generator().normalizeSpecs(List.of(DOCUMENT), Overrides.NONE);

    assertThat(result.warnings()).extracting(d -> d.location().line() + ":" + d.location().column() + " " + d.code())
        .containsExactly(
            "11:3 normalize.undeclared-path-parameter",
            "74:11 normalize.misspelt-keyword",
            "77:11 normalize.wrong-type-default",
            "80:11 normalize.unknown-keyword",
            "119:11 normalize.defs-ref",
            "124:11 normalize.misspelt-keyword");
    // The misspelling is in a definition hoisted into components, and still located where it is written.
    assertThat(result.warnings().get(5).pointer()).isEqualTo("/components/schemas/Granularity/min_length");
    assertThat(result.warnings()).allSatisfy(w -> assertThat(w.location().file()).endsWith("chat-3.1.yaml"));
    assertThat(result.warnings().get(1).render()).endsWith("warning[normalize.misspelt-keyword] 'max_items' is not a"
        + " schema keyword; read as 'maxItems'\n"
        + "  at: /components/schemas/ChatRequest/properties/stop/max_items\n"
        + "  hint: write 'maxItems'");
    assertThat(result.report().entries()).extracting(e -> e.pass())
        .contains("webhooks", "oas31-metadata", "const", "null-members", "type-arrays", "exclusive-bounds",
            "schema-examples", "openapi-version", "path-parameters", "keyword-spelling", "default-types",
            "unknown-keywords");
  }

  @Test
  void keepingTheVersionWritesThe31Form() {
    NormalizeResult result = new Generator().normalizeSpecs(List.of(DOCUMENT), Overrides.NONE, new NormalizeOptions(true));
    ObjectNode doc = result.document();

    assertThat(doc.get("openapi").asText()).isEqualTo("3.1.0");
    assertThat(doc.at("/info/license/identifier").asText()).isEqualTo("MIT");
    assertThat(doc.at("/info/summary").asText()).startsWith("A 3.1 document");
    JsonNode schemas = doc.get("components").get("schemas");
    assertThat(schemas.at("/Model/properties/owned_by").toString()).isEqualTo("{\"type\":[\"string\",\"null\"]}");
    JsonNode temperature = schemas.at("/ChatRequest/properties/temperature");
    assertThat(temperature.get("type").toString()).isEqualTo("[\"number\",\"null\"]");
    assertThat(temperature.get("exclusiveMinimum").asInt()).isZero();
    assertThat(temperature.has("minimum")).isFalse();
    // The 3.1 rules also refuse a reserved extension prefix the 3.0 rules let through: a warning, located.
    assertThat(result.warnings()).hasSize(7);
    assertThat(result.warnings().get(6).render()).startsWith("src/test/resources/openapi31/chat-3.1.yaml:127:7:"
        + " warning[normalize.reserved-extension] 'x-oai-beta' uses a prefix the OpenAPI Initiative reserves");
    assertThat(SpecParser.check(doc, "normalised", p -> Location.ofFile("normalised"))).extracting(Diagnostic::pointer)
        .containsExactly("/components/schemas/BetaTool/x-oai-beta");
  }

  /** A 3.0 document is 3.0.3 or whatever 3.0 version it declares, with or without the option. */
  @Test
  void keepingTheVersionLeavesA30DocumentAlone() {
    Path jylo = TestPaths.spec("jylo.md");
    NormalizeResult kept = new Generator().normalizeSpecs(List.of(jylo), Overrides.NONE, new NormalizeOptions(true));
    NormalizeResult plain = new Generator().normalizeSpecs(List.of(jylo), Overrides.NONE);

    assertThat(kept.document()).isEqualTo(plain.document());
    assertThat(kept.document().get("openapi").asText()).startsWith("3.0.");
    assertThat(plain.warnings()).extracting(Diagnostic::code).isEmpty();
  }
}
