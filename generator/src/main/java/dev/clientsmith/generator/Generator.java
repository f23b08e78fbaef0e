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
import dev.clientsmith.generator.normalize.PassContext;
import dev.clientsmith.generator.normalize.Passes;
import dev.clientsmith.generator.normalize.Report;
import dev.clientsmith.generator.parse.SpecParser;
import dev.clientsmith.generator.source.Locator;
import dev.clientsmith.generator.source.SourceDocument;
import dev.clientsmith.generator.source.SourceReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.function.Consumer;
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
 *   <li><b>parse</b> ({@code ..parse}): raw passes fix what would make Swagger Parser lose data
 *       (nested tags); then Swagger Parser reads the document and its messages become located
 *       {@link Diagnostic}s. Errors stop here.
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

  /**
   * Generates the client module of one provider, in memory: write it with
   * {@link dev.clientsmith.generator.write.ModuleWriter}.
   *
   * @param templates a folder with {@code pom.xml.mustache} / {@code README.md.mustache} replacing the
   *     built-in templates
   */
  public GeneratedModule generate(ProviderConfig provider, Optional<Path> templates) {
    return generate(provider, templates, warning -> { });
  }

  /**
   * Same as {@link #generate(ProviderConfig, Optional)}, handing each warning (a repair made to the
   * provider's documents) to {@code warnings} before the module is emitted.
   */
  public GeneratedModule generate(ProviderConfig provider, Optional<Path> templates, Consumer<Diagnostic> warnings) {
    NormalizeResult result = normalize(provider);
    result.warnings().forEach(warnings);
    ApiModel model = model(provider, result);
    return new ModuleEmitter(templates, version()).emit(provider, model, result.document(), result.report(),
        PrettyJson.write(result.document()));
  }

  /** The intermediate model of a provider's normalised documents. */
  public ApiModel model(ProviderConfig provider, NormalizeResult normalized) {
    return ModelBuilder.build(provider, normalized.document());
  }

  /** Normalises (and merges) the documents of one configured provider. */
  public NormalizeResult normalize(ProviderConfig provider) {
    return normalize(provider.displayName(), provider.documents(), provider.overrides());
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
    for (Path path : documents) {
      SourceDocument source = SourceReader.read(path, displayName(path));
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
    if (anyOpenApi31 && options.keepOpenApi31()) {
      // The passes work on the 3.0 form; the 3.1 form is written from it at the very end.
      result = OpenApi31Form.of(result, info31);
      warnings.addAll(verify31(result, title == null ? reportName(documents.get(0)) : title, locator31));
    }
    return new NormalizeResult(result, report, warnings);
  }

  private ObjectNode normalizeOne(SourceDocument source, String name, Overrides overrides, Report report,
      List<Diagnostic> warnings) {
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
