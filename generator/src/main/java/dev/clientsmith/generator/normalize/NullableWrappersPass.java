package dev.clientsmith.generator.normalize;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Unwraps {@code {"nullable": true, "oneOf": [X]}}: a one-member union whose only purpose is to say
 * "X or null". Such wrappers have no {@code type}, so in OpenAPI 3.0 the {@code nullable} is
 * ignored: validators reject null (or, like Prism, give up on the schema entirely) and generators
 * produce empty wrapper classes.
 *
 * <p>Rule: when every use of X is wrapped like this, X itself becomes nullable (see
 * {@link Nullability}) and the wrappers become plain references to X. When X is also used without
 * a wrapper (it must stay non-nullable there), the wrapper becomes a nullable copy of X marked
 * {@code x-clientsmith-type: X}, so generated code still uses the one type X. A wrapper around an
 * inline schema simply becomes that schema, nullable. A wrapper that is itself a component
 * ({@code __schema2}) disappears: references to it now point at X.
 *
 * <p>{@code allOf: [X, {nullable: true}]} (Together's documents, either order) says the same thing
 * with the {@code nullable} moved into a member of its own. Such a member constrains nothing else,
 * so it is lifted onto the schema first and the result is a wrapper like the others. Left as it
 * was, the {@code all-of} pass would flatten it into a copy of X that the {@code inline-schemas}
 * pass then finds equal to X and replaces by a plain reference: the null would be lost, and a
 * reply's {@code "logprobs": null} would be written back without the key.
 */
public final class NullableWrappersPass implements Pass {
  private record Wrapper(ObjectNode node, String pointer, String component, String keyword) {}

  @Override
  public String id() {
    return "nullable-wrappers";
  }

  @Override
  public String description() {
    return "Replaces nullable one-member oneOf/anyOf/allOf wrappers (nullable ignored without a type) by the member,"
        + " made nullable.";
  }

  @Override
  public void apply(PassContext ctx) {
    ObjectNode doc = ctx.document();
    liftNullableMembers(ctx);
    List<Wrapper> wrappers = new ArrayList<>();
    SchemaWalker.walk(doc, (schema, ptr, site) -> {
      String kw = wrapperKeyword(schema);
      if (kw != null) {
        wrappers.add(new Wrapper(schema, ptr, site.isComponentRoot() ? site.component() : null, kw));
      }
    });
    if (wrappers.isEmpty()) {
      return;
    }
    Set<String> memberPointers = new HashSet<>();
    for (Wrapper w : wrappers) {
      memberPointers.add(w.pointer() + "/" + w.keyword() + "/0");
    }
    // A target is "mixed" when some reference to it is not the member of a wrapper.
    Map<String, Boolean> mixed = new HashMap<>();
    Json.schemaRefs(doc).forEach((ptr, target) -> {
      boolean wrapped = memberPointers.contains(ptr);
      mixed.merge(target, !wrapped, Boolean::logicalOr);
    });
    Set<String> madeNullable = new HashSet<>();
    Map<String, String> componentRedirects = new LinkedHashMap<>();
    for (Wrapper w : wrappers) {
      ObjectNode member = (ObjectNode) w.node().get(w.keyword()).get(0);
      JsonNode before = w.node().deepCopy();
      String target = Json.refName(member);
      ObjectNode replacement;
      String reason;
      if (target == null) {
        replacement = member.deepCopy();
        carryDocs(w.node(), replacement);
        Nullability.makeNullable(doc, replacement);
        reason = "a nullable one-member wrapper around an inline schema is that schema, nullable";
      } else {
        ObjectNode targetSchema = (ObjectNode) Json.resolve(doc, member);
        boolean canShare = !mixed.getOrDefault(target, false)
            && (targetSchema.has("type") || targetSchema.has("oneOf") || targetSchema.has("anyOf"));
        if (canShare) {
          if (madeNullable.add(target)) {
            JsonNode targetBefore = targetSchema.deepCopy();
            Nullability.makeNullable(doc, targetSchema);
            ctx.record(Json.schemaPointer(target), targetBefore, targetSchema.deepCopy(),
                "every use of " + target + " is wrapped as nullable, so the schema itself admits null");
          }
          replacement = Json.refNode(target);
          carryDocs(w.node(), replacement);
          reason = target + " now admits null itself; the wrapper is a plain reference";
        } else {
          replacement = targetSchema.deepCopy();
          carryDocs(w.node(), replacement);
          Nullability.makeNullable(doc, replacement);
          replacement.put(Renamer.SAME_TYPE_AS, target);
          reason = target + " is also used as non-nullable; a nullable copy marked as the same type replaces the wrapper";
        }
      }
      w.node().removeAll();
      w.node().setAll(replacement);
      ctx.record(w.pointer(), before, replacement, reason);
      if (w.component() != null && target != null && Json.refName(replacement) != null) {
        componentRedirects.put(w.component(), target);
      }
    }
    componentRedirects.forEach((from, to) -> {
      Renamer.redirect(doc, from, to);
      ctx.record(Json.schemaPointer(from), from, to, from + " was only a nullable wrapper of " + to + "; references now point at " + to);
    });
  }

  /**
   * Rewrites {@code allOf: [X, {nullable: true}]} as {@code {nullable: true, allOf: [X]}}. Only a
   * member that holds nothing but {@code nullable: true} is lifted, and only when another member
   * remains; any other keyword next to it would be a real constraint.
   */
  private static void liftNullableMembers(PassContext ctx) {
    SchemaWalker.walk(ctx.document(), (schema, ptr, site) -> {
      JsonNode members = schema.get("allOf");
      if (members == null || !members.isArray() || schema.has("$ref")) {
        return;
      }
      ArrayNode kept = Json.NODES.arrayNode();
      boolean lifted = false;
      for (JsonNode m : members) {
        if (isNullableMarker(m)) {
          lifted = true;
        } else {
          kept.add(m);
        }
      }
      if (!lifted || kept.isEmpty()) {
        return;
      }
      JsonNode before = schema.deepCopy();
      schema.set("allOf", kept);
      schema.put("nullable", true);
      ctx.record(ptr, before, schema.deepCopy(), "an allOf member that only says nullable: true makes the whole schema nullable");
    });
  }

  private static boolean isNullableMarker(JsonNode member) {
    return member.isObject() && member.size() == 1 && Json.isTrue(member, "nullable");
  }

  /** The composition keyword of a nullable one-member wrapper, or null when the schema is not one. */
  static String wrapperKeyword(ObjectNode schema) {
    if (!Json.isTrue(schema, "nullable") || schema.has("type") || schema.has("$ref")) {
      return null;
    }
    for (String kw : new String[] {"oneOf", "anyOf", "allOf"}) {
      JsonNode members = schema.get(kw);
      if (members != null && members.isArray() && members.size() == 1 && members.get(0).isObject()) {
        for (String other : new String[] {"oneOf", "anyOf", "allOf", "properties", "items"}) {
          if (!other.equals(kw) && schema.has(other)) {
            return null;
          }
        }
        return kw;
      }
    }
    return null;
  }

  private static void carryDocs(ObjectNode from, ObjectNode to) {
    for (String key : new String[] {"description", "title"}) {
      if (from.has(key)) {
        to.set(key, from.get(key));
      }
    }
  }
}
