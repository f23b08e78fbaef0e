package dev.clientsmith.generator.source;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import dev.clientsmith.generator.diag.Diagnostic;
import dev.clientsmith.generator.diag.DiagnosticException;
import dev.clientsmith.generator.diag.Location;
import java.io.IOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Set;
import java.util.TreeMap;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.error.YAMLException;

/**
 * Reads JSON or YAML text into a Jackson tree with one pass over the streaming parser, recording
 * where each value was written. Object members are located at their key (that is the line a reader
 * looks for: {@code post:} rather than the first line of its body); array elements and the root at
 * their first token.
 *
 * <p>YAML anchors and aliases are expanded here (the streaming parser only reports them): an alias
 * becomes a copy of the value anchored before it, located at the alias, with the values inside the
 * copy located where the anchored text is written. YAML 1.1 merge keys ({@code <<: *base}) add the
 * anchored object's members the object does not write itself. Expansion is bounded, since a few
 * lines of nested aliases ("billion laughs") would otherwise build an exponentially large tree.
 *
 * <p>Building the tree ourselves (instead of {@code ObjectMapper.readTree}) is what makes duplicate
 * keys visible: Jackson's own tree silently keeps the last value. All duplicates are reported, not
 * just the first.
 */
final class TreeBuilder {
  /** Deeper nesting than this is not an API description but an attack or an accident. */
  static final int MAX_DEPTH = 256;
  /**
   * The most values aliases may add to a document. Real documents alias a few small values (a list
   * of required names); this leaves room for heavy reuse while bounding memory to tens of MB.
   */
  static final int MAX_ALIAS_VALUES = 250_000;
  /** The longest key: real ones are words or paths, a few dozen characters. */
  static final int MAX_NAME_LENGTH = 50_000;
  /** The most digits of one number; no API describes a value this precise. */
  static final int MAX_NUMBER_LENGTH = 1_000;
  private static final String MERGE_KEY = "<<";

  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
  private static final JsonFactory JSON = JsonFactory.builder().streamReadConstraints(constraints()).build();
  private static final JsonFactory YAML =
      new AnchoredYaml(YAMLFactory.builder().loaderOptions(loaderOptions()).streamReadConstraints(constraints()));

  private final String file;
  private final int lineOffset;
  private final SourceDocument.Format format;
  /** Sorted, so the positions inside an anchored value are one range of pointers. */
  private final NavigableMap<String, Location> positions = new TreeMap<>();
  /** Anchored values read so far, by anchor name (a later anchor of the same name replaces it). */
  private final Map<String, Anchored> anchors = new HashMap<>();
  /** Anchor names defined more than once: where the replaced definition was. */
  private final Map<String, Location> redefined = new HashMap<>();
  /** Anchors whose value is being read: an alias of one of them is a cycle. */
  private final Set<String> reading = new HashSet<>();
  private long aliasValues;
  private final List<Diagnostic> problems = new ArrayList<>();
  /** Containers not closed yet, innermost first: used to explain a truncated document. */
  private final Deque<OpenContainer> open = new ArrayDeque<>();
  private JsonParser parser;
  private boolean rootDone;

  private TreeBuilder(String file, int lineOffset, SourceDocument.Format format) {
    this.file = file;
    this.lineOffset = lineOffset;
    this.format = format;
  }

  /** Reads {@code spec}; throws every duplicate key, or the first syntax error, as diagnostics. */
  static LocatedTree build(EmbeddedSpec spec, String file) {
    return new TreeBuilder(file, spec.lineOffset(), spec.format()).run(spec.text());
  }

  private static StreamReadConstraints constraints() {
    // Our own depth check speaks first; the parser's limit is only a backstop.
    return StreamReadConstraints.builder()
        .maxNestingDepth(MAX_DEPTH + 8)
        .maxNameLength(MAX_NAME_LENGTH)
        .maxNumberLength(MAX_NUMBER_LENGTH)
        // A string as long as the file itself is read (a huge description is odd, not dangerous).
        .maxStringLength(SourceReader.MAX_BYTES + 1)
        .build();
  }

