package dev.clientsmith.clienttests.roundtrip;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Random;
import java.util.Set;
import java.util.UUID;

/**
 * Produces random JSON instances of the schemas of an OpenAPI 3.0 document, deterministically: the
 * same document, options, schema and seed always give the same JSON (only {@link Random}, whose
 * algorithm is specified, and the document's own property order are involved).
 *
 * <p>What it honours: local {@code $ref}s ({@code #/components/schemas/X}), {@code type} and
 * {@code format} (integers {@code int32}/{@code int64}, {@code float}/{@code double} numbers,
 * {@code uuid}, {@code date}, {@code date-time}, {@code byte} strings), {@code nullable},
 * {@code enum} (one listed value; {@code null} when listed) and {@code x-extensible-enum} (a listed
 * value or, sometimes, an unlisted one), {@code oneOf}/{@code anyOf} (one member; a discriminator's
 * property is set to the member's mapping key), {@code allOf} (members merged), {@code properties}
 * with {@code required}, {@code additionalProperties} (maps; {@code false} closes an object),
 * {@code minItems}/{@code maxItems}, {@code minLength}/{@code maxLength} and
 * {@code minimum}/{@code maximum}. Not honoured: {@code pattern}, {@code multipleOf},
 * {@code uniqueItems}, {@code not}; none of the providers' documents uses them.
 *
 * <p>Every required property is present; each optional one with {@link Options#optionalProbability()}.
 * Objects that allow it sometimes get one or two undeclared properties with random names and random
 * JSON values, as servers add fields. Nesting is bounded by {@link Options#maxDepth()}: beyond it,
 * optional properties, array items and extra properties are left out (required ones are still
 * generated, so a schema whose required properties recurse without end is reported as an error).
 */
public final class SchemaSampler {

  private static final String COMPONENT_PREFIX = "#/components/schemas/";
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
  /** Beyond {@code maxDepth + this}, only required properties can still be nesting: a cycle. */
  private static final int RECURSION_GUARD = 32;
  /** The largest magnitude up to which every integer is exactly a double. */
  private static final double EXACT_INTEGER_LIMIT = 9_007_199_254_740_992d;

  private static final double[] DOUBLES = {
      0.0, -0.0, 1.0, -1.0, 0.5, 0.1, 2.5e-7, 3.141592653589793, 1e21, 123456.789,
      -1.79e308, 1.79e308, Double.MAX_VALUE, -Double.MAX_VALUE, 1e-300, -1e-300,
      Double.MIN_VALUE, Double.MIN_NORMAL, 9007199254740993.0, 1e15, -42.0,
  };

  private static final float[] FLOATS = {
      0f, 1f, -1f, 0.5f, 0.1f, Float.MAX_VALUE, -Float.MAX_VALUE, Float.MIN_VALUE, 1e-30f, 3.4e38f,
  };

  private static final long[] LONGS = {
      0L, 1L, -1L, 42L, Integer.MAX_VALUE, Integer.MIN_VALUE, 1L << 53, (1L << 53) + 1,
      Long.MAX_VALUE, Long.MIN_VALUE, 1_700_000_000L,
  };

  private static final int[] INTS = {0, 1, -1, 7, 1000, Integer.MAX_VALUE, Integer.MIN_VALUE};

  private static final String[] STRINGS = {
      "", "hello", "Hello, World!", "héllo wörld", "日本語のテキスト", "Привет", "مرحبا", "🦊🚀 emoji 👩‍👩‍👧",
      "quote \" backslash \\ slash /", "line\nbreak\ttab\r", "control \u0001\u001f\u007f",
      "zero width \u200b joiner \u200d", "<b>html</b> & 'apostrophe'", "null", "true", "0", "1.0",
      "   spaced   ", "\ud835\udd4f math double-struck", "a".repeat(300),
  };

  /** Names an undeclared property may take besides random ones: words the model classes use. */
  private static final String[] TRICKY_NAMES = {
      "additionalProperties", "additional_properties", "builder", "build", "toBuilder", "value",
      "known", "class", "@type", "$ref", "", " ", "with space", "dotted.name", "dash-name",
      "ünïcødé", "名前", "🦊", "null", "__proto__",
  };

