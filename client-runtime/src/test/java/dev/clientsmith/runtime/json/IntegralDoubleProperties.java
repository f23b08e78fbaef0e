package dev.clientsmith.runtime.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;

/**
 * Integral doubles go out without a fraction, under the client's mapper and a plain one alike, and
 * every finite double still reads back with the same bits.
 */
class IntegralDoubleProperties {

  private static final ObjectMapper CLIENT = ClientJson.mapper();
  private static final ObjectMapper PLAIN = new ObjectMapper().findAndRegisterModules();
  /** Jackson as it is, for "written as before". */
  private static final ObjectMapper JACKSON = new ObjectMapper();
  /** Jackson with the client mapper's double writer, for "written as before" by the client's mapper. */
  private static final ObjectMapper JACKSON_FAST = JsonMapper.builder().enable(StreamWriteFeature.USE_FAST_DOUBLE_WRITER).build();

  /** Declared the way generated models declare floating-point properties. */
  @JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.NONE, getterVisibility = JsonAutoDetect.Visibility.NONE,
      isGetterVisibility = JsonAutoDetect.Visibility.NONE, setterVisibility = JsonAutoDetect.Visibility.NONE)
  @JsonInclude(JsonInclude.Include.NON_ABSENT)
  static final class Numbers {
    @JsonProperty("value")
    @JsonSerialize(using = IntegralDoubleSerializer.class)
    final Double value;

    @JsonProperty("prompt")
    @JsonSerialize(using = IntegralDoubleSerializer.class)
    final List<List<Double>> prompt;

    @JsonProperty("bias")
    @JsonSerialize(using = IntegralDoubleSerializer.class)
    final Map<String, Float> bias;

    @JsonProperty("maybe")
    @JsonSerialize(contentUsing = IntegralDoubleSerializer.class)
    final Nullable<Double> maybe;

    @JsonCreator
    Numbers(@JsonProperty("value") Double value, @JsonProperty("prompt") List<List<Double>> prompt,
        @JsonProperty("bias") Map<String, Float> bias, @JsonProperty("maybe") Nullable<Double> maybe) {
      this.value = value;
      this.prompt = prompt;
      this.bias = bias;
      this.maybe = maybe == null ? Nullable.absent() : maybe;
    }

    static Numbers of(double value) {
      return new Numbers(value, null, null, Nullable.of(value));
    }
  }

  @Example
  void tokenIdsGoOutAsTheyCameIn() throws Exception {
    String json = "{\"prompt\":[[1,2],[3]]}";
    for (ObjectMapper mapper : List.of(CLIENT, PLAIN)) {
      Numbers read = mapper.readValue(json, Numbers.class);
      assertThat(read.prompt).isEqualTo(List.of(List.of(1.0, 2.0), List.of(3.0)));
      assertThat(mapper.writeValueAsString(read)).isEqualTo(json);
    }
  }

  @Example
  void theRuleAtItsEdges() throws Exception {
    Map<Double, String> expected = new LinkedHashMap<>();
    expected.put(3.0, "3");
    expected.put(-3.0, "-3");
    expected.put(0.0, "0");
    expected.put(-0.0, "-0.0");
    expected.put(0x1p53 - 1, "9007199254740991");
    expected.put(-(0x1p53 - 1), "-9007199254740991");
    expected.put(0x1p53, "9.007199254740992E15");
    expected.put(1e300, "1.0E300");
    expected.put(2.5, "2.5");
    for (Map.Entry<Double, String> e : expected.entrySet()) {
      for (ObjectMapper mapper : List.of(CLIENT, PLAIN)) {
        assertThat(mapper.writeValueAsString(new Numbers(e.getKey(), null, null, Nullable.absent())))
            .isEqualTo("{\"value\":" + e.getValue() + "}");
      }
    }
    assertThat(CLIENT.writeValueAsString(new Numbers(null, null, Map.of("a", 2.0f), Nullable.ofNull())))
        .isEqualTo("{\"bias\":{\"a\":2},\"maybe\":null}");
    // Outside models, the client's mapper applies the rule too; trees keep their numbers as read.
    assertThat(CLIENT.writeValueAsString(Map.of("n", 4.0))).isEqualTo("{\"n\":4}");
    assertThat(CLIENT.writeValueAsString(CLIENT.readTree("[4.0,4]"))).isEqualTo("[4.0,4]");
  }

  @Property(tries = 2000)
  void everyFiniteDoubleRoundTripsBitForBit(@ForAll("finiteDoubles") double value) throws Exception {
    for (ObjectMapper mapper : List.of(CLIENT, PLAIN)) {
      String json = mapper.writeValueAsString(Numbers.of(value));
      Numbers read = mapper.readValue(json, Numbers.class);
      assertThat(Double.doubleToRawLongBits(read.value)).as(json).isEqualTo(Double.doubleToRawLongBits(value));
      assertThat(Double.doubleToRawLongBits(read.maybe.get())).as(json).isEqualTo(Double.doubleToRawLongBits(value));
    }
  }

  @Property(tries = 2000)
  void onlySafeIntegersChangeTheirText(@ForAll("finiteDoubles") double value) throws Exception {
    boolean safeInteger = value == Math.rint(value) && Math.abs(value) < 0x1p53 && Double.doubleToRawLongBits(value) != Long.MIN_VALUE;
    Numbers numbers = new Numbers(value, null, null, Nullable.absent());
    String plain = PLAIN.writeValueAsString(numbers);
    String client = CLIENT.writeValueAsString(numbers);
    if (safeInteger) {
      assertThat(plain).isEqualTo("{\"value\":" + (long) value + "}");
      assertThat(client).isEqualTo(plain);
    } else {
      assertThat(plain).isEqualTo("{\"value\":" + JACKSON.writeValueAsString(value) + "}");
      assertThat(client).isEqualTo("{\"value\":" + JACKSON_FAST.writeValueAsString(value) + "}");
    }
  }

  @Provide
  Arbitrary<Double> finiteDoubles() {
    Arbitrary<Double> anyBits = Arbitraries.longs().map(Double::longBitsToDouble).filter(Double::isFinite);
    Arbitrary<Double> integers = Arbitraries.longs().between(-(1L << 54), 1L << 54).map(l -> (double) l);
    Arbitrary<Double> edges = Arbitraries.of(-0.0, 0.0, 1e300, -1e300, Double.MAX_VALUE, -Double.MAX_VALUE, Double.MIN_VALUE,
        Double.MIN_NORMAL, 0x1p53, 0x1p53 - 1, -0x1p53, 1e15, 1e16, 1e21, 0.1, -1.79e308);
    return Arbitraries.frequencyOf(
        Tuple.of(4, anyBits), Tuple.of(4, integers), Tuple.of(1, edges));
  }
}
