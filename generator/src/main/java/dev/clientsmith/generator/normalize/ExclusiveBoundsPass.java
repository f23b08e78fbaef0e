package dev.clientsmith.generator.normalize;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * In 3.1 {@code exclusiveMinimum: 0} is the bound itself; in 3.0 it is a flag on {@code minimum}
 * ({@code minimum: 0, exclusiveMinimum: true}). When both a numeric exclusive bound and an
 * inclusive one are given, the stricter wins. Booleans (3.0 form, also found in 3.1 documents) are
 * left alone.
 */
public final class ExclusiveBoundsPass implements Pass {
  @Override
  public String id() {
    return "exclusive-bounds";
  }

  @Override
  public String description() {
    return "Turns 3.1 numeric exclusiveMinimum/exclusiveMaximum into 3.0 minimum/maximum with a true flag.";
  }

  @Override
  public void apply(PassContext ctx) {
    RawSchemas.forEach(ctx.document(), (schema, ptr) -> {
      convert(ctx, schema, ptr, "exclusiveMinimum", "minimum", 1);
      convert(ctx, schema, ptr, "exclusiveMaximum", "maximum", -1);
    });
  }

  /** {@code sign} is 1 when a larger bound is stricter (a minimum), -1 otherwise. */
  private static void convert(PassContext ctx, ObjectNode schema, String ptr, String exclusive, String inclusive, int sign) {
    JsonNode bound = schema.get(exclusive);
    if (bound == null || !bound.isNumber()) {
      return;
    }
    JsonNode before = schema.deepCopy();
    JsonNode other = schema.get(inclusive);
    if (other != null && other.isNumber() && Integer.signum(other.decimalValue().compareTo(bound.decimalValue())) == sign) {
      // The inclusive bound already excludes the exclusive one: it is the stricter.
      schema.remove(exclusive);
    } else {
      schema.set(inclusive, bound);
      schema.put(exclusive, true);
    }
    ctx.record(ptr + "/" + exclusive, before, schema,
        "OpenAPI 3.0 writes an exclusive bound as " + inclusive + " plus " + exclusive + ": true");
  }
}
