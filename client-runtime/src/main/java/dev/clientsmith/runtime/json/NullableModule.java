package dev.clientsmith.runtime.json;

import com.fasterxml.jackson.core.Version;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.Module;
import com.fasterxml.jackson.databind.SerializationConfig;
import com.fasterxml.jackson.databind.deser.Deserializers;
import com.fasterxml.jackson.databind.jsontype.TypeDeserializer;
import com.fasterxml.jackson.databind.jsontype.TypeSerializer;
import com.fasterxml.jackson.databind.ser.Serializers;
import com.fasterxml.jackson.databind.type.ReferenceType;
import com.fasterxml.jackson.databind.type.TypeBindings;
import com.fasterxml.jackson.databind.type.TypeFactory;
import com.fasterxml.jackson.databind.type.TypeModifier;
import java.lang.reflect.Type;

/**
 * Jackson support for {@link Nullable}.
 *
 * <p>{@code Nullable} is registered as a <em>reference type</em>, the same mechanism Jackson uses for
 * {@link java.util.Optional}. That is what makes {@code @JsonInclude(NON_ABSENT)} work (Jackson asks
 * the serializer whether a reference is "absent" and skips the property), what makes a property
 * missing from the input come out as {@link Nullable#absent()} in a {@code @JsonCreator}, and what
 * lets the contained type be generic ({@code Nullable<List<Message>>}) and polymorphic.
 *
 * <p>Registered by {@link ClientJson}; also discoverable through
 * {@link com.fasterxml.jackson.databind.ObjectMapper#findAndRegisterModules()}.
 */
public final class NullableModule extends Module {

  /** Creates the module. */
  public NullableModule() {
  }

  @Override
  public String getModuleName() {
    return "ClientsmithNullableModule";
  }

  @Override
  public Version version() {
    return Version.unknownVersion();
  }

  @Override
  public void setupModule(SetupContext context) {
    context.addTypeModifier(new NullableTypeModifier());
    context.addSerializers(new NullableSerializers());
    context.addDeserializers(new NullableDeserializers());
  }

  /** Turns {@code Nullable<X>} into a {@link ReferenceType} to {@code X}. */
  private static final class NullableTypeModifier extends TypeModifier {
    @Override
    public JavaType modifyType(JavaType type, Type jdkType, TypeBindings bindings, TypeFactory typeFactory) {
      if (type.isReferenceType() || type.isContainerType() || type.getRawClass() != Nullable.class) {
        return type;
      }
      return ReferenceType.upgradeFrom(type, type.containedTypeOrUnknown(0));
    }
  }

  private static final class NullableSerializers extends Serializers.Base {
    @Override
    public JsonSerializer<?> findReferenceSerializer(SerializationConfig config, ReferenceType type,
        BeanDescription beanDesc, TypeSerializer contentTypeSerializer,
        JsonSerializer<Object> contentValueSerializer) {
      if (type.getRawClass() != Nullable.class) {
        return null;
      }
      boolean staticTyping = contentTypeSerializer == null && config.isEnabled(MapperFeature.USE_STATIC_TYPING);
      return new NullableSerializer(type, staticTyping, contentTypeSerializer, contentValueSerializer);
    }
  }

  private static final class NullableDeserializers extends Deserializers.Base {
    @Override
    public JsonDeserializer<?> findReferenceDeserializer(ReferenceType type, DeserializationConfig config,
        BeanDescription beanDesc, TypeDeserializer contentTypeDeserializer,
        JsonDeserializer<?> contentDeserializer) {
      if (type.getRawClass() != Nullable.class) {
        return null;
      }
      return new NullableDeserializer(type, contentTypeDeserializer, contentDeserializer);
    }
  }
}
