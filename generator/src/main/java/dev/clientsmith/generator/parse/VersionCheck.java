package dev.clientsmith.generator.parse;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.clientsmith.generator.diag.Diagnostic;
import dev.clientsmith.generator.source.Locator;
import dev.clientsmith.generator.source.SourceReader;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * OpenAPI 3.0.x and 3.1.x are read (Swagger Parser reads a 3.1 document with its 3.1 rules).
 * Checked before Swagger Parser runs: on a Swagger 2.0 document or an unknown version its messages
 * would be noise ("attribute openapi is missing").
 */
final class VersionCheck {
  private static final Pattern SUPPORTED = Pattern.compile("3\\.[01]\\.\\d+");

  private VersionCheck() {}

  static Optional<Diagnostic> check(ObjectNode tree, Locator locator) {
    JsonNode swagger = tree.get("swagger");
    if (swagger != null) {
      return Optional.of(Diagnostic.error("parse.not-openapi-3", locator.locate("/swagger"), "/swagger",
          "this is a Swagger " + swagger.asText() + " document; only OpenAPI 3.0.x and 3.1.x documents are read",
          "convert the document to OpenAPI 3.0 first (Swagger Editor and swagger2openapi can do it)"));
    }
    JsonNode openapi = tree.get("openapi");
    if (openapi == null) {
      return Optional.of(Diagnostic.error("parse.missing", locator.locate(""), "/openapi",
          "the document has no 'openapi' field, so its OpenAPI version is unknown",
          "add \"openapi\": \"3.0.3\" (or the 3.0.x version the document follows) at the top level"));
    }
    if (!openapi.isTextual()) {
      return Optional.of(Diagnostic.error("parse.wrong-type", locator.locate("/openapi"), "/openapi",
          "'openapi' must be a string such as \"3.0.3\", not " + SourceReader.describe(openapi),
          "quote the version: \"openapi\": \"3.0.3\""));
    }
    String version = openapi.asText();
    if (SUPPORTED.matcher(version).matches()) {
      return Optional.empty();
    }
    String message = version.startsWith("3.")
        ? "OpenAPI " + version + " is not supported; only OpenAPI 3.0.x and 3.1.x documents are read"
        : "'openapi' is \"" + version + "\", which is not an OpenAPI 3.0.x or 3.1.x version";
    String hint = "set 'openapi' to the version the document follows, e.g. \"3.0.3\" or \"3.1.0\"";
    return Optional.of(Diagnostic.error("parse.not-openapi-3", locator.locate("/openapi"), "/openapi", message, hint));
  }
}
