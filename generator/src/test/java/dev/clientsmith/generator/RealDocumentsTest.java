package dev.clientsmith.generator;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.clientsmith.generator.diag.Location;
import dev.clientsmith.generator.normalize.Json;
import dev.clientsmith.generator.normalize.Names;
import dev.clientsmith.generator.normalize.Operations;
import dev.clientsmith.generator.parse.SpecParser;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The "done" criteria of normalisation, checked on the four real providers. */
class RealDocumentsTest {
  private static final Pattern BAD_NAME = Pattern.compile("^_.*|.*\\..*|^Schema\\d+$|.*Items\\d+$|.*Inner$");

  @ParameterizedTest
  @ValueSource(strings = {"jylo", "cortecs", "interactive-ai", "oxen"})
  void normalisedDocumentIsClean(String id) {
    assertClean(id, new Generator().normalize(Providers.provider(id)).document());
  }

  /** Each page alone ({@code normalize --spec}), without the merge that could hide a leftover. */
  @ParameterizedTest
  @ValueSource(strings = {"jylo.md", "cortecs.md", "interactive-ai-chat.md", "interactive-ai-completions.md", "oxen.md"})
  void eachPageNormalisedAloneIsClean(String page) {
    assertClean(page, new Generator().normalizeSpecs(java.util.List.of(Providers.root().resolve("specs").resolve(page)),
        dev.clientsmith.generator.config.Overrides.NONE).document());
  }

  private static void assertClean(String id, ObjectNode doc) {

    assertThat(SpecParser.check(doc, id, p -> Location.ofFile(id))).as("Swagger Parser reads it back").isEmpty();
    assertThat(Json.fieldNames(Json.schemas(doc))).as("schema names").noneMatch(n -> BAD_NAME.matcher(n).matches());
    assertThat(Json.fieldNames(Json.schemas(doc))).allMatch(Names::isJavaIdentifier);
    assertThat(Json.fieldNames(Json.schemas(doc))).as("generated-looking names left").noneMatch(Names::isMeaningless);
    List<String> problems = new ArrayList<>();
    Operations.forEach(doc, (op, ptr) -> {
      op.path("tags").forEach(t -> {
        if (!t.isTextual()) {
          problems.add(ptr + " has a non-string tag " + t);
        }
      });
      if (!Names.isJavaIdentifier(op.path("operationId").asText())) {
        problems.add(ptr + " operationId " + op.path("operationId"));
      }
    });
    Json.rewrite(doc, "", (node, ptr) -> {
      if (Json.isTrue(node, "nullable") && !node.has("type")) {
        problems.add(ptr + " has nullable without type");
      }
      // A listed null breaks Prism's schema compiler just the same (it adds null itself).
      node.path("enum").forEach(v -> {
        if (v.isNull()) {
          problems.add(ptr + " lists null in an enum");
        }
      });
      return null;
    });
    assertThat(problems).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"jylo", "cortecs", "interactive-ai", "oxen"})
  void outputIsDeterministic(String id) throws Exception {
    ObjectMapper mapper = new ObjectMapper();
    NormalizeResult first = new Generator().normalize(Providers.provider(id));
    NormalizeResult second = new Generator().normalize(Providers.provider(id));
    assertThat(mapper.writeValueAsString(second.document())).isEqualTo(mapper.writeValueAsString(first.document()));
    assertThat(second.report().toMarkdown("x")).isEqualTo(first.report().toMarkdown("x"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"jylo", "cortecs", "interactive-ai", "oxen"})
  void reportNamesNoMachinePath(String id) {
    NormalizeResult result = new Generator().normalize(Providers.provider(id));
    assertThat(result.report().entries()).isNotEmpty()
        .allSatisfy(e -> assertThat(e.document()).doesNotContain("/").endsWith(".md"));
  }

  static JsonNode schema(ObjectNode doc, String name) {
    return Json.schemas(doc).get(name);
  }
}
