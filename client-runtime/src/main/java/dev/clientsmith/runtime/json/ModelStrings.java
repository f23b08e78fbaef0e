package dev.clientsmith.runtime.json;

import java.util.Map;

/**
 * The {@code toString()} of generated models: {@code Message{role=assistant, content=Hello!}}.
 *
 * <p>It shows what was sent or received and nothing of how it is held: an absent property (a Java
 * {@code null}, an absent {@link Nullable}) is left out, an explicit JSON null shows as
 * {@code null}, a {@link Nullable} value as the value itself, and undeclared properties only when
 * there are some. A log line of a response then reads like the response.
 */
public final class ModelStrings {
  private ModelStrings() {}

  /**
   * The text of a model.
   *
   * @param type the model's simple name
   * @param namesAndValues the properties in declaration order: a name, then its field's value
   * @param additionalProperties the undeclared properties
   */
  public static String of(String type, Map<String, ?> additionalProperties, Object... namesAndValues) {
    StringBuilder text = new StringBuilder(type).append('{');
    String separator = "";
    for (int i = 0; i + 1 < namesAndValues.length; i += 2) {
      Object value = namesAndValues[i + 1];
      if (value == null || value instanceof Nullable<?> n && n.isAbsent()) {
        continue;
      }
      Object shown = value instanceof Nullable<?> n ? n.orElseNull() : value;
      text.append(separator).append(namesAndValues[i]).append('=').append(shown);
      separator = ", ";
    }
    if (additionalProperties != null && !additionalProperties.isEmpty()) {
      text.append(separator).append("additionalProperties=").append(additionalProperties);
    }
    return text.append('}').toString();
  }
}
