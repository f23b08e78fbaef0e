package dev.clientsmith.runtime.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.util.Objects;

/**
 * What the runtime's generated-type readers share: the type they read, and one instance per mapper
 * (Jackson caches them), so the deserializers they look up on first use are looked up once.
 *
 * @param <T> the type read
 */
abstract class TypedDeserializer<T> extends JsonDeserializer<T> {
  final Class<T> type;
  /** For JSON kept as it is: undeclared properties, values no union variant takes. */
  private final ValueBinding trees = new ValueBinding(JsonNode.class, null);

  TypedDeserializer(Class<T> type) {
    this.type = Objects.requireNonNull(type, "type");
  }

  /**
   * Reads the value at the parser's current token as a tree, as {@code context.readTree} does,
   * without looking the tree deserializer up again for every value.
   */
  final JsonNode readTree(JsonParser parser, DeserializationContext context) throws IOException {
    return (JsonNode) trees.read(parser, context);
  }

  @Override
  public Class<?> handledType() {
    return type;
  }

  @Override
  public boolean isCachable() {
    return true;
  }
}
