package dev.clientsmith.interoptests;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What a user of OpenAPI Generator's Java {@code native} client does about three limits of that tool
 * (none changes what a document allows; the README's section on other tools names each):
 *
 * <ol>
 *   <li>A union ({@code oneOf} / {@code anyOf}) with an array member does not compile (the generator
 *       writes {@code List<X>.class}): give each inline array member a name of its own (a component
 *       schema holding exactly that array, referenced from the union) and generate with
 *       {@code generateAliasAsModel=true}, so that the member becomes a class of its own.
 *   <li>A union whose null comes from a member that also admits a value ({@code oneOf: [{type:
 *       string, nullable: true}, {type: array}]}) throws "cannot be null" on a JSON null: the generated
 *       class consults only whether the union is nullable, which the generator decides from the union's
 *       own {@code nullable} or from an explicit null member ({@code enum: [null]}), not from such a
 *       member. Rewrite it with an explicit null member (the form the normaliser already uses where a
 *       union has no member of a plain type). {@code nullable: true} on the union itself would do too,
 *       but that is the {@code nullable} without {@code type} Prism's request check cannot compile.
 *   <li>A union of scalars ({@code integer | boolean}, {@code number | string}) finds two matches for
 *       {@code 5} or {@code "2.5"} while Jackson's scalar coercion is on, as it is in the client's
 *       default {@code ObjectMapper}: turn {@code MapperFeature.ALLOW_COERCION_OF_SCALARS} off.
 * </ol>
 */
final class Workarounds {
  private static final String PREFIX = "#/components/schemas/";

  private Workarounds() {}

  /** JSON pointers of every union that has an array member (inline or a reference to an array schema). */
  static List<String> unionsWithArrays(JsonNode document) {
    List<String> found = new ArrayList<>();
    walk(document, "", (union, pointer) -> {
      for (JsonNode member : union) {
        if (isArray(document, member)) {
          found.add(pointer);
          return;
        }
      }
    });
    return found;
  }

  /**
   * Moves every inline array member of a union into {@code components/schemas} under a name made
   * from where the union is ({@code Stop} gives {@code StopArray}, property {@code content} of
   * {@code Message} gives {@code MessageContentArray}); returns the names added, in order.
   */
  static List<String> nameUnionArrays(ObjectNode document) {
    ObjectNode schemas = document.withObjectProperty("components").withObjectProperty("schemas");
    Map<String, JsonNode> added = new LinkedHashMap<>();
    List<String> componentNames = new ArrayList<>();
    schemas.properties().forEach(field -> componentNames.add(field.getKey()));
    for (String component : componentNames) {
      walk(schemas.get(component), "/" + component, (union, pointer) -> {
        List<Integer> inlineArrays = new ArrayList<>();
        for (int i = 0; i < union.size(); i++) {
          if ("array".equals(union.get(i).path("type").asText()) && !union.get(i).has("$ref")) {
            inlineArrays.add(i);
          }
        }
        for (int n = 0; n < inlineArrays.size(); n++) {
          String base = ownerName(pointer) + "Array" + (inlineArrays.size() > 1 ? String.valueOf(n + 1) : "");
          String name = base;
          for (int k = 2; schemas.has(name) || added.containsKey(name); k++) {
            name = base + k;
          }
          int index = inlineArrays.get(n);
          added.put(name, union.get(index));
          union.set(index, document.objectNode().put("$ref", PREFIX + name));
        }
      });
    }
    added.forEach(schemas::set);
    return List.copyOf(added.keySet());
  }

  /**
   * Rewrites every union whose null comes from a member that also admits a value ({@code oneOf:
   * [{type: string, nullable: true}, ...]}) into the form with an explicit null member ({@code oneOf:
   * [{type: string}, ..., {type: string, nullable: true, enum: [null]}]}): the same values, and the form
   * OpenAPI Generator recognises as "this union is nullable". Returns the JSON pointers of the unions
   * rewritten.
   */
  static List<String> explicitNullMembers(ObjectNode document) {
    List<String> rewritten = new ArrayList<>();
    walk(document, "", (union, pointer) -> {
      boolean hasNullMember = false;
      List<ObjectNode> folded = new ArrayList<>();
      for (JsonNode member : union) {
        if (isNullOnly(member)) {
          hasNullMember = true;
        } else if (member.path("nullable").asBoolean(false) && member instanceof ObjectNode object && !member.has("$ref")) {
          folded.add(object);
        }
      }
      if (folded.isEmpty()) {
        return;
      }
      for (ObjectNode member : folded) {
        member.remove("nullable");
        if (member.get("enum") instanceof ArrayNode values) {
          for (int i = values.size() - 1; i >= 0; i--) {
            if (values.get(i).isNull()) {
              values.remove(i);
            }
          }
        }
      }
      if (!hasNullMember) {
        ObjectNode nullMember = union.addObject();
        nullMember.put("type", "string").put("nullable", true).putArray("enum").addNull();
      }
      rewritten.add(pointer);
    });
    return rewritten;
  }

  private static boolean isNullOnly(JsonNode member) {
    JsonNode values = member.path("enum");
    return member.path("nullable").asBoolean(false) && values.size() == 1 && values.get(0).isNull();
  }

  /** The client's default {@code ObjectMapper}, with Jackson's scalar coercion off. */
  static void withoutScalarCoercion(ObjectMapper mapper) {
    mapper.setConfig(mapper.getDeserializationConfig().without(MapperFeature.ALLOW_COERCION_OF_SCALARS));
  }

  private interface UnionVisitor {
    void visit(ArrayNode members, String pointer);
  }

  private static void walk(JsonNode node, String pointer, UnionVisitor visitor) {
    if (node.isObject()) {
      for (String keyword : List.of("oneOf", "anyOf")) {
        if (node.get(keyword) instanceof ArrayNode members) {
          visitor.visit(members, pointer);
        }
      }
      for (Map.Entry<String, JsonNode> field : node.properties()) {
        walk(field.getValue(), pointer + "/" + field.getKey().replace("~", "~0").replace("/", "~1"), visitor);
      }
    } else if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        walk(node.get(i), pointer + "/" + i, visitor);
      }
    }
  }

  private static boolean isArray(JsonNode document, JsonNode schema) {
    return "array".equals(resolve(document, schema).path("type").asText());
  }

  /** The schema itself, or the component schema its {@code $ref} names (following chains). */
  private static JsonNode resolve(JsonNode document, JsonNode schema) {
    JsonNode current = schema;
    for (int depth = 0; depth < 10 && current.has("$ref"); depth++) {
      String ref = current.get("$ref").asText();
      if (!ref.startsWith(PREFIX)) {
        return current;
      }
      current = document.path("components").path("schemas").path(ref.substring(PREFIX.length()));
    }
    return current;
  }

  /**
   * {@code /Message/properties/content/oneOf} gives {@code MessageContent}: the component, then each
   * property name on the way, in upper camel case.
   */
  private static String ownerName(String pointer) {
    String[] parts = pointer.substring(1).split("/");
    StringBuilder name = new StringBuilder(camel(parts[0]));
    for (int i = 1; i < parts.length; i++) {
      if (parts[i - 1].equals("properties")) {
        name.append(camel(parts[i]));
      } else if (parts[i].equals("items")) {
        name.append("Item");
      }
    }
    return name.toString();
  }

  private static String camel(String text) {
    StringBuilder out = new StringBuilder();
    for (String word : text.split("[^A-Za-z0-9]+")) {
      if (!word.isEmpty()) {
        out.append(word.substring(0, 1).toUpperCase(Locale.ROOT)).append(word.substring(1));
      }
    }
    return out.toString();
  }
}
