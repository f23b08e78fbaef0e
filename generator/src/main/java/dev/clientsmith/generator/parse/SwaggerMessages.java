package dev.clientsmith.generator.parse;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.clientsmith.generator.diag.Diagnostic;
import dev.clientsmith.generator.diag.Location;
import dev.clientsmith.generator.source.JsonPointers;
import dev.clientsmith.generator.source.Locator;
import dev.clientsmith.generator.source.SourceReader;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Translates Swagger Parser's message strings into diagnostics. It recognises the shapes its
 * deserializer produces ({@code attribute <location> is missing}, {@code ... is not of type `x`},
 * {@code ... is unexpected}, {@code <location>.$ref target ...}, {@code <location>.<sentence>}) and
 * locates them through {@link SwaggerPath}; anything else becomes {@code parse.other}, still in our
 * shape, quoting the message.
 */
final class SwaggerMessages {
  private static final Pattern ATTRIBUTE =
      Pattern.compile("attribute (.*?) (is missing|is not of type `([^`]*)`|is unexpected|is unsupported|is repeated"
          + "|is reserved by The OpenAPI Initiative)"
          // Its 3.1 rules add the component the member is in: "(#/components/schemas/A)".
          + "(?: \\(#[^)]*\\))?");
  private static final Pattern REF_TARGET =
      Pattern.compile("(.*?)\\.?\\$ref target (\\S+) is not of expected type (.+)");
  /** Sentences Swagger Parser appends to a location with a dot (its "warnings"). */
  private static final Pattern SENTENCE = Pattern.compile(
      "(.*?)\\.\\s*((?:For path parameter|Declared path parameter|Schema name|Parameter name|Header name|Example name"
          + "|Link name|RequestBody name|Response key|Callback key|PathItem key|SecurityScheme name|Resource"
          + "|There are duplicate|content |value and externalValue|writeOnly and readOnly|examples already defined"
          + "|multipleOf|enum array|invalid url|duplicated type|invalid type).*)");
  private static final Pattern PATH_PARAMETER_NOT_REQUIRED =
      Pattern.compile("For path parameter (.+) the required value should be true");
  private static final Pattern PATH_PARAMETER_UNDECLARED =
      Pattern.compile("Declared path parameter (.+) needs to be defined as a path parameter.*");
  private static final Pattern PATH_WITHOUT_SLASH = Pattern.compile("Resource (.+) should start with /");
  private static final Pattern BAD_COMPONENT_NAME =
      Pattern.compile("(?:(?:Schema|Parameter|Header|Example|Link|RequestBody|SecurityScheme) name"
          + "|(?:Response|Callback|PathItem) key) (.+) doesn't adhere.*");
  private static final Map<String, String> MISSING_HINTS = Map.of(
      "info", "add an 'info' object with the API's 'title' and 'version'",
      "title", "add a 'title' (a string)",
      "version", "add the API's 'version' (a string such as \"1.0.0\")",
      "paths", "add 'paths' (an object; it may be empty)",
      "description", "add a 'description' (OpenAPI 3.0 requires it here, even if it is short)",
      "name", "add the 'name' of the parameter or header",
      "in", "add 'in' (query, header, path or cookie)",
      "type", "add the 'type' of the security scheme (apiKey, http, oauth2 or openIdConnect)",
      "responses", "add 'responses' with at least one response");

  /** A translated message, and whether it is about a reference our own check already judges. */
  record Translated(Diagnostic diagnostic, boolean aboutRefs) {}

  private final ObjectNode root;
  private final String file;
  private final Locator locator;
  /** Members already named by a message located with {@link #inside}. */
  private final java.util.Set<String> claimed = new java.util.HashSet<>();

  SwaggerMessages(ObjectNode root, String file, Locator locator) {
    this.root = root;
    this.file = file;
    this.locator = locator;
  }

  Translated translate(String raw) {
    String message = raw == null ? "" : raw.strip();
    Matcher attribute = ATTRIBUTE.matcher(message);
    if (attribute.matches()) {
      return attribute(attribute.group(1), attribute.group(2), attribute.group(3));
    }
    Matcher refTarget = REF_TARGET.matcher(message);
    if (refTarget.matches()) {
      return refTarget(refTarget.group(1), refTarget.group(2), refTarget.group(3));
    }
    Matcher sentence = SENTENCE.matcher(message);
    if (sentence.matches()) {
      return sentence(sentence.group(1), sentence.group(2));
    }
    return new Translated(other(message), false);
  }

