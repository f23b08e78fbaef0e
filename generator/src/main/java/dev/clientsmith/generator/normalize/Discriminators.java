package dev.clientsmith.generator.normalize;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.HashSet;
import java.util.Set;

/** Finds the property that tells a union's object members apart. */
public final class Discriminators {
  private Discriminators() {}

  /**
   * The union's declared {@code discriminator.propertyName}; otherwise a property that every member
   * (resolved) declares as required with a single, distinct enum value
   * ({@code type: reasoning.summary | reasoning.encrypted | reasoning.text}); otherwise null.
   */
  public static String propertyOf(ObjectNode document, JsonNode union) {
    JsonNode declared = union.path("discriminator").path("propertyName");
    if (declared.isTextual()) {
      return declared.asText();
    }
    JsonNode members = union.has("oneOf") ? union.get("oneOf") : union.get("anyOf");
    if (members == null || !members.isArray() || members.size() < 2) {
      return null;
    }
    JsonNode first = Json.resolve(document, members.get(0));
    for (String candidate : Json.fieldNames(first.path("properties"))) {
      if (isDiscriminator(document, members, candidate)) {
        return candidate;
      }
    }
    return null;
  }

  private static boolean isDiscriminator(ObjectNode document, JsonNode members, String property) {
    Set<String> values = new HashSet<>();
    for (JsonNode m : members) {
      JsonNode resolved = Json.resolve(document, m);
      if (Nullability.isNullMember(resolved)) {
        continue;
      }
      String value = Json.singleEnumValue(resolved.path("properties").path(property));
      if (value == null || !values.add(value) || !requires(resolved, property)) {
        return false;
      }
    }
    return true;
  }

  private static boolean requires(JsonNode schema, String property) {
    for (JsonNode r : schema.path("required")) {
      if (r.asText().equals(property)) {
        return true;
      }
    }
    return false;
  }
}
