package dev.clientsmith.runtime.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.core.util.JsonParserSequence;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.util.TokenBuffer;
import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/**
 * Reads a union ({@code oneOf}) without building a tree first. Generated unions subclass it and
 * name their variants; JSON no variant takes is kept whole as the union's {@code Unknown}.
 *
 * <ul>
 *   <li><b>By discriminator</b> ({@link #UnionDeserializer(Class, String, Function, List)}): the
 *       object's properties are buffered as tokens only until the discriminator; its value picks
 *       the variant, which then reads the buffered tokens followed by the rest of the object
 *       straight from the parser (a generated model reads the two one after the other; other
 *       types through a parser that relays both). Where the discriminator comes first, almost nothing is buffered.
 *       When the discriminator occurs twice, its first value decides.
 *   <li><b>By shape</b> ({@link #UnionDeserializer(Class, Function, List)}): variants are tried in
 *       order. When the first token decides (a string where only one variant takes strings), the
 *       variant reads from the parser directly; when a variant's shape needs more of the value
 *       (array elements, object properties), the value is buffered as tokens once, each candidate
 *       checks its {@link JsonShape} against the buffer, and the first that matches reads it.
 * </ul>
 *
 * <p>Each variant's deserializer is looked up once, on first use, and kept.
 *
 * @param <T> the union type
 */
public abstract class UnionDeserializer<T> extends TypedDeserializer<T> {

  private final String discriminator;
  private final Function<? super JsonNode, ? extends T> unknown;
  private final List<Variant<T>> variants;
  private final Map<String, Variant<T>> byTag;

  /**
   * A union whose variants are told apart by their shapes.
   *
   * @param type the union type
   * @param unknown wraps JSON that matches no variant
   * @param variants the variants in the order they are tried, each made by
   *     {@link #variant(JsonShape, Class, Function)}
   */
  protected UnionDeserializer(Class<T> type, Function<? super JsonNode, ? extends T> unknown, List<Variant<T>> variants) {
    this(type, null, unknown, variants);
  }

  /**
   * A union whose variants are told apart by the string value of property {@code discriminator}.
   *
   * @param type the union type
   * @param discriminator the JSON name of the discriminating property
   * @param unknown wraps JSON whose discriminator is missing, not a string or not mapped
   * @param variants the variants, each made by {@link #tagged(List, Class, Function)}
   */
  protected UnionDeserializer(Class<T> type, String discriminator, Function<? super JsonNode, ? extends T> unknown,
      List<Variant<T>> variants) {
    super(type);
    this.discriminator = discriminator;
    this.unknown = Objects.requireNonNull(unknown, "unknown");
    this.variants = List.copyOf(variants);
    this.byTag = new HashMap<>();
    for (Variant<T> v : this.variants) {
      for (String tag : v.tags) {
        byTag.putIfAbsent(tag, v);
      }
    }
  }

  /**
   * A variant chosen by shape whose value is of a plain class.
   *
   * @param shape the JSON the variant takes
   * @param valueType the class its value binds to
   * @param wrap makes the union value from the bound value
   * @param <T> the union type
   * @param <V> the variant's value type
   */
  protected static <T, V> Variant<T> variant(JsonShape shape, Class<V> valueType, Function<? super V, ? extends T> wrap) {
    return new Variant<>(shape, List.of(), valueType, null, wrap);
  }

  /**
   * A variant chosen by shape whose value is generic ({@code List<Message>}).
   *
   * @param shape the JSON the variant takes
   * @param valueType the type its value binds to
   * @param wrap makes the union value from the bound value
   * @param <T> the union type
   * @param <V> the variant's value type
   */
  protected static <T, V> Variant<T> variant(JsonShape shape, TypeReference<V> valueType,
      Function<? super V, ? extends T> wrap) {
    return new Variant<>(shape, List.of(), null, valueType, wrap);
  }

  /**
   * A variant chosen by the discriminator's value.
   *
   * @param tags the discriminator values that mean this variant
   * @param valueType the class its value binds to
   * @param wrap makes the union value from the bound value
   * @param <T> the union type
   * @param <V> the variant's value type
   */
  protected static <T, V> Variant<T> tagged(List<String> tags, Class<V> valueType, Function<? super V, ? extends T> wrap) {
    return new Variant<>(null, List.copyOf(tags), valueType, null, wrap);
  }

