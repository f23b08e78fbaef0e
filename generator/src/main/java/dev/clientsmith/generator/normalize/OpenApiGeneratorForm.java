package dev.clientsmith.generator.normalize;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.clientsmith.generator.config.Overrides;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;

/**
 * The form of a normalised document that OpenAPI Generator's Java clients ({@code java} generator,
 * {@code native} library, with {@code generateAliasAsModel=true}) compile and read. It is written
 * after normalisation (and merging), by passes of its own, and never replaces the plain form: the
 * plain document is what Prism and validators read, and some of these rewrites say less than it
 * does (enums and discriminated unions opened) or say it in a form Prism cannot compile (explicit
 * null members). Each pass steps around one limit of that tool; the README's section on other tools
 * names them.
 */
public final class OpenApiGeneratorForm {
  private OpenApiGeneratorForm() {}

  /** The rewrites, in the order they run. */
  public static List<Pass> passes() {
    return List.of(
        new UnionArraysPass(),
        new UnionNullMembersPass(),
        new UnionNumbersPass(),
        new OpenEnumsPass(),
        new OpenUnionsPass());
  }

  /** Rewrites {@code document} in place into this form, recording every change in {@code report} under {@code name}. */
  public static void apply(String name, ObjectNode document, Report report) {
    Passes.run(passes(), new PassContext(name, document, Overrides.NONE, report));
  }

  /** Visits every {@code oneOf}/{@code anyOf} list of the component schemas, with the pointer of its owner schema. */
  static void forEachUnion(ObjectNode document, UnionVisitor visitor) {
    ObjectNode schemas = Json.schemas(document);
    for (String name : Json.fieldNames(schemas)) {
      RawSchemas.schema(schemas.get(name), Json.schemaPointer(name), (schema, pointer) -> {
        for (String keyword : List.of("oneOf", "anyOf")) {
          if (schema.get(keyword) instanceof ArrayNode members) {
            visitor.visit(schema, keyword, members, pointer);
          }
        }
      });
    }
  }

  /** Receives a union: its schema, its keyword, its members and the schema's pointer. */
  @FunctionalInterface
  interface UnionVisitor {
    void visit(ObjectNode union, String keyword, ArrayNode members, String pointer);
  }

  /** Visits every schema of the components a response body can hold ({@link #readComponents}), subschemas included. */
  static void forEachReadSchema(ObjectNode document, RawSchemas.Visitor visitor) {
    ObjectNode schemas = Json.schemas(document);
    for (String name : readComponents(document)) {
      JsonNode component = schemas.get(name);
      if (component != null) {
        RawSchemas.schema(component, Json.schemaPointer(name), visitor);
      }
    }
  }

  /**
   * The component schemas a response body can hold, following {@code $ref}s from every response
   * (of the paths and of {@code components/responses}): the schemas whose values a client reads.
   */
  static Set<String> readComponents(ObjectNode document) {
    Set<String> found = new TreeSet<>();
    Deque<JsonNode> pending = new ArrayDeque<>();
    for (JsonNode item : document.path("paths")) {
      for (JsonNode operation : item) {
        for (JsonNode response : operation.path("responses")) {
          pending.add(response);
        }
      }
    }
    for (JsonNode response : document.path("components").path("responses")) {
      pending.add(response);
    }
    ObjectNode schemas = Json.schemas(document);
    while (!pending.isEmpty()) {
      JsonNode node = pending.pop();
      String name = Json.refName(node);
      if (name != null && found.add(name) && schemas.has(name)) {
        pending.add(schemas.get(name));
      }
      if (node.isContainerNode()) {
        for (JsonNode child : node) {
          pending.add(child);
        }
      }
    }
    return found;
  }

  /** {@code /components/schemas/Message/properties/content} gives {@code MessageContent}: the component, then each property name. */
  static String ownerName(String pointer) {
    String[] parts = pointer.substring(Json.schemaPointer("").length()).split("/");
    StringBuilder name = new StringBuilder(Names.pascal(unescape(parts[0])));
    for (int i = 1; i < parts.length; i++) {
      if (parts[i - 1].equals("properties")) {
        name.append(Names.pascal(unescape(parts[i])));
      } else if (parts[i].equals("items") && !parts[i - 1].equals("properties")) {
        name.append("Item");
      }
    }
    return name.toString();
  }

  /** A component name not taken yet: {@code base}, else {@code base2}, {@code base3}... */
  static String freeName(String base, Predicate<String> taken) {
    String name = base;
    for (int k = 2; taken.test(name); k++) {
      name = base + k;
    }
    return name;
  }

  private static String unescape(String token) {
    return token.replace("~1", "/").replace("~0", "~");
  }
}
