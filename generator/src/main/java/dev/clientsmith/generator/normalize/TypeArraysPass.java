package dev.clientsmith.generator.normalize;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import java.util.ArrayList;
import java.util.List;

/**
 * OpenAPI 3.1 (JSON Schema) writes "string or null" as {@code type: [string, "null"]}; OpenAPI 3.0
 * allows one type and says null with {@code nullable: true}. One other type becomes that type,
 * nullable when {@code "null"} was listed; several become a {@code oneOf} of one member per type.
 */
public final class TypeArraysPass implements Pass {
  @Override
  public String id() {
    return "type-arrays";
  }

  @Override
  public String description() {
    return "Turns 3.1 type arrays into one 3.0 type plus nullable, or a oneOf of the types.";
  }

  @Override
  public void apply(PassContext ctx) {
    RawSchemas.forEach(ctx.document(), (schema, ptr) -> {
      JsonNode type = schema.get("type");
      if (type == null || !type.isArray()) {
        return;
      }
      JsonNode before = type.deepCopy();
      List<String> types = new ArrayList<>();
      boolean nullable = false;
      for (JsonNode t : type) {
        if (t.asText().equals("null")) {
          nullable = true;
        } else if (!types.contains(t.asText())) {
          types.add(t.asText());
        }
      }
      String reason;
      if (types.size() == 1) {
        schema.put("type", types.get(0));
        reason = "OpenAPI 3.0 has one type per schema" + (nullable ? " and says null with nullable" : "");
      } else {
        schema.remove("type");
        ArrayNode members = Json.NODES.arrayNode();
        types.forEach(t -> members.addObject().put("type", t));
        if (types.isEmpty()) {
          schema.set("enum", Json.NODES.arrayNode().addNull());
        } else {
          schema.set(schema.has("oneOf") ? "anyOf" : "oneOf", members);
        }
        reason = types.isEmpty()
            ? "a schema whose only type is null: nullable, with null its only value"
            : "several types: a union of one schema per type";
      }
      if (nullable) {
        schema.put("nullable", true);
      }
      ctx.record(ptr + "/type", before, schema, reason);
    });
  }
}
