package dev.clientsmith.generator.config;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.clientsmith.generator.diag.Diagnostic;
import dev.clientsmith.generator.diag.DiagnosticException;
import dev.clientsmith.generator.diag.Location;
import dev.clientsmith.generator.parse.Suggestions;
import dev.clientsmith.generator.source.JsonPointers;
import dev.clientsmith.generator.source.SourceDocument;
import dev.clientsmith.generator.source.SourceReader;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * Reads the provider configuration ({@code specs/providers.yaml}) strictly: an unknown key is a typo
 * that would otherwise be silently ignored, so it is an error, like every missing or malformed value.
 * All problems are collected and thrown together, each located at file:line:col with its pointer.
 *
 * <pre>
 * modules:                         # optional: what every module shares
 *   groupId: com.acme.clients       # default: each provider's package
 *   parent: com.acme:clients-parent # groupId:artifactId of a parent pom (its version: the generator's)
 * providers:
 *   - id: jylo                      # [a-z][a-z0-9-]*, unique; used on the command line
 *     name: Jylo                    # display name
 *     documents: [jylo.md]          # relative to this file; at least one
 *     package: dev.clientsmith.clients.jylo
 *     client: JyloClient            # simple class name
 *     module: jylo                  # folder under generated-clients/, unique
 *     apiKeyEnv: JYLO_API_KEY
 *     overrides:                    # optional
 *       basePath: /api              # must start with '/'
 *       schemaNames: {Old: New}
 *       skipPasses: [pass-id]       # known pass ids only
 * </pre>
 */
public final class ConfigLoader {
  private static final Pattern ID = Pattern.compile("[a-z][a-z0-9-]*");
  private static final Pattern ENV = Pattern.compile("[A-Z_][A-Z0-9_]*");
  private static final List<String> ROOT_KEYS = List.of("modules", "providers");
  private static final List<String> MODULE_KEYS = List.of("groupId", "parent");
  private static final List<String> REQUIRED =
      List.of("id", "name", "documents", "package", "client", "module", "apiKeyEnv");
  private static final List<String> PROVIDER_KEYS =
      List.of("id", "name", "documents", "package", "client", "module", "apiKeyEnv", "overrides");
  private static final List<String> OVERRIDE_KEYS = List.of("basePath", "schemaNames", "skipPasses");

  private final SourceDocument doc;
  private final Path folder;
  private final Set<String> knownPassIds;
  private final List<Diagnostic> problems = new ArrayList<>();

  private ConfigLoader(SourceDocument doc, Path folder, Set<String> knownPassIds) {
    this.doc = doc;
    this.folder = folder;
    this.knownPassIds = knownPassIds;
  }

  /** Same as {@link #load(Path, Set, String)}, naming the file as {@code file.toString()}. */
  public static ProvidersConfig load(Path file, Set<String> knownPassIds) {
    return load(file, knownPassIds, file.toString());
  }

  /**
   * Reads and checks the configuration.
   *
   * @param knownPassIds the ids {@code skipPasses} may name (from {@code Generator.passIds()})
   * @param displayName how diagnostics name the file
   * @throws DiagnosticException listing every problem
   */
  public static ProvidersConfig load(Path file, Set<String> knownPassIds, String displayName) {
    String name = file.getFileName() == null ? "" : file.getFileName().toString().toLowerCase(Locale.ROOT);
    if (Files.isRegularFile(file) && !(name.endsWith(".yaml") || name.endsWith(".yml") || name.endsWith(".json"))) {
      throw new DiagnosticException(Diagnostic.error("config.unsupported-type", Location.ofFile(displayName), null,
          "the provider configuration must be a YAML (or JSON) file",
          "give a .yaml, .yml or .json file"));
    }
    SourceDocument doc = SourceReader.read(file, displayName);
    Path folder = file.getParent();
    ConfigLoader loader = new ConfigLoader(doc, folder == null ? Path.of("") : folder, knownPassIds);
    List<ProviderConfig> providers = loader.providers(doc.tree());
    ModuleDefaults modules = loader.modules(doc.tree().get("modules"));
    if (!loader.problems.isEmpty()) {
      List<Diagnostic> sorted = new ArrayList<>(loader.problems);
      // In file order, as a reader goes through the file; the sort is stable for equal positions.
      sorted.sort(Comparator.comparingInt((Diagnostic d) -> d.location().line()).thenComparingInt(d -> d.location().column()));
      throw new DiagnosticException(sorted);
    }
    return new ProvidersConfig(file, providers, modules);
  }

