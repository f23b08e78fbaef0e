package dev.clientsmith.generator.normalize;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.util.Map;

/**
 * Renames component schemas and rewrites every reference to them: {@code $ref}s, discriminator
 * mappings, and Clientsmith's own extensions that name schemas. Keeps the components' order.
 */
public final class Renamer {
  /** Extensions whose string value is a schema name. */
  static final String NESTED_IN = "x-clientsmith-nested-in";
  public static final String SAME_TYPE_AS = "x-clientsmith-type";
  static final String STREAM_EVENT = "x-clientsmith-stream-event";

  private Renamer() {}

  /** Applies {@code renames} (old name to new name). Callers record the report entries. */
  public static void rename(ObjectNode document, Map<String, String> renames) {
    if (renames.isEmpty()) {
      return;
    }
    ObjectNode schemas = Json.schemas(document);
    for (Map.Entry<String, String> e : renames.entrySet()) {
      JsonNode schema = schemas.get(e.getKey());
      if (schema == null) {
        throw new IllegalStateException("no schema named " + e.getKey() + " to rename");
      }
      if (!e.getKey().equals(e.getValue()) && schemas.has(e.getValue()) && !renames.containsKey(e.getValue())) {
        throw new IllegalStateException("renaming " + e.getKey() + " would overwrite " + e.getValue());
      }
    }
    // Two-step rebuild so that swaps (A->B, B->A) and chains work.
    ObjectNode rebuilt = Json.NODES.objectNode();
    for (String name : Json.fieldNames(schemas)) {
      rebuilt.set(renames.getOrDefault(name, name), schemas.get(name));
    }
    schemas.removeAll();
    schemas.setAll(rebuilt);
    Json.rewrite(document, "", (node, ptr) -> {
      ObjectNode obj = (ObjectNode) node;
      String target = Json.refName(obj);
      if (target != null && renames.containsKey(target)) {
        obj.put("$ref", Json.ref(renames.get(target)));
      }
      JsonNode mapping = obj.get("mapping");
      if (obj.has("propertyName") && mapping != null && mapping.isObject()) {
        for (String key : Json.fieldNames(mapping)) {
          String value = mapping.get(key).asText();
          String name = value.startsWith(Json.SCHEMA_REF_PREFIX) ? value.substring(Json.SCHEMA_REF_PREFIX.length()) : value;
          if (renames.containsKey(name)) {
            ((ObjectNode) mapping).put(key, Json.ref(renames.get(name)));
          }
        }
      }
      for (String ext : new String[] {NESTED_IN, SAME_TYPE_AS, STREAM_EVENT}) {
        JsonNode v = obj.get(ext);
        if (v != null && v.isTextual() && renames.containsKey(v.asText())) {
          obj.set(ext, TextNode.valueOf(renames.get(v.asText())));
        }
      }
      return null;
    });
  }

  /**
   * Points every reference to schema {@code from} at schema {@code to} instead and removes
   * {@code from}: used when a component turns out to be only another name for {@code to}.
   */
  public static void redirect(ObjectNode document, String from, String to) {
    Json.schemas(document).remove(from);
    Json.rewrite(document, "", (node, ptr) -> {
      ObjectNode obj = (ObjectNode) node;
      if (from.equals(Json.refName(obj))) {
        obj.put("$ref", Json.ref(to));
      }
      for (String ext : new String[] {NESTED_IN, SAME_TYPE_AS, STREAM_EVENT}) {
        JsonNode v = obj.get(ext);
        if (v != null && v.isTextual() && v.asText().equals(from)) {
          obj.set(ext, TextNode.valueOf(to));
        }
      }
      return null;
    });
  }
}
