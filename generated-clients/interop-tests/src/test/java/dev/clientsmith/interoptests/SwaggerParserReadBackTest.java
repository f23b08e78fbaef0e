package dev.clientsmith.interoptests;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.clientsmith.interoptests.Documents.Page;
import io.swagger.parser.OpenAPIParser;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Swagger Parser reads every normalised document back with zero messages: each provider's (as
 * {@code normalize --provider} prints it) and each page's alone (as {@code normalize --spec}), with
 * and without resolving references, through the OpenAPI 3 parser and through the version-detecting
 * front door that OpenAPI Generator uses.
 */
class SwaggerParserReadBackTest {
  record Named(String name, JsonNode document) {
    @Override
    public String toString() {
      return name;
    }
  }

  static List<Named> normalisedDocuments() {
    List<Named> documents = new ArrayList<>();
    for (String provider : Documents.providerIds()) {
      documents.add(new Named("provider " + provider, Documents.normalised(provider)));
    }
    for (Page page : Documents.pages()) {
      documents.add(new Named("page " + page.id(), Documents.normalised(page)));
    }
    return documents;
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("normalisedDocuments")
  void readsBackWithZeroMessages(Named normalised) {
    String json = Documents.write(normalised.document());
    for (boolean resolve : new boolean[] {false, true}) {
      ParseOptions options = new ParseOptions();
      options.setResolve(resolve);
      SwaggerParseResult v3 = new OpenAPIV3Parser().readContents(json, null, options);
      assertThat(v3.getOpenAPI()).as("%s read by OpenAPIV3Parser (resolve=%s)", normalised, resolve).isNotNull();
      assertThat(Objects.requireNonNullElse(v3.getMessages(), List.<String>of()))
          .as("messages of OpenAPIV3Parser (resolve=%s) on %s", resolve, normalised).isEmpty();
      SwaggerParseResult any = new OpenAPIParser().readContents(json, null, options);
      assertThat(Objects.requireNonNullElse(any.getMessages(), List.<String>of()))
          .as("messages of OpenAPIParser (resolve=%s) on %s", resolve, normalised).isEmpty();
    }
  }

  /** The judge is not blind: a normalised document with its title taken away does get a message. */
  @Test
  void reportsAnIncompleteDocument() {
    ObjectNode broken = Documents.normalised("cortecs");
    broken.withObjectProperty("info").remove("title");
    SwaggerParseResult result = new OpenAPIV3Parser().readContents(Documents.write(broken), null, new ParseOptions());
    assertThat(result.getMessages()).as("Swagger Parser on a document without info.title")
        .anySatisfy(m -> assertThat(m).contains("info.title"));
  }
}