  private final JsonNode schemas;
  private final Options options;

  /**
   * @param document the OpenAPI 3.0 document, as a Jackson tree
   * @param options how often optional parts appear
   */
  public SchemaSampler(JsonNode document, Options options) {
    this.schemas = Objects.requireNonNull(document, "document").path("components").path("schemas");
    this.options = Objects.requireNonNull(options, "options");
    if (!schemas.isObject()) {
      throw new IllegalArgumentException("the document has no components.schemas");
    }
  }

  /** The names of the document's component schemas, in document order. */
  public List<String> componentNames() {
    List<String> names = new ArrayList<>();
    schemas.fieldNames().forEachRemaining(names::add);
    return names;
  }

  /** The component schema {@code name}. */
  public JsonNode component(String name) {
    JsonNode schema = schemas.get(name);
    if (schema == null) {
      throw new IllegalArgumentException("no component schema " + name);
    }
    return schema;
  }

  /**
   * A random instance of the component schema {@code name}. The root value is never {@code null}
   * unless the schema allows nothing else (nested nullable values are sometimes {@code null}).
   */
  public JsonNode sample(String name, long seed) {
    return sample(component(name), seed);
  }

  /** A random instance of {@code schema} (which may be or contain local references). */
  public JsonNode sample(JsonNode schema, long seed) {
    return new Run(new Random(scramble(seed))).root(schema);
  }

  /**
   * SplitMix64's finaliser: {@link Random}'s first draws for neighbouring seeds (0, 1, 2...) are
   * nearly the same, so the seed is spread over all bits first.
   */
  private static long scramble(long seed) {
    long z = seed + 0x9E3779B97F4A7C15L;
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return z ^ (z >>> 31);
  }

  /**
   * How the sampler chooses.
   *
   * @param maxDepth the nesting depth beyond which only required parts are generated
   * @param optionalProbability how often an optional property is present
   * @param nullProbability how often a nullable value is {@code null}
   * @param extraPropertyProbability how often an object gets undeclared properties
   * @param unlistedEnumProbability how often an open ({@code x-extensible-enum}) enum gets a value
   *     it does not list
   * @param extrasOnClosedObjects whether objects with {@code additionalProperties: false} get
   *     undeclared properties too (servers add fields whatever their document says)
   */
  public record Options(int maxDepth, double optionalProbability, double nullProbability,
      double extraPropertyProbability, double unlistedEnumProbability, boolean extrasOnClosedObjects) {

    /** Schema-valid defaults: depth 5, optional 0.6, null 0.15, extras 0.3, unlisted 0.2. */
    public static Options defaults() {
      return new Options(5, 0.6, 0.15, 0.3, 0.2, false);
    }

    /** These options, with {@code extrasOnClosedObjects} set. */
    public Options withExtrasOnClosedObjects(boolean value) {
      return new Options(maxDepth, optionalProbability, nullProbability, extraPropertyProbability,
          unlistedEnumProbability, value);
    }
  }

  /** One sampling: the random source and the current reference path (for messages). */
  private final class Run {
    private final Random random;
    private final List<String> refs = new ArrayList<>();

    Run(Random random) {
      this.random = random;
    }

    JsonNode root(JsonNode schema) {
      return value(schema, 0, false);
    }