  private List<ProviderConfig> providers(ObjectNode root) {
    unknownKeys(root, "", ROOT_KEYS);
    JsonNode list = root.get("providers");
    if (list == null) {
      problems.add(error("config.missing-key", "", "the configuration has no 'providers' list",
          "add 'providers:' with one entry per provider"));
      return List.of();
    }
    if (!list.isArray()) {
      problems.add(wrongType("/providers", "a list of providers", list));
      return List.of();
    }
    if (list.isEmpty()) {
      problems.add(error("config.no-providers", "/providers", "the configuration lists no provider",
          "add at least one provider under 'providers:'"));
      return List.of();
    }
    List<ProviderConfig> providers = new ArrayList<>();
    Map<String, String> ids = new HashMap<>();
    Map<String, String> modules = new HashMap<>();
    for (int i = 0; i < list.size(); i++) {
      String pointer = JsonPointers.child("/providers", i);
      JsonNode entry = list.get(i);
      if (!entry.isObject()) {
        problems.add(wrongType(pointer, "an object (a provider)", entry));
        continue;
      }
      int before = problems.size();
      ProviderConfig provider = provider(entry, pointer);
      unique(ids, provider == null ? text(entry, "id") : provider.id(), pointer + "/id", "config.duplicate-id", "id");
      unique(modules, provider == null ? text(entry, "module") : provider.module(), pointer + "/module",
          "config.duplicate-module", "module");
      if (provider != null && problems.size() == before) {
        providers.add(provider);
      }
    }
    return providers;
  }

  /** The optional {@code modules:} block: coordinates shared by every module of the configuration. */
  private ModuleDefaults modules(JsonNode block) {
    if (block == null) {
      return ModuleDefaults.STANDALONE;
    }
    if (!block.isObject()) {
      problems.add(wrongType("/modules", "an object (groupId, parent)", block));
      return ModuleDefaults.STANDALONE;
    }
    unknownKeys(block, "/modules", MODULE_KEYS);
    String groupId = checked(block, "/modules", "groupId", MavenNames.COORDINATE, "config.invalid-group-id",
        "use a Maven groupId, e.g. com.acme.clients");
    String parent = checked(block, "/modules", "parent", MavenNames.GROUP_AND_ARTIFACT, "config.invalid-parent",
        "use groupId:artifactId of the parent pom, e.g. com.acme:clients-parent (its version is the generator's)");
    return new ModuleDefaults(java.util.Optional.ofNullable(groupId), java.util.Optional.ofNullable(parent));
  }

  private ProviderConfig provider(JsonNode entry, String pointer) {
    unknownKeys(entry, pointer, PROVIDER_KEYS);
    for (String key : REQUIRED) {
      if (!entry.has(key)) {
        problems.add(error("config.missing-key", pointer, "provider " + describe(entry) + " has no '" + key + "'",
            "add '" + key + ":' to the provider (" + explain(key) + ")"));
      }
    }
    String id = checked(entry, pointer, "id", ID, "config.invalid-id",
        "use lower-case letters, digits and '-', starting with a letter (e.g. interactive-ai)");
    String name = string(entry, pointer, "name");
    List<Path> documents = documents(entry, pointer);
    String javaPackage = string(entry, pointer, "package");
    if (javaPackage != null && !JavaNames.isPackage(javaPackage)) {
      problems.add(error("config.invalid-package", pointer + "/package",
          "'" + javaPackage + "' is not a valid Java package name",
          "use dot-separated Java identifiers that are not keywords, e.g. dev.clientsmith.clients.acme"));
      javaPackage = null;
    }
    String client = string(entry, pointer, "client");
    if (client != null && !JavaNames.isIdentifier(client)) {
      problems.add(error("config.invalid-class-name", pointer + "/client",
          "'" + client + "' is not a valid Java class name", "use a Java identifier, e.g. AcmeClient"));
      client = null;
    }
    String module = checked(entry, pointer, "module", ID, "config.invalid-module",
        "use lower-case letters, digits and '-', starting with a letter (it names a folder and an artifact)");
    String apiKeyEnv = checked(entry, pointer, "apiKeyEnv", ENV, "config.invalid-env-var",
        "use upper-case letters, digits and '_' (e.g. ACME_API_KEY)");
    Overrides overrides = overrides(entry.get("overrides"), pointer + "/overrides");
    if (id == null || name == null || documents == null || javaPackage == null || client == null || module == null
        || apiKeyEnv == null || overrides == null) {
      return null;
    }
    return new ProviderConfig(id, name, documents, javaPackage, client, module, apiKeyEnv, overrides);
  }

