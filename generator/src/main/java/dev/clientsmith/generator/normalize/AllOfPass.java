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
 * <p>An {@code allOf} of one union and objects becomes a union of flattened objects (see
 * {@link #distribute}). Left alone: a nullable one-member {@code allOf} (a wrapper, see
 * {@link NullableWrappersPass}); any other {@code allOf} with a member that is not a plain object
 * (a primitive, two unions) is read as JSON, and the report says so.
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
      JsonNode union = null;
      for (JsonNode m : members) {
        JsonNode target = Json.resolve(doc, m);
        JsonNode r = flatten(doc, target);
        if (r != null) {
          resolved.add(r);
        } else if (union == null && unionKeyword(target) != null) {
          union = target;
        } else {
          ctx.record(ptr, schema.deepCopy(), "(untyped JSON)", "an allOf whose members are not all objects (or one union of"
              + " objects and objects) has no Java type; it is read as JSON");
          return;
        }
      }
      ObjectNode before = schema.deepCopy();
      if (union != null) {
        distribute(ctx, schema, (ObjectNode) union, resolved, before, ptr);
        return;
      }
      merge(schema, resolved);
      ctx.record(ptr, before, schema, "allOf of objects is one object with all their properties; Java has no multiple inheritance");
    });
  }

  /** Gives {@code schema} the properties and required names of {@code objects}, its own last (they win). */
  private static void merge(ObjectNode schema, List<JsonNode> objects) {
    ObjectNode properties = Json.NODES.objectNode();
    Set<String> required = new LinkedHashSet<>();
    for (JsonNode r : objects) {
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
  }

  /**
   * {@code allOf: [Union, {properties: {role}}]} is a union of which each member also has the other
   * members' properties: {@code oneOf: [allOf: [A, extra], allOf: [B, extra]]}, each flattened. A
   * union member that is not an object stays as it is where no other member says {@code type:
   * object} (properties constrain only objects), and is dropped where one does (no value is both).
   */
  private static void distribute(PassContext ctx, ObjectNode schema, ObjectNode union, List<JsonNode> objects, ObjectNode before,
      String ptr) {
    ObjectNode doc = ctx.document();
    boolean typedObject = objects.stream().anyMatch(o -> "object".equals(Json.text(o, "type")));
    String kw = unionKeyword(union);
    ArrayNode distributed = Json.NODES.arrayNode();
    for (JsonNode m : union.get(kw)) {
      JsonNode target = Json.resolve(doc, m);
      JsonNode object = flatten(doc, target);
      if (object == null && unionKeyword(target) != null) {
        ctx.record(ptr, before, "(untyped JSON)", "a union nested in a union under allOf has no Java type; it is read as JSON");
        return;
      }
      if (object == null || Nullability.isNullMember(target)) {
        if (!typedObject) {
          distributed.add(m.deepCopy());
        }
        continue;
      }
      ObjectNode member = Json.NODES.objectNode();
      List<JsonNode> parts = new ArrayList<>();
      parts.add(object);
      parts.addAll(objects);
      merge(member, parts);
      copy(target, "description", member);
      distributed.add(member);
    }
    if (distributed.isEmpty()) {
      ctx.record(ptr, before, "(untyped JSON)", "no member of the union can also be the object allOf asks for; it is read as JSON");
      return;
    }
    schema.remove("allOf");
    schema.set(kw, distributed);
    JsonNode property = union.path("discriminator").path("propertyName");
    if (property.isTextual()) {
      // The declared mapping names the original members; the discriminators pass maps the new ones.
      schema.putObject("discriminator").put("propertyName", property.asText());
    }
    if (union.path("nullable").asBoolean(false)) {
      schema.put("nullable", true);
    }
    ctx.record(ptr, before, schema, "allOf of a union and objects is a union whose members each have the objects' properties;"
        + " Java has no intersection types");
  }

  private static void copy(JsonNode from, String key, ObjectNode to) {
    if (from.has(key)) {
      to.set(key, from.get(key).deepCopy());
    }
  }

  private static String unionKeyword(JsonNode schema) {
    return schema.has("oneOf") ? "oneOf" : schema.has("anyOf") ? "anyOf" : null;
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
