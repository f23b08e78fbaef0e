package dev.clientsmith.benchmarks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.clientsmith.generator.Generator;
import dev.clientsmith.generator.NormalizeResult;
import dev.clientsmith.generator.config.Overrides;
import dev.clientsmith.generator.config.ProviderConfig;
import dev.clientsmith.generator.emit.GeneratedModule;
import dev.clientsmith.generator.model.ApiModel;
import dev.clientsmith.generator.write.ModuleWriter;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

/**
 * Times the real-world corpus (corpus-tests/src/test/resources/corpus/): per document, the
 * library's generation and javac's compilation of the module, in this process after a warm-up;
 * then the whole process of the CLI jar generating each document, as a user runs it; and, when
 * given its jar, OpenAPI Generator's Java {@code native} client of OpenAI's document, timed the same
 * way and compiled. Every figure is the median of {@code --runs} runs. Prints a Markdown report
 * and writes it to {@code --out}/results.md.
 */
public final class CorpusBenchmark {
  /** Bounds one external process: a hang fails the benchmark instead of stalling it. */
  private static final long PROCESS_TIMEOUT_MINUTES = 10;

  private final Path root;
  private final int runs;
  private final Path out;
  private final StringBuilder report = new StringBuilder();

  private CorpusBenchmark(Path root, int runs, Path out) {
    this.root = root;
    this.runs = runs;
    this.out = out;
  }

  public static void main(String[] args) throws Exception {
    Map<String, String> options = Arguments.parse(args);
    Path root = Path.of(options.getOrDefault("root", ".")).toAbsolutePath().normalize();
    CorpusBenchmark benchmark = new CorpusBenchmark(root, Integer.parseInt(options.getOrDefault("runs", "5")),
        Path.of(options.getOrDefault("out", "target/benchmark")).toAbsolutePath());
    List<Document> documents = Document.read(root.resolve("corpus-tests/src/test/resources/corpus"),
        options.getOrDefault("documents", "all"));
    benchmark.library(documents);
    benchmark.cli(documents);
    String openapiGenerator = options.getOrDefault("openapi-generator", "");
    if (!openapiGenerator.isBlank()) {
      List<Document> compared = Document.read(root.resolve("corpus-tests/src/test/resources/corpus"),
          options.getOrDefault("openapi-generator-documents", "openai"));
      benchmark.openapiGenerator(Path.of(openapiGenerator).toAbsolutePath(), compared);
    }
    benchmark.finish();
  }

  /** One document of the corpus index. */
  record Document(String id, String file, String provider, String openapi, Path path) {
    static List<Document> read(Path folder, String selection) throws IOException {
      JsonNode index = new ObjectMapper().readTree(folder.resolve("corpus.json").toFile());
      Set<String> ids = Arrays.stream(selection.split(",")).map(String::trim).collect(Collectors.toSet());
      List<Document> documents = new ArrayList<>();
      for (JsonNode d : index.path("documents")) {
        if (selection.equals("all") || ids.contains(d.path("id").asText())) {
          documents.add(new Document(d.path("id").asText(), d.path("file").asText(), d.path("provider").asText(),
              d.path("openapi").asText(), folder.resolve(d.path("file").asText())));
        }
      }
      if (documents.isEmpty()) {
        throw new IllegalArgumentException("no corpus document is selected by " + selection);
      }
      return documents;
    }

    ProviderConfig config() {
      return new ProviderConfig(id, provider, List.of(path), "dev.clientsmith.bench." + id.replaceAll("[^a-z0-9]", ""),
          "BenchClient", id, "BENCH_API_KEY", Overrides.NONE);
    }
  }

