package dev.clientsmith.generator.parse;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.clientsmith.generator.diag.Diagnostic;
import dev.clientsmith.generator.source.JsonPointers;
import dev.clientsmith.generator.source.Locator;
import java.util.ArrayList;
import java.util.List;

/**
 * A parameter {@code in: body} or {@code in: formData}: Swagger 2.0's way of giving an operation's
 * body, left in an OpenAPI 3.0 document (often beside a {@code requestBody}, so the operation would
 * have two bodies). Not repaired: when both are there, which one the server reads is not written
 * anywhere. Swagger Parser's message names the list of values only; this one says what to write.
 */
final class BodyParameterCheck {
  private BodyParameterCheck() {}

  static List<Diagnostic> check(ObjectNode root, Locator locator) {
    List<Diagnostic> problems = new ArrayList<>();
    TreeWalker.walk(root, (pointer, object) -> {
      JsonNode in = object.get("in");
      String parent = JsonPointers.parent(pointer);
      if (in == null || parent == null || !parent.endsWith("/parameters")
          || !(in.asText().equals("body") || in.asText().equals("formData"))) {
        return;
      }
      String at = JsonPointers.child(pointer, "in");
      String operation = JsonPointers.parent(parent);
      JsonNode owner = JsonPointers.resolve(root, operation);
      boolean alsoRequestBody = owner != null && owner.has("requestBody");
      problems.add(Diagnostic.error("parse.invalid", locator.locate(at), at,
          "parameter '" + object.path("name").asText() + "' is 'in: " + in.asText() + "', which is Swagger 2.0; in OpenAPI 3.0"
              + " an operation's body is its 'requestBody'" + (alsoRequestBody ? ", and this operation has one too" : ""),
          alsoRequestBody ? "remove the parameter, keeping the body the server reads in 'requestBody'"
              : "move the parameter's schema to 'requestBody' (under content, by media type) and remove the parameter"));
    });
    return problems;
  }
}