    /**
     * A value of {@code schema} at {@code depth}. With {@code allowNull} false, {@code null} is only
     * produced when the schema admits nothing else.
     */
    private JsonNode value(JsonNode schema, int depth, boolean allowNull) {
      if (depth > options.maxDepth() + RECURSION_GUARD) {
        throw new IllegalStateException("required properties recurse without end: " + refs);
      }
      if (schema.isBoolean()) {
        if (!schema.booleanValue()) {
          throw new IllegalStateException("schema 'false' admits no value: " + refs);
        }
        return anyJson(depth);
      }
      JsonNode ref = schema.get("$ref");
      if (ref != null) {
        refs.add(ref.asText());
        try {
          return value(resolve(ref.asText()), depth, allowNull);
        } finally {
          refs.remove(refs.size() - 1);
        }
      }
      if (allowNull && schema.path("nullable").asBoolean(false) && chance(options.nullProbability())) {
        return NODES.nullNode();
      }
      if (schema.has("enum")) {
        return pickEnum(schema.get("enum"), allowNull);
      }
      if (schema.has("x-extensible-enum")) {
        if (chance(options.unlistedEnumProbability())) {
          return NODES.textNode("unlisted-" + Integer.toHexString(random.nextInt()));
        }
        return pickEnum(schema.get("x-extensible-enum"), allowNull);
      }
      if (schema.has("oneOf")) {
        return union(schema, "oneOf", depth, allowNull);
      }
      if (schema.has("anyOf")) {
        return union(schema, "anyOf", depth, allowNull);
      }
      if (schema.has("allOf")) {
        return value(mergeAllOf(schema), depth, allowNull);
      }
      switch (typeOf(schema)) {
        case "object":
          return object(schema, depth);
        case "array":
          return array(schema, depth);
        case "string":
          return string(schema);
        case "integer":
          return integer(schema);
        case "number":
          return number(schema);
        case "boolean":
          return NODES.booleanNode(random.nextBoolean());
        default:
          return anyJson(depth);
      }
    }

    private JsonNode pickEnum(JsonNode values, boolean allowNull) {
      if (!values.isArray() || values.isEmpty()) {
        throw new IllegalStateException("empty enum: " + refs);
      }
      List<JsonNode> candidates = new ArrayList<>();
      for (JsonNode v : values) {
        if (allowNull || !v.isNull()) {
          candidates.add(v);
        }
      }
      if (candidates.isEmpty()) {
        return NODES.nullNode(); // the only value there is
      }
      return candidates.get(random.nextInt(candidates.size())).deepCopy();
    }

    private JsonNode union(JsonNode schema, String keyword, int depth, boolean allowNull) {
      JsonNode members = schema.get(keyword);
      if (!members.isArray() || members.isEmpty()) {
        throw new IllegalStateException("empty " + keyword + ": " + refs);
      }
      List<JsonNode> candidates = new ArrayList<>();
      for (JsonNode member : members) {
        if (allowNull || !isNullOnly(member)) {
          candidates.add(member);
        }
      }
      if (candidates.isEmpty()) {
        return NODES.nullNode();
      }
      JsonNode member = candidates.get(random.nextInt(candidates.size()));
      JsonNode value = value(member, depth, allowNull);
      JsonNode discriminator = schema.get("discriminator");
      if (discriminator != null && value.isObject()) {
        String property = discriminator.path("propertyName").asText();
        String tag = discriminatorValue(discriminator, member);
        if (tag != null) {
          ((ObjectNode) value).put(property, tag);
        }
      }
      return value;
    }

    /** The mapping key naming {@code member}, or its schema name when no key does. */
    private String discriminatorValue(JsonNode discriminator, JsonNode member) {
      JsonNode ref = member.get("$ref");
      if (ref == null) {
        return null;
      }
      Iterator<Map.Entry<String, JsonNode>> mapping = discriminator.path("mapping").properties().iterator();
      while (mapping.hasNext()) {
        Map.Entry<String, JsonNode> entry = mapping.next();
        if (entry.getValue().asText().equals(ref.asText())) {
          return entry.getKey();
        }
      }
      String target = ref.asText();
      return target.substring(target.lastIndexOf('/') + 1);
    }

