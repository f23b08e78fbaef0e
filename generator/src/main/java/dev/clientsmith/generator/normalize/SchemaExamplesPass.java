package dev.clientsmith.generator.normalize;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * A 3.1 schema's {@code examples} is a list of values; OpenAPI 3.0 schemas have one {@code example}.
 * The first value is kept (a value already in {@code example} wins). Only schemas are touched: the
 * {@code examples} of a media type or parameter is a map of named examples in both versions.
 */
public final class SchemaExamplesPass implements Pass {
  @Override
  public String id() {
    return "schema-examples";
  }

  @Override
  public String description() {
    return "Turns a schema's 3.1 examples list into the 3.0 example (its first value).";
  }

  @Override
  public void apply(PassContext ctx) {
    RawSchemas.forEach(ctx.document(), (schema, ptr) -> {
      JsonNode examples = schema.get("examples");
      if (examples == null || !examples.isArray()) {
        return;
      }
      schema.remove("examples");
      if (!schema.has("example") && !examples.isEmpty()) {
        schema.set("example", examples.get(0));
      }
      ctx.record(ptr + "/examples", examples, schema.has("example") ? schema.get("example") : null,
          "OpenAPI 3.0 schemas have one example: the first of the list");
    });
  }
}
