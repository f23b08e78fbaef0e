package dev.clientsmith.clienttests.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * A normalised OpenAPI document as shipped in a generated module, with a small structural check of
 * JSON values against its schemas: {@code $ref}, {@code type}, {@code nullable}, {@code enum}
 * (open when {@code x-extensible-enum}), {@code properties}, {@code required},
 * {@code additionalProperties}, {@code items} and {@code oneOf} (exactly one branch). Enough to
 * tell whether a request a client sent is one the document accepts; formats and bounds are not
 * checked.
 */
public final class OpenApiDocument {

  private static final ObjectMapper JSON = new ObjectMapper();

  private final JsonNode root;

  private OpenApiDocument(JsonNode root) {
    this.root = root;
  }

  /** Loads a document from the class path, e.g. {@code dev/clientsmith/clients/oxen/openapi.json}. */
  public static OpenApiDocument load(String classpathResource) {
    try {
      return new OpenApiDocument(JSON.readTree(TestResources.text(classpathResource)));
    } catch (IOException e) {
      throw new UncheckedIOException("could not parse " + classpathResource, e);
    }
  }

  /**
   * Returns the operation that serves a request: its path template matches {@code path} (each
   * {@code {param}} one segment) and it has {@code method}.
   *
   * @throws AssertionError when the document has no such operation
   */
  public JsonNode operation(String method, String path) {
    for (Map.Entry<String, JsonNode> entry : root.path("paths").properties()) {
      String regex = Pattern.quote(entry.getKey()).replaceAll("\\{[^}/]+}", "\\\\E[^/]+\\\\Q");
      JsonNode operation = entry.getValue().path(method.toLowerCase(Locale.ROOT));
      if (path.matches(regex) && operation.isObject()) {
        return operation;
      }
    }
    throw new AssertionError("the document has no operation " + method + " " + path);
  }

  /** The JSON schema of an operation's {@code application/json} request body. */
  public JsonNode requestSchema(String method, String path) {
    JsonNode schema = operation(method, path).path("requestBody").path("content").path("application/json").path("schema");
    if (schema.isMissingNode()) {
      throw new AssertionError(method + " " + path + " has no application/json request body");
    }
    return schema;
  }

  /**
   * Checks a value against a schema of this document.
   *
   * @return what does not match, each with its JSON pointer; empty when the value is valid
   */
  public List<String> problems(JsonNode value, JsonNode schema) {
    List<String> problems = new ArrayList<>();
    check(value, schema, "", problems);
    return problems;
  }

  private JsonNode resolve(JsonNode schema) {
    JsonNode current = schema;
    while (current.has("$ref")) {
      String ref = current.get("$ref").asText();
      if (!ref.startsWith("#/")) {
        throw new IllegalArgumentException("only local references are supported: " + ref);
      }
      current = root.at(ref.substring(1));
      if (current.isMissingNode()) {
        throw new IllegalArgumentException("dangling reference " + ref);
      }
    }
    return current;
  }

  private void check(JsonNode value, JsonNode rawSchema, String pointer, List<String> problems) {
    JsonNode schema = resolve(rawSchema);
    String at = pointer.isEmpty() ? "/" : pointer;
    if (value.isNull()) {
      if (!schema.path("nullable").asBoolean(false) && !nullInOneOf(schema)) {
        problems.add(at + ": null is not allowed");
      }
      return;
    }
    if (schema.has("oneOf")) {
      int matching = 0;
      for (JsonNode branch : schema.get("oneOf")) {
        List<String> branchProblems = new ArrayList<>();
        check(value, branch, pointer, branchProblems);
        if (branchProblems.isEmpty()) {
          matching++;
        }
      }
      if (matching != 1) {
        problems.add(at + ": matches " + matching + " oneOf branches instead of one");
      }
      return;
    }
    String type = schema.path("type").asText("");
    if (!type.isEmpty() && !hasType(value, type)) {
      problems.add(at + ": expected " + type + " but was " + value.getNodeType().name().toLowerCase(Locale.ROOT));
      return;
    }
    if (schema.has("enum") && !schema.path("x-extensible-enum").asBoolean(false)) {
      boolean listed = false;
      for (JsonNode allowed : schema.get("enum")) {
        listed |= allowed.equals(value);
      }
      if (!listed) {
        problems.add(at + ": " + value + " is not one of " + schema.get("enum"));
      }
    }
    if (value.isObject()) {
      for (JsonNode required : schema.path("required")) {
        if (!value.has(required.asText())) {
          problems.add(at + ": required property '" + required.asText() + "' is missing");
        }
      }
      JsonNode properties = schema.path("properties");
      JsonNode additional = schema.path("additionalProperties");
      for (Map.Entry<String, JsonNode> field : value.properties()) {
        String child = pointer + "/" + field.getKey();
        if (properties.has(field.getKey())) {
          check(field.getValue(), properties.get(field.getKey()), child, problems);
        } else if (additional.isBoolean() && !additional.asBoolean()) {
          problems.add(child + ": property not declared (additionalProperties is false)");
        } else if (additional.isObject() && additional.size() > 0) {
          check(field.getValue(), additional, child, problems);
        }
      }
    }
    if (value.isArray() && schema.has("items")) {
      for (int i = 0; i < value.size(); i++) {
        check(value.get(i), schema.get("items"), pointer + "/" + i, problems);
      }
    }
  }

  private boolean nullInOneOf(JsonNode schema) {
    for (JsonNode branch : schema.path("oneOf")) {
      if (resolve(branch).path("nullable").asBoolean(false)) {
        return true;
      }
    }
    return false;
  }

  private static boolean hasType(JsonNode value, String type) {
    switch (type) {
      case "object": return value.isObject();
      case "array": return value.isArray();
      case "string": return value.isTextual();
      case "number": return value.isNumber();
      case "integer": return value.isIntegralNumber();
      case "boolean": return value.isBoolean();
      default: throw new IllegalArgumentException("unknown schema type " + type);
    }
  }
}
