package dev.clientsmith.interoptests;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * What is left by hand for a user of OpenAPI Generator's Java {@code native} client once the document
 * is in its form ({@code normalize --for openapi-generator}, which steps around the tool's other
 * limits in the document itself), and what shows a limit of the plain document:
 *
 * <ul>
 *   <li>A union of scalars ({@code integer | boolean}, {@code number | string}) finds two matches for
 *       {@code 5} or {@code "2.5"} while Jackson's scalar coercion is on, as it is in the client's
 *       default {@code ObjectMapper}: a setting of the mapper, not of the document, so the user turns
 *       {@code MapperFeature.ALLOW_COERCION_OF_SCALARS} off.
 *   <li>The unions with an array member, each of which the plain document's client cannot compile.
 * </ul>
 */
final class Workarounds {
  private static final String PREFIX = "#/components/schemas/";

  private Workarounds() {}

  /** JSON pointers of every union that has an array member (inline or a reference to an array schema). */
  static List<String> unionsWithArrays(JsonNode document) {
    List<String> found = new ArrayList<>();
    walk(document, "", (union, pointer) -> {
      for (JsonNode member : union) {
        if (isArray(document, member)) {
          found.add(pointer);
          return;
        }
      }
    });
    return found;
  }

  /** The client's default {@code ObjectMapper}, with Jackson's scalar coercion off. */
  static void withoutScalarCoercion(ObjectMapper mapper) {
    mapper.setConfig(mapper.getDeserializationConfig().without(MapperFeature.ALLOW_COERCION_OF_SCALARS));
  }

  private interface UnionVisitor {
    void visit(ArrayNode members, String pointer);
  }

  private static void walk(JsonNode node, String pointer, UnionVisitor visitor) {
    if (node.isObject()) {
      for (String keyword : List.of("oneOf", "anyOf")) {
        if (node.get(keyword) instanceof ArrayNode members) {
          visitor.visit(members, pointer);
        }
      }
      for (Map.Entry<String, JsonNode> field : node.properties()) {
        walk(field.getValue(), pointer + "/" + field.getKey().replace("~", "~0").replace("/", "~1"), visitor);
      }
    } else if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        walk(node.get(i), pointer + "/" + i, visitor);
      }
    }
  }

  private static boolean isArray(JsonNode document, JsonNode schema) {
    return "array".equals(resolve(document, schema).path("type").asText());
  }

  /** The schema itself, or the component schema its {@code $ref} names (following chains). */
  private static JsonNode resolve(JsonNode document, JsonNode schema) {
    JsonNode current = schema;
    for (int depth = 0; depth < 10 && current.has("$ref"); depth++) {
      String ref = current.get("$ref").asText();
      if (!ref.startsWith(PREFIX)) {
        return current;
      }
      current = document.path("components").path("schemas").path(ref.substring(PREFIX.length()));
    }
    return current;
  }
}
