package dev.clientsmith.generator.normalize;

import com.fasterxml.jackson.databind.JsonNode;
import dev.clientsmith.generator.source.SourceReader;

/**
 * Drops a {@code default} that is not a value of its schema's type ({@code default: [auto]} on a
 * string, {@code default: "1"} on an integer): no client could send it, and guessing a conversion
 * would put a value in the client that the document never wrote. {@code null} is left alone: it is
 * how documents say "no default" and is judged with {@code nullable} elsewhere.
 */
public final class DefaultTypesPass implements Pass {
  @Override
  public String id() {
    return "default-types";
  }

  @Override
  public String description() {
    return "Drops a default that is not a value of its schema's type, with a warning.";
  }

  @Override
  public void apply(PassContext ctx) {
    RawSchemas.forEach(ctx.document(), (schema, ptr) -> {
      JsonNode value = schema.get("default");
      String type = Json.text(schema, "type");
      if (value == null || value.isNull() || type == null || fits(value, type)) {
        return;
      }
      schema.remove("default");
      ctx.repair("normalize.wrong-type-default", ptr + "/default", value, null,
          "the default " + value + " is " + SourceReader.describe(value) + ", not a value of type " + type + "; dropped",
          "write a default of type " + type + ", or remove it");
    });
  }

  private static boolean fits(JsonNode value, String type) {
    switch (type) {
      case "string":
        return value.isTextual();
      case "integer":
        return value.isIntegralNumber() || (value.isNumber() && value.decimalValue().stripTrailingZeros().scale() <= 0);
      case "number":
        return value.isNumber();
      case "boolean":
        return value.isBoolean();
      case "array":
        return value.isArray();
      case "object":
        return value.isObject();
      default:
        return true;
    }
  }
}
