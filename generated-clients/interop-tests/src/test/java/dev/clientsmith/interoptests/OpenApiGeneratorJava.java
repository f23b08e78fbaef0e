package dev.clientsmith.interoptests;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.MalformedURLException;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import org.openapitools.codegen.ClientOptInput;
import org.openapitools.codegen.CodegenConstants;
import org.openapitools.codegen.DefaultGenerator;
import org.openapitools.codegen.config.CodegenConfigurator;
import org.openapitools.jackson.nullable.JsonNullable;

/**
 * OpenAPI Generator as a library: its Java client ({@code java} generator, {@code native} library:
 * {@code java.net.http} and Jackson) written from a document, compiled in-process with
 * {@code javax.tools}, and loaded.
 */
final class OpenApiGeneratorJava {
  /** Package of every generated client; each lives in its own folder and class loader. */
  static final String PACKAGE = "org.openapitools.interop";

  private OpenApiGeneratorJava() {}

  /** What a generation gave: the folder of its Java sources and their files. */
  record Sources(Path root, List<Path> files) {}

  /** One javac error: the file (relative to the source root) and javac's message. */
  record CompileError(String file, long line, String message) {
    @Override
    public String toString() {
      return file + ":" + line + ": " + message;
    }
  }

  /** What javac said about a generated client. */
  record Compilation(Sources sources, Path classes, List<CompileError> errors) {
    boolean compiles() {
      return errors.isEmpty();
    }

    /** The files javac reported errors in, with how many each. */
    Map<String, Long> errorsByFile() {
      return errors.stream().collect(Collectors.groupingBy(CompileError::file, TreeMap::new, Collectors.counting()));
    }

    /** A short account: the count, then the first errors of each file. */
    String summary() {
      StringBuilder out = new StringBuilder(errors.size() + " javac errors");
      errorsByFile().forEach((file, count) -> out.append("\n  ").append(count).append(" in ").append(file));
      errors.stream().limit(10).forEach(e -> out.append("\n    ").append(e));
      return out.toString();
    }

    /** The compiled client's classes, over this test's class loader (Jackson and friends). */
    URLClassLoader load() {
      try {
        return new URLClassLoader(new URL[] {classes.toUri().toURL()}, OpenApiGeneratorJava.class.getClassLoader());
      } catch (MalformedURLException e) {
        throw new IllegalStateException(e);
      }
    }
  }

  /**
   * Writes the Java client of {@code document} into {@code folder}.
   *
   * @param validate whether OpenAPI Generator validates the document first (and refuses an invalid
   *     one); the published documents are generated without, as a user of them would have to
   * @param additionalProperties OpenAPI Generator's {@code --additional-properties}
   */
  static Sources generate(JsonNode document, Path folder, boolean validate, Map<String, Object> additionalProperties) {
    Path spec = Documents.write(document, folder.resolve("openapi.json"));
    Path out = folder.resolve("client");
    CodegenConfigurator configurator = new CodegenConfigurator()
        .setGeneratorName("java")
        .setLibrary("native")
        .setInputSpec(spec.toString())
        .setOutputDir(out.toString())
        .setValidateSpec(validate)
        .setQuiet(true)
        .setInvokerPackage(PACKAGE)
        .setApiPackage(PACKAGE + ".api")
        .setModelPackage(PACKAGE + ".model")
        .addAdditionalProperty("useJakartaEe", true)
        .addAdditionalProperty("hideGenerationTimestamp", true);
    additionalProperties.forEach(configurator::addAdditionalProperty);
    ClientOptInput input = configurator.toClientOptInput();
    DefaultGenerator generator = new DefaultGenerator();
    generator.setGeneratorPropertyDefault(CodegenConstants.API_TESTS, "false");
    generator.setGeneratorPropertyDefault(CodegenConstants.MODEL_TESTS, "false");
    generator.setGeneratorPropertyDefault(CodegenConstants.API_DOCS, "false");
    generator.setGeneratorPropertyDefault(CodegenConstants.MODEL_DOCS, "false");
    List<File> written = generator.opts(input).generate();
    Path sourceRoot = out.resolve("src").resolve("main").resolve("java");
    List<Path> java = written.stream().map(File::toPath).filter(p -> p.toString().endsWith(".java"))
        .filter(p -> p.startsWith(sourceRoot)).sorted().toList();
    if (java.isEmpty()) {
      throw new IllegalStateException("OpenAPI Generator wrote no Java source into " + out);
    }
    return new Sources(sourceRoot, java);
  }

  /**
   * Compiles generated sources for Java 17 against the libraries the {@code native} client's own
   * build declares. Every error is kept (no cap at javac's default of 100).
   */
  static Compilation compile(Sources sources, Path classes) {
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
    try (StandardJavaFileManager files = javac.getStandardFileManager(diagnostics, Locale.ROOT, StandardCharsets.UTF_8)) {
      Files.createDirectories(classes);
      List<String> options = List.of("--release", "17", "-proc:none", "-nowarn", "-Xmaxerrs", "100000",
          "-encoding", "UTF-8", "-d", classes.toString(), "-classpath", classpath());
      javac.getTask(null, files, diagnostics, options, null, files.getJavaFileObjectsFromPaths(sources.files())).call();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    List<CompileError> errors = new ArrayList<>();
    for (Diagnostic<? extends JavaFileObject> d : diagnostics.getDiagnostics()) {
      if (d.getKind() == Diagnostic.Kind.ERROR) {
        String file = d.getSource() == null ? "?" : sources.root().relativize(Path.of(d.getSource().toUri())).toString();
        errors.add(new CompileError(file, d.getLineNumber(), d.getMessage(Locale.ROOT).lines().findFirst().orElse("")));
      }
    }
    errors.sort(Comparator.comparing(CompileError::file).thenComparingLong(CompileError::line));
    return new Compilation(sources, classes, List.copyOf(errors));
  }

  /**
   * The libraries a {@code native} client compiles against, found from one class of each: Jackson
   * (core, annotations, databind, JSR-310 dates), jackson-databind-nullable, jakarta.annotation-api
   * and JSR-305 ({@code javax.annotation.Nullable}).
   */
  static String classpath() {
    Map<String, Path> jars = new LinkedHashMap<>();
    for (Class<?> c : List.of(JsonParser.class, JsonProperty.class, ObjectMapper.class, JavaTimeModule.class,
        JsonNullable.class, jakarta.annotation.Generated.class, javax.annotation.Nullable.class)) {
      try {
        Path jar = Path.of(c.getProtectionDomain().getCodeSource().getLocation().toURI());
        jars.put(jar.toString(), jar);
      } catch (URISyntaxException e) {
        throw new IllegalStateException(e);
      }
    }
    return jars.keySet().stream().collect(Collectors.joining(File.pathSeparator));
  }
}
