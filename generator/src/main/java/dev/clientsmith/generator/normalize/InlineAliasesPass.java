package dev.clientsmith.generator.normalize;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Set;

/**
 * Inlines components that are only a generated name for a plain value or list: {@code __schema4}
 * ({@code string}, nullable), {@code __schema6} ({@code number}), {@code AssistantMessageContent1}
 * (an array of content items). Such names carry no meaning, and a Java type for them would only add
 * a wrapper around {@code String} or {@code List<..>}. Meaningfully named aliases ({@code ModelName})
 * stay: they document intent and are shared across documents.
 */
public final class InlineAliasesPass implements Pass {
  private static final Set<String> PRIMITIVES = Set.of("string", "number", "integer", "boolean");

  @Override
  public String id() {
    return "inline-aliases";
  }

  @Override
  public String description() {
    return "Inlines meaninglessly named components that are just a primitive or an array (__schema4, AssistantMessageContent1).";
  }

  @Override
  public void apply(PassContext ctx) {
    ObjectNode doc = ctx.document();
    ObjectNode schemas = Json.schemas(doc);
    List<String> names = Json.fieldNames(schemas);
    for (String name : names) {
      JsonNode schema = schemas.get(name);
      if (!Names.isMeaningless(name) || !isPlain(schema)) {
        continue;
      }
      Json.rewrite(doc, "", (node, ptr) -> {
        if (!name.equals(Json.refName(node))) {
          return null;
        }
        ObjectNode copy = schema.deepCopy();
        if (node.has("description")) {
          copy.set("description", node.get("description"));
        }
        ctx.record(ptr, node.deepCopy(), copy, name + " is a generated name for a plain " + schema.path("type").asText() + "; inlined");
        return copy;
      });
      // A nullable copy an earlier pass made of this component (its content, marked as the same
      // type) is an inlined use already; left marked, it named a type that no longer exists.
      Json.rewrite(doc, "", (node, ptr) -> {
        if (!name.equals(Json.text(node, Renamer.SAME_TYPE_AS))) {
          return null;
        }
        ObjectNode copy = ((ObjectNode) node).deepCopy();
        copy.remove(Renamer.SAME_TYPE_AS);
        ctx.record(ptr, node.deepCopy(), copy, name + " is a generated name for a plain " + schema.path("type").asText()
            + "; this nullable copy of it is its own type");
        return copy;
      });
      schemas.remove(name);
      ctx.record(Json.schemaPointer(name), schema, "(removed)", "every use is inlined");
    }
  }

  private static boolean isPlain(JsonNode schema) {
    String type = Json.text(schema, "type");
    if (type == null || schema.has("enum") || schema.has("oneOf") || schema.has("anyOf") || schema.has("allOf")) {
      return false;
    }
    return PRIMITIVES.contains(type) || type.equals("array");
  }
}
