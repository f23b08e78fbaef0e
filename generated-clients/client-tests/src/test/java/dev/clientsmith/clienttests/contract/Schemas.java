package dev.clientsmith.clienttests.contract;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Small helpers over the schemas of an original document: {@code $ref} resolution, walking a
 * schema pointer, and a structural "does this value fit this schema" test used to tell which
 * {@code oneOf} branch a sent value took (for coverage; validity is the validator's job).
 */
final class Schemas {

  private Schemas() {
  }

  /** Follows {@code $ref}s (local ones only, as in every document here) to the schema itself. */
  static JsonNode resolve(JsonNode document, JsonNode schema) {
    JsonNode current = schema;
    for (int hops = 0; hops < 32 && current.has("$ref"); hops++) {
      String ref = current.get("$ref").asText();
      if (!ref.startsWith("#")) {
        throw new IllegalArgumentException("only local $refs are expected, found " + ref);
      }
      current = document.at(ref.substring(1));
    }
    return current;
  }

  /** The component name a {@code $ref} points to, or null when {@code schema} is not a $ref. */
  static String refName(JsonNode schema) {
    if (!schema.has("$ref")) {
      return null;
    }
    String ref = schema.get("$ref").asText();
    return ref.substring(ref.lastIndexOf('/') + 1);
  }

  /**
   * The schema at {@code pointer} below {@code root}, resolving $refs on the way, as the validator
   * reports schema pointers (relative to the body schema, references inlined).
   */
  static JsonNode at(JsonNode document, JsonNode root, String pointer) {
    JsonNode current = resolve(document, root);
    if (pointer == null || pointer.isEmpty() || pointer.equals("/")) {
      return current;
    }
    for (String raw : pointer.substring(1).split("/", -1)) {
      String segment = raw.replace("~1", "/").replace("~0", "~");
      current = current.isArray() ? current.path(Integer.parseInt(segment)) : current.path(segment);
      if (current.isMissingNode()) {
        return MissingNode.getInstance();
      }
      current = resolve(document, current);
    }
    return current;
  }

  /** Whether the schema (after $refs) says {@code nullable: true}. */
  static boolean nullable(JsonNode document, JsonNode schema) {
    return resolve(document, schema).path("nullable").asBoolean(false);
  }

  /** The branches of a {@code oneOf} or {@code anyOf}, or an empty list. */
  static List<JsonNode> branches(JsonNode schema) {
    List<JsonNode> out = new ArrayList<>();
    schema.path("oneOf").forEach(out::add);
    schema.path("anyOf").forEach(out::add);
    return out;
  }

  /**
   * Whether {@code value} fits {@code schema} structurally: type, enum, required properties, the
   * declared properties present, array items, and one branch of a union. Formats, bounds and
   * undeclared properties are not looked at.
   */
  static boolean fits(JsonNode document, JsonNode schema, JsonNode value) {
    return fits(document, schema, value, false);
  }

  /**
   * As {@link #fits(JsonNode, JsonNode, JsonNode)}, and also no property that the schema does not
   * declare (unless it has {@code additionalProperties}), as the request validator is set up here.
   */
  static boolean fitsStrictly(JsonNode document, JsonNode schema, JsonNode value) {
    return fits(document, schema, value, true);
  }

  private static boolean fits(JsonNode document, JsonNode schema, JsonNode value, boolean strict) {
    JsonNode s = resolve(document, schema);
    if (value.isNull()) {
      return s.path("nullable").asBoolean(false) || "null".equals(s.path("type").asText());
    }
    if (s.has("enum")) {
      boolean found = false;
      for (JsonNode allowed : s.get("enum")) {
        found |= allowed.equals(value) || (allowed.isNumber() && value.isNumber()
            && allowed.decimalValue().compareTo(value.decimalValue()) == 0);
      }
      if (!found) {
        return false;
      }
    }
    List<JsonNode> branches = branches(s);
    if (!branches.isEmpty()) {
      boolean any = false;
      for (JsonNode branch : branches) {
        any |= fits(document, branch, value, strict);
      }
      if (!any) {
        return false;
      }
    }
    String type = s.path("type").asText("");
    switch (type) {
      case "string":
        return value.isTextual();
      case "integer":
        return value.isIntegralNumber() || (value.isNumber() && value.decimalValue().stripTrailingZeros().scale() <= 0);
      case "number":
        return value.isNumber();
      case "boolean":
        return value.isBoolean();
      case "array":
        if (!value.isArray()) {
          return false;
        }
        for (JsonNode item : value) {
          if (s.has("items") && !fits(document, s.get("items"), item, strict)) {
            return false;
          }
        }
        return true;
      case "object":
        return value.isObject() && objectFits(document, s, value, strict);
      default:
        return !value.isObject() || objectFits(document, s, value, strict);
    }
  }

  private static boolean objectFits(JsonNode document, JsonNode s, JsonNode value, boolean strict) {
    for (JsonNode name : s.path("required")) {
      if (!value.has(name.asText())) {
        return false;
      }
    }
    for (Map.Entry<String, JsonNode> field : value.properties()) {
      JsonNode declared = s.path("properties").path(field.getKey());
      if (declared.isMissingNode()) {
        JsonNode additional = s.path("additionalProperties");
        if (strict && !(additional.isObject() || additional.asBoolean(false))) {
          return false;
        }
        if (additional.isObject() && !fits(document, additional, field.getValue(), strict)) {
          return false;
        }
      } else if (!fits(document, declared, field.getValue(), strict)) {
        return false;
      }
    }
    return true;
  }
}
