package dev.clientsmith.generator.normalize;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;

/**
 * Removes repeated members of a {@code oneOf}/{@code anyOf} ({@code __schema1} lists
 * {@code number} twice). With {@code oneOf}, a duplicate makes every value of that shape match two
 * members, which strict validators reject; and a generated union cannot have two identical
 * branches.
 */
public final class DuplicateVariantsPass implements Pass {
  @Override
  public String id() {
    return "duplicate-variants";
  }

  @Override
  public String description() {
    return "Removes repeated members of oneOf/anyOf (a oneOf with a duplicate member can never match it).";
  }

  @Override
  public void apply(PassContext ctx) {
    SchemaWalker.walk(ctx.document(), (schema, ptr, site) -> {
      for (String kw : new String[] {"oneOf", "anyOf"}) {
        JsonNode members = schema.get(kw);
        if (members == null || !members.isArray()) {
          continue;
        }
        List<JsonNode> seen = new ArrayList<>();
        for (int i = 0; i < members.size(); i++) {
          JsonNode structure = Json.structure(members.get(i));
          if (seen.contains(structure)) {
            ctx.record(ptr + "/" + kw + "/" + i, members.get(i), "(removed)",
                "the same member is listed earlier in this " + kw);
            ((ArrayNode) members).remove(i);
            i--;
          } else {
            seen.add(structure);
          }
        }
        if (members.size() == 1 && !Json.isTrue(schema, "nullable")) {
          // A union of one is that one member.
          JsonNode only = members.get(0);
          ObjectNode before = schema.deepCopy();
          schema.remove(kw);
          ObjectNode merged = ((ObjectNode) only).deepCopy();
          merged.setAll(schema);
          schema.removeAll();
          schema.setAll(merged);
          ctx.record(ptr, before, schema, "a union (" + kw + ") of a single member is that member");
        }
      }
    });
  }
}
