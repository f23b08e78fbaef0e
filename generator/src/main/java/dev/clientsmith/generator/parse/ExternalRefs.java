package dev.clientsmith.generator.parse;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import dev.clientsmith.generator.diag.Diagnostic;
import dev.clientsmith.generator.diag.DiagnosticException;
import dev.clientsmith.generator.diag.Location;
import dev.clientsmith.generator.source.JsonPointers;
import dev.clientsmith.generator.source.Locator;
import dev.clientsmith.generator.source.SourceDocument;
import dev.clientsmith.generator.source.SourceReader;
import dev.clientsmith.generator.source.UrlReader;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Resolves the {@code $ref}s of a document that name other documents, so that every later stage
 * (Swagger Parser included) sees one self-contained document and nothing is ever fetched by a library.
 *
 * <p>A reference to a file in the document's folder (or below it) is read with {@link SourceReader}
 * (same limits, same located errors); the definition it names is copied under {@code components}
 * with a deterministic name (the name it has there, made unique with a number when this document
 * already uses it) and the reference is rewritten to point at the copy. References inside the
 * copied definition are resolved the same way, relative to the file it came from; a reference back
 * to the document itself becomes a local one, and a definition is copied once however many
 * references (or cycles between files) lead to it.
 *
 * <p>URLs ({@code http}, {@code https}), {@code file:} URIs, absolute paths and relative paths that
 * leave the document's folder (also through a symbolic link) are refused unless the request allows
 * them: they could make a run read what the author of a document chose, not what its user gave.
 * Allowed, files are read the same way and URLs are fetched by {@link UrlReader}. Other schemes
 * are always refused.
 */
public final class ExternalRefs {
  /** The most documents one document may draw definitions from. */
  public static final int MAX_DOCUMENTS = 1_000;
  /** The report's name for what this stage does. */
  public static final String ID = "external-refs";

  private static final Pattern SCHEME = Pattern.compile("^[A-Za-z][A-Za-z0-9+.-]*:");
  /** Components sections a definition may be copied into, by the member name that holds such objects. */
  private static final Map<String, String> SECTIONS = Map.of(
      "parameters", "parameters", "responses", "responses", "requestBody", "requestBodies", "headers", "headers",
      "examples", "examples", "links", "links", "callbacks", "callbacks", "securitySchemes", "securitySchemes");

  /** One reference rewritten: where it is, what it said, what it says now, where the definition came from. */
  public record Rewrite(String pointer, String before, String after, String reason) {}

  /**
   * The bundled document and what it took.
   *
   * @param document the same tree, rewritten, located through every document it drew from
   * @param rewrites every reference that was rewritten, in document order
   * @param files the referenced files read (absolute, real paths), for incremental builds
   * @param urls the referenced URLs fetched
   */
  public record Bundled(SourceDocument document, List<Rewrite> rewrites, List<Path> files, List<URI> urls) {}

  /** A document definitions are taken from: read from disk or fetched. */
  /**
   * @param name how diagnostics name it (as the user's paths do)
   * @param shortName how the report names it: relative to the document's folder, or its URL
   */
  private record Source(String key, String name, String shortName, ObjectNode tree, Locator locator, Path folder, URI url) {}

  /** A copied definition whose own references are still to resolve. */
  private record Pending(ObjectNode copy, String pointer, Source from, String fromPointer) {}

  private final Source main;
  private final Path rootFolder;
  private final boolean allowRemote;
  private final UrlReader urls;
  private final Map<String, Source> sources = new LinkedHashMap<>();
  private final Set<String> unreadable = new java.util.HashSet<>();
  /** Source key + '#' + pointer, to the local reference of its copy. */
  private final Map<String, String> copied = new HashMap<>();
  /** Pointers of copies in the document, to the source and pointer they were copied from. */
  private final Map<String, Map.Entry<Source, String>> origins = new LinkedHashMap<>();
  private final Deque<Pending> pending = new ArrayDeque<>();
  private final List<Rewrite> rewrites = new ArrayList<>();
  private final List<Diagnostic> problems = new ArrayList<>();
  private final Set<Path> files = new LinkedHashSet<>();
  private final Set<URI> fetched = new LinkedHashSet<>();

