package dev.clientsmith.generator.normalize;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;

/**
 * Removes the {@code {type: "null"}} member of an {@code anyOf}/{@code oneOf} (the way 3.1 documents
 * and Pydantic write "X or null") and marks the union {@code nullable}. OpenAPI 3.0 has no null
 * type. A union left with one member is then the nullable wrapper {@link NullableWrappersPass}
 * unwraps.
 */
public final class NullMembersPass implements Pass {
  @Override
  public String id() {
    return "null-members";
  }

  @Override
  public String description() {
    return "Replaces a {type: null} member of anyOf/oneOf by nullable: true on the union.";
  }

  @Override
  public void apply(PassContext ctx) {
    RawSchemas.forEach(ctx.document(), (schema, ptr) -> {
      for (String keyword : new String[] {"anyOf", "oneOf"}) {
        JsonNode members = schema.get(keyword);
        if (members == null || !members.isArray()) {
          continue;
        }
        ArrayNode kept = Json.NODES.arrayNode();
        for (JsonNode m : members) {
          if (!isNull(m)) {
            kept.add(m);
          }
        }
        if (kept.size() == members.size()) {
          continue;
        }
        JsonNode before = members.deepCopy();
        if (kept.isEmpty()) {
          schema.remove(keyword);
          schema.set("enum", Json.NODES.arrayNode().addNull());
        } else {
          schema.set(keyword, kept);
        }
        schema.put("nullable", true);
        ctx.record(ptr + "/" + keyword, before, schema,
            "OpenAPI 3.0 has no null type: the union is nullable instead");
      }
    });
  }

  /** A member whose type is null accepts only null, whatever constraints it adds. */
  private static boolean isNull(JsonNode member) {
    return member.isObject() && "null".equals(Json.text(member, "type"));
  }
}
