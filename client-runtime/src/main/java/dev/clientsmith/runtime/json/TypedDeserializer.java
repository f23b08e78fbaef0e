package dev.clientsmith.runtime.json;

import com.fasterxml.jackson.databind.JsonDeserializer;
import java.util.Objects;

/**
 * What the runtime's generated-type readers share: the type they read, and one instance per mapper
 * (Jackson caches them), so the deserializers they look up on first use are looked up once.
 *
 * @param <T> the type read
 */
abstract class TypedDeserializer<T> extends JsonDeserializer<T> {
  final Class<T> type;

  TypedDeserializer(Class<T> type) {
    this.type = Objects.requireNonNull(type, "type");
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