  private ExternalRefs(Source main, Path rootFolder, boolean allowRemote, UrlReader urls) {
    this.main = main;
    this.rootFolder = rootFolder;
    this.allowRemote = allowRemote;
    this.urls = urls;
  }

  /**
   * Bundles {@code doc}, read from {@code file}, in place.
   *
   * @param allowRemote whether URLs, {@code file:} URIs and files outside the document's folder may be read
   * @throws DiagnosticException every reference that is refused or cannot be resolved, located at it
   */
  public static Bundled bundle(SourceDocument doc, Path file, boolean allowRemote) {
    return bundle(doc, file, allowRemote, new UrlReader());
  }

  /** Same as {@link #bundle(SourceDocument, Path, boolean)}, fetching with {@code urls}. */
  public static Bundled bundle(SourceDocument doc, Path file, boolean allowRemote, UrlReader urls) {
    Path real = realPath(file);
    Source main = new Source(real.toString(), doc.name(), real.getFileName().toString(), doc.tree(), doc.locator(),
        real.getParent(), null);
    ExternalRefs bundler = new ExternalRefs(main, real.getParent(), allowRemote, urls);
    bundler.sources.put(main.key(), main);
    bundler.resolveAll(doc.tree(), "", main, "");
    while (!bundler.pending.isEmpty()) {
      Pending next = bundler.pending.removeFirst();
      bundler.resolveAll(next.copy(), next.pointer(), next.from(), next.fromPointer());
    }
    if (!bundler.problems.isEmpty()) {
      throw new DiagnosticException(bundler.problems);
    }
    if (bundler.rewrites.isEmpty()) {
      return new Bundled(doc, List.of(), List.of(), List.of());
    }
    Map<String, Map.Entry<Source, String>> origins = Map.copyOf(bundler.origins);
    Locator located = pointer -> locate(origins, doc.locator(), pointer);
    return new Bundled(new SourceDocument(doc.name(), doc.format(), doc.tree(), located), List.copyOf(bundler.rewrites),
        List.copyOf(bundler.files), List.copyOf(bundler.fetched));
  }

  /** A copy is located in the document it came from; everything else where the document wrote it. */
  private static Location locate(Map<String, Map.Entry<Source, String>> origins, Locator own, String pointer) {
    for (String at = pointer; at != null && !at.isEmpty(); at = JsonPointers.parent(at)) {
      Map.Entry<Source, String> origin = origins.get(at);
      if (origin != null) {
        return origin.getKey().locator().locate(origin.getValue() + pointer.substring(at.length()));
      }
    }
    return own.locate(pointer);
  }

  /**
   * Resolves every reference in {@code tree}, which is now at {@code pointer} of the document and
   * was read at {@code fromPointer} of {@code from}.
   */
  private void resolveAll(JsonNode tree, String pointer, Source from, String fromPointer) {
    List<Map.Entry<String, ObjectNode>> owners = new ArrayList<>();
    TreeWalker.walk(tree, (relative, object) -> {
      if (object.path("$ref").isTextual() || (relative.endsWith("/discriminator") && object.path("mapping").isObject())) {
        owners.add(Map.entry(relative, (ObjectNode) object));
      }
    });
    for (Map.Entry<String, ObjectNode> owner : owners) {
      String relative = owner.getKey();
      ObjectNode object = owner.getValue();
      List<String> ownerTokens = JsonPointers.tokens(pointer + relative);
      if (object.path("$ref").isTextual() && ownerTokens.size() == 2 && ownerTokens.get(0).equals("paths")) {
        inline(object, pointer + relative, from, fromPointer + relative);
      } else if (object.path("$ref").isTextual()) {
        String ref = object.get("$ref").asText();
        resolve(ref, JsonPointers.child(pointer + relative, "$ref"), from, JsonPointers.child(fromPointer + relative, "$ref"),
            section(pointer + relative)).ifPresent(local -> object.set("$ref", TextNode.valueOf(local)));
      }
      JsonNode mapping = object.path("mapping");
      if (relative.endsWith("/discriminator") && mapping.isObject()) {
        ObjectNode values = (ObjectNode) mapping;
        for (String value : List.copyOf(fieldNames(values))) {
          String ref = values.path(value).asText("");
          // A bare name means a schema of the document it is written in; only references are resolved.
          boolean isRef = ref.contains("#") || ref.contains("/") || ref.endsWith(".json") || ref.endsWith(".yaml") || ref.endsWith(".yml");
          if (isRef && (from != main || !LocalRef.isLocal(ref))) {
            String at = JsonPointers.child(JsonPointers.child(pointer + relative, "mapping"), value);
            String fromAt = JsonPointers.child(JsonPointers.child(fromPointer + relative, "mapping"), value);
            resolve(ref, at, from, fromAt, "schemas").ifPresent(local -> values.set(value, TextNode.valueOf(local)));
          }
        }
      }
    }
  }