  private static LoaderOptions loaderOptions() {
    LoaderOptions options = new LoaderOptions();
    // SnakeYAML's default limit (3 MB of code points) is below ours; raise it so ours is the one that
    // speaks, with our message. A UTF-8 file of MAX_BYTES bytes has at most MAX_BYTES code points.
    options.setCodePointLimit(SourceReader.MAX_BYTES + 1);
    return options;
  }

  private LocatedTree run(String text) {
    JsonNode root = null;
    try (JsonParser p = (format == SourceDocument.Format.JSON ? JSON : YAML).createParser(text)) {
      parser = p;
      JsonToken first = p.nextToken();
      if (first != null) {
        root = readValue(first, "", 1);
        rootDone = true;
        JsonToken extra = p.nextToken();
        if (extra != null) {
          problems.add(SyntaxErrors.trailingContent(format, location(p.currentTokenLocation())));
        }
      }
    } catch (DiagnosticException e) {
      problems.addAll(e.diagnostics());
    } catch (JsonProcessingException | YAMLException e) {
      Location reading = parser == null ? null : location(parser.currentLocation());
      problems.add(SyntaxErrors.translate(e, text, format, file, lineOffset, rootDone, open.peek(), reading));
    } catch (IOException e) {
      // Reading from a String does not do I/O; keep the message ours all the same.
      problems.add(Diagnostic.error("source.unreadable", Location.ofFile(file), null,
          "the document could not be read (" + e.getClass().getSimpleName() + ")", null));
    }
    if (!problems.isEmpty()) {
      throw new DiagnosticException(problems);
    }
    if (root == null) {
      throw new DiagnosticException(Diagnostic.error("source.empty", Location.ofFile(file), null,
          "the document holds no value (only whitespace or comments)",
          "give a complete OpenAPI 3.0 document"));
    }
    return new LocatedTree(root, positions);
  }

  private JsonNode readValue(JsonToken token, String pointer, int depth) throws IOException {
    Location at = location(parser.currentTokenLocation());
    positions.putIfAbsent(pointer, at);
    if (!(parser instanceof YAMLParser)) {
      return readPlain(token, pointer, depth, at);
    }
    YAMLParser yaml = (YAMLParser) parser;
    if (yaml.isCurrentAlias()) {
      return expand(yaml.getText(), pointer, at, depth);
    }
    String anchor = yaml.getObjectId();
    if (anchor == null && yaml instanceof AnchoredYaml.Parser anchored) {
      anchor = anchored.scalarAnchor(token);
    }
    if (anchor == null) {
      return readPlain(token, pointer, depth, at);
    }
    reading.add(anchor);
    JsonNode value = readPlain(token, pointer, depth, at);
    reading.remove(anchor);
    Anchored earlier = anchors.put(anchor, new Anchored(value, pointer, count(value), height(value), at));
    if (earlier != null) {
      redefined.put(anchor, earlier.at());
    }
    return value;
  }

