package dev.clientsmith.runtime.json;

import com.fasterxml.jackson.databind.BeanProperty;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.jsontype.TypeSerializer;
import com.fasterxml.jackson.databind.ser.std.ReferenceTypeSerializer;
import com.fasterxml.jackson.databind.type.ReferenceType;
import com.fasterxml.jackson.databind.util.NameTransformer;

/**
 * Writes a {@link Nullable}. "Present" in Jackson's reference-type terms means "defined": absent is
 * the only state Jackson's {@code NON_ABSENT} inclusion suppresses, so explicit null is present
 * with a null referent and gets written as {@code null}.
 */
final class NullableSerializer extends ReferenceTypeSerializer<Nullable<?>> {

  NullableSerializer(ReferenceType type, boolean staticTyping, TypeSerializer typeSerializer,
      JsonSerializer<Object> valueSerializer) {
    super(type, staticTyping, typeSerializer, valueSerializer);
  }

  private NullableSerializer(NullableSerializer base, BeanProperty property, TypeSerializer typeSerializer,
      JsonSerializer<?> valueSerializer, NameTransformer unwrapper, Object suppressableValue,
      boolean suppressNulls) {
    super(base, property, typeSerializer, valueSerializer, unwrapper, suppressableValue, suppressNulls);
  }

  @Override
  protected ReferenceTypeSerializer<Nullable<?>> withResolved(BeanProperty property,
      TypeSerializer typeSerializer, JsonSerializer<?> valueSerializer, NameTransformer unwrapper) {
    return new NullableSerializer(this, property, typeSerializer, valueSerializer, unwrapper,
        _suppressableValue, _suppressNulls);
  }

  @Override
  public ReferenceTypeSerializer<Nullable<?>> withContentInclusion(Object suppressableValue, boolean suppressNulls) {
    return new NullableSerializer(this, _property, _valueTypeSerializer, _valueSerializer, _unwrapper,
        suppressableValue, suppressNulls);
  }

  @Override
  protected boolean _isValuePresent(Nullable<?> value) {
    return value.isDefined();
  }

  @Override
  protected Object _getReferenced(Nullable<?> value) {
    return value.orElseNull();
  }

  @Override
  protected Object _getReferencedIfPresent(Nullable<?> value) {
    return value.orElseNull();
  }
}
