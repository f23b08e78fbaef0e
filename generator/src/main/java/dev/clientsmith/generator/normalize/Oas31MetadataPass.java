package dev.clientsmith.generator.normalize;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Drops the 3.1 members that OpenAPI 3.0 does not allow and that no client needs:
 * {@code jsonSchemaDialect}, {@code info.summary}, {@code info.license.identifier} (an SPDX id, the
 * license's {@code name} stays) and {@code components.pathItems}. A document without {@code paths}
 * (allowed in 3.1) gets an empty one.
 */
public final class Oas31MetadataPass implements Pass {
  @Override
  public String id() {
    return "oas31-metadata";
  }

  @Override
  public String description() {
    return "Drops 3.1-only metadata (jsonSchemaDialect, info.summary, license.identifier, components.pathItems).";
  }

  @Override
  public void apply(PassContext ctx) {
    ObjectNode doc = ctx.document();
    drop(ctx, doc, "", "jsonSchemaDialect", "it names the JSON Schema dialect of 3.1 schemas");
    JsonNode info = doc.get("info");
    if (info != null && info.isObject()) {
      drop(ctx, (ObjectNode) info, "/info", "summary", "the description says it at more length");
      JsonNode license = info.get("license");
      if (license != null && license.isObject()) {
        drop(ctx, (ObjectNode) license, "/info/license", "identifier", "the license's name stays");
      }
    }
    JsonNode components = doc.get("components");
    if (components != null && components.isObject()) {
      drop(ctx, (ObjectNode) components, "/components", "pathItems", "only 3.1 paths could refer to them");
    }
    if (OpenApi31Form.declares31(doc) && !doc.has("paths")) {
      doc.putObject("paths");
      ctx.record("/paths", null, "{}", "OpenAPI 3.0 requires paths; this 3.1 document has none");
    }
  }

  private static void drop(PassContext ctx, ObjectNode owner, String ptr, String key, String why) {
    JsonNode value = owner.remove(key);
    if (value != null) {
      ctx.record(Json.pointer(ptr, key), value, null, "OpenAPI 3.0 has no " + key + "; " + why);
    }
  }
}
