package dev.clientsmith.generator.normalize;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;

/**
 * OpenAPI Generator form: a union whose null comes from a member that also admits values
 * ({@code oneOf: [{type: string, nullable: true}, {type: array}]}, the form the plain document
 * uses) gets an explicit null-only member instead ({@code {type: string, nullable: true, enum:
 * [null]}}), the members losing their {@code nullable}. OpenAPI Generator's union class is nullable
 * only when the union itself is, or when it has such a member; otherwise its client throws
 * "cannot be null" on a JSON null the document allows. The values allowed are the same. The plain
 * form keeps the folded null because an {@code enum} listing {@code null} makes Prism's schema
 * compiler fail (and then accept any request body).
 */
public final class UnionNullMembersPass implements Pass {
  @Override
  public String id() {
    return "openapi-generator-null-members";
  }

  @Override
  public String description() {
    return "Gives a union whose null comes from a member that also takes values an explicit null-only member"
        + " (OpenAPI Generator's Java client reads null into a union only then).";
  }

  @Override
  public void apply(PassContext ctx) {
    OpenApiGeneratorForm.forEachUnion(ctx.document(), (union, keyword, members, pointer) -> {
      boolean hasNullMember = false;
      List<ObjectNode> folded = new ArrayList<>();
      for (JsonNode member : members) {
        if (isNullOnly(member)) {
          hasNullMember = true;
        } else if (Json.isTrue(member, "nullable") && Json.refName(member) == null && member instanceof ObjectNode object) {
          folded.add(object);
        }
      }
      if (folded.isEmpty()) {
        return;
      }
      JsonNode before = members.deepCopy();
      for (ObjectNode member : folded) {
        member.remove("nullable");
      }
      if (!hasNullMember) {
        members.addObject().put("type", "string").put("nullable", true).putArray("enum").addNull();
      }
      ctx.record(pointer + "/" + keyword, before, members,
          "OpenAPI Generator's Java client reads null into a union only when a member is null-only");
    });
  }

  static boolean isNullOnly(JsonNode member) {
    JsonNode values = member.path("enum");
    return Json.isTrue(member, "nullable") && values.size() == 1 && values.get(0).isNull();
  }
}