    private JsonNode object(JsonNode schema, int depth) {
      ObjectNode object = NODES.objectNode();
      boolean deep = depth >= options.maxDepth();
      JsonNode properties = schema.path("properties");
      Set<String> required = new HashSet<>();
      schema.path("required").forEach(name -> required.add(name.asText()));
      Iterator<Map.Entry<String, JsonNode>> declared = properties.properties().iterator();
      while (declared.hasNext()) {
        Map.Entry<String, JsonNode> property = declared.next();
        boolean isRequired = required.contains(property.getKey());
        if (isRequired || (!deep && chance(options.optionalProbability()))) {
          refs.add(property.getKey());
          try {
            object.set(property.getKey(), value(property.getValue(), depth + 1, true));
          } finally {
            refs.remove(refs.size() - 1);
          }
        }
      }
      JsonNode additional = schema.get("additionalProperties");
      boolean closed = additional != null && additional.isBoolean() && !additional.booleanValue();
      boolean typed = additional != null && additional.isObject() && !additional.isEmpty();
      if (deep) {
        return object;
      }
      if (typed) {
        // A map, or an object whose undeclared properties must all match the schema.
        int entries = properties.isEmpty() ? random.nextInt(4) : chance(options.extraPropertyProbability()) ? 1 + random.nextInt(2) : 0;
        for (int i = 0; i < entries; i++) {
          String name = extraName(properties, object);
          refs.add("[" + name + "]");
          try {
            object.set(name, value(additional, depth + 1, true));
          } finally {
            refs.remove(refs.size() - 1);
          }
        }
      } else if (properties.isEmpty() && !closed) {
        // A free-form object: any members.
        int entries = random.nextInt(4);
        for (int i = 0; i < entries; i++) {
          object.set(extraName(properties, object), anyJson(depth + 1));
        }
      } else if ((!closed || options.extrasOnClosedObjects()) && chance(options.extraPropertyProbability())) {
        int extras = 1 + random.nextInt(2);
        for (int i = 0; i < extras; i++) {
          object.set(extraName(properties, object), anyJson(depth + 1));
        }
      }
      return object;
    }

    /** A name that is neither declared nor already used. */
    private String extraName(JsonNode declared, ObjectNode object) {
      for (int attempt = 0; ; attempt++) {
        String name;
        int kind = random.nextInt(10);
        if (attempt > 20) {
          name = "x_extra_" + attempt + "_" + Long.toHexString(random.nextLong());
        } else if (kind < 2) {
          name = TRICKY_NAMES[random.nextInt(TRICKY_NAMES.length)];
        } else if (kind < 4 && declared.size() > 0) {
          // A near miss of a declared name: camelCase, upper case, or a changed prefix.
          List<String> names = new ArrayList<>();
          declared.fieldNames().forEachRemaining(names::add);
          name = variant(names.get(random.nextInt(names.size())));
        } else {
          name = "x_" + randomWord(1 + random.nextInt(10));
        }
        if (!declared.has(name) && !object.has(name)) {
          return name;
        }
      }
    }

    private String variant(String name) {
      switch (random.nextInt(4)) {
        case 0: {
          StringBuilder camel = new StringBuilder();
          boolean upper = false;
          for (char c : name.toCharArray()) {
            if (c == '_') {
              upper = true;
            } else {
              camel.append(upper ? Character.toUpperCase(c) : c);
              upper = false;
            }
          }
          return camel.toString();
        }
        case 1:
          return name.toUpperCase(Locale.ROOT);
        case 2:
          return "json" + name;
        default:
          return name + "_";
      }
    }

    private JsonNode array(JsonNode schema, int depth) {
      int min = schema.path("minItems").asInt(0);
      int max = schema.path("maxItems").asInt(Math.max(min, 3));
      int size = depth >= options.maxDepth() ? min : min + random.nextInt(Math.max(1, Math.min(max, min + 3) - min + 1));
      ArrayNode array = NODES.arrayNode();
      JsonNode items = schema.has("items") ? schema.get("items") : NODES.objectNode();
      for (int i = 0; i < size; i++) {
        refs.add("[" + i + "]");
        try {
          array.add(value(items, depth + 1, true));
        } finally {
          refs.remove(refs.size() - 1);
        }
      }
      return array;
    }

