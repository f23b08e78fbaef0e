package dev.clientsmith.runtime.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.util.TokenBuffer;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * The JSON shape a union variant accepts, checked against tokens rather than a tree: a string, a
 * number, an array whose elements all have a shape, an object with required, constant or
 * enumerated properties, or one of several shapes.
 *
 * <p>A shape answers two questions. {@link #fit(JsonToken)}: can a value starting with this token
 * match at all, and does the token alone decide? When it decides, {@link UnionDeserializer} hands
 * the parser straight to the variant's deserializer, with nothing buffered. Otherwise
 * {@link #matches(JsonParser)} reads the value's tokens (from a buffer) and says whether it matches.
 *
 * <p>The rules are those a tree would give: an object property that appears twice counts with its
 * last value, a required property is present when its name is (with a non-null value unless the
 * shape says null is fine), and a constant or enumerated property must be a JSON string.
 */
public abstract class JsonShape {

  /** What the first token of a value says about a match. */
  public enum Fit {
    /** No value starting with this token matches. */
    NEVER,
    /** Every value starting with this token matches. */
    ALWAYS,
    /** The rest of the value decides. */
    DEPENDS
  }

  private static final JsonShape ANY = new Scalar(Kind.ANY);
  private static final JsonShape STRING = new Scalar(Kind.STRING);
  private static final JsonShape INTEGRAL = new Scalar(Kind.INTEGRAL);
  private static final JsonShape NUMBER = new Scalar(Kind.NUMBER);
  private static final JsonShape BOOLEAN = new Scalar(Kind.BOOLEAN);
  private static final ObjectShape OBJECT = new ObjectShape(List.of());

  JsonShape() {
  }

  /** Any JSON value. */
  public static JsonShape any() {
    return ANY;
  }

  /** A JSON string. */
  public static JsonShape string() {
    return STRING;
  }

  /** A JSON number without fraction or exponent. */
  public static JsonShape integral() {
    return INTEGRAL;
  }

  /** Any JSON number. */
  public static JsonShape number() {
    return NUMBER;
  }

  /** {@code true} or {@code false}. */
  public static JsonShape bool() {
    return BOOLEAN;
  }

  /** Any JSON object; add property rules with the methods of {@link ObjectShape}. */
  public static ObjectShape object() {
    return OBJECT;
  }

  /**
   * A JSON array whose elements all have {@code element}'s shape.
   *
   * @param element the shape of every element
   */
  public static JsonShape arrayOf(JsonShape element) {
    return new ArrayShape(Objects.requireNonNull(element, "element"));
  }

  /**
   * A value having at least one of {@code shapes}.
   *
   * @param shapes the alternatives
   */
  public static JsonShape anyOf(JsonShape... shapes) {
    return new AnyOf(List.of(shapes));
  }

  /**
   * What a value starting with {@code first} can be: never, always or perhaps this shape.
   *
   * @param first the value's first token
   */
  public abstract Fit fit(JsonToken first);

  /**
   * Reads one value and says whether it has this shape.
   *
   * @param parser positioned on the value's first token; left on its last token
   * @throws IOException when the tokens cannot be read
   */
  public abstract boolean matches(JsonParser parser) throws IOException;

  private enum Kind { ANY, STRING, INTEGRAL, NUMBER, BOOLEAN }

  private static final class Scalar extends JsonShape {
    private final Kind kind;

    Scalar(Kind kind) {
      this.kind = kind;
    }

    @Override
    public Fit fit(JsonToken first) {
      return accepts(first) ? Fit.ALWAYS : Fit.NEVER;
    }

    private boolean accepts(JsonToken token) {
      switch (kind) {
        case ANY:
          return true;
        case STRING:
          return token == JsonToken.VALUE_STRING;
        case INTEGRAL:
          return token == JsonToken.VALUE_NUMBER_INT;
        case NUMBER:
          return token == JsonToken.VALUE_NUMBER_INT || token == JsonToken.VALUE_NUMBER_FLOAT;
        default:
          return token == JsonToken.VALUE_TRUE || token == JsonToken.VALUE_FALSE;
      }
    }

    @Override
    public boolean matches(JsonParser parser) throws IOException {
      boolean accepted = accepts(parser.currentToken());
      parser.skipChildren();
      return accepted;
    }
  }

  private static final class ArrayShape extends JsonShape {
    private final JsonShape element;

    ArrayShape(JsonShape element) {
      this.element = element;
    }

    @Override
    public Fit fit(JsonToken first) {
      if (first != JsonToken.START_ARRAY) {
        return Fit.NEVER;
      }
      return element == ANY ? Fit.ALWAYS : Fit.DEPENDS;
    }

    @Override
    public boolean matches(JsonParser parser) throws IOException {
      if (parser.currentToken() != JsonToken.START_ARRAY) {
        parser.skipChildren();
        return false;
      }
      boolean all = true;
      while (parser.nextToken() != JsonToken.END_ARRAY) {
        if (all) {
          all = element.matches(parser);
        } else {
          parser.skipChildren();
        }
      }
      return all;
    }
  }

  private static final class AnyOf extends JsonShape {
    private final List<JsonShape> shapes;

    AnyOf(List<JsonShape> shapes) {
      this.shapes = shapes;
    }

    @Override
    public Fit fit(JsonToken first) {
      Fit result = Fit.NEVER;
      for (JsonShape shape : shapes) {
        Fit fit = shape.fit(first);
        if (fit == Fit.ALWAYS) {
          return Fit.ALWAYS;
        }
        if (fit == Fit.DEPENDS) {
          result = Fit.DEPENDS;
        }
      }
      return result;
    }

    @Override
    public boolean matches(JsonParser parser) throws IOException {
      JsonToken first = parser.currentToken();
      if (!first.isStructStart()) {
        // A scalar is one token: every alternative can look at it in turn.
        for (JsonShape shape : shapes) {
          if (shape.matches(parser)) {
            return true;
          }
        }
        return false;
      }
      // A structure is read once into a buffer that each alternative then reads from the start.
      TokenBuffer copy = new TokenBuffer(parser);
      copy.copyCurrentStructure(parser);
      for (JsonShape shape : shapes) {
        if (shape.fit(first) == Fit.NEVER) {
          continue;
        }
        try (JsonParser replay = copy.asParserOnFirstToken()) {
          if (shape.matches(replay)) {
            return true;
          }
        }
      }
      return false;
    }
  }

  /** An object shape; each rule method returns a new shape with one more rule. */
  public static final class ObjectShape extends JsonShape {
    private final List<Rule> rules;

    private ObjectShape(List<Rule> rules) {
      this.rules = rules;
    }

    /**
     * Requires property {@code name}, with any value ({@code null} included).
     *
     * @param name the JSON property name
     */
    public ObjectShape requires(String name) {
      return with(new Rule(name, RuleKind.PRESENT, Set.of()));
    }

    /**
     * Requires property {@code name} with a value other than {@code null}.
     *
     * @param name the JSON property name
     */
    public ObjectShape requiresNonNull(String name) {
      return with(new Rule(name, RuleKind.NON_NULL, Set.of()));
    }

    /**
     * Requires property {@code name} to be the string {@code value}.
     *
     * @param name the JSON property name
     * @param value the constant
     */
    public ObjectShape constant(String name, String value) {
      return with(new Rule(name, RuleKind.ONE_OF, Set.of(value)));
    }

    /**
     * Allows property {@code name} to be absent; when present it must be the string {@code value}.
     *
     * @param name the JSON property name
     * @param value the constant
     */
    public ObjectShape optionalConstant(String name, String value) {
      return with(new Rule(name, RuleKind.ABSENT_OR_ONE_OF, Set.of(value)));
    }

    /**
     * Requires property {@code name} to be one of the strings {@code values}.
     *
     * @param name the JSON property name
     * @param values the allowed strings
     */
    public ObjectShape oneOf(String name, String... values) {
      return with(new Rule(name, RuleKind.ONE_OF, new HashSet<>(Arrays.asList(values))));
    }

    private ObjectShape with(Rule rule) {
      List<Rule> more = new ArrayList<>(rules);
      more.add(rule);
      return new ObjectShape(List.copyOf(more));
    }

    @Override
    public Fit fit(JsonToken first) {
      if (first != JsonToken.START_OBJECT) {
        return Fit.NEVER;
      }
      return rules.isEmpty() ? Fit.ALWAYS : Fit.DEPENDS;
    }

    @Override
    public boolean matches(JsonParser parser) throws IOException {
      if (parser.currentToken() != JsonToken.START_OBJECT) {
        parser.skipChildren();
        return false;
      }
      int n = rules.size();
      // Per rule: the verdict for the property's latest value, or null while it has not been seen.
      Boolean[] seen = new Boolean[n];
      while (parser.nextToken() == JsonToken.FIELD_NAME) {
        String name = parser.currentName();
        JsonToken value = parser.nextToken();
        for (int i = 0; i < n; i++) {
          Rule rule = rules.get(i);
          if (rule.name.equals(name)) {
            seen[i] = rule.accepts(value, parser);
          }
        }
        parser.skipChildren();
      }
      for (int i = 0; i < n; i++) {
        if (!(seen[i] == null ? rules.get(i).kind == RuleKind.ABSENT_OR_ONE_OF : seen[i])) {
          return false;
        }
      }
      return true;
    }
  }

  private enum RuleKind { PRESENT, NON_NULL, ONE_OF, ABSENT_OR_ONE_OF }

  private static final class Rule {
    final String name;
    final RuleKind kind;
    final Set<String> values;

    Rule(String name, RuleKind kind, Set<String> values) {
      this.name = Objects.requireNonNull(name, "name");
      this.kind = kind;
      this.values = values;
    }

    /** The verdict for a present property whose value starts with {@code token}. */
    boolean accepts(JsonToken token, JsonParser parser) throws IOException {
      switch (kind) {
        case PRESENT:
          return true;
        case NON_NULL:
          return token != JsonToken.VALUE_NULL;
        default:
          return token == JsonToken.VALUE_STRING && values.contains(parser.getText());
      }
    }
  }
}