  /**
   * The local reference that replaces {@code ref}, written at {@code fromAt} of {@code from}; empty
   * when it stays as it is (local to the document) or is refused (then a problem is recorded).
   */
  private Optional<String> resolve(String ref, String at, Source from, String fromAt, String section) {
    if (from == main && LocalRef.isLocal(ref)) {
      return Optional.empty();
    }
    int hash = ref.indexOf('#');
    String target = hash < 0 ? ref : ref.substring(0, hash);
    String fragment = hash < 0 ? "" : ref.substring(hash);
    Optional<String> pointer = fragment.isEmpty() ? Optional.of("") : LocalRef.pointerOf(fragment);
    Location where = from.locator().locate(fromAt);
    if (pointer.isEmpty()) {
      problems.add(Diagnostic.error("parse.unresolved-ref", where, at,
          "$ref '" + ref + "' is not a JSON pointer after its '#' (it must start with '#/')",
          "write the reference as a file and a pointer, e.g. \"common.yaml#/components/schemas/Name\""));
      return Optional.empty();
    }
    Optional<Source> source = target.isEmpty() ? Optional.of(from) : source(ref, target, where, at, from);
    if (source.isEmpty()) {
      return Optional.empty();
    }
    if (source.get() == main) {
      String local = "#" + pointer.get();
      if (JsonPointers.resolve(main.tree(), pointer.get()) == null) {
        problems.add(Diagnostic.error("parse.unresolved-ref", where, at,
            "$ref '" + ref + "' points nowhere: " + main.name() + " has no " + shown(pointer.get()),
            "define it in " + main.name() + ", or fix the reference"));
        return Optional.empty();
      }
      return record(at, ref, local, "refers to the document itself: made a local reference");
    }
    return copy(ref, at, where, source.get(), pointer.get(), section);
  }

  /**
   * A path item's {@code $ref} to another document: OpenAPI 3.0 has no components for path items,
   * so the path item is written out in place, its references then resolved relative to its document.
   */
  private void inline(ObjectNode item, String at, Source from, String fromAt) {
    String ref = item.get("$ref").asText();
    if (from == main && LocalRef.isLocal(ref)) {
      return;
    }
    String refAt = JsonPointers.child(at, "$ref");
    Location where = from.locator().locate(JsonPointers.child(fromAt, "$ref"));
    int hash = ref.indexOf('#');
    String target = hash < 0 ? ref : ref.substring(0, hash);
    Optional<String> pointer = hash < 0 ? Optional.of("") : LocalRef.pointerOf(ref.substring(hash));
    Optional<Source> source = pointer.isEmpty() ? Optional.empty() : target.isEmpty() ? Optional.of(from)
        : source(ref, target, where, refAt, from);
    JsonNode definition = source.map(s -> JsonPointers.resolve(s.tree(), pointer.get())).orElse(null);
    if (source.isPresent() && !(definition instanceof ObjectNode)) {
      problems.add(Diagnostic.error("parse.unresolved-ref", where, refAt,
          "$ref '" + ref + "' points nowhere: " + source.get().name() + " has no path item at " + shown(pointer.get()),
          "check the pointer after '#' against " + source.get().name()));
    }
    if (!(definition instanceof ObjectNode found)) {
      return;
    }
    item.remove("$ref");
    ObjectNode copy = found.deepCopy();
    copy.properties().forEach(member -> item.putIfAbsent(member.getKey(), member.getValue()));
    origins.put(at, Map.entry(source.get(), pointer.get()));
    pending.addLast(new Pending(item, at, source.get(), pointer.get()));
    record(refAt, ref, "(written out)", "the path item " + source.get().shortName() + "#" + pointer.get()
        + " is written out here: OpenAPI 3.0 has no components for path items");
  }

