package dev.clientsmith.generator.normalize;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * How a schema is made to admit {@code null} in OpenAPI 3.0 so that the tools that judge our output
 * all read it the same way. {@code nullable: true} only works beside a {@code type}, so:
 *
 * <ul>
 *   <li>a typed schema gets {@code nullable: true}. An {@code enum} does <em>not</em> get {@code null}
 *       added to its values: Prism appends it itself, and a listed {@code null} makes its schema
 *       compiler fail and silently switch the request check off (measured); the request validator
 *       accepts null either way.
 *   <li>a union ({@code oneOf}/{@code anyOf}) gets {@code nullable} on its first inline typed member;
 *       if every member is a reference, the first one whose target has a type is replaced by a
 *       nullable copy of it marked {@code x-clientsmith-type} (generated code still uses the one
 *       type). A member that admits only null ({@code enum: [null]}) is the last resort, for unions of
 *       unions only, for the same Prism reason.
 * </ul>
 *
 * Each form accepts exactly the original values plus null.
 */
public final class Nullability {
  private Nullability() {}

  /** Makes {@code schema} admit null; returns false when it has no type and no union to carry it. */
  public static boolean makeNullable(ObjectNode document, ObjectNode schema) {
    if (schema.has("type")) {
      schema.put("nullable", true);
      return true;
    }
    for (String kw : new String[] {"oneOf", "anyOf"}) {
      JsonNode members = schema.get(kw);
      if (members == null || !members.isArray()) {
        continue;
      }
      schema.remove("nullable");
      for (JsonNode m : members) {
        if (isNullMember(m) || (m.has("type") && Json.isTrue(m, "nullable"))) {
          return true;
        }
      }
      for (JsonNode m : members) {
        if (m.isObject() && m.has("type") && !m.has("$ref")) {
          return makeNullable(document, (ObjectNode) m);
        }
      }
      for (int i = 0; i < members.size(); i++) {
        String target = Json.refName(members.get(i));
        JsonNode resolved = Json.resolve(document, members.get(i));
        if (target != null && resolved.has("type")) {
          ObjectNode copy = ((ObjectNode) resolved).deepCopy();
          copy.remove(java.util.List.of(Renamer.NESTED_IN, InlineSchemasPass.SIMPLE_NAME));
          copy.put("nullable", true);
          copy.put(Renamer.SAME_TYPE_AS, target);
          ((ArrayNode) members).set(i, copy);
          return true;
        }
      }
      ((ArrayNode) members).add(nullMember());
      return true;
    }
    return false;
  }

  /** Whether the schema already admits null by these rules. */
  public static boolean admitsNull(ObjectNode document, JsonNode schema) {
    JsonNode s = Json.resolve(document, schema);
    if (Json.isTrue(s, "nullable") && s.has("type")) {
      return true;
    }
    for (String kw : new String[] {"oneOf", "anyOf"}) {
      JsonNode members = s.get(kw);
      if (members != null) {
        for (JsonNode m : members) {
          if (admitsNull(document, m)) {
            return true;
          }
        }
      }
    }
    return false;
  }

  /** {@code {"type":"string","nullable":true,"enum":[null]}}: a union member that matches only null. */
  public static ObjectNode nullMember() {
    ObjectNode n = Json.NODES.objectNode();
    n.put("type", "string");
    n.put("nullable", true);
    n.putArray("enum").addNull();
    n.put("description", "Explicit null.");
    return n;
  }

  public static boolean isNullMember(JsonNode schema) {
    JsonNode e = schema.get("enum");
    return e != null && e.isArray() && e.size() == 1 && e.get(0).isNull();
  }
}
