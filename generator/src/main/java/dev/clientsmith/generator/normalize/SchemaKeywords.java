package dev.clientsmith.generator.normalize;

import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/** The keywords of an OpenAPI 3.0 Schema Object, and how a misspelt one is recognised. */
final class SchemaKeywords {
  /** Every keyword OpenAPI 3.0 defines for a schema (extensions aside). */
  static final Set<String> OPENAPI_30 = Set.of("title", "multipleOf", "maximum", "exclusiveMaximum", "minimum",
      "exclusiveMinimum", "maxLength", "minLength", "pattern", "maxItems", "minItems", "uniqueItems", "maxProperties",
      "minProperties", "required", "enum", "type", "allOf", "oneOf", "anyOf", "not", "items", "properties",
      "additionalProperties", "description", "format", "default", "nullable", "discriminator", "readOnly",
      "writeOnly", "xml", "externalDocs", "example", "deprecated", "$ref");

  /** Keywords by their spelling-free form: lower case, without '_' and '-'. */
  private static final Map<String, String> BY_FOLDED = new TreeMap<>();

  static {
    OPENAPI_30.forEach(k -> BY_FOLDED.put(fold(k), k));
  }

  private SchemaKeywords() {}

  /**
   * The keyword {@code key} is a misspelling of ({@code min_items}, {@code MinLength},
   * {@code additional-properties}), or null when it is a keyword or resembles none.
   */
  static String misspelt(String key) {
    if (OPENAPI_30.contains(key) || key.startsWith("x-")) {
      return null;
    }
    return BY_FOLDED.get(fold(key));
  }

  private static String fold(String key) {
    return key.replace("_", "").replace("-", "").toLowerCase(Locale.ROOT);
  }
}