  /** The copy of the definition at {@code pointer} of {@code source}, made on first use. */
  private Optional<String> copy(String ref, String at, Location where, Source source, String pointer, String section) {
    String key = source.key() + "#" + pointer;
    String existing = copied.get(key);
    if (existing != null) {
      return record(at, ref, existing, "the definition was copied already");
    }
    JsonNode definition = JsonPointers.resolve(source.tree(), pointer);
    if (definition == null) {
      problems.add(Diagnostic.error("parse.unresolved-ref", where, at,
          "$ref '" + ref + "' points nowhere: " + source.name() + " has no " + shown(pointer),
          "check the pointer after '#' against " + source.name()));
      return Optional.empty();
    }
    if (!definition.isObject()) {
      problems.add(Diagnostic.error("parse.wrong-ref-target", where, at,
          "$ref '" + ref + "' points to " + SourceReader.describe(definition) + ", not to a definition",
          "point the reference at an object of " + source.name()));
      return Optional.empty();
    }
    if (copied.size() >= SizeCheck.MAX_SCHEMAS) {
      problems.add(Diagnostic.error("parse.too-many-schemas", where, at,
          "more than " + SizeCheck.MAX_SCHEMAS + " definitions would be copied from other documents",
          "real API documents declare a few thousand; check how the documents refer to each other"));
      return Optional.empty();
    }
    String kind = kindOf(pointer, section);
    ObjectNode group = object(object(main.tree(), "components"), kind);
    String name = uniqueName(group, baseName(source, pointer));
    ObjectNode copy = ((ObjectNode) definition).deepCopy();
    group.set(name, copy);
    String newPointer = JsonPointers.child(JsonPointers.child("/components", kind), name);
    String local = "#" + newPointer;
    copied.put(key, local);
    origins.put(newPointer, Map.entry(source, pointer));
    pending.addLast(new Pending(copy, newPointer, source, pointer));
    String origin = source.shortName() + (pointer.isEmpty() ? "" : "#" + pointer);
    return record(at, ref, local, "the definition " + origin + " is copied to " + newPointer
        + ", so that the document is self-contained");
  }

  private Optional<String> record(String at, String ref, String local, String reason) {
    rewrites.add(new Rewrite(at, ref, local, reason));
    return Optional.of(local);
  }

