package dev.clientsmith.runtime.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import dev.clientsmith.runtime.testing.ChatResult;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

@Timeout(10)
class ClientJsonTest {

  private final ObjectMapper mapper = ClientJson.mapper();

  @Test
  void ignoresUnknownResponseFields() throws Exception {
    ChatResult result = mapper.readValue(
        "{\"id\":\"a\",\"brand_new\":{\"deep\":[1,2,{\"x\":null}]},\"score\":1.5,\"z\":\"?\"}", ChatResult.class);
    assertThat(result.id()).isEqualTo("a");
    assertThat(result.score()).isEqualTo(1.5);
  }

  @ParameterizedTest
  @ValueSource(strings = {"-1.79e308", "1.7976931348623157E308", "-1.7976931348623157E308", "4.9E-324",
      "2.2250738585072014E-308", "0.1", "1e-7", "123456789.12345679", "-0.0", "9007199254740993", "1e22", "5e-324"})
  void readsDoublesExactly(String literal) throws Exception {
    double expected = Double.parseDouble(literal);
    ChatResult result = mapper.readValue("{\"score\":" + literal + "}", ChatResult.class);
    assertThat(Double.doubleToRawLongBits(result.score())).isEqualTo(Double.doubleToRawLongBits(expected));
  }

  @ParameterizedTest
  @ValueSource(doubles = {-1.79e308, Double.MAX_VALUE, -Double.MAX_VALUE, Double.MIN_VALUE, Double.MIN_NORMAL,
      0.1, 0.3, 1.0 / 3, 2e-3, 1e23, -0.0, 100.0})
  void doublesRoundTripBitForBit(double value) throws Exception {
    String json = mapper.writeValueAsString(new Box(value));
    Box read = mapper.readValue(json, Box.class);
    assertThat(Double.doubleToRawLongBits(read.value)).as(json).isEqualTo(Double.doubleToRawLongBits(value));
  }

  @Test
  void untypedNumbersAreDoublesNotBigDecimals() throws Exception {
    Map<String, Object> map = mapper.readValue("{\"a\":-1.79e308,\"b\":0.1,\"c\":3}",
        new TypeReference<Map<String, Object>>() { });
    assertThat(map.get("a")).isInstanceOf(Double.class).isEqualTo(-1.79e308);
    assertThat(map.get("b")).isInstanceOf(Double.class);
    assertThat(map.get("c")).isInstanceOf(Integer.class);
    assertThat(mapper.writeValueAsString(map)).isEqualTo("{\"a\":-1.79E308,\"b\":0.1,\"c\":3}");
  }

  @Test
  void writesNoNullsUnlessExplicit() throws Exception {
    Map<String, Object> inMap = new LinkedHashMap<>();
    inMap.put("kept", null);
    Plain plain = new Plain(null, Optional.empty(), inMap);
    assertThat(mapper.writeValueAsString(plain)).isEqualTo("{\"map\":{\"kept\":null}}");
  }

  @Test
  void detectsNothingThatIsNotAnnotated() throws Exception {
    assertThat(mapper.writeValueAsString(new Sneaky())).isEqualTo("{\"shown\":1}");
    Sneaky read = mapper.readValue("{\"shown\":5,\"hidden\":7,\"setMe\":9}", Sneaky.class);
    assertThat(read.hidden).isZero();
    assertThat(read.setterCalled).isFalse();
  }

  @Test
  void rejectsTrailingContent() {
    assertThatThrownBy(() -> mapper.readValue("{\"id\":\"a\"} {\"id\":\"b\"}", ChatResult.class))
        .isInstanceOf(MismatchedInputException.class);
  }

  @Test
  void newMapperIsIndependentOfTheSharedOne() {
    assertThat(ClientJson.newMapper()).isNotSameAs(ClientJson.mapper());
    assertThat(ClientJson.mapper()).isSameAs(ClientJson.mapper());
  }

  @Test
  void exceptionMessagesDoNotQuoteThePayload() {
    assertThatThrownBy(() -> mapper.readValue("{\"id\": \"secret-token-value\", \"score\": \"x\"}", ChatResult.class))
        .satisfies(e -> assertThat(e.getMessage()).doesNotContain("secret-token-value"));
  }

  static final class Box {
    @JsonProperty("value")
    final double value;

    @JsonCreator
    Box(@JsonProperty("value") double value) {
      this.value = value;
    }
  }

  static final class Plain {
    @JsonProperty("s")
    final String s;
    @JsonProperty("o")
    final Optional<String> o;
    @JsonProperty("map")
    final Map<String, Object> map;

    Plain(String s, Optional<String> o, Map<String, Object> map) {
      this.s = s;
      this.o = o;
      this.map = map;
    }
  }

  static final class Sneaky {
    @JsonProperty("shown")
    int shown = 1;
    public int hidden;
    boolean setterCalled;

    public int getHiddenToo() {
      return 2;
    }

    public boolean isFlag() {
      return true;
    }

    public void setSetMe(int value) {
      setterCalled = true;
    }

    @Override
    public String toString() {
      return Arrays.toString(new int[] {shown, hidden});
    }
  }
}
