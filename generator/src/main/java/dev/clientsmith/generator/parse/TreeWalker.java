package dev.clientsmith.generator.parse;

import com.fasterxml.jackson.databind.JsonNode;
import dev.clientsmith.generator.source.JsonPointers;
import java.util.Map;
import java.util.Set;

/**
 * Visits the objects of an OpenAPI tree that may hold a {@code $ref}, with their pointers. It knows
 * where member names are user-chosen (a property may be called {@code default} or even
 * {@code $ref}) and skips free-form values (examples, defaults, enums, extensions) whose content is
 * data, not OpenAPI.
 */
final class TreeWalker {
  /** Keys whose value is a map from user-chosen names to OpenAPI objects. */
  private static final Set<String> NAME_MAPS = Set.of(
      "properties", "patternProperties", "schemas", "responses", "parameters", "examples", "requestBodies",
      "headers", "securitySchemes", "links", "callbacks", "paths", "content", "encoding", "variables");
  /** Keys whose value is data, never OpenAPI objects. */
  private static final Set<String> DATA = Set.of("example", "default", "enum", "value", "mapping", "scopes");

  /** Receives each object that is an OpenAPI construct (not a name map, not data). */
  interface Visitor {
    void visit(String pointer, JsonNode object);
  }

  private TreeWalker() {}

  static void walk(JsonNode root, Visitor visitor) {
    walk(root, "", false, visitor);
  }

  private static void walk(JsonNode node, String pointer, boolean nameMap, Visitor visitor) {
    if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        walk(node.get(i), JsonPointers.child(pointer, i), false, visitor);
      }
      return;
    }
    if (!node.isObject()) {
      return;
    }
    if (!nameMap) {
      visitor.visit(pointer, node);
    }
    for (Map.Entry<String, JsonNode> member : node.properties()) {
      String key = member.getKey();
      if (!nameMap && (DATA.contains(key) || key.startsWith("x-"))) {
        continue;
      }
      boolean childIsNameMap = !nameMap && NAME_MAPS.contains(key) && member.getValue().isObject();
      walk(member.getValue(), JsonPointers.child(pointer, key), childIsNameMap, visitor);
    }
  }
}