  /** The document {@code target} names, read once; empty (with a problem) when refused or unreadable. */
  private Optional<Source> source(String ref, String target, Location where, String at, Source from) {
    if (SCHEME.matcher(target).find()) {
      URI uri;
      try {
        uri = new URI(target);
      } catch (URISyntaxException e) {
        return refuse(where, at, "$ref '" + ref + "' is not a valid URI", "write the file name or URL as a URI");
      }
      String scheme = uri.getScheme().toLowerCase(Locale.ROOT);
      if (scheme.equals("file")) {
        if (!allowRemote) {
          return refuse(where, at, "$ref '" + ref + "' names a file by a file: URI; only files in the document's folder"
              + " are read unless remote references are allowed", OPTION_HINT);
        }
        try {
          return file(ref, Path.of(uri), where, at);
        } catch (IllegalArgumentException e) {
          return refuse(where, at, "$ref '" + ref + "' is a file: URI that names no file here", OPTION_HINT);
        }
      }
      if (!UrlReader.fetches(uri)) {
        return refuse(where, at, "$ref '" + ref + "' uses the scheme '" + uri.getScheme() + ":'; only http and https"
            + " URLs can be fetched, and only when remote references are allowed",
            "save the document next to this one and refer to it by its file name");
      }
      if (!allowRemote) {
        return refuse(where, at, "$ref '" + ref + "' points to a URL; the generator fetches nothing unless remote"
            + " references are allowed", OPTION_HINT);
      }
      return url(uri, where, at);
    }
    String decoded = target.indexOf('%') < 0 ? target : decode(target);
    if (from.url() != null) {
      // Relative to a fetched document: another URL of the same server.
      return url(from.url().resolve(uriOf(target)), where, at);
    }
    Path path;
    try {
      path = Path.of(decoded);
    } catch (InvalidPathException e) {
      return refuse(where, at, "$ref '" + ref + "' names no valid file", "fix the file name");
    }
    if (path.isAbsolute() && !allowRemote) {
      return refuse(where, at, "$ref '" + ref + "' is an absolute path; only files in the document's folder are read"
          + " unless remote references are allowed", OPTION_HINT);
    }
    Path resolved = from.folder().resolve(path).normalize();
    if (!resolved.startsWith(rootFolder) && !allowRemote) {
      return refuse(where, at, "$ref '" + ref + "' leaves the document's folder; only files in it (or below it) are read"
          + " unless remote references are allowed", OPTION_HINT);
    }
    if (!Files.exists(resolved)) {
      problems.add(Diagnostic.error("parse.unresolved-ref", where, at,
          "$ref '" + ref + "' points nowhere: there is no file " + target + " in " + (from == main ? "the document's folder"
              : "the folder of " + from.name()),
          "check the file name; it is read relative to the document that holds the reference"));
      return Optional.empty();
    }
    Path real = realPath(resolved);
    if (!real.startsWith(rootFolder) && !allowRemote) {
      return refuse(where, at, "$ref '" + ref + "' leads outside the document's folder through a symbolic link; only"
          + " files in it are read unless remote references are allowed", OPTION_HINT);
    }
    return file(ref, real, where, at);
  }

  static final String OPTION_HINT = "copy the definition into a file of the document's folder, or allow remote references"
      + " (--allow-remote-refs; Maven: allowRemoteRefs) if you trust what the document points to";

  private Optional<Source> file(String ref, Path file, Location where, String at) {
    Path real = realPath(file);
    return load(real.toString(), where, at, () -> {
      Path shown = Path.of(main.name()).resolveSibling(rootFolder.relativize(real).toString());
      boolean inside = real.startsWith(rootFolder);
      String name = inside ? shown.normalize().toString().replace('\\', '/') : real.toString();
      SourceDocument doc = SourceReader.read(real, name);
      String shortName = inside ? rootFolder.relativize(real).toString().replace('\\', '/') : real.getFileName().toString();
      files.add(real);
      return new Source(real.toString(), name, shortName, doc.tree(), doc.locator(), real.getParent(), null);
    });
  }

  private Optional<Source> url(URI uri, Location where, String at) {
    URI plain;
    try {
      plain = new URI(uri.getScheme(), uri.getSchemeSpecificPart(), null);
    } catch (URISyntaxException e) {
      plain = uri;
    }
    URI fetch = plain;
    return load(plain.toString(), where, at, () -> {
      SourceDocument doc = urls.read(fetch, where, at);
      fetched.add(fetch);
      return new Source(fetch.toString(), fetch.toString(), fetch.toString(), doc.tree(), doc.locator(), null, fetch);
    });
  }

  /** The document known by {@code key}, read by {@code read} on first use; empty (with its problems) when it cannot be. */
  private Optional<Source> load(String key, Location where, String at, java.util.function.Supplier<Source> read) {
    Source known = sources.get(key);
    if (known != null || unreadable.contains(key)) {
      // A document that could not be read is reported once, however many references name it.
      return Optional.ofNullable(known);
    }
    if (!tooMany(where, at)) {
      return Optional.empty();
    }
    try {
      Source source = read.get();
      sources.put(key, source);
      return Optional.of(source);
    } catch (DiagnosticException e) {
      unreadable.add(key);
      problems.addAll(e.diagnostics());
      return Optional.empty();
    }
  }

