package dev.clientsmith.clienttests.contract;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * Measures, on the ORIGINAL document, what the request bodies a client sent have exercised: every
 * property (present with a value), every explicit null of a nullable property, every branch of a
 * {@code oneOf}, every {@code enum} value, every map entry schema. {@link #expect} lists what a
 * request schema makes reachable; {@link #record} marks what one sent body covered;
 * {@link #missing()} is the difference.
 *
 * <p>Items are named by location: a component name, then {@code .property}, {@code []} for array
 * items, {@code {}} for map values and {@code /oneOf/i} for union branches, e.g.
 * {@code property ChatGenerationParamsProvider.order} or {@code enum Schema0Items0 = "OpenAI"}.
 * A component reached from several places is one location.
 */
final class SchemaCoverage {

  private final SortedSet<String> expected = new TreeSet<>();
  private final Set<String> covered = new HashSet<>();

  /**
   * Adds everything reachable from a request body schema to what must be covered.
   *
   * @param document the original document
   * @param documentName prefixes every item, so documents of one provider stay apart
   */
  synchronized void expect(JsonNode document, String documentName, JsonNode bodySchema) {
    enumerate(document, bodySchema, documentName + ": " + rootName(bodySchema), new HashSet<>());
  }

  /** Marks what {@code body}, sent for a request whose body schema is {@code bodySchema}, covers. */
  synchronized void record(JsonNode document, String documentName, JsonNode bodySchema, JsonNode body) {
    walk(document, bodySchema, documentName + ": " + rootName(bodySchema), body, 0);
  }

  private static String rootName(JsonNode bodySchema) {
    String name = Schemas.refName(bodySchema);
    return name == null ? "requestBody" : name;
  }

  /** What is expected and was not covered, sorted. */
  synchronized SortedSet<String> missing() {
    SortedSet<String> missing = new TreeSet<>(expected);
    missing.removeAll(covered);
    return missing;
  }

  /** How many items are expected. */
  synchronized int expectedCount() {
    return expected.size();
  }

  private void enumerate(JsonNode document, JsonNode schema, String location, Set<String> visited) {
    String name = Schemas.refName(schema);
    if (name != null) {
      if (!visited.add(name)) {
        return;
      }
      enumerate(document, Schemas.resolve(document, schema), prefix(location) + name, visited);
      return;
    }
    for (JsonNode value : schema.path("enum")) {
      expected.add(enumItem(location, value));
    }
    List<JsonNode> branches = Schemas.branches(schema);
    for (int i = 0; i < branches.size(); i++) {
      expected.add("branch " + location + "/oneOf/" + i);
      enumerate(document, branches.get(i), location + "/oneOf/" + i, visited);
    }
    for (Map.Entry<String, JsonNode> property : schema.path("properties").properties()) {
      String at = location + "." + property.getKey();
      expected.add("property " + at);
      if (Schemas.nullable(document, property.getValue())) {
        expected.add("null " + at);
      }
      enumerate(document, property.getValue(), at, visited);
    }
    if (schema.has("items")) {
      enumerate(document, schema.get("items"), location + "[]", visited);
    }
    if (schema.path("additionalProperties").isObject()) {
      expected.add("entry " + location + "{}");
      enumerate(document, schema.get("additionalProperties"), location + "{}", visited);
    }
  }

  private void walk(JsonNode document, JsonNode schema, String location, JsonNode value, int depth) {
    if (depth > 64 || value == null || value.isNull()) {
      return;
    }
    String name = Schemas.refName(schema);
    if (name != null) {
      walk(document, Schemas.resolve(document, schema), prefix(location) + name, value, depth + 1);
      return;
    }
    if (schema.has("enum")) {
      covered.add(enumItem(location, value));
    }
    List<JsonNode> branches = Schemas.branches(schema);
    for (int i = 0; i < branches.size(); i++) {
      if (Schemas.fits(document, branches.get(i), value)) {
        covered.add("branch " + location + "/oneOf/" + i);
        walk(document, branches.get(i), location + "/oneOf/" + i, value, depth + 1);
      }
    }
    if (value.isObject()) {
      for (Map.Entry<String, JsonNode> field : value.properties()) {
        JsonNode declared = schema.path("properties").path(field.getKey());
        if (!declared.isMissingNode()) {
          String at = location + "." + field.getKey();
          covered.add((field.getValue().isNull() ? "null " : "property ") + at);
          walk(document, declared, at, field.getValue(), depth + 1);
        } else if (schema.path("additionalProperties").isObject()) {
          covered.add("entry " + location + "{}");
          walk(document, schema.get("additionalProperties"), location + "{}", field.getValue(), depth + 1);
        }
      }
    }
    if (value.isArray() && schema.has("items")) {
      for (JsonNode item : value) {
        walk(document, schema.get("items"), location + "[]", item, depth + 1);
      }
    }
  }

  /** The document part of a location ("interactive-ai-chat: "). */
  private static String prefix(String location) {
    int colon = location.indexOf(": ");
    return colon < 0 ? "" : location.substring(0, colon + 2);
  }

  private static String enumItem(String location, JsonNode value) {
    return "enum " + location + " = " + value;
  }
}
