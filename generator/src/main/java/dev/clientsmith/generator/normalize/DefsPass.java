package dev.clientsmith.generator.normalize;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Hoists schemas defined inside other schemas ({@code $defs}, or the older {@code definitions})
 * into {@code components/schemas}, where OpenAPI 3.0 keeps every named schema, and points their
 * references there. A name already taken by a different schema gets a number.
 *
 * <p>Schemas pasted from a standalone JSON Schema refer to their definitions as
 * {@code #/$defs/Name}, which in the OpenAPI document points nowhere (its root has no
 * {@code $defs}). The one definition they can mean is the nearest enclosing one of that name:
 * they are repaired to it, with a warning.
 */
public final class DefsPass implements Pass {
  private static final List<String> KEYWORDS = List.of("$defs", "definitions");

  /** One definition: where its {@code $defs} is, its name there, and its new component name. */
  private record Definition(String holder, String keyword, String name, ObjectNode schema) {
    String pointer() {
      return Json.pointer(holder + "/" + keyword, name);
    }
  }

  @Override
  public String id() {
    return "defs";
  }

  @Override
  public String description() {
    return "Hoists $defs/definitions of schemas into components/schemas and points their references there.";
  }

  @Override
  public void apply(PassContext ctx) {
    ObjectNode doc = ctx.document();
    List<Definition> definitions = new ArrayList<>();
    RawSchemas.forEach(doc, (schema, ptr) -> {
      for (String keyword : KEYWORDS) {
        JsonNode defs = schema.get(keyword);
        if (defs != null && defs.isObject()) {
          for (String name : Json.fieldNames(defs)) {
            if (defs.get(name).isObject()) {
              definitions.add(new Definition(ptr, keyword, name, (ObjectNode) defs.get(name)));
            }
          }
        }
      }
    });
    if (definitions.isEmpty()) {
      return;
    }
    Map<String, String> names = componentNames(doc, definitions);
    // References first, while every pointer still means what it meant in the document as read.
    Json.rewrite(doc, "", (node, ptr) -> {
      ObjectNode object = (ObjectNode) node;
      JsonNode ref = object.get("$ref");
      if (ref != null && ref.isTextual()) {
        String target = target(ctx, ref.asText(), ptr + "/$ref", definitions, names);
        if (target != null) {
          object.put("$ref", Json.ref(target));
        }
      }
      JsonNode mapping = object.get("mapping");
      if (mapping != null && mapping.isObject() && ptr.endsWith("/discriminator")) {
        for (String key : Json.fieldNames(mapping)) {
          String target = target(ctx, mapping.get(key).asText(), Json.pointer(ptr + "/mapping", key), definitions, names);
          if (target != null) {
            ((ObjectNode) mapping).put(key, Json.ref(target));
          }
        }
      }
      return null;
    });
    // Holders are found before anything moves; the moved schemas are the same objects.
    Map<String, ObjectNode> holders = new LinkedHashMap<>();
    for (Definition d : definitions) {
      holders.put(d.holder() + "/" + d.keyword(), (ObjectNode) doc.at(d.holder()));
    }
    ObjectNode schemas = Json.schemasForWrite(doc);
    for (Definition d : definitions) {
      String name = names.get(d.pointer());
      if (!schemas.has(name)) {
        schemas.set(name, d.schema());
        ctx.moved(d.pointer(), Json.schemaPointer(name));
      }
      ctx.record(d.pointer(), "(defined inside a schema)", Json.ref(name),
          "OpenAPI 3.0 keeps named schemas in components/schemas");
    }
    holders.forEach((key, holder) -> holder.remove(key.substring(key.lastIndexOf('/') + 1)));
  }

  /** The component name of each definition (by pointer): its own name unless that is taken by another schema. */
  private static Map<String, String> componentNames(ObjectNode doc, List<Definition> definitions) {
    Map<String, JsonNode> taken = new LinkedHashMap<>();
    ObjectNode existing = Json.schemas(doc);
    for (String name : Json.fieldNames(existing)) {
      taken.put(name, Json.structure(existing.get(name)));
    }
    Map<String, String> names = new LinkedHashMap<>();
    for (Definition d : definitions) {
      JsonNode shape = Json.structure(d.schema());
      String name = d.name();
      for (int n = 2; taken.containsKey(name) && !taken.get(name).equals(shape); n++) {
        name = d.name() + n;
      }
      taken.put(name, shape);
      names.put(d.pointer(), name);
    }
    return names;
  }

  /**
   * The component a reference to a definition now names, or null when it names no definition.
   * Repairs {@code #/$defs/Name} (a root the document does not have) to the nearest enclosing one.
   */
  private static String target(PassContext ctx, String ref, String refPointer, List<Definition> definitions,
      Map<String, String> names) {
    for (Definition d : definitions) {
      if (ref.equals("#" + d.pointer())) {
        return names.get(d.pointer());
      }
    }
    for (String keyword : KEYWORDS) {
      String rootPrefix = "#/" + keyword + "/";
      if (!ref.startsWith(rootPrefix) || ctx.document().has(keyword)) {
        continue;
      }
      String name = ref.substring(rootPrefix.length()).replace("~1", "/").replace("~0", "~");
      Definition nearest = null;
      for (Definition d : definitions) {
        boolean encloses = refPointer.startsWith(d.holder() + "/");
        if (d.keyword().equals(keyword) && d.name().equals(name) && encloses
            && (nearest == null || d.holder().length() > nearest.holder().length())) {
          nearest = d;
        }
      }
      if (nearest != null) {
        String component = names.get(nearest.pointer());
        ctx.repair("normalize.defs-ref", refPointer, ref, Json.ref(component),
            "'" + ref + "' points nowhere in an OpenAPI document (its root has no " + keyword + "); read as the "
                + "enclosing definition at " + nearest.pointer(),
            "write the reference as '#" + nearest.pointer() + "'");
        return component;
      }
    }
    return null;
  }
}
