package dev.clientsmith.generator.normalize;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The OpenAPI 3.1 form of a normalised 3.0 document, for users who asked to keep their document's
 * version: {@code nullable} becomes a type array with {@code "null"} (or a {@code {type: "null"}}
 * member when the schema has no type), exclusive bounds become numbers, and the 3.1 members of
 * {@code info} that the 3.0 form had to drop ({@code summary}, {@code license.identifier}) are
 * restored. Everything else written by the passes is valid 3.1 as it is.
 */
public final class OpenApi31Form {
  static final String VERSION = "3.1.0";

  private OpenApi31Form() {}

  /** True when the document declares an OpenAPI 3.1 version. */
  public static boolean declares31(ObjectNode document) {
    JsonNode version = document.get("openapi");
    return version != null && version.isTextual() && version.asText().startsWith("3.1");
  }

  /**
   * A copy of the 3.0 {@code document} written as OpenAPI 3.1.
   *
   * @param originalInfo the {@code info} of the 3.1 document as read (before the passes), or null
   */
  public static ObjectNode of(ObjectNode document, JsonNode originalInfo) {
    ObjectNode copy = document.deepCopy();
    copy.put("openapi", VERSION);
    JsonNode info = copy.get("info");
    if (originalInfo != null && info instanceof ObjectNode written) {
      restore(originalInfo, written, "summary");
      JsonNode license = written.get("license");
      if (license instanceof ObjectNode writtenLicense) {
        // Swagger Parser's 3.1 rules want a license to say its identifier or url.
        restore(originalInfo.path("license"), writtenLicense, "identifier");
      }
    }
    RawSchemas.forEach(copy, (schema, ptr) -> {
      nullable(schema);
      bound(schema, "exclusiveMinimum", "minimum");
      bound(schema, "exclusiveMaximum", "maximum");
    });
    return copy;
  }

  private static void restore(JsonNode original, ObjectNode written, String key) {
    JsonNode value = original.get(key);
    if (value != null && !written.has(key)) {
      written.set(key, value);
    }
  }

  private static void nullable(ObjectNode schema) {
    JsonNode flag = schema.remove("nullable");
    if (flag == null || !flag.asBoolean()) {
      return;
    }
    JsonNode type = schema.get("type");
    if (type != null && type.isTextual()) {
      schema.set("type", Json.NODES.arrayNode().add(type.asText()).add("null"));
      JsonNode values = schema.get("enum");
      if (values != null && values.isArray() && !contains((ArrayNode) values)) {
        ((ArrayNode) values).addNull();
      }
      return;
    }
    for (String keyword : new String[] {"anyOf", "oneOf"}) {
      JsonNode members = schema.get(keyword);
      if (members != null && members.isArray()) {
        ((ArrayNode) members).addObject().put("type", "null");
        return;
      }
    }
    ObjectNode rest = schema.deepCopy();
    schema.removeAll();
    schema.putArray("anyOf").add(rest).addObject().put("type", "null");
  }

  private static boolean contains(ArrayNode values) {
    for (JsonNode v : values) {
      if (v.isNull()) {
        return true;
      }
    }
    return false;
  }

  private static void bound(ObjectNode schema, String exclusive, String inclusive) {
    JsonNode flag = schema.get(exclusive);
    if (flag == null || !flag.isBoolean()) {
      return;
    }
    if (flag.asBoolean() && schema.has(inclusive)) {
      schema.set(exclusive, schema.remove(inclusive));
    } else {
      schema.remove(exclusive);
    }
  }
}
