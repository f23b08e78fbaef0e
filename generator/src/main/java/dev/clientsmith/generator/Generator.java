package dev.clientsmith.generator;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.clientsmith.generator.config.Overrides;
import dev.clientsmith.generator.config.ProviderConfig;
import dev.clientsmith.generator.diag.Diagnostic;
import dev.clientsmith.generator.diag.DiagnosticException;
import dev.clientsmith.generator.emit.GeneratedModule;
import dev.clientsmith.generator.emit.ModuleEmitter;
import dev.clientsmith.generator.model.ApiModel;
import dev.clientsmith.generator.model.ModelBuilder;
import dev.clientsmith.generator.write.PrettyJson;
import dev.clientsmith.generator.merge.Merger;
import dev.clientsmith.generator.normalize.OpenApi31Form;
import dev.clientsmith.generator.normalize.OpenApiGeneratorForm;
import dev.clientsmith.generator.normalize.PassContext;
import dev.clientsmith.generator.normalize.Passes;
import dev.clientsmith.generator.normalize.Report;
import dev.clientsmith.generator.normalize.ReportEntry;
import dev.clientsmith.generator.parse.ExternalRefs;
import dev.clientsmith.generator.parse.SizeCheck;
import dev.clientsmith.generator.parse.SpecParser;
import dev.clientsmith.generator.source.Locator;
import dev.clientsmith.generator.source.SourceDocument;
import dev.clientsmith.generator.source.SourceReader;
import dev.clientsmith.generator.config.ConfigLoader;
import dev.clientsmith.generator.config.ModuleDefaults;
import dev.clientsmith.generator.config.ProvidersConfig;
import dev.clientsmith.generator.diag.DiagnosticException;
import dev.clientsmith.generator.emit.ModuleCoordinates;
import dev.clientsmith.generator.normalize.Names;
import dev.clientsmith.generator.write.Comparison;
import dev.clientsmith.generator.write.FileDifference;
import dev.clientsmith.generator.write.OutputWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Locale;
import java.util.Properties;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.Function;
import java.time.Duration;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The one entry point of Clientsmith; the CLI and the Maven plugin are thin layers over it.
 *
 * <p>The pipeline, one package per stage:
 *
 * <ol>
 *   <li><b>source</b> ({@code dev.clientsmith.generator.source}): read a document, a Markdown page
 *       with an embedded fenced spec or plain JSON/YAML, into a tree that remembers where every
 *       value was written.
 *   <li><b>parse</b> ({@code ..parse}): the definitions a document's {@code $ref}s take from other
 *       files are copied in ({@link ExternalRefs}; URLs only when the request allows them), and the
 *       document's size is bounded ({@link SizeCheck}); raw passes fix what would make Swagger Parser
 *       lose data (nested tags); then Swagger Parser reads the self-contained document and its
 *       messages become located {@link Diagnostic}s. Errors stop here.
 *   <li><b>normalize</b> ({@code ..normalize}): ordered, named passes rewrite the tree into a clean
 *       OpenAPI 3.0 document, recording every change in a {@link Report}.
 *   <li><b>merge</b> ({@code ..merge}): a provider's documents become one API.
 *   <li><b>model</b>: the immutable intermediate model the emitters read; naming is final there.
 *   <li><b>emit</b>: JavaPoet emitters, pure functions of the model.
 *   <li><b>write</b>: the module on disk; the only stage that touches the file system.
 * </ol>
 *
 * The output of every stage is a pure function of its inputs: the same documents give
 * byte-identical output.
 */
public final class Generator {

  /** Every pass id, in order; the provider configuration may name these in {@code skipPasses}. */
  public static Set<String> passIds() {
    return Passes.ids();
  }

