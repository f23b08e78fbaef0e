package dev.clientsmith.clienttests.contract;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.clientsmith.generator.Generator;
import dev.clientsmith.generator.config.ConfigLoader;
import dev.clientsmith.generator.config.ProviderConfig;
import dev.clientsmith.generator.source.SourceReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One of a provider's ORIGINAL documents: the OpenAPI document embedded in a documentation page of
 * {@code specs/}, exactly as the page has it (read by the generator's {@code source} stage, which
 * only extracts the fenced block; no normalisation pass runs). It is written as JSON to a temporary
 * file, and that file is what Prism and the request validator read.
 *
 * @param page the documentation page, e.g. {@code specs/jylo.md}
 * @param tree the embedded document
 * @param jsonFile the document written as JSON, for Prism and the validator
 */
record OriginalDocument(Path page, ObjectNode tree, Path jsonFile) {

  private static final ObjectMapper JSON = new ObjectMapper();

  /** The original documents of a provider, in the order {@code specs/providers.yaml} lists them. */
  static List<OriginalDocument> of(String providerId) {
    Path config = repositoryRoot().resolve("specs").resolve("providers.yaml");
    ProviderConfig provider = ConfigLoader.load(config, Generator.passIds()).find(providerId)
        .orElseThrow(() -> new IllegalArgumentException("no provider " + providerId + " in " + config));
    List<OriginalDocument> documents = new ArrayList<>();
    for (Path page : provider.documents()) {
      ObjectNode tree = SourceReader.read(page).tree().deepCopy();
      try {
        Path json = Files.createTempFile("clientsmith-original-" + fileStem(page) + "-", ".json");
        json.toFile().deleteOnExit();
        JSON.writerWithDefaultPrettyPrinter().writeValue(json.toFile(), tree);
        documents.add(new OriginalDocument(page, tree, json));
      } catch (IOException e) {
        throw new UncheckedIOException("cannot write the document of " + page + " as JSON", e);
      }
    }
    return List.copyOf(documents);
  }

  /**
   * The normalised document of a provider, as checked in with its generated module
   * ({@code generated-clients/<module>/src/main/resources/.../openapi.json}): for judging the
   * normaliser's output with the same tools. {@code page} is then that JSON file itself.
   */
  static OriginalDocument normalised(String module) {
    Path resources = repositoryRoot().resolve("generated-clients").resolve(module).resolve("src/main/resources");
    try (java.util.stream.Stream<Path> files = Files.walk(resources)) {
      Path json = files.filter(f -> f.getFileName().toString().equals("openapi.json")).findFirst()
          .orElseThrow(() -> new IllegalStateException("no openapi.json under " + resources));
      return new OriginalDocument(json, (ObjectNode) JSON.readTree(json.toFile()), json);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the normalised document of " + module, e);
    }
  }

  /** The page's file name without extension, e.g. {@code interactive-ai-chat}. */
  String name() {
    return fileStem(page);
  }

  /** The URL template of the first server, e.g. {@code https://api.{tenant}.{region}.jylo.ai}. */
  String serverUrlTemplate() {
    return tree.path("servers").path(0).path("url").asText("/");
  }

  /**
   * The path part of the first server's URL, e.g. {@code /v1}; empty for none. Prism ignores it
   * (it serves the document's paths at its root), a real server expects it before every path.
   */
  String serverPath() {
    String template = serverUrlTemplate();
    Matcher m = Pattern.compile("^[a-zA-Z][a-zA-Z0-9+.-]*://[^/]*(/.*)?$").matcher(template);
    String path = m.matches() && m.group(1) != null ? m.group(1) : "";
    return path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
  }

  /**
   * Whether {@code uri}'s scheme, host and port are what the first server's URL template allows:
   * each variable stands for one of its {@code enum} values, or any host label without one.
   */
  boolean serverMatches(URI uri) {
    String template = serverUrlTemplate();
    Matcher m = Pattern.compile("^([a-zA-Z][a-zA-Z0-9+.-]*://[^/]*)").matcher(template);
    if (!m.find()) {
      return false;
    }
    String origin = m.group(1);
    JsonNode variables = tree.path("servers").path(0).path("variables");
    StringBuilder regex = new StringBuilder();
    Matcher var = Pattern.compile("\\{([^}]+)}").matcher(origin);
    int last = 0;
    while (var.find()) {
      regex.append(Pattern.quote(origin.substring(last, var.start())));
      JsonNode values = variables.path(var.group(1)).path("enum");
      if (values.isArray() && values.size() > 0) {
        List<String> alternatives = new ArrayList<>();
        values.forEach(v -> alternatives.add(Pattern.quote(v.asText())));
        regex.append("(?:").append(String.join("|", alternatives)).append(')');
      } else {
        regex.append("[^./:]+");
      }
      last = var.end();
    }
    regex.append(Pattern.quote(origin.substring(last)));
    String actual = uri.getScheme() + "://" + uri.getRawAuthority();
    return actual.matches(regex.toString());
  }

  /** The path template of the document that {@code path} (without the server path) matches. */
  Optional<String> matchPath(String path) {
    for (Map.Entry<String, JsonNode> entry : tree.path("paths").properties()) {
      String template = entry.getKey();
      StringBuilder regex = new StringBuilder();
      Matcher var = Pattern.compile("\\{[^}]+}").matcher(template);
      int last = 0;
      while (var.find()) {
        regex.append(Pattern.quote(template.substring(last, var.start()))).append("[^/]+");
        last = var.end();
      }
      regex.append(Pattern.quote(template.substring(last)));
      if (path.matches(regex.toString())) {
        return Optional.of(template);
      }
    }
    return Optional.empty();
  }

  /** The root of the repository (the build sets {@code clientsmith.root}). */
  static Path repositoryRoot() {
    String property = System.getProperty("clientsmith.root");
    if (property != null && !property.isBlank()) {
      return Paths.get(property).toAbsolutePath();
    }
    Path dir = Paths.get("").toAbsolutePath();
    while (dir != null) {
      if (Files.isRegularFile(dir.resolve("specs").resolve("providers.yaml"))) {
        return dir;
      }
      dir = dir.getParent();
    }
    throw new IllegalStateException("cannot find the repository root; set the system property clientsmith.root");
  }

  /** The folder of this test module, where package.json and node_modules/ are. */
  static Path clientTestsDir() {
    String property = System.getProperty("clientsmith.clientTests.dir");
    if (property != null && !property.isBlank()) {
      return Paths.get(property).toAbsolutePath();
    }
    return repositoryRoot().resolve("generated-clients").resolve("client-tests");
  }

  private static String fileStem(Path page) {
    String name = page.getFileName().toString();
    int dot = name.lastIndexOf('.');
    return dot > 0 ? name.substring(0, dot) : name;
  }
}
