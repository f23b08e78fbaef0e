package dev.clientsmith.generator.normalize;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

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

  /**
   * {@link Json#structure} of components (own extensions stripped), by name. Recomputing every
   * component's structure for each extracted schema made the pass quadratic in the document's size
   * (most of the generation time on OpenAI's 3 MB document). An entry is dropped whenever the
   * component may change, see {@link #open}.
   */
  private final Map<String, JsonNode> structures = new HashMap<>();

  /**
   * Components whose trees are being rewritten right now: the component being descended and every
   * component extracted on the way to the current schema (an extracted schema stays inside its
   * former parent until the reference replaces it). Any rewrite may change their structures.
   */
  private final Deque<String> open = new ArrayDeque<>();

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
        // A named array or map ({@code ChoicesData: {type: array, items: {..}}}) generates no class to
        // nest in: its inline items are top-level types of their own ({@code ChoicesDataItem}).
        open.push(name);
        descend(ctx, (ObjectNode) schema, generatesClass(schema) ? name : null, name, Json.schemaPointer(name));
        open.pop();
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
      String item = Names.singularPascal(hint);
      handle(ctx, schema, "items", owner, owner == null && item.equals(hint) ? hint + "Item" : item, ptr + "/items");
    }
    if (schema.get("additionalProperties") instanceof ObjectNode) {
      handle(ctx, schema, "additionalProperties", owner, hint + "Value", ptr + "/additionalProperties");
    }
    // An allOf still here is read as untyped JSON (see AllOfPass): its members get no types of their own.
    for (String kw : new String[] {"oneOf", "anyOf"}) {
      JsonNode members = schema.get(kw);
      if (members == null || !members.isArray()) {
        continue;
      }
      String discriminator = Discriminators.propertyOf(ctx.document(), schema);
      for (int i = 0; i < members.size(); i++) {
        JsonNode m = members.get(i);
        String value = discriminator == null ? null : Json.singleEnumValue(m.path("properties").path(discriminator));
        String memberHint = value != null ? Names.pascal(value) : memberName(ctx.document(), members, i, hint, owner);
        JsonNode replacement = visit(ctx, m, owner, memberHint, ptr + "/" + kw + "/" + i);
        if (replacement != m) {
          ((ArrayNode) members).set(i, replacement);
          changed();
        }
      }
    }
  }

  /**
   * A name for union member {@code i} without a discriminator value: after the first property it
   * requires that no other member has ({@code MessageBody.Content}, {@code MessageBody.ToolCalls});
   * else {@code Variant<n>}, prefixed with the hint unless that is the owner's own name (never
   * {@code MessageBody.MessageBodyVariant1}).
   */
  private static String memberName(ObjectNode doc, JsonNode members, int i, String hint, String owner) {
    for (JsonNode r : members.get(i).path("required")) {
      String property = r.asText();
      boolean distinctive = true;
      for (int j = 0; j < members.size() && distinctive; j++) {
        distinctive = j == i || !Json.resolve(doc, members.get(j)).path("properties").has(property);
      }
      if (distinctive && !Names.pascal(property).isEmpty()) {
        return Names.pascal(property);
      }
    }
    return (hint.equals(owner) ? "" : hint) + "Variant" + (i + 1);
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
      JsonNode child = parent.get(key);
      JsonNode replacement = visit(ctx, child, owner, hint, ptr);
      if (replacement != child) {
        parent.set(key, replacement);
        changed();
      }
    }
  }

  private ObjectNode extract(PassContext ctx, ObjectNode inline, String owner, String simpleName, String ptr) {
    ObjectNode schemas = Json.schemasForWrite(ctx.document());
    JsonNode structure = Json.structure(inline);
    for (String existing : Json.fieldNames(schemas)) {
      JsonNode existingStructure = structures.computeIfAbsent(existing,
          n -> Json.structure(stripOwnExtensions(schemas.get(n))));
      if (existingStructure.equals(structure)) {
        ObjectNode ref = Json.refNode(existing);
        ctx.record(ptr, inline, ref, "structurally equal to the existing schema " + existing);
        return ref;
      }
    }
    if (owner != null && enclosingSimpleNames(schemas, owner).contains(simpleName)) {
      simpleName = simpleName + "Value"; // Java forbids a nested class named like one that encloses it
    }
    String base = (owner == null ? "" : owner) + simpleName;
    String name = base;
    String simple = simpleName;
    for (int n = 2; schemas.has(name); n++) {
      name = base + n;
      simple = simpleName + n; // two members both named by 'object: text_completion' are two classes
    }
    if (owner != null) {
      inline.put(NESTED_IN, owner);
      inline.put(SIMPLE_NAME, simple);
      changed(); // the marks are visible in the open components until the reference replaces the schema
    }
    schemas.set(name, inline);
    structures.remove(name);
    ObjectNode ref = Json.refNode(name);
    String topLevel = ptr.startsWith("/paths/") ? "named after its operation"
        : "named after the array or map that holds it; top-level, since that generates no class";
    ctx.record(ptr, "(inline object)", name, owner == null ? topLevel
        : "named after its owner " + owner + " and where it sits; generated as " + owner + "." + simple);
    open.push(name);
    descend(ctx, inline, name, simpleName, Json.schemaPointer(name));
    open.pop();
    return ref;
  }

  /** Forgets the structures of the components being rewritten: a schema inside them just changed. */
  private void changed() {
    open.forEach(structures::remove);
  }

  /** Simple names of {@code owner} and the types it is nested in: {@code ImageUrl} in {@code Request.ImageUrl}. */
  private static Set<String> enclosingSimpleNames(ObjectNode schemas, String owner) {
    Set<String> out = new HashSet<>();
    Set<String> visited = new HashSet<>();
    for (String name = owner; name != null && visited.add(name); ) {
      JsonNode schema = schemas.path(name);
      out.add(schema.has(SIMPLE_NAME) ? schema.get(SIMPLE_NAME).asText() : name);
      name = Json.text(schema, NESTED_IN);
    }
    return out;
  }

  /** Whether a component becomes a Java class (object, union, enum) rather than an alias. */
  private static boolean generatesClass(JsonNode schema) {
    return schema.has("properties") || schema.has("oneOf") || schema.has("anyOf") || schema.has("allOf") || schema.has("enum");
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
