package dev.clientsmith.generator.normalize;

/**
 * An array schema without {@code items} (OpenAPI 3.0 requires it) gets {@code items: {}}: any
 * value, which is what JSON Schema means when items is absent, with a warning.
 */
public final class ArrayItemsPass implements Pass {
  @Override
  public String id() {
    return "array-items";
  }

  @Override
  public String description() {
    return "Gives an array schema without items free-form items ({}), with a warning.";
  }

  @Override
  public void apply(PassContext ctx) {
    RawSchemas.forEach(ctx.document(), (schema, ptr) -> {
      if (!"array".equals(Json.text(schema, "type")) || schema.has("items")) {
        return;
      }
      schema.putObject("items");
      ctx.repair("normalize.missing-items", ptr, "type: array without items", "items: {}",
          "an array schema must say its items; without them every element may be any value",
          "add 'items' with the schema of the elements");
    });
  }
}
