package dev.clientsmith.generator.normalize;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Set;

/**
 * OpenAPI Generator form: a {@code number} member of a union loses its {@code float}/{@code double}
 * format. OpenAPI Generator's union classes, with Jackson's scalar coercion off (which unions of
 * scalars need, see the README), try a {@code Double} or {@code Float} member only for a JSON number
 * with a fraction or exponent, so {@code 0} matches no member of {@code number | string}; without the
 * format the member is a {@code BigDecimal}, which reads every JSON number and, coercion off, no
 * string. The values allowed are the same; only the Java type of that member changes.
 */
public final class UnionNumbersPass implements Pass {
  private static final Set<String> FLOATING = Set.of("float", "double");

  @Override
  public String id() {
    return "openapi-generator-union-numbers";
  }

  @Override
  public String description() {
    return "Drops the float/double format of a union's number members (OpenAPI Generator's Java client then reads"
        + " whole numbers into them).";
  }

  @Override
  public void apply(PassContext ctx) {
    OpenApiGeneratorForm.forEachUnion(ctx.document(), (union, keyword, members, pointer) -> {
      for (int i = 0; i < members.size(); i++) {
        JsonNode member = members.get(i);
        String format = Json.text(member, "format");
        if ("number".equals(Json.text(member, "type")) && format != null && FLOATING.contains(format)) {
          JsonNode before = member.deepCopy();
          ((ObjectNode) member).remove("format");
          ctx.record(pointer + "/" + keyword + "/" + i, before, member,
              "OpenAPI Generator's Java client reads a whole number into a union's number member only without a"
                  + " float/double format");
        }
      }
    });
  }
}
