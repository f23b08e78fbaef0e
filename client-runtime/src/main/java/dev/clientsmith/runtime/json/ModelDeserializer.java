package dev.clientsmith.runtime.json;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.deser.ResolvableDeserializer;
import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.BiConsumer;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Reads a generated model's JSON object into its builder with direct calls: one loop over the
 * properties, each bound by the deserializer Jackson has for its type (looked up once per mapper
 * and kept), undeclared ones kept as {@code JsonNode}s. It does what Jackson's builder-based
 * reading of the same builder does (its {@code @JsonProperty} setters, {@code @JsonAnySetter} and
 * build method), without reflection per property.
 *
 * <p>Kept as Jackson does it: JSON {@code null} goes through the property's deserializer's null
 * value ({@link Nullable#ofNull()} for three-state properties), a repeated property is set again
 * (the last value wins), property names are matched exactly, failures name the path
 * ({@code Model$Builder["choices"]}). A value that is not an object (a string, an array) is handed
 * to Jackson's own builder-based deserializer, so it fails, or is coerced, exactly as before.
 *
 * @param <B> the model's builder
 * @param <T> the model
 */
public abstract class ModelDeserializer<B, T> extends TypedDeserializer<T> {

  /** Receives an undeclared property. */
  @FunctionalInterface
  protected interface Extra<B> {
    /**
     * Keeps one undeclared property.
     *
     * @param builder the builder
     * @param name the property name
     * @param value its value
     */
    void put(B builder, String name, JsonNode value);
  }

  private final Class<B> builderType;
  private final Supplier<B> newBuilder;
  private final Function<B, T> build;
  private final Extra<B> extra;
  private final Map<String, Property<B>> properties = new HashMap<>();
  private volatile JsonDeserializer<Object> jacksonReader;

  /**
   * A reader for one model.
   *
   * @param type the model
   * @param builderType its builder, for values that are not objects
   * @param newBuilder makes an empty builder
   * @param build makes the model, leniently (a server's omissions never fail a read)
   * @param extra keeps undeclared properties
   * @param properties the declared properties, each made by {@link #property(String, Class, BiConsumer)}
   */
  protected ModelDeserializer(Class<T> type, Class<B> builderType, Supplier<B> newBuilder, Function<B, T> build,
      Extra<B> extra, List<Property<B>> properties) {
    super(type);
    this.builderType = Objects.requireNonNull(builderType, "builderType");
    this.newBuilder = Objects.requireNonNull(newBuilder, "newBuilder");
    this.build = Objects.requireNonNull(build, "build");
    this.extra = Objects.requireNonNull(extra, "extra");
    for (Property<B> p : properties) {
      this.properties.put(p.name, p);
    }
  }

  /**
   * A declared property of a plain class.
   *
   * @param name the JSON name
   * @param valueType the class its value binds to
   * @param set the builder's setter
   * @param <B> the builder
   * @param <V> the value type
   */
  protected static <B, V> Property<B> property(String name, Class<V> valueType, BiConsumer<B, ? super V> set) {
    return new Property<>(name, valueType, null, set);
  }

  /**
   * A declared property of a generic type ({@code List<Message>}, {@code Nullable<String>}).
   *
   * @param name the JSON name
   * @param valueType the type its value binds to
   * @param set the builder's setter
   * @param <B> the builder
   * @param <V> the value type
   */
  protected static <B, V> Property<B> property(String name, TypeReference<V> valueType, BiConsumer<B, ? super V> set) {
    return new Property<>(name, null, valueType, set);
  }

  @Override
  public T deserialize(JsonParser parser, DeserializationContext context) throws IOException {
    String name;
    if (parser.isExpectedStartObjectToken()) {
      name = parser.nextFieldName();
    } else if (parser.hasToken(JsonToken.FIELD_NAME)) {
      name = parser.currentName();
    } else if (parser.hasToken(JsonToken.END_OBJECT)) {
      name = null;
    } else {
      return notAnObject(parser, context);
    }
    B builder = newBuilder.get();
    readProperties(builder, parser, name, context);
    return build.apply(builder);
  }

  /**
   * Reads an object whose first properties a union has already taken from the input while looking
   * for its discriminator: those from {@code buffered}, the rest from {@code rest}, with no parser
   * in between that would relay every token.
   *
   * @param buffered the start of the object and its first properties, positioned before them
   * @param rest the input, positioned on the last token of the last buffered property
   */
  T deserialize(JsonParser buffered, JsonParser rest, DeserializationContext context) throws IOException {
    B builder = newBuilder.get();
    buffered.nextToken();
    readProperties(builder, buffered, buffered.nextFieldName(), context);
    readProperties(builder, rest, rest.nextFieldName(), context);
    return build.apply(builder);
  }

  /** Reads properties from {@code name} (the current one) until the parser has none left. */
  private void readProperties(B builder, JsonParser parser, String first, DeserializationContext context) throws IOException {
    for (String name = first; name != null; name = parser.nextFieldName()) {
      parser.nextToken();
      Property<B> property = properties.get(name);
      try {
        if (property != null) {
          property.read(builder, parser, context);
        } else {
          extra.put(builder, name, readTree(parser, context));
        }
      } catch (Exception e) {
        throw wrap(e, builder, name, context);
      }
    }
  }

  /** Strings, numbers, arrays: Jackson's builder-based reading decides, as it did before. */
  private T notAnObject(JsonParser parser, DeserializationContext context) throws IOException {
    JsonDeserializer<Object> d = jacksonReader;
    if (d == null) {
      JavaType javaType = context.constructType(type);
      BeanDescription description = context.getConfig().introspect(javaType);
      d = context.getFactory().createBuilderBasedDeserializer(context, javaType, description, builderType);
      if (d instanceof ResolvableDeserializer resolvable) {
        resolvable.resolve(context);
      }
      jacksonReader = d;
    }
    return type.cast(d.deserialize(parser, context));
  }

  /** As Jackson's bean deserializers wrap a failure: with the path, unless it must pass as it is. */
  private static IOException wrap(Throwable failure, Object builder, String name, DeserializationContext context)
      throws IOException {
    Throwable t = failure;
    while (t instanceof InvocationTargetException && t.getCause() != null) {
      t = t.getCause();
    }
    if (t instanceof Error error) {
      throw error;
    }
    boolean wrap = context.isEnabled(DeserializationFeature.WRAP_EXCEPTIONS);
    if (t instanceof IOException io) {
      if (!wrap || !(t instanceof JacksonException)) {
        throw io;
      }
    } else if (!wrap && t instanceof RuntimeException runtime) {
      throw runtime;
    }
    return JsonMappingException.wrapWithPath(t, builder, name);
  }

  /**
   * One declared property: its JSON name, the type its value binds to, the builder's setter.
   *
   * @param <B> the builder
   */
  protected static final class Property<B> {
    private final String name;
    private final ValueBinding value;
    private final BiConsumer<B, Object> set;

    @SuppressWarnings("unchecked")
    private Property(String name, Class<?> valueClass, TypeReference<?> valueReference, BiConsumer<B, ?> set) {
      this.name = Objects.requireNonNull(name, "name");
      this.value = new ValueBinding(valueClass, valueReference);
      // The factories pair each setter with its value type, so the value bound here is always a V.
      this.set = (BiConsumer<B, Object>) Objects.requireNonNull(set, "set");
    }

    void read(B builder, JsonParser parser, DeserializationContext context) throws IOException {
      set.accept(builder, value.read(parser, context));
    }
  }
}