  private List<Path> documents(JsonNode entry, String pointer) {
    JsonNode list = entry.get("documents");
    String at = pointer + "/documents";
    if (list == null) {
      return null;
    }
    if (!list.isArray()) {
      problems.add(wrongType(at, "a list of file names", list));
      return null;
    }
    if (list.isEmpty()) {
      problems.add(error("config.empty-value", at, "the provider lists no document",
          "name at least one document, relative to the configuration file"));
      return null;
    }
    List<Path> documents = new ArrayList<>();
    boolean ok = true;
    for (int i = 0; i < list.size(); i++) {
      String element = JsonPointers.child(at, i);
      JsonNode value = list.get(i);
      if (!value.isTextual() || value.asText().isBlank()) {
        problems.add(wrongType(element, "a file name", value));
        ok = false;
        continue;
      }
      Path resolved;
      try {
        resolved = folder.resolve(value.asText()).normalize();
      } catch (InvalidPathException e) {
        problems.add(error("config.document-not-found", element, "'" + value.asText() + "' is not a valid file name",
            "name the document's file, relative to the configuration file"));
        ok = false;
        continue;
      }
      if (!Files.isRegularFile(resolved)) {
        problems.add(error("config.document-not-found", element,
            "document '" + value.asText() + "' not found",
            "documents are resolved against the folder of the configuration file; check the name"));
        ok = false;
        continue;
      }
      documents.add(resolved);
    }
    return ok ? documents : null;
  }

  private Overrides overrides(JsonNode node, String pointer) {
    if (node == null || node.isNull()) {
      return Overrides.NONE;
    }
    if (!node.isObject()) {
      problems.add(wrongType(pointer, "an object", node));
      return null;
    }
    int before = problems.size();
    unknownKeys(node, pointer, OVERRIDE_KEYS);
    Optional<String> basePath = Optional.ofNullable(string(node, pointer, "basePath"));
    if (basePath.isPresent() && !basePath.get().startsWith("/")) {
      problems.add(error("config.invalid-base-path", pointer + "/basePath",
          "basePath '" + basePath.get() + "' does not start with '/'",
          "write it as the path prefix of the operations, e.g. /" + basePath.get()));
    }
    Map<String, String> schemaNames = schemaNames(node.get("schemaNames"), pointer + "/schemaNames");
    Set<String> skipPasses = skipPasses(node.get("skipPasses"), pointer + "/skipPasses");
    if (problems.size() > before) {
      return null;
    }
    return Overrides.of(basePath, schemaNames, skipPasses);
  }

  private Map<String, String> schemaNames(JsonNode node, String pointer) {
    Map<String, String> names = new LinkedHashMap<>();
    if (node == null || node.isNull()) {
      return names;
    }
    if (!node.isObject()) {
      problems.add(wrongType(pointer, "a map from original schema name to new name", node));
      return names;
    }
    for (Map.Entry<String, JsonNode> entry : node.properties()) {
      String at = JsonPointers.child(pointer, entry.getKey());
      JsonNode value = entry.getValue();
      if (!value.isTextual()) {
        problems.add(wrongType(at, "a schema name", value));
      } else if (!JavaNames.isIdentifier(value.asText())) {
        problems.add(error("config.invalid-schema-name", at,
            "'" + value.asText() + "' is not a valid type name", "use a Java identifier, e.g. ProviderName"));
      } else {
        names.put(entry.getKey(), value.asText());
      }
    }
    return names;
  }