  /** A copy of the value anchored as {@code name}, its inner positions those of the anchored text. */
  private JsonNode expand(String name, String pointer, Location at, int depth) {
    Anchored anchored = anchors.get(name);
    if (anchored == null) {
      throw new DiagnosticException(Diagnostic.error("source.yaml-alias", at, pointer,
          reading.contains(name)
              ? "the alias *" + name + " is inside the value anchored &" + name + ": it would contain itself"
              : "the alias *" + name + " names no anchor defined before it",
          reading.contains(name)
              ? "write the value out instead of referring to the anchor it is part of"
              : "define the anchor (&" + name + ") on a value before this alias, or fix the name"));
    }
    Location replaced = redefined.get(name);
    if (replaced != null) {
      // YAML says an alias means the latest anchor of its name, but a name used twice is far more often
      // a copied line than a choice, and readers of the file see the first one: not guessed.
      throw new DiagnosticException(Diagnostic.error("source.yaml-alias", at, pointer,
          "the alias *" + name + " is ambiguous: &" + name + " is defined twice (at line " + replaced.line() + ", column "
              + replaced.column() + " and at line " + anchored.at().line() + ", column " + anchored.at().column()
              + "), and YAML would take the later one",
          "give the two anchors different names and use the one meant here"));
    }
    // The copy is as deep here as the anchored value was where it was written.
    checkDepth(depth + anchored.height() - 1, pointer, at);
    aliasValues += anchored.values();
    if (aliasValues > MAX_ALIAS_VALUES) {
      throw new DiagnosticException(Diagnostic.error("source.yaml-alias-bomb", at, pointer,
          "expanding the alias *" + name + " would make aliases add more than " + MAX_ALIAS_VALUES
              + " values to the document (nested aliases multiply: a \"billion laughs\" document)",
          "write the repeated values out, or use $ref to a component instead of YAML aliases"));
    }
    relocate(anchored.pointer(), pointer);
    return anchored.value().deepCopy();
  }

  /**
   * A merge key's value: one mapping ({@code <<: *base}) or a list of them ({@code <<: [*a, *b]},
   * the earlier ones winning), added to {@code merged}.
   */
  private void merge(JsonNode value, String pointer, Location at, Map<String, ObjectNode> merged) {
    Map<String, JsonNode> bases = new java.util.LinkedHashMap<>();
    if (value.isArray()) {
      for (int i = 0; i < value.size(); i++) {
        bases.put(JsonPointers.child(pointer, i), value.get(i));
      }
    } else {
      bases.put(pointer, value);
    }
    bases.forEach((from, base) -> {
      if (!(base instanceof ObjectNode object)) {
        throw new DiagnosticException(Diagnostic.error("source.invalid-yaml", at, pointer,
            "a merge key (<<) must give a mapping or a list of mappings, not " + SourceReader.describe(base),
            "merge anchored mappings (<<: *base), or write the value under another key"));
      }
      merged.putIfAbsent(from, object);
    });
  }

  /** Gives the values now at {@code to} the positions recorded for them at {@code from}. */
  private void relocate(String from, String to) {
    Location at = positions.get(from);
    if (at != null) {
      positions.putIfAbsent(to, at);
    }
    for (Map.Entry<String, Location> inside : List.copyOf(positions.subMap(from + "/", from + "/\uffff").entrySet())) {
      positions.putIfAbsent(to + inside.getKey().substring(from.length()), inside.getValue());
    }
  }

  /** How many levels a value spans: 1 for a scalar or an empty container. */
  private static int height(JsonNode value) {
    int below = 0;
    for (JsonNode child : value) {
      below = Math.max(below, height(child));
    }
    return below + 1;
  }

  private static long count(JsonNode value) {
    long n = 1;
    for (JsonNode child : value) {
      n += count(child);
    }
    return n;
  }

  private JsonNode readPlain(JsonToken token, String pointer, int depth, Location at) throws IOException {
    switch (token) {
      case START_OBJECT:
        return readObject(pointer, depth, at);
      case START_ARRAY:
        return readArray(pointer, depth, at);
      case VALUE_STRING:
        return NODES.textNode(parser.getText());
      case VALUE_NUMBER_INT:
        return readInteger();
      case VALUE_NUMBER_FLOAT:
        return readFloat();
      case VALUE_TRUE:
        return NODES.booleanNode(true);
      case VALUE_FALSE:
        return NODES.booleanNode(false);
      case VALUE_NULL:
        return NODES.nullNode();
      default:
        // VALUE_EMBEDDED_OBJECT: a YAML !!binary scalar; nothing in OpenAPI needs one.
        throw new DiagnosticException(Diagnostic.error("source.invalid-yaml", at, pointer,
            "this YAML value has a type JSON cannot hold (e.g. !!binary)",
            "write the value as a plain string"));
    }
  }

