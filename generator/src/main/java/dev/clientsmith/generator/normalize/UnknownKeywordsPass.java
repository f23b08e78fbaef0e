package dev.clientsmith.generator.normalize;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;

/**
 * Drops schema members OpenAPI 3.0 does not define ({@code optional: true}, {@code propertyNames},
 * {@code $schema}, a stray {@code error}...), each with a warning: no tool reads them, so they
 * cannot shape the client, and Swagger Parser would refuse the document for them. Extensions
 * ({@code x-...}) are kept. A boolean {@code required} on a property is not dropped when true
 * (what it asks is not clear enough to guess: {@code SpecParser} refuses it); when false it says
 * what is already so.
 */
public final class UnknownKeywordsPass implements Pass {
  /** Why some well-known foreign keywords mean nothing here; others get the general reason. */
  private static final Map<String, String> WHY = Map.of(
      "optional", "a property is optional unless its object lists it in 'required'",
      "propertyNames", "OpenAPI 3.0 cannot constrain the keys of a map",
      "$schema", "the schema dialect is the document's",
      "$id", "schemas are named by their place in components/schemas",
      "$comment", "a comment for the document's authors",
      "if", "OpenAPI 3.0 has no conditional schemas",
      "then", "OpenAPI 3.0 has no conditional schemas",
      "else", "OpenAPI 3.0 has no conditional schemas");

  @Override
  public String id() {
    return "unknown-keywords";
  }

  @Override
  public String description() {
    return "Drops schema members OpenAPI 3.0 does not define (optional, propertyNames...), each with a warning.";
  }

  @Override
  public void apply(PassContext ctx) {
    RawSchemas.forEach(ctx.document(), (schema, ptr) -> {
      for (String key : List.copyOf(Json.fieldNames(schema))) {
        if (SchemaKeywords.OPENAPI_30.contains(key) || key.startsWith("x-")) {
          continue;
        }
        JsonNode value = schema.remove(key);
        String why = WHY.getOrDefault(key, "OpenAPI 3.0 does not define it, so no tool reads it");
        ctx.repair("normalize.unknown-keyword", Json.pointer(ptr, key), key + ": " + value, null,
            "'" + key + "' is not a schema keyword; dropped (" + why + ")",
            key.equals("optional") ? "remove it; list required properties in the object's 'required'"
                : "remove it, or rename it 'x-" + key + "' to keep it as an extension");
      }
      JsonNode required = schema.get("required");
      if (required != null && required.isBoolean() && !required.asBoolean()) {
        schema.remove("required");
        ctx.repair("normalize.unknown-keyword", ptr + "/required", "required: false", null,
            "'required: false' on a schema says what is already so (properties are optional unless listed); dropped",
            "remove it; 'required' is the object's list of required property names");
      }
    });
  }
}
