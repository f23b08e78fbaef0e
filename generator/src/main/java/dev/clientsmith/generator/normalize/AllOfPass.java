package dev.clientsmith.generator.normalize;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Flattens {@code allOf} of objects ({@code Dog: allOf: [Base, {properties: {bark}}]}) into one
 * object with every member's properties and required names. Java has no multiple inheritance, and
 * an unflattened {@code allOf} would reach generated code as untyped JSON. A value valid for the
 * {@code allOf} is valid for the flattened object; the flattened one may accept more (a member's
 * {@code additionalProperties: false} is dropped, since under {@code allOf} it would have rejected
 * the other members' properties), which never narrows what a provider accepts.
 *
 * <p>Left alone: a nullable one-member {@code allOf} (a wrapper, see {@link NullableWrappersPass}),
 * and any {@code allOf} with a member that is not a plain object (a union, a primitive).
 */
public final class AllOfPass implements Pass {
  @Override
  public String id() {
    return "all-of";
  }

  @Override
  public String description() {
    return "Flattens allOf of objects into one object with all properties and required names.";
  }

  @Override
  public void apply(PassContext ctx) {
    ObjectNode doc = ctx.document();
    SchemaWalker.walk(doc, (schema, ptr, site) -> {
      JsonNode members = schema.get("allOf");
      if (members == null || !members.isArray() || members.isEmpty() || NullableWrappersPass.wrapperKeyword(schema) != null) {
        return;
      }
      List<JsonNode> resolved = new ArrayList<>();
      for (JsonNode m : members) {
        JsonNode r = flatten(doc, Json.resolve(doc, m));
        if (r == null) {
          return;
        }
        resolved.add(r);
      }
      ObjectNode before = schema.deepCopy();
      ObjectNode properties = Json.NODES.objectNode();
      Set<String> required = new LinkedHashSet<>();
      for (JsonNode r : resolved) {
        r.path("properties").properties().forEach(e -> {
          if (!properties.has(e.getKey())) {
            properties.set(e.getKey(), e.getValue().deepCopy());
          }
        });
        r.path("required").forEach(n -> required.add(n.asText()));
      }
      // Keys of the allOf schema itself (description, nullable, its own properties) are kept.
      schema.remove("allOf");
      schema.put("type", "object");
      ObjectNode own = schema.has("properties") ? (ObjectNode) schema.get("properties") : Json.NODES.objectNode();
      properties.setAll(own);
      schema.set("properties", properties);
      schema.path("required").forEach(n -> required.add(n.asText()));
      if (!required.isEmpty()) {
        ArrayNode req = schema.putArray("required");
        required.forEach(req::add);
      }
      ctx.record(ptr, before, schema, "allOf of objects is one object with all their properties; Java has no multiple inheritance");
    });
  }

  /** The member as an object schema (its own allOf flattened), or null when it is not a plain object. */
  private static JsonNode flatten(ObjectNode doc, JsonNode member) {
    if (member.has("oneOf") || member.has("anyOf") || member.has("enum") || member.has("$ref")) {
      return null;
    }
    String type = Json.text(member, "type");
    if (member.has("allOf")) {
      ObjectNode merged = Json.NODES.objectNode().put("type", "object");
      ObjectNode props = merged.putObject("properties");
      ArrayNode required = merged.putArray("required");
      for (JsonNode inner : member.get("allOf")) {
        JsonNode r = flatten(doc, Json.resolve(doc, inner));
        if (r == null) {
          return null;
        }
        r.path("properties").properties().forEach(e -> props.set(e.getKey(), e.getValue()));
        r.path("required").forEach(required::add);
      }
      return merged;
    }
    return type == null || type.equals("object") ? member : null;
  }
}