  private ObjectNode readObject(String pointer, int depth, Location at) throws IOException {
    checkDepth(depth, pointer, at);
    open.push(new OpenContainer("object", at));
    ObjectNode object = NODES.objectNode();
    Map<String, Location> keys = new HashMap<>();
    Map<String, ObjectNode> merged = new java.util.LinkedHashMap<>();
    JsonToken token;
    while ((token = next()) != JsonToken.END_OBJECT) {
      String name = parser.currentName();
      Location keyAt = location(parser.currentTokenLocation());
      String child = JsonPointers.child(pointer, name);
      JsonToken valueToken = next();
      if (name.equals(MERGE_KEY) && parser instanceof YAMLParser) {
        merge(readValue(valueToken, child, depth + 1), child, keyAt, merged);
        continue;
      }
      Location first = keys.putIfAbsent(name, keyAt);
      if (first != null) {
        problems.add(duplicateKey(name, child, keyAt, first));
        parser.skipChildren();
        continue;
      }
      // A member is located at its key; readValue only records a position not recorded yet.
      positions.put(child, keyAt);
      object.set(name, readValue(valueToken, child, depth + 1));
    }
    // Merged members come after the object's own, which win whatever their place; they stay
    // located where the merged mapping writes them.
    merged.forEach((from, base) -> base.properties().forEach(member -> {
      if (!object.has(member.getKey())) {
        object.set(member.getKey(), member.getValue());
        relocate(JsonPointers.child(from, member.getKey()), JsonPointers.child(pointer, member.getKey()));
      }
    }));
    open.pop();
    return object;
  }

  private ArrayNode readArray(String pointer, int depth, Location at) throws IOException {
    checkDepth(depth, pointer, at);
    open.push(new OpenContainer("array", at));
    ArrayNode array = NODES.arrayNode();
    JsonToken token;
    while ((token = next()) != JsonToken.END_ARRAY) {
      array.add(readValue(token, JsonPointers.child(pointer, array.size()), depth + 1));
    }
    open.pop();
    return array;
  }

  private JsonToken next() throws IOException {
    JsonToken token = parser.nextToken();
    if (token == null) {
      // The JSON parser reports this itself; a YAML stream always closes what it opened. Kept as a
      // guard so a truncated input can never produce a half-built tree.
      throw new DiagnosticException(SyntaxErrors.truncated(format, location(parser.currentLocation()), open.peek()));
    }
    return token;
  }

  private JsonNode readInteger() throws IOException {
    switch (parser.getNumberType()) {
      case INT:
        return NODES.numberNode(parser.getIntValue());
      case LONG:
        return NODES.numberNode(parser.getLongValue());
      default:
        return NODES.numberNode(parser.getBigIntegerValue());
    }
  }

  private JsonNode readFloat() throws IOException {
    double value = parser.getDoubleValue();
    if (Double.isFinite(value)) {
      return NODES.numberNode(value);
    }
    // Out of double range (1e400): keep the exact decimal rather than print "Infinity" later.
    return NODES.numberNode(parser.getDecimalValue());
  }

  private void checkDepth(int depth, String pointer, Location at) {
    if (depth > MAX_DEPTH) {
      throw new DiagnosticException(Diagnostic.error("source.too-deep", at, pointer,
          "values are nested more than " + MAX_DEPTH + " levels deep",
          "an OpenAPI document never needs this depth; check that this is the right file"));
    }
  }

  private Diagnostic duplicateKey(String name, String pointer, Location at, Location first) {
    return Diagnostic.error("source.duplicate-key", at, pointer,
        "duplicate key '" + name + "' (first written at line " + first.line() + ", column " + first.column() + ")",
        "remove one of the two; readers disagree about which value wins");
  }

  private Location location(JsonLocation at) {
    return SyntaxErrors.location(file, lineOffset, at.getLineNr(), at.getColumnNr());
  }

  /** A value read with an anchor: where it was read, and how many values it holds. */
  private record Anchored(JsonNode value, String pointer, long values, int height, Location at) {}

  /** A container being read: what it is and where it started. */
  record OpenContainer(String kind, Location start) {}
}
