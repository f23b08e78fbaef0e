package dev.clientsmith.generator.normalize;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Removes every {@code nullable} that has no {@code type} beside it. OpenAPI 3.0 ignores such a
 * {@code nullable}, and some tools do worse: Prism's schema compiler fails on it and then silently
 * accepts any request body. Each occurrence is rewritten so the schema still admits null where the
 * author meant it to (see {@link Nullability}):
 *
 * <ul>
 *   <li>a union gets null on a typed member, or a null-only member;
 *   <li>an {@code enum} without {@code type} gets the type of its values;
 *   <li>beside a {@code $ref}, the reference becomes a nullable copy of its target marked
 *       {@code x-clientsmith-type};
 *   <li>a schema with no type at all already accepts any value, null included: the keyword goes.
 * </ul>
 */
public final class NullableWithoutTypePass implements Pass {
  @Override
  public String id() {
    return "nullable-without-type";
  }

  @Override
  public String description() {
    return "Rewrites every nullable that has no type beside it (ignored by OpenAPI 3.0, fatal to Prism's body check)"
        + " into a form that admits null.";
  }

  @Override
  public void apply(PassContext ctx) {
    ObjectNode doc = ctx.document();
    SchemaWalker.walk(doc, (schema, ptr, site) -> {
      if (!Json.isTrue(schema, "nullable") || schema.has("type")) {
        return;
      }
      JsonNode before = schema.deepCopy();
      String reason;
      String target = Json.refName(schema);
      if (target != null) {
        ObjectNode copy = ((ObjectNode) Json.resolve(doc, schema)).deepCopy();
        schema.remove("$ref");
        schema.remove("nullable");
        copy.setAll(schema);
        Nullability.makeNullable(doc, copy);
        copy.put(Renamer.SAME_TYPE_AS, target);
        schema.removeAll();
        schema.setAll(copy);
        reason = "nullable beside $ref is ignored; a nullable copy of " + target + " marked as the same type";
      } else if (schema.has("oneOf") || schema.has("anyOf")) {
        Nullability.makeNullable(doc, schema);
        reason = "a union admits null through a member that admits it";
      } else if (schema.has("enum")) {
        schema.put("type", typeOf(schema.get("enum")));
        Nullability.makeNullable(doc, schema);
        reason = "an enum's type is the type of its values";
      } else {
        schema.remove("nullable");
        reason = "a schema without a type accepts any value, null included";
      }
      ctx.record(ptr, before, schema, reason);
    });
  }

  private static String typeOf(JsonNode values) {
    for (JsonNode v : values) {
      if (v.isTextual()) {
        return "string";
      }
      if (v.isIntegralNumber()) {
        return "integer";
      }
      if (v.isNumber()) {
        return "number";
      }
      if (v.isBoolean()) {
        return "boolean";
      }
    }
    return "string";
  }
}
