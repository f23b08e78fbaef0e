package dev.clientsmith.generator.normalize;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;

/**
 * A tuple ({@code prefixItems: [A, B]} in 3.1, {@code items: [A, B]} in older JSON Schema) has no
 * OpenAPI 3.0 form: an array's {@code items} is one schema. The items become the union of the
 * positions' schemas (one schema when they are all alike), with what {@code items} said of the
 * elements past the tuple; {@code minItems}/{@code maxItems} keep the length.
 */
public final class PrefixItemsPass implements Pass {
  @Override
  public String id() {
    return "prefix-items";
  }

  @Override
  public String description() {
    return "Turns a tuple (prefixItems, or an items list) into items that accept any of its positions' schemas.";
  }

  @Override
  public void apply(PassContext ctx) {
    RawSchemas.forEach(ctx.document(), (schema, ptr) -> {
      JsonNode prefix = schema.get("prefixItems");
      JsonNode items = schema.get("items");
      JsonNode tuple = prefix != null && prefix.isArray() ? prefix : items != null && items.isArray() ? items : null;
      if (tuple == null) {
        return;
      }
      JsonNode before = schema.deepCopy();
      List<JsonNode> members = new ArrayList<>();
      List<JsonNode> shapes = new ArrayList<>();
      List<JsonNode> positions = new ArrayList<>();
      tuple.forEach(positions::add);
      if (tuple == prefix && items != null && items.isObject()) {
        positions.add(items);
      }
      for (JsonNode m : positions) {
        JsonNode shape = Json.structure(m);
        if (!shapes.contains(shape)) {
          shapes.add(shape);
          members.add(m);
        }
      }
      schema.remove("prefixItems");
      if (members.size() == 1) {
        schema.set("items", members.get(0));
      } else {
        ObjectNode union = Json.NODES.objectNode();
        ArrayNode oneOf = union.putArray(members.isEmpty() ? "allOf" : "anyOf");
        members.forEach(oneOf::add);
        schema.set("items", members.isEmpty() ? Json.NODES.objectNode() : union);
      }
      if (!schema.has("type")) {
        schema.put("type", "array");
      }
      ctx.record(ptr + (tuple == prefix ? "/prefixItems" : "/items"), before, schema,
          "OpenAPI 3.0 has no tuples: each element may be any of the positions' schemas");
    });
  }
}
