package dev.clientsmith.runtime.json;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.PropertyAccessor;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationConfig;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.module.SimpleSerializers;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;

/**
 * The Jackson configuration every generated client uses.
 *
 * <ul>
 *   <li><b>Unknown properties are ignored</b> by the mapper; a generated model that keeps them does
 *       so itself with {@code @JsonAnySetter}. A provider adding a field must not break old clients.
 *   <li><b>Nothing is auto-detected</b>: no getter, setter, field or constructor becomes a property
 *       unless annotated ({@code @JsonProperty}, {@code @JsonCreator}, {@code @JsonAnyGetter}...).
 *       Helper methods such as {@code isPresent()} or {@code getRawValue()} on a model can then
 *       never leak into the JSON, and generated code states its mapping explicitly. Maps, lists,
 *       scalars and {@code JsonNode}s are unaffected.
 *   <li><b>Nulls are not written</b> (default inclusion {@code NON_ABSENT}): a Java {@code null},
 *       an empty {@code Optional} and an absent {@link Nullable} are omitted; only
 *       {@link Nullable#ofNull()} (or a {@code null} inside a map or list) is written as {@code null}.
 *   <li><b>Doubles stay doubles</b>: floating-point numbers bind to {@code double}/{@code Double}
 *       (also inside untyped maps), never to {@code BigDecimal}. Parsing and writing use Jackson's
 *       fast, correctly rounded algorithms, so every finite double, {@code -1.79e308} and
 *       {@code 4.9e-324} included, round-trips bit for bit, and the output does not depend on the
 *       JDK's {@code Double.toString}.
 *   <li><b>Integral doubles are written as integers</b> ({@link IntegralDoubleSerializer}): a
 *       {@code Double} or {@code Float} such as {@code 3.0} goes out as {@code 3}, as JavaScript
 *       clients write it, within &plusmn;2<sup>53</sup> and except {@code -0.0}; every other value
 *       as before, so the bit-for-bit round trip holds. Generated models carry this on their
 *       properties, so they write the same with any mapper; this mapper applies it to doubles
 *       outside models too (extra body properties). {@code JsonNode}s keep their numbers as read.
 *   <li><b>One document per payload</b>: trailing content after the value is an error, and a model
 *       without properties serializes as {@code {}} instead of failing.
 * </ul>
 *
 * <p>Responses are bound directly from the received bytes or stream to the target type, in one
 * pass: there is no intermediate tree and no second parse to look for error fields.
 */
public final class ClientJson {

  private static final ObjectMapper SHARED = newMapper();

  private ClientJson() {
  }

  /**
   * Returns the shared, configured mapper. Jackson mappers are thread-safe and cache serializers
   * per type, so sharing one is what makes binding fast.
   *
   * <p>Do not reconfigure it: it is shared by every client in the JVM. For a variation, start
   * from {@link #newMapper()} and pass it to the client options.
   */
  public static ObjectMapper mapper() {
    return SHARED;
  }

  /** Returns a new mapper with the configuration described above, free to be customised. */
  public static JsonMapper newMapper() {
    return JsonMapper.builder()
        .addModule(new Jdk8Module())
        .addModule(new NullableModule())
        .addModule(numbersModule())
        .visibility(PropertyAccessor.ALL, JsonAutoDetect.Visibility.NONE)
        // With auto-detection off, these would still make annotated final fields or getter-only
        // properties writable behind the model's back.
        .disable(MapperFeature.ALLOW_FINAL_FIELDS_AS_MUTATORS, MapperFeature.INFER_PROPERTY_MUTATORS)
        .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
        .disable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
        .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
        .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS)
        .enable(StreamReadFeature.USE_FAST_DOUBLE_PARSER)
        .enable(StreamWriteFeature.USE_FAST_DOUBLE_WRITER)
        // Exception messages must not quote payloads (they may contain user data).
        .disable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
        .defaultPropertyInclusion(JsonInclude.Value.construct(
            JsonInclude.Include.NON_ABSENT, JsonInclude.Include.ALWAYS))
        .build();
  }

  private static SimpleModule numbersModule() {
    SimpleModule module = new SimpleModule("ClientsmithNumbers");
    module.setSerializers(new FloatingSerializers());
    return module;
  }

  /** {@link IntegralDoubleSerializer} for every {@code Double}, {@code double}, {@code Float} and {@code float}. */
  private static final class FloatingSerializers extends SimpleSerializers {
    private static final long serialVersionUID = 1L;

    @Override
    public JsonSerializer<?> findSerializer(SerializationConfig config, JavaType type, BeanDescription beanDesc) {
      Class<?> raw = type.getRawClass();
      return raw == Double.class || raw == double.class || raw == Float.class || raw == float.class ? IntegralDoubleSerializer.INSTANCE : null;
    }
  }
}