  /**
   * A variant chosen by the discriminator's value whose value is generic.
   *
   * @param tags the discriminator values that mean this variant
   * @param valueType the type its value binds to
   * @param wrap makes the union value from the bound value
   * @param <T> the union type
   * @param <V> the variant's value type
   */
  protected static <T, V> Variant<T> tagged(List<String> tags, TypeReference<V> valueType,
      Function<? super V, ? extends T> wrap) {
    return new Variant<>(null, List.copyOf(tags), null, valueType, wrap);
  }

  @Override
  public T deserialize(JsonParser parser, DeserializationContext context) throws IOException {
    JsonToken first = parser.currentToken();
    if (first == JsonToken.FIELD_NAME || first == JsonToken.END_OBJECT) {
      // Called in the middle of an object (Jackson does so for some polymorphic and unwrapped
      // reads): the tree reader knows how to finish the object, so start again from its tree.
      JsonParser whole = readTree(parser, context).traverse(parser.getCodec());
      whole.nextToken();
      return deserialize(whole, context);
    }
    return discriminator != null ? byDiscriminator(parser, context) : byShape(parser, context, first);
  }

  private T byDiscriminator(JsonParser parser, DeserializationContext context) throws IOException {
    if (parser.currentToken() != JsonToken.START_OBJECT) {
      return unknown.apply(readTree(parser, context));
    }
    TokenBuffer seen = context.bufferForInputBuffering(parser);
    seen.writeStartObject();
    Variant<T> chosen = null;
    boolean decided = false;
    while (!decided && parser.nextToken() == JsonToken.FIELD_NAME) {
      String name = parser.currentName();
      JsonToken value = parser.nextToken();
      seen.writeFieldName(name);
      if (name.equals(discriminator)) {
        decided = true;
        chosen = value == JsonToken.VALUE_STRING ? byTag.get(parser.getText()) : null;
      }
      seen.copyCurrentStructure(parser);
    }
    if (!decided) {
      // The whole object is buffered and has no discriminator.
      seen.writeEndObject();
      return unknown.apply(readTree(seen.asParserOnFirstToken(), context));
    }
    if (chosen != null && chosen.value.deserializer(context) instanceof ModelDeserializer<?, ?> model) {
      // A generated model reads the buffered properties, then goes on with the input itself.
      return chosen.wrap.apply(model.deserialize(seen.asParser(parser), parser, context));
    }
    JsonParser rest = JsonParserSequence.createFlattened(false, seen.asParser(parser), parser);
    rest.nextToken();
    return chosen == null ? unknown.apply(readTree(rest, context)) : chosen.read(rest, context);
  }

  private T byShape(JsonParser parser, DeserializationContext context, JsonToken first) throws IOException {
    int i = 0;
    for (; i < variants.size(); i++) {
      JsonShape.Fit fit = variants.get(i).shape.fit(first);
      if (fit == JsonShape.Fit.ALWAYS) {
        return variants.get(i).read(parser, context);
      }
      if (fit == JsonShape.Fit.DEPENDS) {
        break;
      }
    }
    if (i == variants.size()) {
      return unknown.apply(readTree(parser, context));
    }
    // The first candidate needs to see more than one token: read the value once into a buffer.
    TokenBuffer value = context.bufferAsCopyOfValue(parser);
    for (; i < variants.size(); i++) {
      Variant<T> v = variants.get(i);
      JsonShape.Fit fit = v.shape.fit(first);
      if (fit == JsonShape.Fit.NEVER) {
        continue;
      }
      if (fit == JsonShape.Fit.DEPENDS) {
        try (JsonParser check = value.asParserOnFirstToken()) {
          if (!v.shape.matches(check)) {
            continue;
          }
        }
      }
      return v.read(value.asParserOnFirstToken(), context);
    }
    return unknown.apply(readTree(value.asParserOnFirstToken(), context));
  }

  /**
   * One variant of a union: how it is recognised, what its value binds to, how it is wrapped.
   *
   * @param <T> the union type
   */
  protected static final class Variant<T> {
    private final JsonShape shape;
    private final List<String> tags;
    private final ValueBinding value;
    private final Function<Object, ? extends T> wrap;

    @SuppressWarnings("unchecked")
    private Variant(JsonShape shape, List<String> tags, Class<?> valueClass, TypeReference<?> valueReference,
        Function<?, ? extends T> wrap) {
      this.shape = shape;
      this.tags = tags;
      this.value = new ValueBinding(valueClass, valueReference);
      // The factories pair each wrap with its value type, so the value bound here is always a V.
      this.wrap = (Function<Object, ? extends T>) Objects.requireNonNull(wrap, "wrap");
    }

    T read(JsonParser parser, DeserializationContext context) throws IOException {
      return wrap.apply(value.read(parser, context));
    }
  }
}
