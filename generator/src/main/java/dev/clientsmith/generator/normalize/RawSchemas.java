package dev.clientsmith.generator.normalize;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Set;

/**
 * Visits every schema of a document as it was read, before Swagger Parser: OpenAPI 3.0 and 3.1
 * keywords alike ({@code prefixItems}, {@code $defs}, {@code if}/{@code then}...), wherever a
 * schema may be written (components, parameters, headers, bodies, responses, callbacks). The raw
 * passes use it because {@link SchemaWalker} knows only the 3.0 places a later stage needs.
 *
 * <p>A schema is visited before its subschemas, which are looked up after the visit: a visitor
 * may rewrite the keywords of the schema it is given (not its parent's).
 */
final class RawSchemas {
  /** Keywords whose value is one schema. */
  static final Set<String> ONE = Set.of("items", "additionalProperties", "not", "propertyNames", "contains", "if",
      "then", "else", "unevaluatedItems", "unevaluatedProperties", "additionalItems", "contentSchema");
  /** Keywords whose value is a list of schemas. */
  static final Set<String> LIST = Set.of("allOf", "anyOf", "oneOf", "prefixItems", "items");
  /** Keywords whose value maps names to schemas. */
  static final Set<String> MAP = Set.of("properties", "patternProperties", "$defs", "definitions", "dependentSchemas");
  /** Keys of OpenAPI objects whose value is data, never OpenAPI: not searched for schemas. */
  private static final Set<String> DATA = Set.of("example", "examples", "default", "enum", "value", "const");

  /** Receives a schema and its pointer. */
  @FunctionalInterface
  interface Visitor {
    void visit(ObjectNode schema, String pointer);
  }

  private RawSchemas() {}

  static void forEach(ObjectNode document, Visitor visitor) {
    for (String key : Json.fieldNames(document)) {
      JsonNode value = document.get(key);
      if (key.equals("components") && value.isObject()) {
        for (String kind : Json.fieldNames(value)) {
          JsonNode group = value.get(kind);
          if (kind.equals("schemas") && group.isObject()) {
            for (String name : Json.fieldNames(group)) {
              schema(group.get(name), Json.pointer("/components/schemas", name), visitor);
            }
          } else if (!kind.startsWith("x-")) {
            openApi(group, Json.pointer("/components", kind), visitor);
          }
        }
      } else if (!key.startsWith("x-")) {
        openApi(value, Json.pointer("", key), visitor);
      }
    }
  }

  /** An OpenAPI object (not a schema): its schemas are the values of {@code schema} members. */
  private static void openApi(JsonNode node, String pointer, Visitor visitor) {
    if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        openApi(node.get(i), pointer + "/" + i, visitor);
      }
      return;
    }
    for (String key : Json.fieldNames(node)) {
      JsonNode value = node.get(key);
      if (key.startsWith("x-") || DATA.contains(key)) {
        continue;
      }
      if (key.equals("schema")) {
        schema(value, Json.pointer(pointer, key), visitor);
      } else {
        openApi(value, Json.pointer(pointer, key), visitor);
      }
    }
  }

  static void schema(JsonNode node, String pointer, Visitor visitor) {
    if (!node.isObject()) {
      return;
    }
    ObjectNode schema = (ObjectNode) node;
    visitor.visit(schema, pointer);
    for (String key : List.copyOf(Json.fieldNames(schema))) {
      JsonNode value = schema.get(key);
      if (value == null) {
        continue;
      }
      String at = Json.pointer(pointer, key);
      if (ONE.contains(key) && value.isObject()) {
        schema(value, at, visitor);
      } else if (LIST.contains(key) && value.isArray()) {
        for (int i = 0; i < value.size(); i++) {
          schema(value.get(i), at + "/" + i, visitor);
        }
      } else if (MAP.contains(key) && value.isObject()) {
        for (String name : Json.fieldNames(value)) {
          schema(value.get(name), Json.pointer(at, name), visitor);
        }
      }
    }
  }
}
