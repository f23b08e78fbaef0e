package dev.clientsmith.generator.emit;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.palantir.javapoet.JavaFile;
import com.samskivert.mustache.Mustache;
import com.samskivert.mustache.Template;
import dev.clientsmith.generator.config.ProviderConfig;
import dev.clientsmith.generator.model.ApiModel;
import dev.clientsmith.generator.model.Operation;
import dev.clientsmith.generator.normalize.Names;
import dev.clientsmith.generator.normalize.Report;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Lays out a whole client module in memory: Java sources from the emitters, the normalised
 * document as a resource, {@code NORMALIZATION.md} from the report, and {@code pom.xml} and
 * {@code README.md} from Mustache templates (the generator's own, or a user's template folder with
 * files of the same names). Pure: no file is written here.
 */
public final class ModuleEmitter {
  static final String TEMPLATES = "/dev/clientsmith/generator/templates/";

  private final Optional<Path> templateDir;
  private final ModuleCoordinates coordinates;

  /**
   * @param templateDir a folder whose {@code pom.xml.mustache} / {@code README.md.mustache} replace
   *     the built-in ones
   * @param coordinates the module's Maven coordinates and the runtime version it depends on
   */
  public ModuleEmitter(Optional<Path> templateDir, ModuleCoordinates coordinates) {
    this.templateDir = templateDir;
    this.coordinates = coordinates;
  }

  public GeneratedModule emit(ProviderConfig provider, ApiModel model, ObjectNode document, Report report, String documentJson) {
    JavaTypes types = new JavaTypes(model);
    SortedMap<String, byte[]> files = new TreeMap<>();
    List<JavaFile> sources = new ArrayList<>(new TypesEmitter(types).emitAll());
    sources.addAll(new ClientEmitter(types).emitAll());
    sources.addAll(new AccumulatorEmitter(types).emitAll());
    // Printing the sources is the largest share of a big document's generation (OpenAI's: 1,770
    // files, about 40% of the run), and each JavaFile prints alone from immutable specs, so they are
    // printed in parallel. The sorted map keeps the module the same whatever the order of printing.
    files.putAll(sources.parallelStream().collect(Collectors.toMap(
        f -> "src/main/java/" + f.packageName().replace('.', '/') + "/" + f.typeSpec().name() + ".java",
        f -> bytes(f.toString()),
        (a, b) -> {
          throw new IllegalStateException("two generated sources share one path");
        })));
    String resourcePath = model.javaPackage().replace('.', '/') + "/openapi.json";
    files.put("src/main/resources/" + resourcePath, bytes(documentJson));
    String documents = provider.documents().stream().map(p -> p.getFileName().toString()).collect(Collectors.joining(", "));
    files.put("NORMALIZATION.md", bytes(report.toMarkdown("How the " + model.displayName() + " documents were normalised")));
    Map<String, Object> context = context(provider, model, documents, resourcePath, types);
    files.put("pom.xml", bytes(render("pom.xml.mustache", context)));
    files.put("README.md", bytes(render("README.md.mustache", context)));
    return new GeneratedModule(provider.module(), files);
  }