  private Translated attribute(String location, String verb, String type) {
    int refStart = location.indexOf(".#/");
    if (verb.equals("is missing") && refStart >= 0) {
      // Its deserializer reports an unresolved local reference as a missing "attribute" named by the ref.
      String ref = location.substring(refStart + 1);
      String pointer = SwaggerPath.resolve(root, location.substring(0, refStart)).pointer();
      return new Translated(error("parse.unresolved-ref", pointer,
          "$ref '" + ref + "' points nowhere", "define the referenced value or fix the reference"), true);
    }
    SwaggerPath.Resolved resolved = inside(SwaggerPath.resolve(root, location), verb, type);
    String name = lastName(location, resolved);
    if (verb.equals("is missing")) {
      String pointer = resolved.rest().isEmpty() ? resolved.pointer() : JsonPointers.child(resolved.pointer(), name);
      return new Translated(error("parse.missing", pointer, "the required field '" + name + "' is missing",
          MISSING_HINTS.getOrDefault(name, "add '" + name + "'; OpenAPI 3.0 requires it here")), false);
    }
    if (type != null) {
      JsonNode actual = resolved.complete() ? JsonPointers.resolve(root, resolved.pointer()) : null;
      String message = "'" + name + "' must be " + article(type)
          + (actual == null ? "" : ", not " + SourceReader.describe(actual));
      return new Translated(error("parse.wrong-type", resolved.pointer(), message,
          "change the value to " + article(type) + " as OpenAPI 3.0 defines it here"), !resolved.complete());
    }
    switch (verb) {
      case "is unexpected":
        return new Translated(error("parse.unexpected", resolved.pointer(),
            "unexpected field '" + name + "': OpenAPI 3.0 does not define it here",
            "remove it, or rename it 'x-" + name + "' to keep it as an extension"), false);
      case "is unsupported":
        return new Translated(error("parse.unsupported", resolved.pointer(),
            "the field '" + name + "' is not supported here", "remove it"), false);
      case "is repeated":
        return new Translated(error("parse.repeated", repeatedPointer(resolved, name),
            "'" + name + "' is repeated", "remove the duplicate"), false);
      default:
        return new Translated(error("parse.reserved", resolved.pointer(),
            "'" + name + "' uses a prefix the OpenAPI Initiative reserves (x-oai-, x-oas-)",
            "rename the extension"), false);
    }
  }

  /**
   * Swagger Parser names a problem deep inside a schema by the component and the member alone
   * ({@code components.schemas.A.default} for a default three properties down). When the member is
   * not the component's own, the place meant is the first member of that name below it that fits the
   * complaint and no earlier message has taken: located there, each problem gets its own place
   * instead of all landing on the component (and being merged as repeats).
   */
  private SwaggerPath.Resolved inside(SwaggerPath.Resolved resolved, String verb, String type) {
    if (resolved.rest().size() != 1 || verb.equals("is missing")) {
      return resolved;
    }
    String name = resolved.rest().get(0);
    JsonNode start = JsonPointers.resolve(root, resolved.pointer());
    if (start == null) {
      return resolved;
    }
    List<String> found = new java.util.ArrayList<>();
    TreeWalker.walk(start, (at, object) -> {
      String member = JsonPointers.child(resolved.pointer() + at, name);
      if (found.isEmpty() && object.has(name) && !claimed.contains(member)
          && (type == null || !isOfType(object.get(name), type))) {
        found.add(member);
      }
    });
    if (found.isEmpty()) {
      return resolved;
    }
    claimed.add(found.get(0));
    return new SwaggerPath.Resolved(found.get(0), List.of());
  }

  private static boolean isOfType(JsonNode value, String type) {
    switch (type.toLowerCase(java.util.Locale.ROOT)) {
      case "string":
        return value.isTextual();
      case "array":
        return value.isArray();
      case "object":
        return value.isObject();
      case "boolean":
        return value.isBoolean();
      case "integer":
        return value.isIntegralNumber();
      case "number":
        return value.isNumber();
      default:
        return false;
    }
  }

  private Translated refTarget(String location, String ref, String expected) {
    SwaggerPath.Resolved resolved = SwaggerPath.resolve(root, location);
    String pointer = findRef(JsonPointers.resolve(root, resolved.pointer()), resolved.pointer(), ref);
    return new Translated(error("parse.wrong-ref-target", pointer,
        "$ref '" + ref + "' points to something that is not " + article(expected.replace("/", " or ")),
        "point the reference at a definition of the right kind"), false);
  }