  /** False (with a problem) when one more document would be over {@link #MAX_DOCUMENTS}. */
  private boolean tooMany(Location where, String at) {
    if (sources.size() - 1 < MAX_DOCUMENTS) {
      return true;
    }
    problems.add(Diagnostic.error("parse.too-many-documents", where, at,
        "this $ref would read a document more than the " + MAX_DOCUMENTS + " that one document may draw definitions from",
        "gather the definitions into fewer files"));
    return false;
  }

  private Optional<Source> refuse(Location where, String at, String message, String hint) {
    problems.add(Diagnostic.error("parse.external-ref", where, at, message, hint));
    return Optional.empty();
  }

  /**
   * Where a copy goes: the section the pointer names ({@code /components/parameters/X}), schemas for
   * JSON Schema's {@code definitions}/{@code $defs}, else what the reference stands for where it is
   * written.
   */
  private static String kindOf(String pointer, String section) {
    List<String> tokens = JsonPointers.tokens(pointer);
    if (tokens.size() == 3 && tokens.get(0).equals("components")) {
      return tokens.get(1);
    }
    if (tokens.size() == 2 && (tokens.get(0).equals("definitions") || tokens.get(0).equals("$defs"))) {
      return "schemas";
    }
    return section;
  }

  /**
   * What a reference written at {@code owner} (the pointer of the object holding it) stands for:
   * a schema anywhere inside one, else the kind of object the member around it holds.
   */
  static String section(String owner) {
    List<String> tokens = JsonPointers.tokens(owner);
    if (tokens.contains("schema") || (tokens.size() >= 2 && tokens.get(0).equals("components") && tokens.get(1).equals("schemas"))) {
      return "schemas";
    }
    if (tokens.size() >= 3 && tokens.get(0).equals("components")) {
      return tokens.get(1);
    }
    for (int i = tokens.size() - 1; i >= 0; i--) {
      String kind = SECTIONS.get(tokens.get(i));
      if (kind != null && (i == tokens.size() - 1 || i == tokens.size() - 2)) {
        return kind;
      }
    }
    return "schemas";
  }

  /** The name the definition has where it is written, or the file's name for a whole document. */
  private static String baseName(Source source, String pointer) {
    List<String> tokens = JsonPointers.tokens(pointer);
    String name;
    if (tokens.isEmpty()) {
      String last = source.name().replaceAll("[?#].*", "").replaceAll(".*[/\\\\]", "");
      int dot = last.indexOf('.');
      name = dot > 0 ? last.substring(0, dot) : last;
    } else {
      name = tokens.get(tokens.size() - 1);
    }
    // Component names may hold only these characters (OpenAPI 3.0, Components Object).
    String safe = name.replaceAll("[^A-Za-z0-9._-]", "_");
    return safe.isEmpty() ? "Definition" : safe;
  }

  /** The object member {@code name} of {@code parent}, added when absent. */
  private static ObjectNode object(ObjectNode parent, String name) {
    JsonNode member = parent.get(name);
    if (member instanceof ObjectNode existing) {
      return existing;
    }
    return parent.putObject(name);
  }

  private static String uniqueName(ObjectNode group, String base) {
    if (!group.has(base)) {
      return base;
    }
    for (int i = 2; ; i++) {
      if (!group.has(base + i)) {
        return base + i;
      }
    }
  }

  private static String shown(String pointer) {
    return pointer.isEmpty() ? "root" : pointer;
  }

  private static String decode(String text) {
    try {
      return URLDecoder.decode(text.replace("+", "%2B"), StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      return text;
    }
  }

  private static URI uriOf(String relative) {
    try {
      return new URI(null, null, decode(relative), null);
    } catch (URISyntaxException e) {
      return URI.create("");
    }
  }

  private static Path realPath(Path file) {
    try {
      return file.toAbsolutePath().normalize().toRealPath();
    } catch (IOException e) {
      return file.toAbsolutePath().normalize();
    }
  }

  private static List<String> fieldNames(ObjectNode node) {
    List<String> names = new ArrayList<>();
    node.fieldNames().forEachRemaining(names::add);
    return names;
  }
}
