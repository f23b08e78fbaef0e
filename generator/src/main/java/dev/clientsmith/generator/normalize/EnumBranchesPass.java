package dev.clientsmith.generator.normalize;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * Tidies unions whose members are enums.
 *
 * <ol>
 *   <li>Several enum-only members of one type become one enum member: {@code ToolChoiceOption} lists
 *       {@code "none"}, {@code "auto"} and {@code "required"} as three separate string members; a
 *       generated union would get three indistinguishable string branches. A nullable member is
 *       merged too, and the merged member is then nullable.
 *   <li>"An enum, or any string" ({@code oneOf: [Schema0Items0, {type: string}]}) is an open enum:
 *       the listed values are the known ones, but any string is accepted. As written it is
 *       self-contradictory under {@code oneOf} (a known value matches both members and is
 *       rejected). It becomes {@code {type: string, x-extensible-enum: [...]}}, which accepts every
 *       string and keeps the known values for generators (an open enum in Java).
 * </ol>
 */
public final class EnumBranchesPass implements Pass {
  public static final String EXTENSIBLE_ENUM = "x-extensible-enum";
  private static final Set<String> ENUM_MEMBER_KEYS = Set.of("type", "enum", "description", "title", "nullable", "example",
      "examples", "default");

  @Override
  public String id() {
    return "enum-branches";
  }

  @Override
  public String description() {
    return "Merges enum-only union members of one type, and turns 'enum or any string' unions into open enums"
        + " (x-extensible-enum).";
  }

  @Override
  public void apply(PassContext ctx) {
    ObjectNode doc = ctx.document();
    SchemaWalker.walk(doc, (schema, ptr, site) -> mergeEnumMembers(ctx, schema, ptr));
    Map<String, Integer> refCounts = new HashMap<>();
    Json.schemaRefs(doc).values().forEach(t -> refCounts.merge(t, 1, Integer::sum));
    Map<String, String> redirects = new LinkedHashMap<>();
    SchemaWalker.walk(doc, (schema, ptr, site) -> {
      String target = openEnum(ctx, schema, ptr, refCounts);
      if (target != null && site.isComponentRoot()) {
        redirects.put(site.component(), target);
      }
    });
    redirects.forEach((from, to) -> {
      Renamer.redirect(doc, from, to);
      ctx.record(Json.schemaPointer(from), from, to, from + " was only 'open enum " + to + "'; references now point at " + to);
    });
  }

  private static void mergeEnumMembers(PassContext ctx, ObjectNode schema, String ptr) {
    for (String kw : new String[] {"oneOf", "anyOf"}) {
      JsonNode members = schema.get(kw);
      if (members == null || !members.isArray()) {
        continue;
      }
      Map<String, ObjectNode> firstByType = new HashMap<>();
      ArrayNode kept = Json.NODES.arrayNode();
      boolean changed = false;
      for (JsonNode m : members) {
        if (!isEnumOnly(m)) {
          kept.add(m);
          continue;
        }
        String type = m.get("type").asText();
        ObjectNode first = firstByType.get(type);
        if (first == null) {
          ObjectNode copy = ((ObjectNode) m).deepCopy();
          copy.remove("description");
          firstByType.put(type, copy);
          kept.add(copy);
        } else {
          for (JsonNode v : m.get("enum")) {
            ((ArrayNode) first.get("enum")).add(v);
          }
          // One nullable member made the union admit null; the merged member keeps admitting it.
          if (m.path("nullable").asBoolean(false)) {
            first.put("nullable", true);
          }
          changed = true;
        }
      }
      if (changed) {
        ctx.record(ptr + "/" + kw, members.deepCopy(), kept, "enum-only members of the same type are one enum member");
        schema.set(kw, kept);
      }
    }
  }

  private static String openEnum(PassContext ctx, ObjectNode schema, String ptr, Map<String, Integer> refCounts) {
    for (String kw : new String[] {"oneOf", "anyOf"}) {
      JsonNode members = schema.get(kw);
      if (members == null || !members.isArray() || members.size() != 2) {
        continue;
      }
      for (int i = 0; i < 2; i++) {
        JsonNode enumMember = members.get(i);
        JsonNode plain = members.get(1 - i);
        JsonNode resolved = Json.resolve(ctx.document(), enumMember);
        if (!isEnumOnly(resolved) || !isPlain(plain) || !plain.get("type").equals(resolved.get("type"))) {
          continue;
        }
        JsonNode before = schema.deepCopy();
        String target = Json.refName(enumMember);
        if (target != null && refCounts.getOrDefault(target, 0) == 1) {
          ObjectNode component = (ObjectNode) resolved;
          JsonNode componentBefore = component.deepCopy();
          makeOpen(component);
          ctx.record(Json.schemaPointer(target), componentBefore, component,
              "used only as 'one of these values, or any " + component.get("type").asText() + "': an open enum");
          schema.remove(kw);
          schema.put("$ref", Json.ref(target));
          ctx.record(ptr, before, schema, "'enum or any value of its type' is the open enum " + target);
          return target;
        }
        ObjectNode open = ((ObjectNode) resolved).deepCopy();
        makeOpen(open);
        if (target != null) {
          open.put(Renamer.SAME_TYPE_AS, target);
        }
        schema.remove(kw);
        open.setAll(schema);
        schema.removeAll();
        schema.setAll(open);
        ctx.record(ptr, before, schema, "'enum or any value of its type' is an open enum");
        return null;
      }
    }
    return null;
  }

  private static void makeOpen(ObjectNode enumSchema) {
    JsonNode values = enumSchema.remove("enum");
    enumSchema.set(EXTENSIBLE_ENUM, values);
  }

  private static boolean isEnumOnly(JsonNode m) {
    if (m == null || !m.isObject() || !m.has("enum") || !m.has("type")) {
      return false;
    }
    for (String key : Json.fieldNames(m)) {
      // Documentation and vendor extensions do not make two enum members different; our own
      // x-clientsmith-* marks do (a copy of a named enum stays that enum).
      boolean vendor = key.startsWith("x-") && !key.startsWith("x-clientsmith-");
      if (!ENUM_MEMBER_KEYS.contains(key) && !vendor) {
        return false;
      }
    }
    return true;
  }

  private static boolean isPlain(JsonNode m) {
    return m.isObject() && m.has("type") && !m.has("enum") && !m.has("format") && !m.get("type").asText().equals("object")
        && !m.get("type").asText().equals("array");
  }
}