    private JsonNode string(JsonNode schema) {
      String format = schema.path("format").asText("");
      String text;
      switch (format) {
        case "uuid": {
          long msb = (random.nextLong() & ~0xF000L) | 0x4000L;
          long lsb = (random.nextLong() & 0x3FFF_FFFF_FFFF_FFFFL) | 0x8000_0000_0000_0000L;
          text = new UUID(msb, lsb).toString();
          break;
        }
        case "date":
          text = String.format(Locale.ROOT, "%04d-%02d-%02d", 1970 + random.nextInt(130),
              1 + random.nextInt(12), 1 + random.nextInt(28));
          break;
        case "date-time":
          text = String.format(Locale.ROOT, "%04d-%02d-%02dT%02d:%02d:%02dZ", 1970 + random.nextInt(130),
              1 + random.nextInt(12), 1 + random.nextInt(28), random.nextInt(24), random.nextInt(60),
              random.nextInt(60));
          break;
        case "byte":
          text = Base64.getEncoder().encodeToString(randomWord(random.nextInt(20)).getBytes(StandardCharsets.UTF_8));
          break;
        default:
          text = random.nextInt(3) == 0 ? randomWord(random.nextInt(16)) : STRINGS[random.nextInt(STRINGS.length)];
      }
      int minLength = schema.path("minLength").asInt(0);
      int maxLength = schema.path("maxLength").asInt(Integer.MAX_VALUE);
      StringBuilder fitted = new StringBuilder(text);
      while (fitted.codePointCount(0, fitted.length()) < minLength) {
        fitted.append('x');
      }
      if (fitted.codePointCount(0, fitted.length()) > maxLength) {
        return NODES.textNode(fitted.substring(0, fitted.offsetByCodePoints(0, maxLength)));
      }
      return NODES.textNode(fitted.toString());
    }

    private JsonNode integer(JsonNode schema) {
      boolean int32 = "int32".equals(schema.path("format").asText());
      long value;
      if (random.nextBoolean()) {
        value = int32 ? INTS[random.nextInt(INTS.length)] : LONGS[random.nextInt(LONGS.length)];
      } else {
        value = int32 ? random.nextInt() : random.nextInt(3) == 0 ? random.nextLong() : random.nextInt(100_000);
      }
      long min = schema.has("minimum") ? (long) Math.ceil(schema.get("minimum").asDouble()) : Long.MIN_VALUE;
      long max = schema.has("maximum") ? (long) Math.floor(schema.get("maximum").asDouble()) : Long.MAX_VALUE;
      if (schema.path("exclusiveMinimum").asBoolean(false)) {
        min++;
      }
      if (schema.path("exclusiveMaximum").asBoolean(false)) {
        max--;
      }
      if (value < min || value > max) {
        value = min + Math.floorMod(value, Math.max(1, Math.min(max - min + 1, 1_000_000)));
      }
      return int32 ? NODES.numberNode((int) value) : NODES.numberNode(value);
    }

    private JsonNode number(JsonNode schema) {
      boolean float32 = "float".equals(schema.path("format").asText());
      double value;
      switch (random.nextInt(4)) {
        case 0:
        case 1:
          value = float32 ? FLOATS[random.nextInt(FLOATS.length)] : DOUBLES[random.nextInt(DOUBLES.length)];
          break;
        case 2:
          value = (random.nextDouble() - 0.5) * Math.pow(10, random.nextInt(12));
          break;
        default:
          value = random.nextInt(2001) - 1000;
      }
      if (float32) {
        value = (float) value;
      }
      if (schema.has("minimum") || schema.has("maximum")) {
        double min = schema.path("minimum").asDouble(-Double.MAX_VALUE);
        double max = schema.path("maximum").asDouble(Double.MAX_VALUE);
        if (value < min || value > max) {
          value = min + (max - min) * random.nextDouble();
        }
      }
      return numberNode(value, float32);
    }

    /**
     * A double as JSON: an integral value sometimes as a JSON integer ({@code 1} rather than
     * {@code 1.0}, as servers send them), but only where that integer is exactly the double.
     */
    private JsonNode numberNode(double value, boolean float32) {
      if (value == Math.rint(value) && Math.abs(value) <= EXACT_INTEGER_LIMIT && random.nextBoolean()) {
        return NODES.numberNode((long) value);
      }
      return float32 ? NODES.numberNode((float) value) : NODES.numberNode(value);
    }

