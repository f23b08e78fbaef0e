package dev.clientsmith.generator.normalize;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;

/**
 * Gives every inline object schema a name and a place under {@code components/schemas}: Cortecs'
 * and Oxen's choices, messages, tool calls and usage, and the inline variants of
 * {@code ChatMessageContentItem}.
 *
 * <p>Names come from where the schema sits: owner + property, singular for array items
 * ({@code CompletionResponse.choices[] -> CompletionResponseChoice}), owner + discriminator value
 * for union members ({@code ChatMessageContentItem} member with {@code type: image_url} -&gt;
 * {@code ChatMessageContentItemImageUrl}); never {@code *Inner}. The schema is marked
 * {@code x-clientsmith-nested-in} (its owner) and {@code x-clientsmith-simple-name}
 * ({@code Choice}), so Java code nests it: {@code CompletionResponse.Choice}. An inline schema
 * structurally equal to an existing component is replaced by a reference to it instead.
 */
public final class InlineSchemasPass implements Pass {
  public static final String NESTED_IN = Renamer.NESTED_IN;
  public static final String SIMPLE_NAME = "x-clientsmith-simple-name";

  @Override
  public String id() {
    return "inline-schemas";
  }

  @Override
  public String description() {
    return "Names inline object schemas after their owner and property (singular for array items) and moves them"
        + " into components.";
  }

  @Override
  public void apply(PassContext ctx) {
    ObjectNode schemas = Json.schemasForWrite(ctx.document());
    for (String name : Json.fieldNames(schemas)) {
      JsonNode schema = schemas.get(name);
      if (schema.isObject()) {
        descend(ctx, (ObjectNode) schema, name, name, Json.schemaPointer(name));
      }
    }
    Operations.forEach(ctx.document(), (op, ptr) -> {
      String base = Names.pascal(op.path("operationId").asText("operation"));
      JsonNode body = op.path("requestBody").path("content");
      for (String mt : Json.fieldNames(body)) {
        String p = Json.pointer(ptr + "/requestBody/content", mt) + "/schema";
        handle(ctx, (ObjectNode) body.get(mt), "schema", null, base + "Request", p);
      }
      JsonNode responses = op.path("responses");
      for (String code : Json.fieldNames(responses)) {
        JsonNode content = responses.get(code).path("content");
        for (String mt : Json.fieldNames(content)) {
          String p = Json.pointer(ptr + "/responses/" + code + "/content", mt) + "/schema";
          String suffix = code.startsWith("2") ? "Response" : "Error" + code;
          handle(ctx, (ObjectNode) content.get(mt), "schema", null, base + suffix, p);
        }
      }
    });
  }

  /** Looks into {@code schema}, owned by component {@code owner}, for inline objects to extract. */
  private void descend(PassContext ctx, ObjectNode schema, String owner, String hint, String ptr) {
    JsonNode props = schema.get("properties");
    if (props != null && props.isObject()) {
      for (String p : Json.fieldNames(props)) {
        handle(ctx, (ObjectNode) props, p, owner, Names.pascal(p), Json.pointer(ptr + "/properties", p));
      }
    }
    if (schema.get("items") instanceof ObjectNode) {
      handle(ctx, schema, "items", owner, Names.singularPascal(hint), ptr + "/items");
    }
    if (schema.get("additionalProperties") instanceof ObjectNode) {
      handle(ctx, schema, "additionalProperties", owner, hint + "Value", ptr + "/additionalProperties");
    }
    for (String kw : new String[] {"oneOf", "anyOf", "allOf"}) {
      JsonNode members = schema.get(kw);
      if (members == null || !members.isArray()) {
        continue;
      }
      String discriminator = Discriminators.propertyOf(ctx.document(), schema);
      for (int i = 0; i < members.size(); i++) {
        JsonNode m = members.get(i);
        String value = discriminator == null ? null : Json.singleEnumValue(m.path("properties").path(discriminator));
        String memberHint = value != null ? Names.pascal(value) : hint + "Variant" + (i + 1);
        ((ArrayNode) members).set(i, visit(ctx, m, owner, memberHint, ptr + "/" + kw + "/" + i));
      }
    }
  }

  /** The schema to put where {@code child} was: {@code child} itself, or a reference to its extraction. */
  private JsonNode visit(PassContext ctx, JsonNode child, String owner, String hint, String ptr) {
    if (!(child instanceof ObjectNode obj) || obj.has("$ref")) {
      return child;
    }
    if (!isExtractable(obj)) {
      descend(ctx, obj, owner, hint, ptr);
      return child;
    }
    return extract(ctx, obj, owner, hint, ptr);
  }

  private void handle(PassContext ctx, ObjectNode parent, String key, String owner, String hint, String ptr) {
    // A media type may have no schema (Mistral's `audio/wav: {}`): there is nothing to name, and
    // writing the absent value back would put a null schema into the document.
    if (parent.has(key)) {
      parent.set(key, visit(ctx, parent.get(key), owner, hint, ptr));
    }
  }

  private ObjectNode extract(PassContext ctx, ObjectNode inline, String owner, String simpleName, String ptr) {
    ObjectNode schemas = Json.schemasForWrite(ctx.document());
    JsonNode structure = Json.structure(inline);
    for (String existing : Json.fieldNames(schemas)) {
      if (Json.structure(stripOwnExtensions(schemas.get(existing))).equals(structure)) {
        ObjectNode ref = Json.refNode(existing);
        ctx.record(ptr, inline, ref, "structurally equal to the existing schema " + existing);
        return ref;
      }
    }
    String base = (owner == null ? "" : owner) + simpleName;
    String name = base;
    for (int n = 2; schemas.has(name); n++) {
      name = base + n;
    }
    if (owner != null) {
      inline.put(NESTED_IN, owner);
      inline.put(SIMPLE_NAME, simpleName);
    }
    schemas.set(name, inline);
    ObjectNode ref = Json.refNode(name);
    ctx.record(ptr, "(inline object)", name, owner == null ? "named after its operation"
        : "named after its owner " + owner + " and where it sits; generated as " + owner + "." + simpleName);
    descend(ctx, inline, name, simpleName, Json.schemaPointer(name));
    return ref;
  }

  private static JsonNode stripOwnExtensions(JsonNode schema) {
    if (!schema.has(NESTED_IN)) {
      return schema;
    }
    ObjectNode copy = ((ObjectNode) schema).deepCopy();
    copy.remove(List.of(NESTED_IN, SIMPLE_NAME));
    return copy;
  }

  /** Objects with properties get names; free-form objects ({@code type: object} alone) and maps do not. */
  static boolean isExtractable(ObjectNode schema) {
    if (schema.has(Renamer.SAME_TYPE_AS)) {
      return false; // a (nullable) copy of a named schema: generated code uses that schema's type
    }
    JsonNode props = schema.get("properties");
    return props != null && props.isObject() && props.size() > 0;
  }
}
