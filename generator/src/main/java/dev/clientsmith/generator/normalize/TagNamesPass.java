package dev.clientsmith.generator.normalize;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.TextNode;

/**
 * Strips documentation-tool prefixes from operation tags ({@code subpackage_chat -> chat}). Other
 * generators name API classes after tags ({@code SubpackageChatApi}); the prefix is an artefact of the
 * tool that published the page, not part of the API.
 */
public final class TagNamesPass implements Pass {
  private static final String PREFIX = "subpackage_";

  @Override
  public String id() {
    return "tag-names";
  }

  @Override
  public String description() {
    return "Strips documentation-tool prefixes (subpackage_) from operation tags.";
  }

  @Override
  public void apply(PassContext ctx) {
    Operations.forEach(ctx.document(), (op, ptr) -> {
      JsonNode tags = op.get("tags");
      if (tags == null || !tags.isArray()) {
        return;
      }
      for (int i = 0; i < tags.size(); i++) {
        String tag = tags.get(i).asText();
        if (tag.startsWith(PREFIX) && tag.length() > PREFIX.length()) {
          String clean = tag.substring(PREFIX.length());
          ctx.record(ptr + "/tags/" + i, tag, clean, "the prefix comes from the documentation tool, not the API");
          ((ArrayNode) tags).set(i, TextNode.valueOf(clean));
        }
      }
    });
  }
}
