package dev.clientsmith.generator.normalize;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * How a schema is made to admit {@code null} in OpenAPI 3.0 without writing {@code nullable} where
 * it has no effect. In 3.0, {@code nullable: true} only works beside a {@code type}, so:
 *
 * <ul>
 *   <li>a typed schema gets {@code nullable: true} (and {@code null} among its {@code enum} values,
 *       as 3.0.3 requires for enums);
 *   <li>a union ({@code oneOf}/{@code anyOf}) gets a member that admits only null (the
 *       {@linkplain #isNullMember null member}). Folding null into a member that also takes values
 *       ({@code {type: string, nullable: true}}) would be shorter, but generators then read the
 *       union as non-nullable (OpenAPI Generator refuses null for it); the separate member says it
 *       plainly.
 * </ul>
 *
 * Both forms accept exactly the original values plus null, and validators (Prism, the request
 * validator) and generators understand them.
 */
public final class Nullability {
  private Nullability() {}

  /** Makes {@code schema} admit null; returns false when it has no type and no union to carry it. */
  public static boolean makeNullable(ObjectNode schema) {
    if (schema.has("type")) {
      schema.put("nullable", true);
      JsonNode e = schema.get("enum");
      if (e != null && e.isArray() && !containsNull(e)) {
        ((ArrayNode) e).addNull();
      }
      return true;
    }
    for (String kw : new String[] {"oneOf", "anyOf"}) {
      JsonNode members = schema.get(kw);
      if (members == null || !members.isArray()) {
        continue;
      }
      schema.remove("nullable");
      for (JsonNode m : members) {
        if (isNullMember(m)) {
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

  private static boolean containsNull(JsonNode array) {
    for (JsonNode n : array) {
      if (n.isNull()) {
        return true;
      }
    }
    return false;
  }
}
