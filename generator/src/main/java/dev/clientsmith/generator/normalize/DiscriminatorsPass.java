package dev.clientsmith.generator.normalize;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Makes union discriminators explicit. A {@code oneOf} of referenced object schemas that each require
 * a property with one distinct constant value ({@code type: "reasoning.summary"}, {@code role:
 * "developer"}, {@code id: "web"}) gets {@code discriminator: {propertyName, mapping}}; a declared
 * discriminator without a mapping gets one. Without an explicit mapping, OpenAPI 3.0 maps by schema
 * name ({@code ChatMessageContentItemImageUrl}), which is not what the payloads carry
 * ({@code image_url}); readers that trust the discriminator would then pick no member.
 */
public final class DiscriminatorsPass implements Pass {
  @Override
  public String id() {
    return "discriminators";
  }

  @Override
  public String description() {
    return "Adds discriminator property and explicit value-to-schema mapping to unions whose members carry a"
        + " distinct constant.";
  }

  @Override
  public void apply(PassContext ctx) {
    ObjectNode doc = ctx.document();
    SchemaWalker.walk(doc, (schema, ptr, site) -> {
      JsonNode members = schema.get("oneOf");
      if (members == null || !members.isArray() || members.size() < 2) {
        return;
      }
      for (JsonNode m : members) {
        String target = Json.refName(m);
        if (target == null || !"object".equals(Json.text(Json.resolve(doc, m), "type"))) {
          return;
        }
      }
      String property = Discriminators.propertyOf(doc, schema);
      if (property == null) {
        return;
      }
      JsonNode before = schema.has("discriminator") ? schema.get("discriminator").deepCopy() : null;
      ObjectNode discriminator = Json.NODES.objectNode();
      discriminator.put("propertyName", property);
      ObjectNode mapping = discriminator.putObject("mapping");
      for (JsonNode m : members) {
        String value = Json.singleEnumValue(Json.resolve(doc, m).path("properties").path(property));
        mapping.put(value, m.get("$ref").asText());
      }
      if (discriminator.equals(before)) {
        return;
      }
      schema.set("discriminator", discriminator);
      ctx.record(ptr + "/discriminator", before, discriminator, before == null
          ? "every member requires '" + property + "' with its own constant value"
          : "the declared discriminator had no mapping; members are not named after their values");
    });
  }
}
