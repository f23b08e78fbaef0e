package dev.clientsmith.clienttests.roundtrip;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.util.Iterator;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Semantic comparison of JSON trees: object members in any order, array elements in order, and
 * numbers by value, whatever their JSON spelling ({@code 1}, {@code 1.0} and {@code 1e0} are the
 * same number; a {@code number} property is a {@code Double} in Java and is written back as
 * {@code 1.0}). Explicit {@code null} and an absent member are different.
 */
public final class JsonTrees {

  private JsonTrees() {
  }

  /** Whether the two trees are the same JSON value. */
  public static boolean same(JsonNode expected, JsonNode actual) {
    return firstDifference(expected, actual).isEmpty();
  }

  /**
   * The first difference found, as a JSON pointer and the two values, or empty when the trees are
   * the same JSON value.
   */
  public static Optional<String> firstDifference(JsonNode expected, JsonNode actual) {
    return difference("", expected, actual);
  }

  private static Optional<String> difference(String pointer, JsonNode expected, JsonNode actual) {
    if (expected.isNumber() && actual.isNumber()) {
      return numbersEqual(expected, actual) ? Optional.empty()
          : Optional.of(at(pointer, "number " + expected.asText() + " became " + actual.asText()));
    }
    if (expected.getNodeType() != actual.getNodeType()) {
      return Optional.of(at(pointer, describe(expected) + " became " + describe(actual)));
    }
    if (expected.isObject()) {
      Set<String> names = new TreeSet<>();
      expected.fieldNames().forEachRemaining(names::add);
      actual.fieldNames().forEachRemaining(names::add);
      for (String name : names) {
        String child = pointer + "/" + name.replace("~", "~0").replace("/", "~1");
        if (!expected.has(name)) {
          return Optional.of(at(child, "absent became " + describe(actual.get(name))));
        }
        if (!actual.has(name)) {
          return Optional.of(at(child, describe(expected.get(name)) + " became absent"));
        }
        Optional<String> inner = difference(child, expected.get(name), actual.get(name));
        if (inner.isPresent()) {
          return inner;
        }
      }
      return Optional.empty();
    }
    if (expected.isArray()) {
      if (expected.size() != actual.size()) {
        return Optional.of(at(pointer, "array of " + expected.size() + " became array of " + actual.size()));
      }
      Iterator<JsonNode> a = actual.elements();
      int index = 0;
      for (JsonNode e : expected) {
        Optional<String> inner = difference(pointer + "/" + index++, e, a.next());
        if (inner.isPresent()) {
          return inner;
        }
      }
      return Optional.empty();
    }
    return expected.equals(actual) ? Optional.empty()
        : Optional.of(at(pointer, describe(expected) + " became " + describe(actual)));
  }

  /** By value: {@code 1 == 1.0}, {@code 0 == -0.0}, {@code 1e-300 == 1.0E-300}. */
  private static boolean numbersEqual(JsonNode a, JsonNode b) {
    if (a.isFloat() || b.isFloat()) {
      // A float is written with the digits that identify the float, which read back as a double
      // are not the float's exact value.
      return a.floatValue() == b.floatValue();
    }
    return decimal(a).compareTo(decimal(b)) == 0;
  }

  private static BigDecimal decimal(JsonNode number) {
    if (number.isIntegralNumber()) {
      return new BigDecimal(number.bigIntegerValue());
    }
    if (number.isDouble() || number.isFloat()) {
      // The exact value of the binary number, not its shortest decimal spelling.
      return new BigDecimal(number.doubleValue());
    }
    return number.decimalValue();
  }

  private static String describe(JsonNode node) {
    String text = node.toString();
    return node.getNodeType().name().toLowerCase(Locale.ROOT) + " "
        + (text.length() > 200 ? text.substring(0, 200) + "..." : text);
  }

  private static String at(String pointer, String what) {
    return "at '" + (pointer.isEmpty() ? "/" : pointer) + "': " + what;
  }
}