  private void library(List<Document> documents) throws IOException {
    line("## In-process: the Generator library and javac");
    line("");
    line("Median of " + runs + " runs after one warm-up run of each document; javac is `--release 17 -Xlint:all -Werror`.");
    line("");
    line("| document | OpenAPI | bytes | operations | types | files | generation | javac | javac errors | repairs (report entries) |");
    line("|---|---|---|---|---|---|---|---|---|---|");
    for (Document d : documents) {
      progress("library: " + d.id());
      Generator generator = new Generator();
      ApiModel model;
      NormalizeResult normalized;
      try {
        normalized = generator.normalize(d.config());
        model = generator.model(d.config(), normalized);
        generate(d, generator, 0);
      } catch (RuntimeException e) {
        line("| " + d.id() + " | " + d.openapi() + " | " + Files.size(d.path()) + " | fails: " + firstLine(e) + " | | | | | | |");
        continue;
      }
      List<Long> generation = new ArrayList<>();
      List<Long> javac = new ArrayList<>();
      Compiled last = null;
      for (int run = 1; run <= runs; run++) {
        long start = System.nanoTime();
        Path module = generate(d, generator, run);
        generation.add(millisSince(start));
        start = System.nanoTime();
        last = compile(module.resolve("src/main/java"), out.resolve("classes/" + d.id() + "-" + run));
        javac.add(millisSince(start));
      }
      String repairs = normalized.report().entries().stream()
          .collect(Collectors.groupingBy(e -> e.pass(), java.util.TreeMap::new, Collectors.counting()))
          .entrySet().stream().map(e -> e.getKey() + " " + e.getValue()).collect(Collectors.joining(", "));
      line("| " + d.id() + " | " + d.openapi() + " | " + Files.size(d.path()) + " | " + model.operations().size() + " | "
          + model.types().size() + " | " + last.files() + " | " + seconds(median(generation)) + " | " + seconds(median(javac))
          + " | " + last.errors() + " | " + repairs + " |");
    }
    line("");
  }

  /** Generates the module of a document and writes it; returns its folder. */
  private Path generate(Document d, Generator generator, int run) {
    GeneratedModule module = generator.generate(d.config(), Optional.empty());
    return ModuleWriter.write(module, out.resolve("modules/" + d.id() + "-" + run));
  }

  private void cli(List<Document> documents) throws IOException, InterruptedException {
    Path jar = root.resolve("generator/target/clientsmith-cli.jar");
    line("## Whole process: the CLI jar");
    line("");
    line("`java -jar generator/target/clientsmith-cli.jar generate --spec DOCUMENT --package P --client-name C --out DIR`, "
        + "a new JVM each run, wall time from start to exit; median of " + runs + " runs.");
    line("");
    line("| document | OpenAPI | exit code | median | runs |");
    line("|---|---|---|---|---|");
    for (Document d : documents) {
      Timed t = timeProcesses("cli", d, target -> List.of("java", "-jar", jar.toString(), "generate", "--spec", d.path().toString(),
          "--package", "dev.clientsmith.bench.cli", "--client-name", "BenchClient", "--out", target.toString()));
      line("| " + d.id() + " | " + d.openapi() + " | " + t.exit() + " | " + seconds(median(t.times())) + " | "
          + t.times().stream().map(CorpusBenchmark::seconds).collect(Collectors.joining(", ")) + " |");
    }
    line("");
  }

  private void openapiGenerator(Path jar, List<Document> documents) throws IOException, InterruptedException {
    line("## OpenAPI Generator (" + jar.getFileName() + "), Java `native` library");
    line("");
    line("`java -jar " + jar.getFileName() + " generate -i DOCUMENT -g java --library native --skip-validate-spec "
        + "--additional-properties=useJakartaEe=true -o DIR` (without `--skip-validate-spec` it refuses OpenAI's "
        + "documents), wall time; median of " + runs
        + " runs; its `src/main/java` compiled once with `--release 17` (warnings allowed).");
    line("");
    line("| document | exit code | median | javac errors | files |");
    line("|---|---|---|---|---|");
    for (Document d : documents) {
      Timed t = timeProcesses("openapi-generator", d, target -> List.of("java", "-jar", jar.toString(), "generate",
          "-i", d.path().toString(), "-g", "java", "--library", "native", "--skip-validate-spec",
          "--additional-properties=useJakartaEe=true", "-o", target.toString()));
      int exit = t.exit();
      Path target = t.lastTarget();
      String compiled = "";
      String files = "";
      if (exit == 0 && Files.isDirectory(target.resolve("src/main/java"))) {
        Compiled c = compileLenient(target.resolve("src/main/java"), out.resolve("openapi-generator-classes/" + d.id()));
        compiled = String.valueOf(c.errors());
        files = String.valueOf(c.files());
      }
      line("| " + d.id() + " | " + exit + " | " + seconds(median(t.times())) + " | " + compiled + " | " + files + " |");
    }
    line("");
  }

