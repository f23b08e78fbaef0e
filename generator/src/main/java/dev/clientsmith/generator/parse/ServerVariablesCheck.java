package dev.clientsmith.generator.parse;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.clientsmith.generator.diag.Diagnostic;
import dev.clientsmith.generator.source.JsonPointers;
import dev.clientsmith.generator.source.Locator;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A server variable without {@code default}, which OpenAPI 3.0 requires: the client has no URL to
 * call until the user picks a value, and the document does not say which one is meant. Swagger
 * Parser reports it under a dotted name that points nowhere ({@code variables.region.default}); this
 * check names the variable at its place and, when it has an {@code enum}, the values to choose from.
 */
final class ServerVariablesCheck {
  private ServerVariablesCheck() {}

  static List<Diagnostic> check(ObjectNode root, Locator locator) {
    List<Diagnostic> problems = new ArrayList<>();
    TreeWalker.walk(root, (pointer, object) -> {
      JsonNode variables = object.get("variables");
      if (!object.has("url") || variables == null || !variables.isObject()) {
        return;
      }
      for (Map.Entry<String, JsonNode> variable : variables.properties()) {
        if (!variable.getValue().isObject() || variable.getValue().has("default")) {
          continue;
        }
        String at = JsonPointers.child(JsonPointers.child(pointer, "variables"), variable.getKey());
        List<String> values = new ArrayList<>();
        variable.getValue().path("enum").forEach(v -> values.add("'" + v.asText() + "'"));
        String hint = values.isEmpty()
            ? "add 'default' with the value the URL has when the user sets none"
            : "add 'default' with one of its values (" + String.join(", ", values) + ")";
        problems.add(Diagnostic.error("parse.missing", locator.locate(at), JsonPointers.child(at, "default"),
            "server variable '" + variable.getKey() + "' has no 'default'; OpenAPI 3.0 requires one, the value used when the"
                + " user sets none", hint));
      }
    });
    return problems;
  }
}
