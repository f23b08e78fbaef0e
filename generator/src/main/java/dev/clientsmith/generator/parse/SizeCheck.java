package dev.clientsmith.generator.parse;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.clientsmith.generator.diag.Diagnostic;
import dev.clientsmith.generator.source.JsonPointers;
import dev.clientsmith.generator.source.Locator;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Bounds the number of schemas and operations a document declares, counted on the tree as read,
 * before any stage whose cost grows with them (Swagger Parser, the passes, naming, emission).
 *
 * <p>The file limit of the source stage does not bound these: sixteen MiB of
 * {@code {"type":"string"}} are about a million schemas, each of which would become work (and, if
 * inline, a type) in every later stage. Real documents are far below the bounds: OpenAI's, the
 * largest known, declares 2,475 types and 288 operations.
 *
 * <p>A schema is any value written where OpenAPI or JSON Schema expects one: members of
 * {@code components/schemas}, {@code schema} of parameters, headers and media types, and every
 * subschema ({@code properties}, {@code items}, {@code allOf}...), components and inline alike,
 * since inline schemas cost as much as named ones. A {@code $ref} counts as one.
 */
public final class SizeCheck {
  /** The most schemas a document may declare, inline ones included. */
  public static final int MAX_SCHEMAS = 100_000;
  /** The most operations a document may declare (paths and webhooks together). */
  public static final int MAX_OPERATIONS = 10_000;

  private static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "options", "head", "patch", "trace");
  /** Keywords whose value is one schema. */
  private static final Set<String> ONE = Set.of("items", "additionalProperties", "not", "propertyNames", "contains",
      "if", "then", "else", "unevaluatedItems", "unevaluatedProperties", "additionalItems", "contentSchema");
  /** Keywords whose value is a list of schemas. */
  private static final Set<String> LIST = Set.of("allOf", "anyOf", "oneOf", "prefixItems", "items");
  /** Keywords whose value maps names to schemas. */
  private static final Set<String> MAP = Set.of("properties", "patternProperties", "$defs", "definitions", "dependentSchemas");
  /** Members whose value is data, never OpenAPI: no schema is inside. */
  private static final Set<String> DATA = Set.of("example", "examples", "default", "enum", "value", "const");

  private final Locator locator;
  private final List<Diagnostic> problems = new ArrayList<>();
  private int schemas;
  private int operations;

  private SizeCheck(Locator locator) {
    this.locator = locator;
  }

  /** The limits {@code root} exceeds (at most one diagnostic per limit), each at the value that crosses it. */
  public static List<Diagnostic> check(ObjectNode root, Locator locator) {
    SizeCheck check = new SizeCheck(locator);
    check.countOperations(root.path("paths"), "/paths");
    check.countOperations(root.path("webhooks"), "/webhooks");
    check.openApi(root, "");
    return List.copyOf(check.problems);
  }

  /** How many schemas and operations a document declares, counted as {@link #check} does. */
  public record Counts(int schemas, int operations) {}

  /** The counts of {@code root}, for measuring real documents against the limits. */
  public static Counts count(ObjectNode root) {
    SizeCheck check = new SizeCheck(pointer -> dev.clientsmith.generator.diag.Location.ofFile("count"));
    check.countOperations(root.path("paths"), "/paths");
    check.countOperations(root.path("webhooks"), "/webhooks");
    check.openApi(root, "");
    return new Counts(check.schemas, check.operations);
  }

  private void countOperations(JsonNode paths, String pointer) {
    if (!paths.isObject()) {
      return;
    }
    for (Map.Entry<String, JsonNode> path : paths.properties()) {
      if (!path.getValue().isObject()) {
        continue;
      }
      for (String key : fieldNames(path.getValue())) {
        if (METHODS.contains(key) && ++operations == MAX_OPERATIONS + 1) {
          String at = JsonPointers.child(JsonPointers.child(pointer, path.getKey()), key);
          problems.add(Diagnostic.error("parse.too-many-operations", locator.locate(at), at,
              "the document declares more than " + MAX_OPERATIONS + " operations; this one is the first over the limit",
              "real API documents declare a few hundred; split the document into several, or check how it was made"));
          return;
        }
      }
    }
  }

  /** An OpenAPI object, or a list or map of them: its schemas are under {@code schema} members. */
  private void openApi(JsonNode node, String pointer) {
    if (schemas > MAX_SCHEMAS) {
      return;
    }
    if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        openApi(node.get(i), JsonPointers.child(pointer, i));
      }
      return;
    }
    if (!node.isObject()) {
      return;
    }
    for (String key : fieldNames(node)) {
      JsonNode value = node.get(key);
      String at = JsonPointers.child(pointer, key);
      if (key.startsWith("x-") || DATA.contains(key)) {
        continue;
      }
      if (key.equals("schema")) {
        schema(value, at);
      } else if (key.equals("schemas") && pointer.equals("/components")) {
        members(value, at);
      } else {
        openApi(value, at);
      }
    }
  }

  private void schema(JsonNode node, String pointer) {
    if (!node.isObject() || schemas > MAX_SCHEMAS) {
      return;
    }
    if (++schemas > MAX_SCHEMAS) {
      problems.add(Diagnostic.error("parse.too-many-schemas", locator.locate(pointer), pointer,
          "the document declares more than " + MAX_SCHEMAS + " schemas (named and inline ones counted together);"
              + " this one is the first over the limit",
          "real API documents declare a few thousand; split the document into several, or check how it was made"));
      return;
    }
    for (String key : fieldNames(node)) {
      JsonNode value = node.get(key);
      String at = JsonPointers.child(pointer, key);
      if (LIST.contains(key) && value.isArray()) {
        for (int i = 0; i < value.size(); i++) {
          schema(value.get(i), JsonPointers.child(at, i));
        }
      } else if (ONE.contains(key)) {
        schema(value, at);
      } else if (MAP.contains(key)) {
        members(value, at);
      }
    }
  }

  private void members(JsonNode map, String pointer) {
    if (!map.isObject()) {
      return;
    }
    for (String name : fieldNames(map)) {
      schema(map.get(name), JsonPointers.child(pointer, name));
    }
  }

  private static List<String> fieldNames(JsonNode node) {
    List<String> names = new ArrayList<>(node.size());
    node.fieldNames().forEachRemaining(names::add);
    return names;
  }
}
