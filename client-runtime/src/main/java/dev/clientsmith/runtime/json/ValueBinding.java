package dev.clientsmith.runtime.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonDeserializer;
import java.io.IOException;

/**
 * The type a union variant or model property binds to, with the deserializer Jackson has for it,
 * looked up on first use and kept (its owner is one instance per mapper). A race only looks it up
 * twice.
 */
final class ValueBinding {
  private final Class<?> valueClass;
  private final TypeReference<?> valueReference;
  private volatile JsonDeserializer<Object> deserializer;

  ValueBinding(Class<?> valueClass, TypeReference<?> valueReference) {
    if ((valueClass == null) == (valueReference == null)) {
      throw new IllegalArgumentException("a class or a type reference, not both");
    }
    this.valueClass = valueClass;
    this.valueReference = valueReference;
  }

  /** Reads the value at the parser's current token; JSON {@code null} is the deserializer's null value. */
  Object read(JsonParser parser, DeserializationContext context) throws IOException {
    JsonDeserializer<Object> d = deserializer(context);
    return parser.hasToken(JsonToken.VALUE_NULL) ? d.getNullValue(context) : d.deserialize(parser, context);
  }

  JsonDeserializer<Object> deserializer(DeserializationContext context) throws IOException {
    JsonDeserializer<Object> d = deserializer;
    if (d == null) {
      JavaType javaType = valueClass != null ? context.constructType(valueClass)
          : context.getTypeFactory().constructType(valueReference);
      d = context.findRootValueDeserializer(javaType);
      deserializer = d;
    }
    return d;
  }
}
