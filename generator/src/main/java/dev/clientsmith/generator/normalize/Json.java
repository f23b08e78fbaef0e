package dev.clientsmith.generator.normalize;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;

/** Small helpers over Jackson trees for the passes: pointers, refs, ordered rewrites. */
public final class Json {
  public static final String SCHEMA_REF_PREFIX = "#/components/schemas/";
  public static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  /** Keys that only document a schema; ignored when two schemas are compared for structure. */
  private static final Set<String> DOC_KEYS = Set.of("description", "title", "example", "examples", "externalDocs");

  private Json() {}

  /** Escapes one reference token of a JSON pointer (RFC 6901). */
  public static String escape(String token) {
    return token.replace("~", "~0").replace("/", "~1");
  }

  public static String pointer(String parent, String token) {
    return parent + "/" + escape(token);
  }

  public static String schemaPointer(String name) {
    return "/components/schemas/" + escape(name);
  }

  public static String ref(String schemaName) {
    return SCHEMA_REF_PREFIX + schemaName;
  }

  /** The schema name a local component {@code $ref} names, or null if the node is not such a ref. */
  public static String refName(JsonNode schema) {
    if (schema == null || !schema.isObject()) {
      return null;
    }
    JsonNode ref = schema.get("$ref");
    if (ref == null || !ref.isTextual() || !ref.asText().startsWith(SCHEMA_REF_PREFIX)) {
      return null;
    }
    return ref.asText().substring(SCHEMA_REF_PREFIX.length());
  }

  public static ObjectNode refNode(String schemaName) {
    return NODES.objectNode().put("$ref", ref(schemaName));
  }

  public static ObjectNode schemas(ObjectNode document) {
    JsonNode components = document.get("components");
    if (components == null || !components.isObject()) {
      return NODES.objectNode();
    }
    JsonNode schemas = components.get("schemas");
    return schemas != null && schemas.isObject() ? (ObjectNode) schemas : NODES.objectNode();
  }

  /** Creates {@code components.schemas} if missing. */
  public static ObjectNode schemasForWrite(ObjectNode document) {
    ObjectNode components = document.has("components") ? (ObjectNode) document.get("components") : document.putObject("components");
    return components.has("schemas") ? (ObjectNode) components.get("schemas") : components.putObject("schemas");
  }

  /** Follows {@code $ref}s to the component they name; returns the node itself when it is not a ref. */
  public static JsonNode resolve(ObjectNode document, JsonNode schema) {
    JsonNode current = schema;
    for (int hops = 0; hops < 64; hops++) {
      String name = refName(current);
      if (name == null) {
        return current;
      }
      JsonNode next = schemas(document).get(name);
      if (next == null) {
        return current;
      }
      current = next;
    }
    return current;
  }

  public static boolean isTrue(JsonNode node, String field) {
    JsonNode v = node == null ? null : node.get(field);
    return v != null && v.isBoolean() && v.asBoolean();
  }

  public static String text(JsonNode node, String field) {
    JsonNode v = node == null ? null : node.get(field);
    return v != null && v.isTextual() ? v.asText() : null;
  }

  /** The single string value of a one-element enum, e.g. {@code {"type":"string","enum":["text"]}}; else null. */
  public static String singleEnumValue(JsonNode schema) {
    if (schema == null || !schema.isObject()) {
      return null;
    }
    JsonNode e = schema.get("enum");
    if (e == null || !e.isArray() || e.size() != 1 || !e.get(0).isTextual()) {
      return null;
    }
    return e.get(0).asText();
  }

  /**
   * A copy with documentation keys removed at every level, so two schemas that differ only in
   * prose compare equal.
   */
  public static JsonNode structure(JsonNode node) {
    if (node.isObject()) {
      ObjectNode out = NODES.objectNode();
      node.properties().forEach(e -> {
        if (!DOC_KEYS.contains(e.getKey())) {
          out.set(e.getKey(), structure(e.getValue()));
        }
      });
      return out;
    }
    if (node.isArray()) {
      ArrayNode out = NODES.arrayNode();
      node.forEach(n -> out.add(structure(n)));
      return out;
    }
    return node;
  }

  /** Replaces, keeping its position, the field {@code oldKey} of {@code object} by {@code newKey}. */
  public static void renameField(ObjectNode object, String oldKey, String newKey, JsonNode newValue) {
    Map<String, JsonNode> copy = new LinkedHashMap<>();
    object.properties().forEach(e -> copy.put(e.getKey(), e.getValue()));
    object.removeAll();
    for (Map.Entry<String, JsonNode> e : copy.entrySet()) {
      if (e.getKey().equals(oldKey)) {
        object.set(newKey, newValue);
      } else {
        object.set(e.getKey(), e.getValue());
      }
    }
  }

  /** Inserts {@code key} right after {@code afterKey} (or at the end), keeping the other fields' order. */
  public static void insertAfter(ObjectNode object, String afterKey, String key, JsonNode value) {
    Map<String, JsonNode> copy = new LinkedHashMap<>();
    object.properties().forEach(e -> copy.put(e.getKey(), e.getValue()));
    object.removeAll();
    boolean inserted = false;
    for (Map.Entry<String, JsonNode> e : copy.entrySet()) {
      object.set(e.getKey(), e.getValue());
      if (e.getKey().equals(afterKey)) {
        object.set(key, value);
        inserted = true;
      }
    }
    if (!inserted) {
      object.set(key, value);
    }
  }

  /**
   * Visits every object node of the tree, depth first, parents before children, with its pointer.
   * The visitor may return a replacement node (or null to keep the node); replacements are not
   * visited again.
   */
  public static JsonNode rewrite(JsonNode node, String pointer, BiFunction<JsonNode, String, JsonNode> visitor) {
    if (node.isObject()) {
      JsonNode replaced = visitor.apply(node, pointer);
      if (replaced != null && replaced != node) {
        return replaced;
      }
      ObjectNode obj = (ObjectNode) node;
      List<String> keys = new ArrayList<>();
      obj.fieldNames().forEachRemaining(keys::add);
      for (String key : keys) {
        JsonNode child = obj.get(key);
        JsonNode newChild = rewrite(child, pointer(pointer, key), visitor);
        if (newChild != child) {
          obj.set(key, newChild);
        }
      }
    } else if (node.isArray()) {
      ArrayNode arr = (ArrayNode) node;
      for (int i = 0; i < arr.size(); i++) {
        JsonNode child = arr.get(i);
        JsonNode newChild = rewrite(child, pointer + "/" + i, visitor);
        if (newChild != child) {
          arr.set(i, newChild);
        }
      }
    }
    return node;
  }

  /** Every local schema {@code $ref} in the document, by pointer of the object holding it. */
  public static Map<String, String> schemaRefs(ObjectNode document) {
    Map<String, String> out = new LinkedHashMap<>();
    rewrite(document, "", (n, p) -> {
      String name = refName(n);
      if (name != null) {
        out.put(p, name);
      }
      return null;
    });
    return out;
  }

  public static List<String> fieldNames(JsonNode node) {
    List<String> out = new ArrayList<>();
    if (node != null) {
      for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
        out.add(it.next());
      }
    }
    return out;
  }
}
