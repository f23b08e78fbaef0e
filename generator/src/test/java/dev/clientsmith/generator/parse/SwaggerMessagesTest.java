package dev.clientsmith.generator.parse;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.clientsmith.generator.diag.Diagnostic;
import dev.clientsmith.generator.diag.Location;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SwaggerMessagesTest {
  private static final ObjectNode TREE = tree();

  private static ObjectNode tree() {
    try {
      return (ObjectNode) new ObjectMapper().readTree("{\"openapi\":\"3.0.3\",\"info\":{\"title\":\"t\"},"
          + "\"servers\":[{\"url\":\"a\"},{\"url\":\"b\",\"zzz\":1}],"
          + "\"tags\":[{\"name\":\"a\"},{\"name\":\"a\"}],"
          + "\"paths\":{\"/x.y\":{\"post\":{\"tags\":\"t\",\"parameters\":[{\"$ref\":\"#/components/schemas/S\"}]}},\"z\":{}},"
          + "\"components\":{\"schemas\":{\"S\":{},\"A.B\":{\"properties\":{\"c\":{\"type\":\"string\"}}},\"A\":{}}}}");
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', textBlock = """
      attribute paths.'/x.y'(post).tags is not of type `array`   | parse.wrong-type       | /paths/~1x.y/post/tags
      attribute info.version is missing                          | parse.missing          | /info/version
      attribute .servers.zzz is unexpected                       | parse.unexpected       | /servers/1/zzz
      attribute components.schemas.A.B.properties.c.q is unexpected | parse.unexpected    | /components/schemas/A.B/properties/c
      attribute tags.a is repeated                               | parse.repeated         | /tags/1
      attribute x-oai-foo is reserved by The OpenAPI Initiative  | parse.reserved         | ''
      attribute .components.schemas.A.x-oai-beta is reserved by The OpenAPI Initiative (#/components/schemas/A) | parse.reserved | /components/schemas/A
      paths.'/x.y'(post).parameters.$ref target #/components/schemas/S is not of expected type Parameter/Header | parse.wrong-ref-target | /paths/~1x.y/post/parameters/0/$ref
      paths. Resource z should start with /                      | parse.invalid          | /paths/z
      attribute paths.'/x.y'(post).responses.200.content.'application/json'.schema.#/components/schemas/Nope is missing | parse.unresolved-ref | /paths/~1x.y/post
      """)
  void recognisedMessagesBecomeLocatedDiagnostics(String message, String code, String pointer) {
    Diagnostic d = translate(message);

    assertThat(d.code()).isEqualTo(code);
    assertThat(d.pointer()).isEqualTo(pointer);
    assertThat(d.message()).doesNotContain("attribute ").doesNotContain("`");
    assertThat(d.hint()).isNotBlank();
  }

  @Test
  void unknownMessagesStillGetOurShape() {
    Diagnostic d = translate("Something entirely new happened\nwith a second line");

    assertThat(d.render()).isEqualTo("doc.json: error[parse.other] Swagger Parser reports a problem it does not locate:"
        + " \"Something entirely new happened\"\n"
        + "  hint: check the document against the OpenAPI 3.0 specification");
  }

  @Test
  void dottedNamesPreferTheLongestExistingKey() {
    assertThat(SwaggerPath.resolve(TREE, "components.schemas.A.B.properties").pointer())
        .isEqualTo("/components/schemas/A.B/properties");
    assertThat(SwaggerPath.resolve(TREE, "components.schemas.A").pointer()).isEqualTo("/components/schemas/A");
    assertThat(SwaggerPath.resolve(TREE, "servers.url").pointer()).isEqualTo("/servers/0/url");
    assertThat(SwaggerPath.resolve(TREE, "components.nothing.here").rest()).containsExactly("nothing", "here");
  }

  private static Diagnostic translate(String message) {
    return new SwaggerMessages(TREE, "doc.json", p -> Location.ofFile("doc.json")).translate(message).diagnostic();
  }
}