  /** The version of this generator, which generated modules depend on. */
  public static String version() {
    try (InputStream in = Generator.class.getResourceAsStream("version.properties")) {
      Properties p = new Properties();
      if (in != null) {
        p.load(in);
      }
      return p.getProperty("version", "0.0.0-unknown");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Same as {@link #generate(GenerationRequest, GenerationResult.Progress)} without progress. */
  public GenerationResult generate(GenerationRequest request) {
    return generate(request, GenerationResult.Progress.NONE);
  }

  /**
   * Generates every module the request asks for, in memory; nothing is written, so a bad document
   * among several leaves every folder as it was.
   *
   * @param progress told about each module as soon as it is generated
   * @throws DiagnosticException for bad documents, configuration or options
   */
  public GenerationResult generate(GenerationRequest request, GenerationResult.Progress progress) {
    List<Target> targets = targets(request);
    List<GenerationResult.Output> outputs = new ArrayList<>();
    List<Diagnostic> warnings = new ArrayList<>();
    Set<Path> referenced = new java.util.LinkedHashSet<>();
    Set<java.net.URI> fetched = new java.util.LinkedHashSet<>();
    NormalizeOptions options = NormalizeOptions.DEFAULT.withAllowRemoteRefs(request.allowRemoteRefs());
    for (Target target : targets) {
      long start = System.nanoTime();
      NormalizeResult normalized = normalize(target.provider(), options);
      warnings.addAll(normalized.warnings());
      referenced.addAll(normalized.referencedFiles());
      fetched.addAll(normalized.fetchedUrls());
      long normalizedAt = System.nanoTime();
      ApiModel model = model(target.provider(), normalized);
      long modelledAt = System.nanoTime();
      ModuleCoordinates coordinates = target.coordinates().apply(normalized.document());
      GeneratedModule module = new ModuleEmitter(request.templates(), coordinates).emit(target.provider(), model,
          normalized.document(), normalized.report(), PrettyJson.write(normalized.document()));
      long emittedAt = System.nanoTime();
      GenerationResult.Output output = new GenerationResult.Output(target.provider().id(), module, target.directory(),
          layout(module, request.layout()), new GenerationResult.Timings(Duration.ofNanos(normalizedAt - start),
              Duration.ofNanos(modelledAt - normalizedAt), Duration.ofNanos(emittedAt - modelledAt)));
      outputs.add(output);
      progress.generated(output, outputs.size(), targets.size());
    }
    return new GenerationResult(outputs, warnings, List.copyOf(referenced), List.copyOf(fetched));
  }

  /**
   * Writes what {@link #generate} produced, module by module, with the rules of {@link OutputWriter}:
   * a folder the generator did not write is refused untouched, a user's files survive.
   *
   * @throws DiagnosticException {@code write.*} when a folder cannot or may not be written
   */
  public List<OutputWriter.Outcome> write(GenerationRequest request, GenerationResult result) {
    // Every target is checked before any is written, so one refused folder leaves all the others as they were.
    List<Diagnostic> refused = new ArrayList<>();
    for (GenerationResult.Output output : result.outputs()) {
      try {
        OutputWriter.check(output.files(), output.directory(), request.force());
      } catch (DiagnosticException e) {
        refused.addAll(e.diagnostics());
      }
    }
    if (!refused.isEmpty()) {
      throw new DiagnosticException(refused);
    }
    List<OutputWriter.Outcome> outcomes = new ArrayList<>();
    for (GenerationResult.Output output : result.outputs()) {
      outcomes.add(OutputWriter.write(output.files(), output.directory(), request.force()));
    }
    return outcomes;
  }

  /**
   * What differs between a fresh generation and the folders on disk, writing nothing. Paths are
   * relative to the request's output folder (or folder of modules).
   */
  public List<FileDifference> check(GenerationRequest request, GenerationResult result) {
    Path base = request.outputDirectory().orElseGet(() -> request.modulesDirectory().orElseThrow()).toAbsolutePath().normalize();
    List<FileDifference> differences = new ArrayList<>();
    for (GenerationResult.Output output : result.outputs()) {
      Path dir = output.directory().toAbsolutePath().normalize();
      String prefix = dir.equals(base) ? "" : base.relativize(dir).toString().replace('\\', '/') + "/";
      for (FileDifference d : Comparison.differences(output.files(), dir)) {
        differences.add(new FileDifference(prefix + d.path(), d.kind(), d.diffLines()));
      }
    }
    return differences;
  }

  /**
   * Generates the client module of one provider, in memory, as a repository module (for tests and
   * tools that hold a {@link ProviderConfig} already).
   *
   * @param templates a folder with {@code pom.xml.mustache} / {@code README.md.mustache} replacing the
   *     built-in templates
   */
  public GeneratedModule generate(ProviderConfig provider, Optional<Path> templates) {
    NormalizeResult result = normalize(provider);
    ApiModel model = model(provider, result);
    ModuleCoordinates coordinates = configured(provider, ModuleDefaults.STANDALONE).apply(result.document());
    return new ModuleEmitter(templates, coordinates).emit(provider, model, result.document(), result.report(),
        PrettyJson.write(result.document()));
  }

  /** One module to generate: its provider, its folder, and how its coordinates follow from its document. */
  private record Target(ProviderConfig provider, Path directory, Function<ObjectNode, ModuleCoordinates> coordinates) {}

  private List<Target> targets(GenerationRequest request) {
    request.templates().filter(dir -> !java.nio.file.Files.isDirectory(dir)).ifPresent(dir -> {
      throw new DiagnosticException(Diagnostic.error("request.invalid", dev.clientsmith.generator.diag.Location.ofPath(dir), null,
          "the template folder does not exist", "give a folder holding pom.xml.mustache and/or README.md.mustache"));
    });
    if (!request.specs().isEmpty()) {
      Path out = request.outputDirectory().orElseThrow();
      String clientName = request.clientName().orElseThrow();
      String base = clientName.endsWith("Client") && clientName.length() > "Client".length()
          ? clientName.substring(0, clientName.length() - "Client".length()) : clientName;
      String env = String.join("_", Names.words(base)).toUpperCase(Locale.ROOT) + "_API_KEY";
      Path absolute = out.toAbsolutePath().normalize();
      String folder = absolute.getFileName() == null ? "module" : absolute.getFileName().toString();
      String artifactId = request.artifactId().orElse(String.join("-", Names.words(clientName)).toLowerCase(Locale.ROOT));
      ProviderConfig provider = new ProviderConfig(artifactId, base, request.specs(), request.packageName().orElseThrow(),
          clientName, folder, env, Overrides.NONE);
      String groupId = request.groupId().orElse(request.packageName().orElseThrow());
      return List.of(new Target(provider, out, document -> new ModuleCoordinates(groupId, artifactId,
          request.version().orElseGet(() -> documentVersion(document)), Optional.empty(), version())));
    }
    Path configFile = request.config().orElseThrow();
    ProvidersConfig config = ConfigLoader.load(configFile, passIds(), displayName(configFile));
    List<ProviderConfig> selected;
    if (request.allProviders()) {
      selected = config.providers();
    } else {
      String id = request.provider().orElseThrow();
      selected = List.of(config.require(id, displayName(configFile)));
    }
    List<Target> targets = new ArrayList<>();
    for (ProviderConfig p : selected) {
      Path dir = request.outputDirectory().orElseGet(() -> request.modulesDirectory().orElseThrow().resolve(p.module()));
      targets.add(new Target(p, dir, configured(p, config.modules())));
    }
    return targets;
  }

  private static Function<ObjectNode, ModuleCoordinates> configured(ProviderConfig p, ModuleDefaults defaults) {
    return document -> new ModuleCoordinates(defaults.groupId().orElse(p.javaPackage()), p.module() + "-client",
        documentVersion(document), defaults.parent(), version());
  }

  /** The document's {@code info.version} when Maven can use it as a version, else a first snapshot. */
  static String documentVersion(ObjectNode document) {
    String declared = document.path("info").path("version").asText("");
    return dev.clientsmith.generator.config.MavenNames.VERSION.matcher(declared).matches() ? declared : "0.1.0-SNAPSHOT";
  }

  /** The files of {@code module} that the layout writes, at the paths it writes them. */
  private static SortedMap<String, byte[]> layout(GeneratedModule module, GenerationRequest.Layout layout) {
    if (layout == GenerationRequest.Layout.MODULE) {
      return module.files();
    }
    String sources = "src/main/java/";
    SortedMap<String, byte[]> files = new TreeMap<>();
    module.files().forEach((path, bytes) -> {
      if (path.startsWith(sources)) {
        files.put(path.substring(sources.length()), bytes);
      }
    });
    return files;
  }

  /** The intermediate model of a provider's normalised documents. */
  public ApiModel model(ProviderConfig provider, NormalizeResult normalized) {
    // Java names are decided in the model; where two document names give one, the report says so.
    String documents = provider.documents().stream().map(Generator::reportName).collect(Collectors.joining(" + "));
    return ModelBuilder.build(provider, normalized.document(), normalized.report(), documents);
  }

  /** Normalises (and merges) the documents of one configured provider. */
  public NormalizeResult normalize(ProviderConfig provider) {
    return normalize(provider.displayName(), provider.documents(), provider.overrides());
  }

  /** Same as {@link #normalize(ProviderConfig)}, with {@code options}. */
  public NormalizeResult normalize(ProviderConfig provider, NormalizeOptions options) {
    return normalize(provider.displayName(), provider.documents(), provider.overrides(), options);
  }

  /** Normalises documents outside the configuration ({@code --spec}); several are merged. */
  public NormalizeResult normalizeSpecs(List<Path> specs, Overrides overrides) {
    return normalizeSpecs(specs, overrides, NormalizeOptions.DEFAULT);
  }

  /** Same as {@link #normalizeSpecs(List, Overrides)}, with {@code options}. */
  public NormalizeResult normalizeSpecs(List<Path> specs, Overrides overrides, NormalizeOptions options) {
    String title = specs.size() == 1 ? null : specs.stream().map(p -> p.getFileName().toString()).collect(Collectors.joining(" + "));
    return normalize(title, specs, overrides, options);
  }

  private NormalizeResult normalize(String title, List<Path> documents, Overrides overrides) {
    return normalize(title, documents, overrides, NormalizeOptions.DEFAULT);
  }

  private NormalizeResult normalize(String title, List<Path> documents, Overrides overrides, NormalizeOptions options) {
    Report report = new Report();
    List<Diagnostic> warnings = new ArrayList<>();
    List<Merger.Input> normalized = new ArrayList<>();
    JsonNode info31 = null;
    Locator locator31 = null;
    boolean anyOpenApi31 = false;
    Set<Path> referenced = new java.util.LinkedHashSet<>();
    Set<java.net.URI> fetched = new java.util.LinkedHashSet<>();
    for (Path path : documents) {
      SourceDocument source = bundle(SourceReader.read(path, displayName(path)), path, options, report, referenced, fetched);
      if (!anyOpenApi31 && OpenApi31Form.declares31(source.tree())) {
        anyOpenApi31 = true;
        info31 = source.tree().path("info").deepCopy();
        locator31 = source.locator();
      }
      normalized.add(new Merger.Input(reportName(path), normalizeOne(source, reportName(path), overrides, report, warnings)));
    }
    ObjectNode result;
    if (normalized.size() == 1) {
      result = normalized.get(0).document();
    } else {
      result = Merger.merge(title, normalized, report);
      verify(result, "merged documents of " + title);
    }
    if (options.form() == NormalizeOptions.Form.OPENAPI_GENERATOR) {
      // After merging: the rewrites name components, which must not meet another document's names.
      OpenApiGeneratorForm.apply(documents.size() == 1 ? reportName(documents.get(0)) : title, result, report);
      verify(result, "OpenAPI Generator form of " + (title == null ? reportName(documents.get(0)) : title));
    }
    if (anyOpenApi31 && options.keepOpenApi31()) {
      // The passes work on the 3.0 form; the 3.1 form is written from it at the very end.
      result = OpenApi31Form.of(result, info31);
      warnings.addAll(verify31(result, title == null ? reportName(documents.get(0)) : title, locator31));
    }
    return new NormalizeResult(result, report, warnings, List.copyOf(referenced), List.copyOf(fetched));
  }

  /**
   * The document with the definitions its {@code $ref}s take from other documents copied in, each
   * copy an entry of the report, so that every later stage sees one self-contained document.
   */
  private static SourceDocument bundle(SourceDocument source, Path path, NormalizeOptions options, Report report,
      Set<Path> referenced, Set<java.net.URI> fetched) {
    ExternalRefs.Bundled bundled = ExternalRefs.bundle(source, path, options.allowRemoteRefs());
    for (ExternalRefs.Rewrite rewrite : bundled.rewrites()) {
      report.add(new ReportEntry(ExternalRefs.ID, reportName(path), rewrite.pointer(), rewrite.before(), rewrite.after(),
          rewrite.reason()));
    }
    referenced.addAll(bundled.files());
    fetched.addAll(bundled.urls());
    return bundled.document();
  }

  private ObjectNode normalizeOne(SourceDocument source, String name, Overrides overrides, Report report,
      List<Diagnostic> warnings) {
    List<Diagnostic> tooLarge = SizeCheck.check(source.tree(), source.locator());
    if (!tooLarge.isEmpty()) {
      // Before the raw passes, which already walk every schema.
      throw new DiagnosticException(tooLarge);
    }
    PassContext ctx = new PassContext(name, source.tree(), overrides, report, source.locator());
    Passes.run(Passes.raw(), ctx);
    try {
      // Located through the context: a subtree a raw pass moved is located where it was read.
      SpecParser.parse(new SourceDocument(source.name(), source.format(), source.tree(), ctx::locate));
    } catch (DiagnosticException e) {
      // The repairs are shown with the errors: they explain what the errors' places now hold.
      List<Diagnostic> all = new ArrayList<>(ctx.warnings());
      all.addAll(e.diagnostics());
      throw new DiagnosticException(all);
    }
    // In document order, as a compiler lists its warnings; the report keeps the order of the passes.
    List<Diagnostic> found = new ArrayList<>(ctx.warnings());
    found.sort(Comparator.comparingInt((Diagnostic d) -> d.location().line()).thenComparingInt(d -> d.location().column()));
    warnings.addAll(found);
    Passes.run(Passes.normalize(), ctx);
    verify(source.tree(), source.name());
    return source.tree();
  }

  /**
   * Normalised output must read back cleanly; if it does not, a pass is wrong, not the input, so
   * this is an internal error rather than a diagnostic about the user's document.
   */
  private static void verify(ObjectNode document, String name) {
    List<Diagnostic> problems = SpecParser.check(document, name, pointer -> dev.clientsmith.generator.diag.Location.ofFile(name));
    if (!problems.isEmpty()) {
      throw new IllegalStateException("normalised document of " + name + " does not read back cleanly:\n"
          + problems.stream().map(Diagnostic::render).collect(Collectors.joining("\n")));
    }
  }

  /**
   * {@link #verify} for the 3.1 form, whose rules also refuse what the user's document says and no
   * pass touches: extensions with a prefix the OpenAPI Initiative reserves ({@code x-oai-beta} in
   * OpenAI's document), which 3.0 rules let through. Those are returned as warnings about the
   * result; anything else is a bug of the passes.
   */
  private static List<Diagnostic> verify31(ObjectNode document, String name, Locator locator) {
    List<Diagnostic> reserved = new ArrayList<>();
    List<Diagnostic> problems = new ArrayList<>();
    // Located in the (first) 3.1 document as read: the passes do not move extensions.
    for (Diagnostic d : SpecParser.check(document, name, locator)) {
      (d.code().equals("parse.reserved") ? reserved : problems).add(d);
    }
    if (!problems.isEmpty()) {
      throw new IllegalStateException("normalised document of " + name + " does not read back cleanly:\n"
          + problems.stream().map(Diagnostic::render).collect(Collectors.joining("\n")));
    }
    List<Diagnostic> warnings = new ArrayList<>();
    for (Diagnostic d : reserved) {
      warnings.add(Diagnostic.warning("normalize.reserved-extension", d.location(), d.pointer(),
          d.message() + "; OpenAPI 3.1 tools may refuse the document for it", "rename the extension, or keep the 3.0 form"));
    }
    return warnings;
  }

  /** The path as the user wrote it, relative to the working directory when it is below it. */
  private static String displayName(Path path) {
    Path cwd = Path.of("").toAbsolutePath();
    Path abs = path.toAbsolutePath().normalize();
    return abs.startsWith(cwd) ? cwd.relativize(abs).toString() : path.toString();
  }

  /** Reports are checked in next to generated modules: they name documents by file name only. */
  private static String reportName(Path path) {
    return path.getFileName().toString();
  }
}