  /** The runs of one command: the last exit code, each run's wall time, and where the last one wrote. */
  private record Timed(int exit, List<Long> times, Path lastTarget) {}

  /** Runs {@code command(target)} {@link #runs} times, each into a new target folder, timing each process. */
  private Timed timeProcesses(String tool, Document d, Function<Path, List<String>> command)
      throws IOException, InterruptedException {
    progress(tool + ": " + d.id());
    List<Long> times = new ArrayList<>();
    int exit = 0;
    Path target = null;
    for (int run = 1; run <= runs; run++) {
      target = out.resolve(tool + "/" + d.id() + "-" + run);
      long start = System.nanoTime();
      exit = process(out.resolve(tool + "/" + d.id() + "-" + run + ".log"), command.apply(target));
      times.add(millisSince(start));
    }
    return new Timed(exit, times, target);
  }

  private static int process(Path log, List<String> command) throws IOException, InterruptedException {
    Files.createDirectories(log.getParent());
    Process p = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
    if (!p.waitFor(PROCESS_TIMEOUT_MINUTES, TimeUnit.MINUTES)) {
      p.destroyForcibly();
      throw new IllegalStateException("no exit after " + PROCESS_TIMEOUT_MINUTES + " minutes: " + String.join(" ", command));
    }
    return p.exitValue();
  }

  /** What javac made of a module. */
  private record Compiled(int files, int errors) {}

  private static Compiled compile(Path sources, Path classes) throws IOException {
    return javac(sources, classes, List.of("-Xlint:all", "-Werror"));
  }

  /** OpenAPI Generator's code is not meant to pass -Xlint:all -Werror; only its errors count. */
  private static Compiled compileLenient(Path sources, Path classes) throws IOException {
    return javac(sources, classes, List.of("-nowarn", "-Xmaxerrs", "100000"));
  }

  private static Compiled javac(Path sources, Path classes, List<String> lint) throws IOException {
    Files.createDirectories(classes);
    List<File> files;
    try (Stream<Path> walk = Files.walk(sources)) {
      files = walk.filter(p -> p.toString().endsWith(".java")).map(Path::toFile).toList();
    }
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
    List<String> options = new ArrayList<>(List.of("--release", "17", "-proc:none", "-classpath",
        System.getProperty("java.class.path"), "-d", classes.toString()));
    options.addAll(lint);
    try (StandardJavaFileManager fm = javac.getStandardFileManager(diagnostics, Locale.ROOT, null)) {
      javac.getTask(null, fm, diagnostics, options, null, fm.getJavaFileObjectsFromFiles(files)).call();
    }
    int errors = (int) diagnostics.getDiagnostics().stream().filter(x -> x.getKind() == Diagnostic.Kind.ERROR).count();
    return new Compiled(files.size(), errors);
  }

  private void finish() throws IOException {
    Files.createDirectories(out);
    Files.writeString(out.resolve("results.md"), report, StandardCharsets.UTF_8);
    System.out.print(report);
  }

  private void line(String text) {
    report.append(text).append('\n');
  }

  /** What is being timed, on stderr: a full run takes minutes. */
  private static void progress(String text) {
    System.err.println("timing " + text);
  }

  private static String firstLine(Throwable e) {
    String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    return message.lines().findFirst().orElse("").replace("|", "\\|");
  }

  private static long median(List<Long> values) {
    List<Long> sorted = new ArrayList<>(values);
    Collections.sort(sorted);
    return sorted.get(sorted.size() / 2);
  }

  private static String seconds(long millis) {
    return String.format(Locale.ROOT, "%.2f s", millis / 1000.0);
  }

  private static long millisSince(long start) {
    return (System.nanoTime() - start) / 1_000_000;
  }
}
