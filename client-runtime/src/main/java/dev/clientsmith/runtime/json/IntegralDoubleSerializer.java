package dev.clientsmith.runtime.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import java.io.IOException;
import java.util.List;
import java.util.Map;

/**
 * Writes {@code Double} and {@code Float} values, also inside lists and maps, with integral values
 * as JSON integers: {@code [[1,2],[3]]} read into {@code List<List<Double>>} is sent again as
 * {@code [[1,2],[3]]}, not {@code [[1.0,2.0],[3.0]]}, as JavaScript clients send it.
 *
 * <p>The rule: a finite value without fraction whose magnitude is below 2<sup>53</sup> (the range
 * in which every integer is a double, JavaScript's safe integers) is written as that integer.
 * Everything else is written exactly as Jackson writes it: {@code -0.0} keeps its fraction (an
 * integer {@code 0} would read back as {@code +0.0}), larger magnitudes keep the exponent form
 * ({@code 1.0E300}, not 301 digits of false precision), fractions, NaN and infinities are
 * unchanged. Either way, reading the text back into a {@code Double} gives the same bits.
 *
 * <p>Generated models name it on each property whose type holds floating-point numbers
 * ({@code @JsonSerialize(using = ...)}, {@code contentUsing} for {@link Nullable} ones), so they
 * write the same with any mapper; {@link ClientJson} also uses it for every {@code Double} and
 * {@code Float} it writes outside models (extra body properties). Other values (strings, models,
 * {@code JsonNode}s, which keep their numbers as read) go to the mapper's own serializers.
 */
public final class IntegralDoubleSerializer extends StdSerializer<Object> {

  private static final long serialVersionUID = 1L;

  /** The serializer for code that writes a value itself (generated unions); it holds no state. */
  public static final IntegralDoubleSerializer INSTANCE = new IntegralDoubleSerializer();

  /** Below this magnitude every integer is exactly a double. */
  private static final double SAFE_LIMIT = 0x1p53;

  /** Creates the serializer; Jackson does, from the annotations. */
  public IntegralDoubleSerializer() {
    super(Object.class);
  }

  @Override
  public void serialize(Object value, JsonGenerator generator, SerializerProvider provider) throws IOException {
    if (value instanceof Double d) {
      write(d, generator);
    } else if (value instanceof Float f) {
      if (isSafeInteger(f)) {
        generator.writeNumber((long) f.floatValue());
      } else {
        generator.writeNumber(f.floatValue());
      }
    } else if (value instanceof List<?> list) {
      generator.writeStartArray(list, list.size());
      for (Object element : list) {
        writeNullable(element, generator, provider);
      }
      generator.writeEndArray();
    } else if (value instanceof Map<?, ?> map) {
      generator.writeStartObject(map);
      for (Map.Entry<?, ?> entry : map.entrySet()) {
        generator.writeFieldName(String.valueOf(entry.getKey()));
        writeNullable(entry.getValue(), generator, provider);
      }
      generator.writeEndObject();
    } else {
      provider.defaultSerializeValue(value, generator);
    }
  }

  private void writeNullable(Object value, JsonGenerator generator, SerializerProvider provider) throws IOException {
    if (value == null) {
      provider.defaultSerializeNull(generator);
    } else {
      serialize(value, generator, provider);
    }
  }

  /**
   * Writes one double by the rule above.
   *
   * @param value the number
   * @param generator where to write it
   * @throws IOException when the generator fails
   */
  public static void write(double value, JsonGenerator generator) throws IOException {
    if (isSafeInteger(value)) {
      generator.writeNumber((long) value);
    } else {
      generator.writeNumber(value);
    }
  }

  private static boolean isSafeInteger(double value) {
    // -0.0 == 0.0, so the sign bit is tested separately; NaN fails the first comparison.
    return value == Math.rint(value) && Math.abs(value) < SAFE_LIMIT
        && (value != 0 || Double.doubleToRawLongBits(value) == 0L);
  }
}
