package dev.clientsmith.generator.normalize;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Flattens operation tags written as nested arrays ({@code "tags": [["subpackage_completions"]]}).
 * Runs on the raw tree, before Swagger Parser, which would otherwise silently drop them.
 */
public final class NestedTagsPass implements Pass {
  @Override
  public String id() {
    return "nested-tags";
  }

  @Override
  public String description() {
    return "Flattens operation tags written as nested arrays; Swagger Parser would silently turn them into [].";
  }

  @Override
  public void apply(PassContext ctx) {
    Operations.forEach(ctx.document(), (op, ptr) -> {
      JsonNode tags = op.get("tags");
      if (tags == null || !tags.isArray()) {
        return;
      }
      boolean nested = false;
      for (JsonNode t : tags) {
        nested |= t.isArray();
      }
      if (!nested) {
        return;
      }
      ArrayNode flat = Json.NODES.arrayNode();
      collect(tags, flat);
      ctx.record(ptr + "/tags", tags.deepCopy(), flat, "tags must be an array of strings; the nested array's strings are the tags");
      op.set("tags", flat);
    });
  }

  private static void collect(JsonNode node, ArrayNode out) {
    if (node.isArray()) {
      node.forEach(n -> collect(n, out));
    } else if (node.isTextual() && !contains(out, node.asText())) {
      out.add(node.asText());
    }
  }

  private static boolean contains(ArrayNode arr, String s) {
    for (JsonNode n : arr) {
      if (n.asText().equals(s)) {
        return true;
      }
    }
    return false;
  }
}
