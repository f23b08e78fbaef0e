package dev.clientsmith.generator.normalize;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Makes union discriminators explicit and usable.
 *
 * <ul>
 *   <li>A {@code oneOf} of referenced object schemas that each require a property with one distinct
 *       constant value ({@code type: "reasoning.summary"}, {@code role: "developer"}) gets
 *       {@code discriminator: {propertyName, mapping}}.
 *   <li>A declared discriminator keeps its declared {@code mapping}; members the mapping does not
 *       cover get entries for their property's enum values ({@code role: [system, developer]} maps
 *       both values to the member). Without an explicit mapping, OpenAPI 3.0 maps by schema name
 *       ({@code ChatMessageContentItemImageUrl}), which is not what payloads carry ({@code image_url}).
 *   <li>A declared discriminator that cannot tell the members apart (a member with no value for it,
 *       or two members with the same value, such as two {@code object: text_completion} variants) is
 *       removed: readers then choose the member by its shape, and the report says so.
 * </ul>
 */
public final class DiscriminatorsPass implements Pass {
  @Override
  public String id() {
    return "discriminators";
  }

  @Override
  public String description() {
    return "Adds discriminator property and explicit value-to-schema mapping to unions whose members carry a"
        + " distinct constant; removes declared discriminators that cannot tell the members apart.";
  }

  @Override
  public void apply(PassContext ctx) {
    ObjectNode doc = ctx.document();
    SchemaWalker.walk(doc, (schema, ptr, site) -> {
      for (String kw : new String[] {"oneOf", "anyOf"}) {
        JsonNode members = schema.get(kw);
        if (members != null && members.isArray() && members.size() >= 2) {
          if (schema.path("discriminator").path("propertyName").isTextual()) {
            declared(ctx, schema, members, ptr);
          } else if (kw.equals("oneOf")) {
            inferred(ctx, schema, members, ptr);
          }
          return;
        }
      }
    });
  }

  /** A union without a declared discriminator gets one where every member carries its own constant. */
  private static void inferred(PassContext ctx, ObjectNode schema, JsonNode members, String ptr) {
    ObjectNode doc = ctx.document();
    for (JsonNode m : members) {
      if (Json.refName(m) == null || !"object".equals(Json.text(Json.resolve(doc, m), "type"))) {
        return;
      }
    }
    String property = Discriminators.propertyOf(doc, schema);
    if (property == null) {
      return;
    }
    ObjectNode discriminator = Json.NODES.objectNode();
    discriminator.put("propertyName", property);
    ObjectNode mapping = discriminator.putObject("mapping");
    for (JsonNode m : members) {
      mapping.put(Json.singleEnumValue(Json.resolve(doc, m).path("properties").path(property)), m.get("$ref").asText());
    }
    schema.set("discriminator", discriminator);
    ctx.record(ptr + "/discriminator", null, discriminator, "every member requires '" + property + "' with its own constant value");
  }

  /** A declared discriminator: its mapping completed from the members' enum values, or removed when unusable. */
  private static void declared(PassContext ctx, ObjectNode schema, JsonNode members, String ptr) {
    ObjectNode doc = ctx.document();
    ObjectNode before = (ObjectNode) schema.get("discriminator");
    String property = before.get("propertyName").asText();
    JsonNode declaredMapping = before.path("mapping");
    ObjectNode mapping = declaredMapping.isObject() ? (ObjectNode) declaredMapping.deepCopy() : Json.NODES.objectNode();
    Map<String, String> owner = new HashMap<>();
    for (String value : Json.fieldNames(mapping)) {
      owner.put(value, mapping.get(value).asText());
    }
    String problem = null;
    for (JsonNode m : members) {
      if (Nullability.isNullMember(m)) {
        continue;
      }
      String target = m.path("$ref").asText(null);
      if (target == null) {
        problem = "a member is not a reference, so no mapping can name it";
        break;
      }
      if (owner.containsValue(target) || owner.containsValue(Json.refName(m))) {
        continue;
      }
      List<String> values = enumValues(Json.resolve(doc, m).path("properties").path(property));
      if (values.isEmpty()) {
        problem = Json.refName(m) + " has no constant value for '" + property + "'";
        break;
      }
      for (String value : values) {
        String previous = owner.putIfAbsent(value, target);
        if (previous != null) {
          problem = "'" + property + ": " + value + "' selects both " + Json.refName(Json.NODES.objectNode().put("$ref", previous)) + " and "
              + Json.refName(m);
          break;
        }
        mapping.put(value, target);
      }
      if (problem != null) {
        break;
      }
    }
    if (problem != null) {
      schema.remove("discriminator");
      ctx.record(ptr + "/discriminator", before, null,
          "the declared discriminator cannot tell the members apart (" + problem + "); members are chosen by their shape");
      return;
    }
    if (mapping.equals(declaredMapping)) {
      return;
    }
    ObjectNode after = before.deepCopy();
    after.set("mapping", mapping);
    schema.set("discriminator", after);
    ctx.record(ptr + "/discriminator", before, after, declaredMapping.isObject()
        ? "the declared mapping does not name every member; the others are mapped by their values of '" + property + "'"
        : "the declared discriminator had no mapping; members are not named after their values");
  }

  private static List<String> enumValues(JsonNode property) {
    List<String> out = new ArrayList<>();
    property.path("enum").forEach(v -> {
      if (v.isTextual()) {
        out.add(v.asText());
      }
    });
    return out;
  }
}
