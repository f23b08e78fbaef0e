package dev.clientsmith.generator.normalize;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * OpenAPI Generator form: moves each inline array member of a union into a component schema of its
 * own ({@code Stop}'s array member becomes {@code StopArray}), referenced from the union. OpenAPI
 * Generator's Java {@code native} library writes an inline array member as {@code List<X>.class},
 * which does not compile; a named array, generated with {@code generateAliasAsModel=true}, becomes a
 * class of its own that does. The values allowed are the same.
 */
public final class UnionArraysPass implements Pass {
  @Override
  public String id() {
    return "openapi-generator-union-arrays";
  }

  @Override
  public String description() {
    return "Moves each inline array member of a union into a component schema of its own (with generateAliasAsModel=true,"
        + " OpenAPI Generator's Java client then compiles).";
  }

  @Override
  public void apply(PassContext ctx) {
    ObjectNode schemas = Json.schemas(ctx.document());
    // Added after the walk: the walk goes over the components as they are.
    Map<String, JsonNode> added = new LinkedHashMap<>();
    OpenApiGeneratorForm.forEachUnion(ctx.document(), (union, keyword, members, pointer) -> {
      List<Integer> arrays = new ArrayList<>();
      for (int i = 0; i < members.size(); i++) {
        if ("array".equals(Json.text(members.get(i), "type")) && Json.refName(members.get(i)) == null) {
          arrays.add(i);
        }
      }
      for (int n = 0; n < arrays.size(); n++) {
        String base = OpenApiGeneratorForm.ownerName(pointer) + "Array" + (arrays.size() > 1 ? String.valueOf(n + 1) : "");
        String name = OpenApiGeneratorForm.freeName(base, taken -> schemas.has(taken) || added.containsKey(taken));
        int index = arrays.get(n);
        JsonNode member = members.get(index);
        added.put(name, member);
        members.set(index, Json.refNode(name));
        ctx.record(pointer + "/" + keyword + "/" + index, member, Json.ref(name),
            "OpenAPI Generator's Java client cannot compile an inline array member of a union; a named one compiles"
                + " with generateAliasAsModel=true");
      }
    });
    if (!added.isEmpty()) {
      added.forEach(Json.schemasForWrite(ctx.document())::set);
    }
  }
}
