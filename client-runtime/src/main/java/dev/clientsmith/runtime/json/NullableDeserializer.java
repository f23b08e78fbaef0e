package dev.clientsmith.runtime.json;

import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.jsontype.TypeDeserializer;
import com.fasterxml.jackson.databind.deser.std.ReferenceTypeDeserializer;

/**
 * Reads a {@link Nullable}: a JSON {@code null} becomes {@link Nullable#ofNull()}, a value
 * {@link Nullable#of}, and a property missing from a creator's input {@link Nullable#absent()}.
 */
final class NullableDeserializer extends ReferenceTypeDeserializer<Nullable<?>> {

  NullableDeserializer(JavaType fullType, TypeDeserializer typeDeserializer, JsonDeserializer<?> valueDeserializer) {
    super(fullType, null, typeDeserializer, valueDeserializer);
  }

  @Override
  protected ReferenceTypeDeserializer<Nullable<?>> withResolved(TypeDeserializer typeDeserializer,
      JsonDeserializer<?> valueDeserializer) {
    return new NullableDeserializer(_fullType, typeDeserializer, valueDeserializer);
  }

  /** Called for a JSON {@code null} token. */
  @Override
  public Nullable<?> getNullValue(DeserializationContext context) {
    return Nullable.ofNull();
  }

  /**
   * Called for a creator property missing from the input. Jackson's default would fall back to
   * {@link #getNullValue}, which would turn "absent" into "null".
   */
  @Override
  public Object getAbsentValue(DeserializationContext context) {
    return Nullable.absent();
  }

  @Override
  public Nullable<?> referenceValue(Object contents) {
    // A value deserializer may map a token to null (e.g. an empty string coerced to null).
    return Nullable.ofNullable(contents);
  }

  @Override
  public Nullable<?> updateReference(Nullable<?> reference, Object contents) {
    return Nullable.ofNullable(contents);
  }

  @Override
  public Object getReferenced(Nullable<?> reference) {
    return reference.orElseNull();
  }
}
