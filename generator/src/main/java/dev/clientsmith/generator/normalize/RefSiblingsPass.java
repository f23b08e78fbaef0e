package dev.clientsmith.generator.normalize;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * In 3.1 a {@code $ref} may have siblings; in 3.0 they are ignored. Siblings that only describe
 * (a description, an example, a default...) are dropped, as 3.0 tools would silently do; the
 * referenced schema describes the value. Siblings that constrain the value are kept by wrapping the
 * reference in an {@code allOf}. {@code nullable} and extensions stay where they are: later passes
 * read them there.
 */
public final class RefSiblingsPass implements Pass {
  private static final Set<String> DESCRIBE = Set.of("description", "title", "example", "examples", "deprecated",
      "externalDocs", "readOnly", "writeOnly", "default", "$comment");

  @Override
  public String id() {
    return "ref-siblings";
  }

  @Override
  public String description() {
    return "Drops the describing siblings of a 3.1 $ref and wraps it in allOf when a sibling constrains the value.";
  }

  @Override
  public void apply(PassContext ctx) {
    if (!OpenApi31Form.declares31(ctx.document())) {
      return;
    }
    RawSchemas.forEach(ctx.document(), (schema, ptr) -> {
      if (!schema.has("$ref") || schema.size() == 1) {
        return;
      }
      List<String> dropped = new ArrayList<>();
      List<String> constraining = new ArrayList<>();
      for (String key : Json.fieldNames(schema)) {
        if (DESCRIBE.contains(key)) {
          dropped.add(key);
        } else if (!key.equals("$ref") && !key.equals("nullable") && !key.startsWith("x-")) {
          constraining.add(key);
        }
      }
      if (dropped.isEmpty() && constraining.isEmpty()) {
        return;
      }
      JsonNode before = schema.deepCopy();
      dropped.forEach(schema::remove);
      if (!constraining.isEmpty()) {
        ObjectNode reference = Json.NODES.objectNode().set("$ref", schema.remove("$ref"));
        schema.putArray("allOf").add(reference);
      }
      ctx.record(ptr + "/$ref", before, schema, constraining.isEmpty()
          ? "OpenAPI 3.0 ignores the siblings of $ref; these only described the value"
          : "OpenAPI 3.0 ignores the siblings of $ref: the constraints " + constraining + " now apply through allOf");
    });
  }
}
