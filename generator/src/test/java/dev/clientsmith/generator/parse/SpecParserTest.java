package dev.clientsmith.generator.parse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.clientsmith.generator.diag.Diagnostic;
import dev.clientsmith.generator.diag.DiagnosticException;
import dev.clientsmith.generator.diag.Location;
import dev.clientsmith.generator.source.SourceDocument;
import dev.clientsmith.generator.source.SourceReader;
import dev.clientsmith.generator.source.TestPaths;
import io.swagger.v3.oas.models.OpenAPI;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SpecParserTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @ParameterizedTest
  @ValueSource(strings = {"cortecs.md", "interactive-ai-chat.md", "jylo.md", "oxen.md"})
  void realDocumentsParseWithoutAnyMessage(String page) {
    SourceDocument doc = SourceReader.read(TestPaths.spec(page), page);

    assertThat(SpecParser.check(doc.tree(), doc.name(), doc.locator())).isEmpty();
    OpenAPI api = SpecParser.parse(doc);
    assertThat(api.getPaths()).isNotEmpty();
  }

  @Test
  void nestedTagsOfTheRealCompletionsDocumentAreReportedNotLost() {
    SourceDocument doc = SourceReader.read(TestPaths.spec("interactive-ai-completions.md"), "interactive-ai-completions.md");

    List<Diagnostic> diagnostics = SpecParser.check(doc.tree(), doc.name(), doc.locator());

    assertThat(diagnostics).singleElement().satisfies(d -> {
      assertThat(d.code()).isEqualTo("parse.wrong-type");
      assertThat(d.pointer()).isEqualTo("/paths/~1completions/post/tags/0");
      assertThat(d.location().line()).isEqualTo(8);
      assertThat(d.message()).isEqualTo("an operation's tags must be strings, but tag 0 is an array");
    });
  }

  @Test
  void flattenedNestedTagsParse() {
    SourceDocument doc = SourceReader.read(TestPaths.spec("interactive-ai-completions.md"), "interactive-ai-completions.md");
    ObjectNode post = (ObjectNode) doc.tree().at("/paths/~1completions/post");
    post.set("tags", post.get("tags").get(0));

    assertThat(SpecParser.parse(doc).getPaths().get("/completions").getPost().getTags()).containsExactly("subpackage_completions");
  }

  @Test
  void recursiveTypesThroughPropertiesAreNotCycles() {
    List<Diagnostic> diagnostics = check("{\"openapi\":\"3.0.3\",\"info\":{\"title\":\"t\",\"version\":\"1\"},\"paths\":{},"
        + "\"components\":{\"schemas\":{"
        + "\"Node\":{\"type\":\"object\",\"properties\":{\"children\":{\"type\":\"array\",\"items\":{\"$ref\":\"#/components/schemas/Node\"}}}},"
        + "\"Tree\":{\"allOf\":[{\"$ref\":\"#/components/schemas/Node\"}]},"
        + "\"A\":{\"type\":\"object\",\"properties\":{\"b\":{\"$ref\":\"#/components/schemas/B\"}}},"
        + "\"B\":{\"type\":\"object\",\"properties\":{\"a\":{\"$ref\":\"#/components/schemas/A\"}}}}}}");

    assertThat(diagnostics).isEmpty();
  }

  @Test
  void aliasCyclesAreFoundThroughRefsAndOneElementWrappers() {
    List<Diagnostic> diagnostics = check("{\"openapi\":\"3.0.3\",\"info\":{\"title\":\"t\",\"version\":\"1\"},\"paths\":{},"
        + "\"components\":{\"schemas\":{"
        + "\"Self\":{\"$ref\":\"#/components/schemas/Self\"},"
        + "\"C\":{\"oneOf\":[{\"$ref\":\"#/components/schemas/D\"}],\"nullable\":true},"
        + "\"D\":{\"anyOf\":[{\"$ref\":\"#/components/schemas/E\"}]},"
        + "\"E\":{\"$ref\":\"#/components/schemas/C\"},"
        + "\"IntoCycle\":{\"$ref\":\"#/components/schemas/C\"}}}}");

    assertThat(diagnostics).extracting(Diagnostic::code, Diagnostic::pointer, Diagnostic::message).containsExactly(
        org.assertj.core.groups.Tuple.tuple("parse.ref-cycle", "/components/schemas/Self/$ref",
            "$ref cycle: #/components/schemas/Self -> #/components/schemas/Self; no schema in it says what the value is"),
        org.assertj.core.groups.Tuple.tuple("parse.ref-cycle", "/components/schemas/C/oneOf/0/$ref",
            "$ref cycle: #/components/schemas/C -> #/components/schemas/D -> #/components/schemas/E -> #/components/schemas/C;"
                + " no schema in it says what the value is"));
  }

  @Test
  void everyBrokenLocalReferenceIsFoundEvenWhereSwaggerParserIsSilent() {
    List<Diagnostic> diagnostics = check("{\"openapi\":\"3.0.3\",\"info\":{\"title\":\"t\",\"version\":\"1\"},"
        + "\"paths\":{\"/x\":{\"get\":{\"responses\":{\"default\":{\"$ref\":\"#/components/responses/Nope\"}}}}},"
        + "\"components\":{\"schemas\":{"
        + "\"A\":{\"$ref\":\"#/definitions/A\"},"
        + "\"B\":{\"$ref\":\"#Anchor\"},"
        + "\"D\":{\"type\":\"object\",\"properties\":{\"$ref\":{\"type\":\"string\"},\"default\":{\"$ref\":\"#/components/schemas/Gone\"}}},"
        + "\"E\":{\"oneOf\":[{\"$ref\":\"#/components/schemas/A\"}],\"discriminator\":{\"propertyName\":\"t\",\"mapping\":{\"x\":\"Missing\"}}},"
        + "\"F\":{\"type\":\"object\",\"example\":{\"$ref\":\"not checked: example data\"}}}}}");

    assertThat(diagnostics).extracting(Diagnostic::code, Diagnostic::pointer).containsExactly(
        org.assertj.core.groups.Tuple.tuple("parse.unresolved-ref", "/paths/~1x/get/responses/default/$ref"),
        org.assertj.core.groups.Tuple.tuple("parse.unresolved-ref", "/components/schemas/A/$ref"),
        org.assertj.core.groups.Tuple.tuple("parse.unresolved-ref", "/components/schemas/B/$ref"),
        org.assertj.core.groups.Tuple.tuple("parse.unresolved-ref", "/components/schemas/D/properties/default/$ref"),
        org.assertj.core.groups.Tuple.tuple("parse.unresolved-ref", "/components/schemas/E/discriminator/mapping/x"));
  }

  @Test
  void swaggerParserMessagesAreTranslatedAndLocated() {
    List<Diagnostic> diagnostics = check("{\"openapi\":\"3.0.3\",\"info\":{\"title\":\"t\"},\"x-ok\":1,\"foo\":2,"
        + "\"servers\":[{\"url\":\"https://a\"},{\"url\":\"https://b\",\"extra\":1}],"
        + "\"paths\":{\"/x/{id}\":{\"get\":{\"parameters\":[{\"name\":\"id\",\"in\":\"path\",\"schema\":{\"type\":\"string\"}}],"
        + "\"responses\":{\"200\":{}}}}},"
        + "\"components\":{\"schemas\":{\"Jylo.Models.Message\":{\"type\":\"object\",\"required\":\"id\"}}}}");

    assertThat(diagnostics.stream().map(Diagnostic::render).collect(Collectors.joining("\n"))).isEqualTo(String.join("\n",
        "t.json:1:20: error[parse.missing] the required field 'version' is missing",
        "  at: /info/version",
        "  hint: add the API's 'version' (a string such as \"1.0.0\")",
        "t.json:1:50: error[parse.unexpected] unexpected field 'foo': OpenAPI 3.0 does not define it here",
        "  at: /foo",
        "  hint: remove it, or rename it 'x-foo' to keep it as an extension",
        "t.json:1:108: error[parse.unexpected] unexpected field 'extra': OpenAPI 3.0 does not define it here",
        "  at: /servers/1/extra",
        "  hint: remove it, or rename it 'x-extra' to keep it as an extension",
        "t.json:1:161: error[parse.invalid] path parameter 'id' must be declared with \"required\": true",
        "  at: /paths/~1x~1{id}/get/parameters/0",
        "  hint: add \"required\": true; a path parameter is always required",
        "t.json:1:228: error[parse.missing] the required field 'description' is missing",
        "  at: /paths/~1x~1{id}/get/responses/200/description",
        "  hint: add a 'description' (OpenAPI 3.0 requires it here, even if it is short)",
        "t.json:1:305: error[parse.wrong-type] 'required' must be an array, not a string",
        "  at: /components/schemas/Jylo.Models.Message/required",
        "  hint: change the value to an array as OpenAPI 3.0 defines it here"));
  }

  @Test
  void checkWorksOnTreesWithoutText() throws Exception {
    ObjectNode tree = (ObjectNode) JSON.readTree("{\"openapi\":\"3.0.3\",\"paths\":{}}");

    assertThat(SpecParser.check(tree, "normalised", p -> Location.ofFile("normalised")))
        .extracting(Diagnostic::render)
        .containsExactly("normalised: error[parse.missing] the required field 'info' is missing\n"
            + "  at: /info\n"
            + "  hint: add an 'info' object with the API's 'title' and 'version'");
  }

  @Test
  void parseThrowsEveryProblem() throws Exception {
    ObjectNode tree = (ObjectNode) JSON.readTree("{\"openapi\":\"3.0.3\",\"paths\":[],\"components\":{\"schemas\":{\"A\":{\"$ref\":\"#/x\"}}}}");
    SourceDocument doc = new SourceDocument("d.json", SourceDocument.Format.JSON, tree, p -> Location.ofFile("d.json"));

    assertThatThrownBy(() -> SpecParser.parse(doc))
        .isInstanceOfSatisfying(DiagnosticException.class, e -> assertThat(e.diagnostics())
            .extracting(Diagnostic::code)
            .containsExactlyInAnyOrder("parse.missing", "parse.wrong-type", "parse.unresolved-ref"));
  }

  @Test
  void versionsOtherThan30And31AreRefusedBeforeSwaggerParserRuns() throws Exception {
    assertThat(check("{\"openapi\":\"2.5\",\"info\":{}}")).extracting(Diagnostic::message)
        .containsExactly("'openapi' is \"2.5\", which is not an OpenAPI 3.0.x or 3.1.x version");
    assertThat(check("{\"openapi\":\"3.2.0\",\"info\":{}}")).extracting(Diagnostic::message)
        .containsExactly("OpenAPI 3.2.0 is not supported; only OpenAPI 3.0.x and 3.1.x documents are read");
    assertThat(check("{\"openapi\":3.0}")).extracting(Diagnostic::code).containsExactly("parse.wrong-type");
    assertThat(check("{\"info\":{}}")).extracting(Diagnostic::code, Diagnostic::pointer)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("parse.missing", "/openapi"));
  }

  /** A 3.1 document is read by Swagger Parser's 3.1 rules: its type arrays and const are fine there. */
  @Test
  void openApi31IsReadWithItsOwnRules() {
    String schemas = "\"components\":{\"schemas\":{\"A\":{\"type\":[\"string\",\"null\"],\"const\":\"a\"}}}";
    assertThat(check("{\"openapi\":\"3.1.0\",\"info\":{\"title\":\"t\",\"version\":\"1\"},\"paths\":{}," + schemas + "}"))
        .isEmpty();
    assertThat(check("{\"openapi\":\"3.0.3\",\"info\":{\"title\":\"t\",\"version\":\"1\"},\"paths\":{}," + schemas + "}"))
        .isNotEmpty();
  }

  /**
   * {@code required: true} on a property is refused at the flag itself, naming the object whose list
   * to use; Swagger Parser's "'required' must be an array, not an array" at the owner is not shown.
   */
  @Test
  void requiredFlagOnAPropertyIsRefusedWhereItIsWritten() {
    String json = "{\"openapi\":\"3.0.3\",\"info\":{\"title\":\"t\",\"version\":\"1\"},\"paths\":{},\n"
        + "\"components\":{\"schemas\":{\"Function\":{\"type\":\"object\",\"required\":[\"name\"],\n"
        + "\"properties\":{\"name\":{\"type\":\"string\",\n\"required\":true}}}}}}";
    assertThat(check(json)).extracting(Diagnostic::render).containsExactly(
        "t.json:4:1: error[parse.required-flag] property 'name' says 'required: true', but in OpenAPI 3.0 'required' is"
            + " the list of required property names of the object that holds the property\n"
            + "  at: /components/schemas/Function/properties/name/required\n"
            + "  hint: remove it: 'name' is already in the 'required' list of the object at /components/schemas/Function");
    String unlisted = json.replace("\"required\":[\"name\"],", "");
    assertThat(check(unlisted)).extracting(Diagnostic::hint).containsExactly(
        "remove it and add 'name' to the 'required' list of the object at /components/schemas/Function");
  }

  /**
   * Swagger Parser names problems deep in a schema by the component only; each is located at its own
   * member, so two unexpected members of one component are two diagnostics, not one merged repeat.
   */
  @Test
  void problemsInsidePropertiesAreLocatedAtTheirMember() {
    String json = "{\"openapi\":\"3.0.3\",\"info\":{\"title\":\"t\",\"version\":\"1\"},\"paths\":{},\n"
        + "\"components\":{\"schemas\":{\"A\":{\"type\":\"object\",\"properties\":{\n"
        + "\"p\":{\"type\":\"object\",\"properties\":{\"q\":{\"type\":\"string\",\n\"default\":[\"a\"],\n\"min_items\":2}}},\n"
        + "\"r\":{\"type\":\"array\",\"items\":{\"type\":\"string\",\n\"optional\":true}}}}}}}";

    assertThat(check(json)).extracting(d -> d.location().line() + " " + d.code() + " " + d.pointer()).containsExactly(
        "4 parse.wrong-type /components/schemas/A/properties/p/properties/q/default",
        "5 parse.unexpected /components/schemas/A/properties/p/properties/q/min_items",
        "7 parse.unexpected /components/schemas/A/properties/r/items/optional");
  }

  private static List<Diagnostic> check(String json) {
    try {
      ObjectNode tree = (ObjectNode) JSON.readTree(json);
      // Locations from a real reader, so that the rendered form is exercised too.
      java.nio.file.Path file = java.nio.file.Files.createTempFile("spec", ".json");
      try {
        java.nio.file.Files.writeString(file, json);
        SourceDocument doc = SourceReader.read(file, "t.json");
        assertThat(doc.tree()).isEqualTo(tree);
        return SpecParser.check(doc.tree(), doc.name(), doc.locator());
      } finally {
        java.nio.file.Files.delete(file);
      }
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
