package dev.clientsmith.interoptests;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.clientsmith.generator.Generator;
import dev.clientsmith.generator.NormalizeOptions;
import dev.clientsmith.generator.config.ConfigLoader;
import dev.clientsmith.generator.config.Overrides;
import dev.clientsmith.generator.config.ProviderConfig;
import dev.clientsmith.generator.normalize.OpenApiGeneratorForm;
import dev.clientsmith.generator.normalize.Pass;
import dev.clientsmith.generator.normalize.PassContext;
import dev.clientsmith.generator.normalize.Passes;
import dev.clientsmith.generator.normalize.Report;
import dev.clientsmith.generator.source.SourceReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The documents the judges are given: the providers' original documents, as published (the pages of
 * {@code specs/}), and the normalised ones, as {@code clientsmith normalize} prints them (computed
 * here with the generator library, the same code the command runs).
 */
final class Documents {
  static final ObjectMapper JSON = new ObjectMapper();

  /** One original document: a page of {@code specs/} and the provider it belongs to. */
  record Page(String providerId, Path file) {
    /** {@code interactive-ai-chat}: the page's file name without {@code .md}. */
    String id() {
      String name = file.getFileName().toString();
      int dot = name.lastIndexOf('.');
      return dot < 0 ? name : name.substring(0, dot);
    }

    @Override
    public String toString() {
      return id();
    }
  }

  private static final Map<Object, ObjectNode> CACHE = new ConcurrentHashMap<>();

  private Documents() {}

  /** The reactor's root folder: set by the build, else found from the working directory. */
  static Path root() {
    String property = System.getProperty("clientsmith.root");
    if (property != null && Files.isRegularFile(Path.of(property, "specs", "providers.yaml"))) {
      return Path.of(property).toAbsolutePath();
    }
    for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
      if (Files.isRegularFile(dir.resolve("specs").resolve("providers.yaml"))) {
        return dir;
      }
    }
    throw new IllegalStateException("no specs/providers.yaml above the working directory");
  }

  static List<ProviderConfig> providers() {
    return ConfigLoader.load(root().resolve("specs").resolve("providers.yaml"), Generator.passIds()).providers();
  }

  static ProviderConfig provider(String id) {
    return providers().stream().filter(p -> p.id().equals(id)).findFirst()
        .orElseThrow(() -> new IllegalArgumentException("no provider " + id));
  }

  static List<String> providerIds() {
    return providers().stream().map(ProviderConfig::id).toList();
  }

  /** Every original document, in the order of the provider configuration. */
  static List<Page> pages() {
    List<Page> pages = new ArrayList<>();
    for (ProviderConfig provider : providers()) {
      for (Path document : provider.documents()) {
        pages.add(new Page(provider.id(), document));
      }
    }
    return pages;
  }

  static Page page(String id) {
    return pages().stream().filter(p -> p.id().equals(id)).findFirst()
        .orElseThrow(() -> new IllegalArgumentException("no page " + id));
  }

  /** The OpenAPI document embedded in a page, as published. A fresh copy: callers may change it. */
  static ObjectNode original(Page page) {
    return CACHE.computeIfAbsent(List.of("original", page.id()), k -> SourceReader.read(page.file()).tree()).deepCopy();
  }

  /** The normalised document of a provider (its documents merged), as {@code normalize --provider} prints it. */
  static ObjectNode normalised(String providerId) {
    return CACHE.computeIfAbsent(List.of("normalised", providerId),
        k -> new Generator().normalize(provider(providerId)).document()).deepCopy();
  }

  /**
   * The normalised document of a provider in OpenAPI Generator's form, as {@code normalize --provider P
   * --for openapi-generator} prints it.
   */
  static ObjectNode forOpenApiGenerator(String providerId) {
    return CACHE.computeIfAbsent(List.of("openapi-generator", providerId), k -> new Generator()
        .normalize(provider(providerId), new NormalizeOptions(false, NormalizeOptions.Form.OPENAPI_GENERATOR)).document()).deepCopy();
  }

  /**
   * {@code document} rewritten by the passes of OpenAPI Generator's form but {@code left} (the form's
   * pass ids): what shows that the pass left out is still needed.
   */
  static ObjectNode formWithout(ObjectNode document, Set<String> left) {
    ObjectNode copy = document.deepCopy();
    List<Pass> passes = OpenApiGeneratorForm.passes().stream().filter(p -> !left.contains(p.id())).toList();
    Passes.run(passes, new PassContext("document", copy, Overrides.NONE, new Report()));
    return copy;
  }

  /** The normalised document of one page alone, as {@code normalize --spec PAGE} prints it. */
  static ObjectNode normalised(Page page) {
    return CACHE.computeIfAbsent(List.of("normalised-page", page.id()),
        k -> new Generator().normalizeSpecs(List.of(page.file()), Overrides.NONE).document()).deepCopy();
  }

  static String write(JsonNode document) {
    try {
      return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(document);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static Path write(JsonNode document, Path file) {
    try {
      Files.createDirectories(file.getParent());
      Files.writeString(file, write(document));
      return file;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * A realistic response payload of our own client tests,
   * {@code generated-clients/client-tests/src/test/resources/local/<provider>/<file>}: OpenAPI
   * Generator's client is given the same payloads as ours (read from that folder, without a
   * dependency on the client-tests module).
   */
  static JsonNode clientTestPayload(String providerId, String file) {
    Path path = root().resolve(Path.of("generated-clients", "client-tests", "src", "test", "resources", "local", providerId, file));
    try {
      return JSON.readTree(Files.readString(path));
    } catch (IOException e) {
      throw new UncheckedIOException("could not read the client-tests payload " + path, e);
    }
  }

  /** A JSON test resource of this module. */
  static JsonNode resource(String name) {
    try (InputStream in = Documents.class.getResourceAsStream("/" + name)) {
      if (in == null) {
        throw new IllegalArgumentException("no test resource " + name);
      }
      return JSON.readTree(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The path part of the first server URL ({@code https://api.{tenant}.example/v1} gives {@code /v1}). */
  static String serverBasePath(JsonNode document) {
    String url = document.path("servers").path(0).path("url").asText("");
    int scheme = url.indexOf("://");
    String rest = scheme < 0 ? url : url.substring(scheme + 3);
    int slash = scheme < 0 ? 0 : rest.indexOf('/');
    String path = slash < 0 ? "" : rest.substring(slash);
    return path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
  }
}
