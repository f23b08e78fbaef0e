package dev.clientsmith.generator.normalize;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * {@code $recursiveRef: "#"} (JSON Schema 2019-09) refers to the schema that set
 * {@code $recursiveAnchor}, which in an OpenAPI document is the component it is written in (a
 * filter made of filters). It becomes a {@code $ref} to that component; the anchor is dropped.
 * Outside a component schema there is nothing for it to mean, and it is left for the parser to
 * refuse.
 */
public final class RecursiveRefPass implements Pass {
  @Override
  public String id() {
    return "recursive-ref";
  }

  @Override
  public String description() {
    return "Turns $recursiveRef into a $ref to the component schema it is written in.";
  }

  @Override
  public void apply(PassContext ctx) {
    ObjectNode schemas = Json.schemas(ctx.document());
    for (String name : Json.fieldNames(schemas)) {
      String root = Json.schemaPointer(name);
      RawSchemas.schema(schemas.get(name), root, (schema, ptr) -> {
        JsonNode anchor = schema.get("$recursiveAnchor");
        if (anchor != null) {
          schema.remove("$recursiveAnchor");
          ctx.repair("normalize.recursive-ref", ptr + "/$recursiveAnchor", anchor, null,
              "OpenAPI 3.0 has no $recursiveAnchor; the component's name is its anchor", "remove it");
        }
        JsonNode ref = schema.get("$recursiveRef");
        if (ref == null || !ref.isTextual() || !ref.asText().equals("#")) {
          return;
        }
        Json.renameField(schema, "$recursiveRef", "$ref", Json.NODES.textNode(Json.ref(name)));
        ctx.repair("normalize.recursive-ref", ptr + "/$recursiveRef", "$recursiveRef: #", Json.ref(name),
            "OpenAPI 3.0 has no $recursiveRef; '#' means the schema it is written in, the component " + name,
            "write \"$ref\": \"" + Json.ref(name) + "\"");
      });
    }
  }
}
