package dev.clientsmith.generator.parse;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.clientsmith.generator.diag.Diagnostic;
import dev.clientsmith.generator.source.JsonPointers;
import dev.clientsmith.generator.source.Locator;
import dev.clientsmith.generator.source.SourceReader;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Our own check of references, because Swagger Parser misses most broken local references (a
 * missing response, a pointer into {@code #/definitions}) and does not see alias cycles at all.
 *
 * <ul>
 *   <li>every local {@code $ref} (and discriminator mapping) must point at an existing value;
 *   <li>references to other documents are refused: this check sees one document, and reading them
 *       is {@link ExternalRefs}' work, done by the pipeline before (a document that still has one
 *       was not bundled, or is read on its own);
 *   <li>pure alias cycles ({@code A: $ref B}, {@code B: $ref A}, also through one-element
 *       {@code allOf}/{@code oneOf}/{@code anyOf} wrappers) are errors: no schema in the chain says
 *       what a value is. Recursion through properties or items is a legitimate recursive type and is
 *       not an alias edge;
 *   <li>a schema that includes itself through {@code allOf} members ({@code A: allOf [B, ...]},
 *       {@code B: allOf [A, ...]}) is an error too: the inclusion never ends, so no class can say
 *       what such a value holds (and flattening it would not terminate).
 * </ul>
 */
final class RefCheck {
  private static final List<String> WRAPPERS = List.of("allOf", "oneOf", "anyOf");
  private static final Set<String> STRUCTURE = Set.of("properties", "items", "additionalProperties", "not");

  private final ObjectNode root;
  private final Locator locator;
  private final List<Diagnostic> problems = new ArrayList<>();
  /** Pointer of an object holding a $ref (directly or via a one-element wrapper) -> its alias. */
  private final Map<String, Alias> aliases = new LinkedHashMap<>();
  /** Pointer of an object -> what it includes whole: its own $ref and the $refs of its allOf members. */
  private final Map<String, List<Alias>> includes = new LinkedHashMap<>();

  private RefCheck(ObjectNode root, Locator locator) {
    this.root = root;
    this.locator = locator;
  }

  static List<Diagnostic> check(ObjectNode root, Locator locator) {
    RefCheck check = new RefCheck(root, locator);
    TreeWalker.walk(root, check::visit);
    Set<Set<String>> reported = check.findCycles();
    check.findAllOfCycles(reported);
    return check.problems;
  }

  /** An object that only stands for another: where its $ref is written, and what it names. */
  private record Alias(String refPointer, String target) {}

  private void visit(String pointer, JsonNode object) {
    JsonNode ref = object.get("$ref");
    if (ref != null) {
      checkRef(pointer, ref).ifPresent(target -> aliases.put(pointer, new Alias(JsonPointers.child(pointer, "$ref"), target)));
    }
    JsonNode mapping = object.path("mapping");
    if (pointer.endsWith("/discriminator") && mapping.isObject()) {
      for (Map.Entry<String, JsonNode> entry : mapping.properties()) {
        checkMapping(JsonPointers.child(JsonPointers.child(pointer, "mapping"), entry.getKey()), entry.getValue());
      }
    }
    if (ref == null) {
      wrapperAlias(pointer, object).ifPresent(alias -> aliases.put(pointer, alias));
    }
    List<Alias> included = new ArrayList<>();
    collectIncluded(pointer, object, included);
    if (!included.isEmpty()) {
      includes.put(pointer, included);
    }
  }

  /**
   * The schemas {@code object} includes whole: its {@code $ref}, and those of its {@code allOf}
   * members, looking into inline members' own {@code allOf}. Properties and items are not inclusion.
   */
  private void collectIncluded(String pointer, JsonNode object, List<Alias> into) {
    JsonNode ref = object.get("$ref");
    if (ref != null && ref.isTextual() && LocalRef.isLocal(ref.asText())) {
      LocalRef.pointerOf(ref.asText()).filter(target -> JsonPointers.resolve(root, target) != null)
          .ifPresent(target -> into.add(new Alias(JsonPointers.child(pointer, "$ref"), target)));
    }
    JsonNode allOf = object.get("allOf");
    if (allOf != null && allOf.isArray()) {
      for (int i = 0; i < allOf.size(); i++) {
        if (allOf.get(i).isObject()) {
          collectIncluded(JsonPointers.child(JsonPointers.child(pointer, "allOf"), i), allOf.get(i), into);
        }
      }
    }
  }

  /** Checks one $ref; returns the pointer it names when it resolves. */
  private Optional<String> checkRef(String owner, JsonNode ref) {
    String at = JsonPointers.child(owner, "$ref");
    if (!ref.isTextual()) {
      problems.add(Diagnostic.error("parse.wrong-type", locator.locate(at), at,
          "'$ref' must be a string, not " + SourceReader.describe(ref),
          "write the reference as a string, e.g. \"#/components/schemas/Name\""));
      return Optional.empty();
    }
    String value = ref.asText();
    if (!LocalRef.isLocal(value)) {
      problems.add(Diagnostic.error("parse.external-ref", locator.locate(at), at,
          "$ref '" + value + "' points outside this document; only references within the document are supported",
          "copy the referenced definition under components and refer to it with '#/components/...'"));
      return Optional.empty();
    }
    Optional<String> target = LocalRef.pointerOf(value);
    if (target.isEmpty()) {
      problems.add(Diagnostic.error("parse.unresolved-ref", locator.locate(at), at,
          "$ref '" + value + "' is not a JSON pointer (it must start with '#/')",
          "write the reference as a pointer, e.g. \"#/components/schemas/Name\""));
      return Optional.empty();
    }
    if (JsonPointers.resolve(root, target.get()) == null) {
      problems.add(unresolved(at, value, target.get()));
      return Optional.empty();
    }
    return target;
  }

  private void checkMapping(String at, JsonNode value) {
    if (!value.isTextual()) {
      return;
    }
    String ref = value.asText();
    // A bare name in a mapping means a schema of that name (OpenAPI 3.0.3, Discriminator Object).
    String target = LocalRef.isLocal(ref) ? LocalRef.pointerOf(ref).orElse(null)
        : ref.contains("/") || ref.contains(".json") || ref.contains(".yaml") ? null
        : JsonPointers.child("/components/schemas", ref);
    if (target == null) {
      if (!LocalRef.isLocal(ref)) {
        problems.add(Diagnostic.error("parse.external-ref", locator.locate(at), at,
            "discriminator mapping '" + ref + "' points outside this document; only references within the document are supported",
            "map the value to a schema of this document, e.g. \"#/components/schemas/Name\""));
      }
      return;
    }
    if (JsonPointers.resolve(root, target) == null) {
      problems.add(unresolved(at, ref, target));
    }
  }

  private Diagnostic unresolved(String at, String ref, String target) {
    List<String> tokens = JsonPointers.tokens(target);
    String name = tokens.get(tokens.size() - 1);
    String parent = JsonPointers.parent(target);
    JsonNode container = JsonPointers.resolve(root, parent);
    String message = container != null
        ? "$ref '" + ref + "' points nowhere: " + (parent.isEmpty() ? "the document" : parent) + " has no member '" + name + "'"
        : "$ref '" + ref + "' points nowhere: the document has no " + firstMissing(target);
    String suggestion = container == null ? null : Suggestions.closest(name, container);
    String hint = suggestion != null
        ? "did you mean '" + suggestion + "'? Otherwise define '" + name + "' under " + parent
        : "define '" + name + "' under " + (parent.isEmpty() ? "the document root" : parent) + ", or fix the reference";
    return Diagnostic.error("parse.unresolved-ref", locator.locate(at), at, message, hint);
  }

  /** The shortest prefix of {@code pointer} that does not exist. */
  private String firstMissing(String pointer) {
    String missing = pointer;
    for (String p = JsonPointers.parent(pointer); p != null && JsonPointers.resolve(root, p) == null; p = JsonPointers.parent(p)) {
      missing = p;
    }
    return missing;
  }

  /**
   * For {@code {allOf: [{$ref: X}]}} without structure of its own: an alias of X. The element's own
   * $ref is checked when the walk reaches it; here a broken one simply is no alias.
   */
  private Optional<Alias> wrapperAlias(String pointer, JsonNode object) {
    for (String key : STRUCTURE) {
      if (object.has(key)) {
        return Optional.empty();
      }
    }
    Optional<Alias> found = Optional.empty();
    for (String wrapper : WRAPPERS) {
      JsonNode list = object.get(wrapper);
      if (list == null) {
        continue;
      }
      if (found.isPresent() || !list.isArray() || list.size() != 1) {
        return Optional.empty();
      }
      JsonNode ref = list.get(0).path("$ref");
      if (!ref.isTextual() || !LocalRef.isLocal(ref.asText())) {
        return Optional.empty();
      }
      String refPointer = JsonPointers.child(JsonPointers.child(JsonPointers.child(pointer, wrapper), 0), "$ref");
      found = LocalRef.pointerOf(ref.asText())
          .filter(target -> JsonPointers.resolve(root, target) != null)
          .map(target -> new Alias(refPointer, target));
      if (found.isEmpty()) {
        return found;
      }
    }
    return found;
  }

  private Set<Set<String>> findCycles() {
    Set<Set<String>> reported = new LinkedHashSet<>();
    for (String start : aliases.keySet()) {
      List<String> chain = new ArrayList<>();
      String current = start;
      while (current != null && !chain.contains(current)) {
        chain.add(current);
        Alias alias = aliases.get(current);
        current = alias == null ? null : alias.target();
      }
      if (current == null) {
        continue;
      }
      List<String> cycle = chain.subList(chain.indexOf(current), chain.size());
      if (reported.add(new TreeSet<>(cycle))) {
        problems.add(cycle(cycle));
      }
    }
    return reported;
  }

  /**
   * Cycles of inclusion ({@link #includes}) that are not pure alias cycles, reported once each from
   * their smallest member. A depth-first walk with an explicit stack: the walk itself must not be
   * what overflows on a long chain.
   */
  private void findAllOfCycles(Set<Set<String>> reported) {
    Set<String> done = new java.util.HashSet<>();
    for (String start : new TreeSet<>(includes.keySet())) {
      if (done.contains(start)) {
        continue;
      }
      // Path of nodes from start, with the index of the next edge to follow from each.
      List<String> path = new ArrayList<>();
      List<Integer> next = new ArrayList<>();
      path.add(start);
      next.add(0);
      while (!path.isEmpty()) {
        int top = path.size() - 1;
        List<Alias> edges = includes.getOrDefault(path.get(top), List.of());
        int edge = next.get(top);
        if (edge >= edges.size()) {
          done.add(path.remove(top));
          next.remove(top);
          continue;
        }
        next.set(top, edge + 1);
        String target = edges.get(edge).target();
        int onPath = path.indexOf(target);
        if (onPath >= 0) {
          List<String> cycle = new ArrayList<>(path.subList(onPath, path.size()));
          if (reported.add(new TreeSet<>(cycle))) {
            problems.add(allOfCycle(cycle));
          }
        } else if (!done.contains(target)) {
          path.add(target);
          next.add(0);
        }
      }
    }
  }

  private Diagnostic allOfCycle(List<String> members) {
    String first = new TreeSet<>(members).first();
    int start = members.indexOf(first);
    StringBuilder path = new StringBuilder();
    for (int i = 0; i <= members.size(); i++) {
      path.append(i == 0 ? "" : " -> ").append('#').append(members.get((start + i) % members.size()));
    }
    String next = members.get((start + 1) % members.size());
    Alias edge = includes.get(first).stream().filter(a -> a.target().equals(next)).findFirst().orElseThrow();
    return Diagnostic.error("parse.ref-cycle", locator.locate(edge.refPointer()), edge.refPointer(),
        "allOf cycle: " + path + "; a schema cannot include itself",
        "remove the allOf member that leads back, or refer to the schema from a property instead");
  }

  private Diagnostic cycle(List<String> members) {
    // Start the cycle at its smallest member, so the message does not depend on walk order.
    String first = new TreeSet<>(members).first();
    int start = members.indexOf(first);
    StringBuilder path = new StringBuilder();
    for (int i = 0; i <= members.size(); i++) {
      String member = members.get((start + i) % members.size());
      path.append(i == 0 ? "" : " -> ").append('#').append(member);
    }
    Alias alias = aliases.get(first);
    return Diagnostic.error("parse.ref-cycle", locator.locate(alias.refPointer()), alias.refPointer(),
        "$ref cycle: " + path + "; no schema in it says what the value is",
        "make one of them a real definition (with a type or properties) instead of a reference");
  }
}
