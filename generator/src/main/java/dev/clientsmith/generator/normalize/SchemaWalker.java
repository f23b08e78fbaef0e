package dev.clientsmith.generator.normalize;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;

/**
 * Visits every schema of an OpenAPI 3.0 document (component schemas, parameter, body and response
 * schemas, and everything nested in them) with the context naming needs: which component or
 * operation it belongs to, under which property, whether it is an array item or a union member.
 * References are visited but not followed.
 */
public final class SchemaWalker {

  /** Where a schema sits. */
  public record Site(
      String component,
      String operationId,
      String property,
      boolean arrayItem,
      boolean mapValue,
      ObjectNode union,
      boolean nullableWrapper,
      ObjectNode parent) {

    static Site component(String name) {
      return new Site(name, null, null, false, false, null, false, null);
    }

    static Site operation(String operationId) {
      return new Site(null, operationId, null, false, false, null, false, null);
    }

    Site property(String name, ObjectNode owner) {
      return new Site(component, operationId, name, false, false, null, false, owner);
    }

    Site items(ObjectNode owner) {
      return new Site(component, operationId, property, true, false, null, false, owner);
    }

    Site mapValue(ObjectNode owner) {
      return new Site(component, operationId, property, false, true, null, false, owner);
    }

    Site member(ObjectNode composition, boolean wrapper) {
      return new Site(component, operationId, property, arrayItem, mapValue, composition, wrapper, composition);
    }

    /** True when the schema is the whole of a component (not something nested in it). */
    public boolean isComponentRoot() {
      return component != null && parent == null;
    }
  }

  /** Receives every schema node. */
  @FunctionalInterface
  public interface Visitor {
    void visit(ObjectNode schema, String pointer, Site site);
  }

  private SchemaWalker() {}

  public static void walk(ObjectNode document, Visitor visitor) {
    ObjectNode schemas = Json.schemas(document);
    for (String name : Json.fieldNames(schemas)) {
      JsonNode s = schemas.get(name);
      if (s.isObject()) {
        walkSchema((ObjectNode) s, Json.schemaPointer(name), Site.component(name), visitor);
      }
    }
    JsonNode components = document.get("components");
    if (components != null) {
      walkContainers(components, "/components", visitor);
    }
    JsonNode paths = document.get("paths");
    if (paths != null && paths.isObject()) {
      for (String path : Json.fieldNames(paths)) {
        JsonNode item = paths.get(path);
        String itemPtr = Json.pointer("/paths", path);
        walkParameters(item.get("parameters"), itemPtr + "/parameters", Site.operation(null), visitor);
        for (String method : Operations.METHODS) {
          JsonNode op = item.get(method);
          if (op == null || !op.isObject()) {
            continue;
          }
          String opPtr = itemPtr + "/" + method;
          String opId = Json.text(op, "operationId");
          walkParameters(op.get("parameters"), opPtr + "/parameters", Site.operation(opId), visitor);
          JsonNode body = op.get("requestBody");
          if (body != null) {
            walkContent(body.get("content"), opPtr + "/requestBody/content", Site.operation(opId), visitor);
          }
          JsonNode responses = op.get("responses");
          if (responses != null) {
            for (String code : Json.fieldNames(responses)) {
              JsonNode r = responses.get(code);
              walkContent(r.get("content"), opPtr + "/responses/" + code + "/content", Site.operation(opId), visitor);
            }
          }
        }
      }
    }
  }

  private static void walkContainers(JsonNode components, String ptr, Visitor visitor) {
    JsonNode params = components.get("parameters");
    if (params != null) {
      for (String n : Json.fieldNames(params)) {
        JsonNode s = params.get(n).get("schema");
        if (s != null && s.isObject()) {
          walkSchema((ObjectNode) s, ptr + "/parameters/" + Json.escape(n) + "/schema", Site.operation(null), visitor);
        }
      }
    }
    for (String kind : List.of("requestBodies", "responses")) {
      JsonNode group = components.get(kind);
      if (group != null) {
        for (String n : Json.fieldNames(group)) {
          walkContent(group.get(n).get("content"), ptr + "/" + kind + "/" + Json.escape(n) + "/content",
              Site.operation(null), visitor);
        }
      }
    }
  }

  private static void walkParameters(JsonNode params, String ptr, Site site, Visitor visitor) {
    if (params == null || !params.isArray()) {
      return;
    }
    for (int i = 0; i < params.size(); i++) {
      JsonNode s = params.get(i).get("schema");
      if (s != null && s.isObject()) {
        walkSchema((ObjectNode) s, ptr + "/" + i + "/schema", site, visitor);
      }
    }
  }

  private static void walkContent(JsonNode content, String ptr, Site site, Visitor visitor) {
    if (content == null || !content.isObject()) {
      return;
    }
    for (String mediaType : Json.fieldNames(content)) {
      JsonNode s = content.get(mediaType).get("schema");
      if (s != null && s.isObject()) {
        walkSchema((ObjectNode) s, Json.pointer(ptr, mediaType) + "/schema", site, visitor);
      }
    }
  }

  /** Walks one schema and everything nested in it. */
  public static void walkSchema(ObjectNode schema, String ptr, Site site, Visitor visitor) {
    visitor.visit(schema, ptr, site);
    if (schema.has("$ref")) {
      return;
    }
    JsonNode props = schema.get("properties");
    if (props != null && props.isObject()) {
      for (String p : Json.fieldNames(props)) {
        JsonNode s = props.get(p);
        if (s.isObject()) {
          walkSchema((ObjectNode) s, Json.pointer(ptr + "/properties", p), site.property(p, schema), visitor);
        }
      }
    }
    JsonNode items = schema.get("items");
    if (items != null && items.isObject()) {
      walkSchema((ObjectNode) items, ptr + "/items", site.items(schema), visitor);
    }
    JsonNode additional = schema.get("additionalProperties");
    if (additional != null && additional.isObject()) {
      walkSchema((ObjectNode) additional, ptr + "/additionalProperties", site.mapValue(schema), visitor);
    }
    for (String kw : List.of("oneOf", "anyOf", "allOf")) {
      JsonNode members = schema.get(kw);
      if (members != null && members.isArray()) {
        boolean wrapper = Json.isTrue(schema, "nullable") && members.size() == 1 && !schema.has("type");
        for (int i = 0; i < members.size(); i++) {
          if (members.get(i).isObject()) {
            walkSchema((ObjectNode) members.get(i), ptr + "/" + kw + "/" + i, site.member(schema, wrapper), visitor);
          }
        }
      }
    }
    JsonNode not = schema.get("not");
    if (not != null && not.isObject()) {
      walkSchema((ObjectNode) not, ptr + "/not", site, visitor);
    }
  }
}