  private Map<String, Object> context(ProviderConfig provider, ApiModel model, String documents, String resourcePath, JavaTypes types) {
    Map<String, Object> c = new LinkedHashMap<>();
    c.put("displayName", model.displayName());
    c.put("groupId", coordinates.groupId());
    c.put("artifactId", coordinates.artifactId());
    c.put("version", coordinates.effectiveVersion());
    c.put("runtimeVersion", coordinates.runtimeVersion());
    c.put("parent", Boolean.FALSE);
    coordinates.parent().ifPresent(parent -> {
      c.put("parent", Boolean.TRUE);
      c.put("parentGroupId", parent.substring(0, parent.indexOf(':')));
      c.put("parentArtifactId", parent.substring(parent.indexOf(':') + 1));
    });
    c.put("documents", documents);
    c.put("resourcePath", resourcePath);
    c.put("example", new ExampleWriter(types).write().strip());
    if (model.auth().kind() == ApiModel.Auth.Kind.NONE) {
      c.put("authNote", "The " + model.displayName() + " document declares no authentication. The client still takes an"
          + " optional API key (`apiKey(..)`, or `" + model.apiKeyEnv() + "` with `fromEnv()`), sent as a bearer token when"
          + " given, for deployments that require one.");
    }
    List<Map<String, String>> operations = new ArrayList<>();
    String firstChain = null;
    for (Operation op : model.operations()) {
      StringBuilder chain = new StringBuilder();
      op.resource().forEach(r -> chain.append('.').append(ClientEmitter.resourceAccessor(r)).append("()"));
      if (firstChain == null) {
        firstChain = chain.toString();
      }
      List<String> args = new ArrayList<>();
      boolean paramsObject = ClientEmitter.usesParamsObject(op);
      op.parameters().stream().filter(p -> !paramsObject || p.in() == Operation.Location.PATH).forEach(p -> args.add(p.javaName()));
      if (paramsObject || op.body().isPresent()) {
        args.add("params");
      }
      Map<String, String> row = new LinkedHashMap<>();
      row.put("call", "client" + chain + "." + op.method() + "(" + String.join(", ", args) + ")");
      row.put("httpMethod", op.httpMethod());
      row.put("path", op.path());
      row.put("returns", simpleName(types, ClientEmitter.valueType(types, op)));
      operations.add(row);
      if (op.streaming().isPresent()) {
        operations.add(streamingRow(row, chain + "." + ClientEmitter.streamingName(op) + "(" + String.join(", ", args) + ")",
            simple(types, op.streaming().get().event())));
      }
    }
    c.put("operations", operations);
    c.put("hasOperations", !operations.isEmpty());
    List<String> accumulators = new ArrayList<>();
    new AccumulatorEmitter(types).accumulators().values().forEach(a -> accumulators.add("`stream." + a.name().simpleName() + "`"));
    if (!accumulators.isEmpty()) {
      c.put("streamingNote", "`createStreaming(..)` streams server-sent events: use it with try-with-resources, and fold the"
          + " chunks into the final result with " + String.join(" or ", accumulators) + ". The call decides the `stream` flag:"
          + " `create(..)` never streams, and the request builders have no `stream(..)`.");
    }
    c.put("firstChain", firstChain == null ? "" : firstChain);
    List<Map<String, String>> options = new ArrayList<>();
    List<String> serverVars = new ArrayList<>();
    serverVars.add("`" + model.baseUrlEnv() + "`");
    if (!model.servers().isEmpty()) {
      model.servers().get(0).variables().forEach(v -> serverVars.add("`" + model.serverVariableEnv(v) + "`"));
    }
    String serverEnv = "; the server from " + String.join(", ", serverVars) + " when set";
    if (model.auth().schemes().isEmpty()) {
      options.add(option("apiKey(String)", "none (optional)"));
      options.add(option("fromEnv()", "reads `" + model.apiKeyEnv() + "`" + serverEnv));
    } else {
      List<String> vars = new ArrayList<>();
      for (ApiModel.Auth.Scheme sc : model.auth().schemes()) {
        String kind = switch (sc.kind()) {
          case BASIC -> "basic";
          case BEARER -> "bearer token";
          default -> "API key in the " + sc.placement().name().toLowerCase(java.util.Locale.ROOT) + " `" + sc.paramName() + "`";
        };
        options.add(option(sc.option() + (sc.kind() == ApiModel.Auth.Kind.BASIC ? "(String, String)" : "(String)"),
            (model.auth().schemes().size() == 1 ? "required" : "scheme `" + sc.name() + "`") + ", " + kind));
        sc.envVars().forEach(v -> vars.add("`" + v + "`"));
      }
      options.add(option("fromEnv()", "reads " + String.join(", ", vars) + serverEnv));
    }
    String url = model.servers().isEmpty() ? "" : model.servers().get(0).url();
    options.add(option("baseUrl(String)", "`" + url + "`"));
    if (!model.servers().isEmpty()) {
      for (ApiModel.ServerVariable v : model.servers().get(0).variables()) {
        String type = v.allowed().isEmpty() ? "String" : Names.pascal(v.name());
        options.add(option(v.javaName() + "(" + type + ")", "`" + v.defaultValue() + "`"
            + (v.allowed().isEmpty() ? "" : " (one of " + String.join(", ", v.allowed()) + ")")));
      }
    }
    options.add(option("timeout(Duration)", "10 minutes per attempt"));
    options.add(option("connectTimeout(Duration)", "10 seconds"));
    options.add(option("maxRetries(int)", "2"));
    options.add(option("putHeader(String, String)", "none"));
    options.add(option("transport(HttpTransport)", "the JDK's `java.net.http` client"));
    c.put("options", options);
    return c;
  }

  /** The table row of a streaming call: the HTTP side of its operation, a stream of chunks returned. */
  private static Map<String, String> streamingRow(Map<String, String> operation, String call, String chunk) {
    Map<String, String> row = new LinkedHashMap<>(operation);
    row.put("call", "client" + call);
    row.put("returns", "StreamResponse<" + chunk + ">");
    return row;
  }

  private static String simple(JavaTypes types, dev.clientsmith.generator.model.TypeRef t) {
    return simpleName(types, types.typeName(t));
  }

  private static String simpleName(JavaTypes types, com.palantir.javapoet.TypeName t) {
    String full = t.toString();
    return full.replace(types.modelPackage() + ".", "").replace("java.util.", "").replace("java.lang.", "");
  }

  private static Map<String, String> option(String name, String value) {
    Map<String, String> m = new LinkedHashMap<>();
    m.put("name", name);
    m.put("value", value);
    return m;
  }

  private String render(String name, Map<String, Object> context) {
    Template template = Mustache.compiler().escapeHTML(false).defaultValue("").compile(templateText(name));
    return template.execute(context);
  }

  private String templateText(String name) {
    if (templateDir.isPresent() && Files.isRegularFile(templateDir.get().resolve(name))) {
      try {
        return Files.readString(templateDir.get().resolve(name), StandardCharsets.UTF_8);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    try (InputStream in = ModuleEmitter.class.getResourceAsStream(TEMPLATES + name)) {
      if (in == null) {
        throw new IllegalStateException("built-in template " + name + " is missing from the generator jar");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static byte[] bytes(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }
}
