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
 * Schema keywords whose value is not what they hold: an empty {@code oneOf}, {@code anyOf} or
 * {@code allOf}; a member of one of them, a property, {@code items} or {@code not} that is not a
 * schema object; an {@code additionalProperties} that is neither a schema nor a boolean.
 *
 * <p>Swagger Parser lets several of these through (a string member of {@code oneOf}, a string
 * {@code additionalProperties}) and words the others about the wrong node ("'properties' must be an
 * object" for one property that is a string; "'items' is missing" for an {@code items} written as
 * a list), so they are found here, at the value itself. A string where a schema belongs is most often
 * a lost ':' or space ({@code - type :string}); left in, it reached the model stage, which expects
 * every schema to be an object.
 *
 * <p>An empty list has no obvious repair: read literally, an empty {@code oneOf} or {@code anyOf}
 * admits no value at all, while dropping it would admit every value, and either guess would turn
 * into a type the author did not write.
 */
final class SchemaShapeCheck {
  private static final List<String> COMPOSITIONS = List.of("oneOf", "anyOf", "allOf");
  private static final String HINT = "write a schema, e.g. {type: string}; in YAML, 'key: value' needs the ':'"
      + " right after the key and a space after it";

  private SchemaShapeCheck() {}

  static List<Diagnostic> check(ObjectNode root, Locator locator) {
    List<Diagnostic> problems = new ArrayList<>();
    TreeWalker.walk(root, (pointer, object) -> {
      for (String keyword : COMPOSITIONS) {
        JsonNode list = object.get(keyword);
        if (list == null || !list.isArray()) {
          continue; // not a list: Swagger Parser's wrong-type message says so
        }
        String at = JsonPointers.child(pointer, keyword);
        if (list.isEmpty()) {
          problems.add(Diagnostic.error("parse.invalid", locator.locate(at), at,
              "'" + keyword + "' is empty; it must list at least one schema",
              "list the schemas the value may be, or remove '" + keyword + "'"));
        }
        for (int i = 0; i < list.size(); i++) {
          notASchema(list.get(i), JsonPointers.child(at, i), "member " + i + " of '" + keyword + "'", locator, problems);
        }
      }
      JsonNode properties = object.get("properties");
      if (properties != null && properties.isObject()) {
        for (Map.Entry<String, JsonNode> p : properties.properties()) {
          notASchema(p.getValue(), JsonPointers.child(JsonPointers.child(pointer, "properties"), p.getKey()),
              "property '" + p.getKey() + "'", locator, problems);
        }
      }
      // Booleans are left to Swagger Parser: 'additionalProperties: false' is fine, and a 3.1
      // 'items: false' beside prefixItems is translated by a raw pass before this runs.
      for (String keyword : List.of("items", "not", "additionalProperties")) {
        JsonNode value = object.get(keyword);
        if (value != null && !value.isBoolean()) {
          notASchema(value, JsonPointers.child(pointer, keyword), "'" + keyword + "'", locator, problems);
        }
      }
    });
    return problems;
  }

  private static void notASchema(JsonNode value, String at, String what, Locator locator, List<Diagnostic> problems) {
    if (!value.isObject()) {
      problems.add(Diagnostic.error("parse.wrong-type", locator.locate(at), at,
          what + " must be a schema (an object), not " + kind(value), HINT));
    }
  }

  private static String kind(JsonNode value) {
    if (value.isTextual()) {
      return "the string '" + value.asText() + "'";
    }
    if (value.isArray()) {
      return "an array (a list of schemas is written under 'oneOf', 'anyOf' or 'allOf')";
    }
    return value.isNull() ? "null" : value.isBoolean() ? "a boolean" : "a number";
  }
}
