package dev.clientsmith.generator.parse;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.clientsmith.generator.diag.Diagnostic;
import dev.clientsmith.generator.source.JsonPointers;
import dev.clientsmith.generator.source.Locator;
import java.util.ArrayList;
import java.util.List;

/**
 * An empty {@code oneOf}, {@code anyOf} or {@code allOf}. JSON Schema requires each to list at least
 * one schema, and Swagger Parser lets the empty list through. It has no obvious repair: read
 * literally, an empty {@code oneOf} or {@code anyOf} admits no value at all, while dropping it would
 * admit every value, and either guess would turn into a type the author did not write.
 */
final class EmptyCompositionCheck {
  private static final List<String> KEYWORDS = List.of("oneOf", "anyOf", "allOf");

  private EmptyCompositionCheck() {}

  static List<Diagnostic> check(ObjectNode root, Locator locator) {
    List<Diagnostic> problems = new ArrayList<>();
    TreeWalker.walk(root, (pointer, object) -> {
      for (String keyword : KEYWORDS) {
        JsonNode list = object.get(keyword);
        if (list != null && list.isArray() && list.isEmpty()) {
          String at = JsonPointers.child(pointer, keyword);
          problems.add(Diagnostic.error("parse.invalid", locator.locate(at), at,
              "'" + keyword + "' is empty; it must list at least one schema",
              "list the schemas the value may be, or remove '" + keyword + "'"));
        }
      }
    });
    return problems;
  }
}