  private Set<String> skipPasses(JsonNode node, String pointer) {
    Set<String> ids = new TreeSet<>();
    if (node == null || node.isNull()) {
      return ids;
    }
    if (!node.isArray()) {
      problems.add(wrongType(pointer, "a list of pass ids", node));
      return ids;
    }
    for (int i = 0; i < node.size(); i++) {
      String at = JsonPointers.child(pointer, i);
      JsonNode value = node.get(i);
      if (!value.isTextual()) {
        problems.add(wrongType(at, "a pass id", value));
      } else if (!knownPassIds.contains(value.asText())) {
        String suggestion = Suggestions.closest(value.asText(), knownPassIds);
        problems.add(error("config.unknown-pass", at, "unknown normalisation pass '" + value.asText() + "'",
            (suggestion == null ? "" : "did you mean '" + suggestion + "'? ")
                + "known passes: " + String.join(", ", new TreeSet<>(knownPassIds))));
      } else {
        ids.add(value.asText());
      }
    }
    return ids;
  }

  /** A required string member, checked against a pattern; null (and a diagnostic) when invalid. */
  private String checked(JsonNode entry, String pointer, String key, Pattern pattern, String code, String rule) {
    String value = string(entry, pointer, key);
    if (value != null && !pattern.matcher(value).matches()) {
      problems.add(error(code, pointer + "/" + key, key + " '" + value + "' is not valid", rule));
      return null;
    }
    return value;
  }

  /** A string member; null when absent (reported by the caller) or of the wrong type (reported here). */
  private String string(JsonNode entry, String pointer, String key) {
    JsonNode value = entry.get(key);
    if (value == null) {
      return null;
    }
    String at = JsonPointers.child(pointer, key);
    if (!value.isTextual()) {
      problems.add(wrongType(at, "a string", value));
      return null;
    }
    if (value.asText().isBlank()) {
      problems.add(error("config.empty-value", at, "'" + key + "' is empty", "give it a value"));
      return null;
    }
    return value.asText();
  }

  private void unknownKeys(JsonNode object, String pointer, List<String> allowed) {
    for (Map.Entry<String, JsonNode> member : object.properties()) {
      if (!allowed.contains(member.getKey())) {
        String suggestion = Suggestions.closest(member.getKey(), allowed);
        problems.add(error("config.unknown-key", JsonPointers.child(pointer, member.getKey()),
            "unknown key '" + member.getKey() + "'",
            (suggestion == null ? "" : "did you mean '" + suggestion + "'? ") + "allowed here: " + String.join(", ", allowed)));
      }
    }
  }

  private void unique(Map<String, String> seen, String value, String pointer, String code, String what) {
    if (value == null) {
      return;
    }
    String first = seen.putIfAbsent(value, pointer);
    if (first != null) {
      Location firstAt = doc.locate(first);
      problems.add(error(code, pointer, "two providers have the " + what + " '" + value + "' (the first at line "
          + firstAt.line() + ")", "give each provider its own " + what));
    }
  }

  private Diagnostic wrongType(String pointer, String expected, JsonNode actual) {
    return error("config.wrong-type", pointer, "expected " + expected + ", found " + SourceReader.describe(actual),
        "write " + expected + " here");
  }

  private Diagnostic error(String code, String pointer, String message, String hint) {
    return Diagnostic.error(code, doc.locate(pointer), pointer, message, hint);
  }

  private static String text(JsonNode entry, String key) {
    JsonNode value = entry.get(key);
    return value != null && value.isTextual() ? value.asText() : null;
  }

  private static String describe(JsonNode entry) {
    String id = text(entry, "id");
    return id == null ? "without id" : "'" + id + "'";
  }

  private static String explain(String key) {
    Map<String, String> what = new TreeMap<>(Map.of(
        "id", "a short id such as acme",
        "name", "the provider's display name",
        "documents", "the list of its documents",
        "package", "the Java package of the client",
        "client", "the client's class name",
        "module", "the folder of the generated module",
        "apiKeyEnv", "the environment variable holding the API key"));
    return what.getOrDefault(key, key);
  }
}