    /** Any JSON value: what a free-form schema or an undeclared property may hold. */
    private JsonNode anyJson(int depth) {
      int kinds = depth >= options.maxDepth() ? 7 : 9;
      switch (random.nextInt(kinds)) {
        case 0:
          return NODES.nullNode();
        case 1:
          return NODES.booleanNode(random.nextBoolean());
        case 2:
          return NODES.numberNode(LONGS[random.nextInt(LONGS.length)]);
        case 3:
          return numberNode(DOUBLES[random.nextInt(DOUBLES.length)], false);
        case 4:
          return NODES.numberNode(new BigInteger(80, random).negate());
        case 5:
        case 6:
          return NODES.textNode(STRINGS[random.nextInt(STRINGS.length)]);
        case 7: {
          ArrayNode array = NODES.arrayNode();
          int size = random.nextInt(4);
          for (int i = 0; i < size; i++) {
            array.add(anyJson(depth + 1));
          }
          return array;
        }
        default: {
          ObjectNode object = NODES.objectNode();
          int size = random.nextInt(4);
          for (int i = 0; i < size; i++) {
            object.set(extraName(NODES.objectNode(), object), anyJson(depth + 1));
          }
          return object;
        }
      }
    }

    private String randomWord(int length) {
      String alphabet = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_-äßçø中文🦊";
      int[] codePoints = alphabet.codePoints().toArray();
      StringBuilder word = new StringBuilder();
      for (int i = 0; i < length; i++) {
        word.appendCodePoint(codePoints[random.nextInt(codePoints.length)]);
      }
      return word.toString();
    }

    private boolean chance(double probability) {
      return random.nextDouble() < probability;
    }
  }

  private JsonNode resolve(String ref) {
    if (!ref.startsWith(COMPONENT_PREFIX)) {
      throw new IllegalArgumentException("only local component references are supported: " + ref);
    }
    return component(ref.substring(COMPONENT_PREFIX.length()));
  }

  /** Whether {@code schema} admits only {@code null} (e.g. {@code {type: string, nullable: true, enum: [null]}}). */
  private boolean isNullOnly(JsonNode schema) {
    JsonNode resolved = schema;
    while (resolved.has("$ref")) {
      resolved = resolve(resolved.get("$ref").asText());
    }
    JsonNode values = resolved.get("enum");
    if (values == null || !values.isArray() || values.isEmpty()) {
      return false;
    }
    for (JsonNode v : values) {
      if (!v.isNull()) {
        return false;
      }
    }
    return true;
  }

  /** The schema's type, inferred from its keywords when it states none ({@code ""} for any). */
  private static String typeOf(JsonNode schema) {
    JsonNode type = schema.get("type");
    if (type != null && type.isTextual()) {
      return type.asText();
    }
    if (schema.has("properties") || schema.has("additionalProperties") || schema.has("required")) {
      return "object";
    }
    if (schema.has("items")) {
      return "array";
    }
    return "";
  }

  /** One object schema with the properties, required names and keywords of all {@code allOf} members. */
  private JsonNode mergeAllOf(JsonNode schema) {
    ObjectNode merged = NODES.objectNode();
    ObjectNode properties = NODES.objectNode();
    ArrayNode required = NODES.arrayNode();
    Map<String, JsonNode> rest = new LinkedHashMap<>();
    List<JsonNode> parts = new ArrayList<>();
    schema.get("allOf").forEach(parts::add);
    ObjectNode own = schema.deepCopy();
    own.remove("allOf");
    parts.add(own);
    for (JsonNode part : parts) {
      JsonNode resolved = part;
      while (resolved.has("$ref")) {
        resolved = resolve(resolved.get("$ref").asText());
      }
      if (resolved.has("allOf")) {
        resolved = mergeAllOf(resolved);
      }
      resolved.path("properties").properties().forEach(e -> properties.set(e.getKey(), e.getValue()));
      resolved.path("required").forEach(required::add);
      resolved.properties().forEach(e -> {
        if (!e.getKey().equals("properties") && !e.getKey().equals("required")) {
          rest.putIfAbsent(e.getKey(), e.getValue());
        }
      });
    }
    rest.forEach(merged::set);
    merged.set("properties", properties);
    merged.set("required", required);
    return merged;
  }
}
