package dev.clientsmith.generator.model;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Objects;
import java.util.Optional;

/**
 * One property of an object type.
 *
 * @param jsonName the name on the wire
 * @param javaName the Java name (camelCase, keywords escaped, unique in its type)
 * @param required the document lists it in {@code required}
 * @param nullable the value may be {@code null} (so absent, null and a value are three states)
 * @param constant a single allowed value ({@code role: "system"}): builders fill it in
 * @param defaultValue the document's default; documented, never sent unasked
 */
public record Property(
    String jsonName,
    String javaName,
    TypeRef type,
    boolean required,
    boolean nullable,
    Optional<String> description,
    Optional<String> constant,
    Optional<JsonNode> defaultValue) {
  public Property {
    Objects.requireNonNull(jsonName, "jsonName");
    Objects.requireNonNull(javaName, "javaName");
    Objects.requireNonNull(type, "type");
  }
}