  private Translated sentence(String location, String sentence) {
    SwaggerPath.Resolved resolved = SwaggerPath.resolve(root, location);
    String pointer = resolved.pointer();
    String text = sentence.strip();
    Matcher m = PATH_PARAMETER_NOT_REQUIRED.matcher(text);
    if (m.matches()) {
      return new Translated(error("parse.invalid", findPathParameter(pointer, m.group(1)),
          "path parameter '" + m.group(1) + "' must be declared with \"required\": true",
          "add \"required\": true; a path parameter is always required"), false);
    }
    m = PATH_PARAMETER_UNDECLARED.matcher(text);
    if (m.matches()) {
      return new Translated(error("parse.invalid", pointer,
          "path parameter '" + m.group(1) + "' is used in the path but not declared",
          "declare it under 'parameters' with \"in\": \"path\" and \"required\": true"), false);
    }
    m = PATH_WITHOUT_SLASH.matcher(text);
    if (m.matches()) {
      return new Translated(error("parse.invalid", JsonPointers.child(pointer, m.group(1)),
          "path '" + m.group(1) + "' must start with '/'", "write the path as '/" + m.group(1) + "'"), false);
    }
    m = BAD_COMPONENT_NAME.matcher(text);
    if (m.matches()) {
      String child = JsonPointers.child(pointer, m.group(1));
      return new Translated(error("parse.invalid", JsonPointers.resolve(root, child) == null ? pointer : child,
          "the component name '" + m.group(1) + "' is not allowed: names may hold only ASCII letters and digits, '.', '-' and '_'",
          "rename the component and the references to it"), false);
    }
    return new Translated(error("parse.invalid", pointer,
        Character.toLowerCase(text.charAt(0)) + text.substring(1),
        "correct the value as the OpenAPI 3.0 specification describes it"), false);
  }

  /** The path parameter named {@code name} under {@code pointer} that is not marked required. */
  private String findPathParameter(String pointer, String name) {
    List<String> found = new java.util.ArrayList<>();
    TreeWalker.walk(root, (at, object) -> {
      if (found.isEmpty() && at.startsWith(pointer) && name.equals(object.path("name").asText(null))
          && "path".equals(object.path("in").asText(null)) && !object.path("required").asBoolean(false)) {
        found.add(at);
      }
    });
    return found.isEmpty() ? pointer : found.get(0);
  }

  private Diagnostic other(String message) {
    String shown = message.lines().findFirst().orElse("").strip();
    if (shown.length() > 200) {
      shown = shown.substring(0, 197) + "...";
    }
    return Diagnostic.error("parse.other", Location.ofFile(file), null,
        "Swagger Parser reports a problem it does not locate: \"" + shown + "\"",
        "check the document against the OpenAPI 3.0 specification");
  }

  private Diagnostic error(String code, String pointer, String message, String hint) {
    return Diagnostic.error(code, locator.locate(pointer), pointer, message, hint);
  }

  /** The name the message is about: the unmatched rest, or the last key of the pointer. */
  private static String lastName(String location, SwaggerPath.Resolved resolved) {
    if (!resolved.rest().isEmpty()) {
      return String.join(".", resolved.rest());
    }
    List<String> tokens = JsonPointers.tokens(resolved.pointer());
    return tokens.isEmpty() ? location : tokens.get(tokens.size() - 1);
  }

  /** "tags.a is repeated": the second tag object named {@code a}. */
  private String repeatedPointer(SwaggerPath.Resolved resolved, String name) {
    JsonNode list = JsonPointers.resolve(root, resolved.pointer());
    if (list == null || !list.isArray()) {
      return resolved.pointer();
    }
    int seen = 0;
    for (int i = 0; i < list.size(); i++) {
      JsonNode element = list.get(i);
      if (name.equals(element.path("name").asText(null)) || name.equals(element.asText(null))) {
        if (++seen == 2) {
          return JsonPointers.child(resolved.pointer(), i);
        }
      }
    }
    return resolved.pointer();
  }

  /** The pointer of the first {@code $ref} member under {@code node} whose value is {@code ref}. */
  private static String findRef(JsonNode node, String pointer, String ref) {
    if (node == null) {
      return pointer;
    }
    if (node.isObject()) {
      if (ref.equals(node.path("$ref").asText(null))) {
        return JsonPointers.child(pointer, "$ref");
      }
      for (Map.Entry<String, JsonNode> member : node.properties()) {
        String found = findRef(member.getValue(), JsonPointers.child(pointer, member.getKey()), ref);
        if (found != null && found.endsWith("/$ref")) {
          return found;
        }
      }
    } else if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        String found = findRef(node.get(i), JsonPointers.child(pointer, i), ref);
        if (found != null && found.endsWith("/$ref")) {
          return found;
        }
      }
    }
    return pointer;
  }

  private static String article(String type) {
    String lower = type.toLowerCase(java.util.Locale.ROOT);
    return (lower.matches("[aeiou].*") ? "an " : "a ") + lower;
  }
}
