package dev.clientsmith.generator.normalize;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * OpenAPI 3.1's {@code const: v} is, in OpenAPI 3.0, the single-value enum {@code enum: [v]}. The
 * value's type is written when the schema has none, since later passes and generators read an
 * enum's type from {@code type}.
 */
public final class ConstPass implements Pass {
  @Override
  public String id() {
    return "const";
  }

  @Override
  public String description() {
    return "Turns 3.1 const into a single-value enum, with the value's type when the schema has none.";
  }

  @Override
  public void apply(PassContext ctx) {
    RawSchemas.forEach(ctx.document(), (schema, ptr) -> {
      JsonNode value = schema.get("const");
      if (value == null) {
        return;
      }
      JsonNode before = schema.deepCopy();
      schema.remove("const");
      schema.set("enum", Json.NODES.arrayNode().add(value));
      String type = typeOf(value);
      if (!schema.has("type") && type != null) {
        schema.put("type", type);
      }
      if (value.isNull()) {
        // OpenAPI 3.0 admits null only where nullable says so.
        schema.put("nullable", true);
      }
      ctx.record(ptr + "/const", before, schema, "OpenAPI 3.0 has no const: a single-value enum says the same");
    });
  }

  /** The JSON Schema type of a value, or null for null (a nullable schema says that). */
  static String typeOf(JsonNode value) {
    switch (value.getNodeType()) {
      case STRING:
        return "string";
      case BOOLEAN:
        return "boolean";
      case NUMBER:
        return value.isIntegralNumber() ? "integer" : "number";
      case OBJECT:
        return "object";
      case ARRAY:
        return "array";
      default:
        return null;
    }
  }
}
