package dev.clientsmith.generator.normalize;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * OpenAPI Generator form: a union told apart by a discriminator, that a response can hold, becomes an
 * {@code anyOf} with one more member, {@code <Union>Other}: any object with the discriminating
 * property. Providers add kinds before they document them ({@code "type": "reasoning.redacted"});
 * OpenAPI Generator's Java client refuses a whole response for one object no member matches ("0
 * classes match result"). Its {@code anyOf} class picks the mapped member for a known kind and
 * otherwise the first member that reads the object, so the catch-all goes last and is reached only
 * by kinds the mapping does not name. The union then says less than the plain document (it takes any
 * kind): the price of keeping what the provider sent.
 */
public final class OpenUnionsPass implements Pass {
  @Override
  public String id() {
    return "openapi-generator-open-unions";
  }

  @Override
  public String description() {
    return "Turns each discriminated union a response can hold into an anyOf with a last catch-all member (OpenAPI"
        + " Generator's Java client then reads kinds the document does not list).";
  }

  @Override
  public void apply(PassContext ctx) {
    ObjectNode schemas = Json.schemas(ctx.document());
    Map<String, JsonNode> added = new LinkedHashMap<>();
    OpenApiGeneratorForm.forEachReadSchema(ctx.document(), (schema, pointer) -> {
      String property = Json.text(schema.path("discriminator"), "propertyName");
      if (property == null || !schema.path("discriminator").path("mapping").isObject()
          || !(schema.get("oneOf") instanceof ArrayNode members)) {
        return;
      }
      JsonNode before = schema.deepCopy();
      String other = OpenApiGeneratorForm.freeName(OpenApiGeneratorForm.ownerName(pointer) + "Other",
          taken -> schemas.has(taken) || added.containsKey(taken));
      ObjectNode catchAll = Json.NODES.objectNode();
      catchAll.put("type", "object")
          .put("description", "An object of a kind the document does not list; its properties are kept.");
      catchAll.putObject("properties").putObject(property).put("type", "string");
      catchAll.putArray("required").add(property);
      // Said outright: OpenAPI Generator's Java client keeps undeclared properties only then.
      catchAll.put("additionalProperties", true);
      added.put(other, catchAll);
      ArrayNode widened = members.deepCopy().add(Json.refNode(other));
      Json.renameField(schema, "oneOf", "anyOf", widened);
      ctx.record(pointer, before, schema,
          "OpenAPI Generator's Java client refuses a whole response for an object of a kind its union does not list;"
              + " an anyOf with a last catch-all member keeps it");
    });
    added.forEach(Json.schemasForWrite(ctx.document())::set);
  }
}
