package dev.clientsmith.benchmarks;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.clientsmith.benchmarks.jmh.CallBenchmark;
import dev.clientsmith.benchmarks.jmh.LoopbackServer;
import dev.clientsmith.benchmarks.jmh.ParseBenchmark;
import dev.clientsmith.benchmarks.jmh.Payloads;
import dev.clientsmith.benchmarks.jmh.StreamBenchmark;
import dev.clientsmith.generator.source.SourceReader;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.openjdk.jmh.infra.BenchmarkParams;
import org.openjdk.jmh.profile.GCProfiler;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.ChainedOptionsBuilder;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

/**
 * The README's Performance table, measured in one run: the JMH benchmarks of
 * {@link dev.clientsmith.benchmarks.jmh} (with JMH's allocation profiler), then whole processes
 * (our CLI against OpenAPI Generator's on the five documents, interleaved; OpenAI's document; a
 * cold call in a fresh JVM against bare {@code java.net.http}), and the size of a generated
 * client's classpath. Every row puts our figure beside its reference and divides the two. Prints
 * the table and writes it, with JMH's JSON results and log, to {@code --out}.
 */
public final class PerformanceReport {
  /** Bounds one external process: a hang fails the report instead of stalling it. */
  private static final long PROCESS_TIMEOUT_MINUTES = 10;
  private static final String GC_NORM = "gc.alloc.rate.norm";
  /** The stream decoded in a small heap, and that heap: no reader that kept its input could finish. */
  private static final int STREAM_MEMORY_MIB = 256;
  private static final String STREAM_MEMORY_HEAP = "32m";
  private static final List<String> PARTS = List.of("parse", "write", "call", "stream", "generate", "coldstart");

  private final Path root;
  private final Path out;
  private final Map<String, String> options;
  private final Set<String> parts;
  private final int runs;
  private final List<String> rows = new ArrayList<>();

  private PerformanceReport(Path root, Path out, Map<String, String> options) {
    this.root = root;
    this.out = out;
    this.options = options;
    this.parts = Arrays.stream(options.getOrDefault("parts", String.join(",", PARTS)).split(","))
        .map(String::trim).filter(p -> !p.isEmpty()).collect(Collectors.toCollection(java.util.LinkedHashSet::new));
    for (String part : parts) {
      if (!PARTS.contains(part)) {
        throw new IllegalArgumentException("unknown part " + part + "; the parts are " + PARTS);
      }
    }
    this.runs = Integer.parseInt(options.getOrDefault("runs", "3"));
  }

  public static void main(String[] args) throws Exception {
    Map<String, String> options = Arguments.parse(args);
    Path root = Path.of(options.getOrDefault("root", ".")).toAbsolutePath().normalize();
    Path out = Path.of(options.getOrDefault("out", "target/performance")).toAbsolutePath();
    Files.createDirectories(out);
    new PerformanceReport(root, out, options).run();
  }

  private void run() throws Exception {
    long start = System.nanoTime();
    Map<String, RunResult> jmh = jmh();
    if (parts.contains("parse")) {
      parseRows(jmh);
    }
    if (parts.contains("write")) {
      writeRows(jmh);
    }
    if (parts.contains("call")) {
      callRows(jmh);
    }
    if (parts.contains("stream")) {
      streamRows(jmh);
    }
    if (parts.contains("generate")) {
      generationRows();
    }
    if (parts.contains("coldstart")) {
      coldStartRows();
      classpathRow();
    }
    finish(java.time.Duration.ofNanos(System.nanoTime() - start));
  }

  // ---------------------------------------------------------------- JMH

  /** Runs the selected JMH benchmarks; returns each result by {@code Class.method[param]}. */
  private Map<String, RunResult> jmh() throws RunnerException {
    List<String> includes = new ArrayList<>();
    if (parts.contains("parse")) {
      includes.add("ParseBenchmark");
    }
    if (parts.contains("write")) {
      includes.add("WriteBenchmark");
    }
    if (parts.contains("call")) {
      includes.add("CallBenchmark");
    }
    if (parts.contains("stream")) {
      includes.add("StreamBenchmark");
    }
    if (includes.isEmpty()) {
      return Map.of();
    }
    Path log = out.resolve("jmh.log");
    progress("JMH: " + String.join(", ", includes) + " (its output: " + log + ")");
    ChainedOptionsBuilder jmh = new OptionsBuilder()
        .include("dev\\.clientsmith\\.benchmarks\\.jmh\\.(" + String.join("|", includes) + ")\\.")
        .forks(Integer.parseInt(options.getOrDefault("forks", "1")))
        .warmupIterations(Integer.parseInt(options.getOrDefault("warmup-iterations", "2")))
        .measurementIterations(Integer.parseInt(options.getOrDefault("iterations", "3")))
        .warmupTime(TimeValue.fromString(options.getOrDefault("iteration-time", "1s")))
        .measurementTime(TimeValue.fromString(options.getOrDefault("iteration-time", "1s")))
        .addProfiler(GCProfiler.class)
        .shouldFailOnError(true)
        .output(log.toString())
        .result(out.resolve("jmh.json").toString())
        .resultFormat(org.openjdk.jmh.results.format.ResultFormatType.JSON);
    Collection<RunResult> results = new Runner(jmh.build()).run();
    Map<String, RunResult> byKey = new LinkedHashMap<>();
    for (RunResult r : results) {
      byKey.put(key(r.getParams()), r);
    }
    return byKey;
  }

  private static String key(BenchmarkParams params) {
    String benchmark = params.getBenchmark();
    String name = benchmark.substring(benchmark.lastIndexOf('.', benchmark.lastIndexOf('.') - 1) + 1);
    String values = params.getParamsKeys().stream().map(params::getParam).collect(Collectors.joining(","));
    return values.isEmpty() ? name : name + "[" + values + "]";
  }

  private static RunResult result(Map<String, RunResult> jmh, String key) {
    RunResult r = jmh.get(key);
    if (r == null) {
      throw new IllegalStateException("JMH gave no result for " + key + "; it has " + jmh.keySet());
    }
    return r;
  }

  private static double score(RunResult r) {
    return r.getPrimaryResult().getScore();
  }

  private static double percentile(RunResult r, double p) {
    return r.getPrimaryResult().getStatistics().getPercentile(p);
  }

  private static double allocated(RunResult r) {
    Result<?> norm = r.getSecondaryResults().get(GC_NORM);
    return norm == null ? Double.NaN : norm.getScore();
  }

  private void parseRows(Map<String, RunResult> jmh) {
    for (ParseBenchmark.Case c : ParseBenchmark.Case.values()) {
      RunResult ours = result(jmh, "ParseBenchmark.generated[" + c + "]");
      RunResult records = result(jmh, "ParseBenchmark.records[" + c + "]");
      String what = "Parse " + label(c.name()) + " response (" + bytes(c.bytes()) + ")";
      row(what + " vs Jackson records", micros(score(ours)), micros(score(records)), score(ours) / score(records),
          parseTarget(c));
      row(what + ", allocated per parse", bytes(allocated(ours)), bytes(allocated(records)),
          allocated(ours) / allocated(records), "");
      if (c.name().startsWith("INTERACTIVE_AI")) {
        RunResult tree = result(jmh, "ParseBenchmark.tree[" + c + "]");
        row(what + " vs Jackson readTree", micros(score(ours)), micros(score(tree)), score(ours) / score(tree),
            c == ParseBenchmark.Case.INTERACTIVE_AI_CONTENT_PARTS ? "≤ 1.3" : "");
      }
    }
  }

  /** The targets of issue 12, where it sets one. */
  private static String parseTarget(ParseBenchmark.Case c) {
    return switch (c) {
      case CORTECS_TYPICAL -> "≤ 1.2";
      case CORTECS_LARGE -> "≤ 1.1";
      default -> "";
    };
  }

  private void writeRows(Map<String, RunResult> jmh) {
    for (String request : List.of("CORTECS", "INTERACTIVE_AI", "JYLO", "OXEN")) {
      RunResult ours = result(jmh, "WriteBenchmark.generated[" + request + "]");
      RunResult records = result(jmh, "WriteBenchmark.records[" + request + "]");
      String what = "Write " + label(request) + " typical request";
      row(what + " vs Jackson records", micros(score(ours)), micros(score(records)), score(ours) / score(records), "");
      row(what + ", allocated per write", bytes(allocated(ours)), bytes(allocated(records)),
          allocated(ours) / allocated(records), "");
    }
  }

  private void callRows(Map<String, RunResult> jmh) {
    RunResult ours = result(jmh, "CallBenchmark.generatedCall");
    RunResult bare = result(jmh, "CallBenchmark.bareCall");
    RunResult oursAsync = result(jmh, "CallBenchmark.generatedAsyncCall");
    RunResult bareAsync = result(jmh, "CallBenchmark.bareAsyncCall");
    for (double p : new double[] {50, 99}) {
      String pct = "p" + (int) p;
      row("Call on loopback, one caller, " + pct + " vs bare java.net.http", micros(percentile(ours, p)),
          micros(percentile(bare, p)), percentile(ours, p) / percentile(bare, p), "≤ 1.2");
    }
    for (double p : new double[] {50, 99}) {
      String pct = "p" + (int) p;
      row("Call on loopback, " + CallBenchmark.CONCURRENT_CALLERS + " concurrent async callers, " + pct
          + " vs bare sendAsync", micros(percentile(oursAsync, p)), micros(percentile(bareAsync, p)),
          percentile(oursAsync, p) / percentile(bareAsync, p), "≤ 1.2");
    }
    row("Call on loopback, one caller, allocated per call", bytes(allocated(ours)), bytes(allocated(bare)),
        allocated(ours) / allocated(bare), "");
  }

  private void streamRows(Map<String, RunResult> jmh) throws IOException, InterruptedException {
    for (int mib : new int[] {10, 1}) {
      RunResult ours = result(jmh, "StreamBenchmark.generated[" + mib + "]");
      RunResult lines = result(jmh, "StreamBenchmark.lineLoop[" + mib + "]");
      long chunks = StreamBenchmark.chunks(Payloads.chatStream(mib << 20));
      double oursMbs = mib / (score(ours) / 1000.0);
      double linesMbs = mib / (score(lines) / 1000.0);
      String what = "SSE decode of a " + mib + " MiB chat stream (" + String.format(Locale.ROOT, "%,d", chunks)
          + " chunks) into chunk models";
      if (mib == 10) {
        row(what + ", throughput vs BufferedReader + readTree (ratio: ours ÷ reference, higher is better)",
            String.format(Locale.ROOT, "%.1f MiB/s", oursMbs), String.format(Locale.ROOT, "%.1f MiB/s", linesMbs),
            oursMbs / linesMbs, "≥ 0.6");
      }
      row(what + ", allocated per chunk", bytes(allocated(ours) / chunks), bytes(allocated(lines) / chunks),
          allocated(ours) / allocated(lines), "flat as the stream grows");
    }
    streamMemoryRow();
  }

  /** Decodes a long stream, made as it is read, in a small heap; the heap after GC must not grow with it. */
  private void streamMemoryRow() throws IOException, InterruptedException {
    int mib = STREAM_MEMORY_MIB;
    progress("stream memory: " + mib + " MiB in a " + STREAM_MEMORY_HEAP + " heap");
    Path log = out.resolve("stream-memory.log");
    process(log, root, List.of(java(), "-Xmx" + STREAM_MEMORY_HEAP, "-cp", generatedClasspath(),
        StreamMemory.class.getName(), String.valueOf(mib)));
    List<Long> used = Files.readAllLines(log, StandardCharsets.UTF_8).stream()
        .filter(l -> l.matches("[0-9 ]+")).findFirst().map(l -> Arrays.stream(l.split(" ")).map(Long::parseLong).toList())
        .orElseThrow(() -> new IllegalStateException("no heap figures in " + log));
    row("SSE decode of a " + mib + " MiB stream in a " + STREAM_MEMORY_HEAP + " heap: heap in use after GC at "
        + used.size() + " points along it (ratio: last ÷ first)", used.stream().map(k -> k + " KiB")
        .collect(Collectors.joining(" → ")), "", (double) used.get(used.size() - 1) / used.get(0), "flat (≈ 1)");
  }

  // ---------------------------------------------------------------- whole processes

  /** A finished process: its exit code, wall time and (where {@code /usr/bin/time} exists) peak RSS. */
  private record Timed(int exit, long millis, OptionalKb peakKb) {}

  /** Kilobytes, when they could be measured. */
  private record OptionalKb(long kb) {
    static final OptionalKb NONE = new OptionalKb(-1);

    boolean present() {
      return kb >= 0;
    }
  }

  private static final Path TIME = Path.of("/usr/bin/time");
  private static final Pattern MAX_RSS = Pattern.compile("Maximum resident set size \\(kbytes\\): (\\d+)");

  /** Runs one process from {@code directory}, timed from start to exit, its output in {@code log}. */
  private Timed process(Path log, Path directory, List<String> command) throws IOException, InterruptedException {
    Files.createDirectories(log.getParent());
    List<String> full = new ArrayList<>();
    boolean measured = Files.isExecutable(TIME);
    if (measured) {
      full.addAll(List.of(TIME.toString(), "-v"));
    }
    full.addAll(command);
    long start = System.nanoTime();
    Process p = new ProcessBuilder(full).directory(directory.toFile()).redirectErrorStream(true)
        .redirectOutput(log.toFile()).start();
    if (!p.waitFor(PROCESS_TIMEOUT_MINUTES, TimeUnit.MINUTES)) {
      p.destroyForcibly();
      throw new IllegalStateException("no exit after " + PROCESS_TIMEOUT_MINUTES + " minutes: " + String.join(" ", command));
    }
    long millis = (System.nanoTime() - start) / 1_000_000;
    OptionalKb peak = OptionalKb.NONE;
    if (measured) {
      Matcher m = MAX_RSS.matcher(Files.readString(log, StandardCharsets.UTF_8));
      if (m.find()) {
        peak = new OptionalKb(Long.parseLong(m.group(1)));
      }
    }
    if (p.exitValue() != 0) {
      throw new IllegalStateException("exit code " + p.exitValue() + " from " + String.join(" ", command)
          + "; its output: " + log);
    }
    return new Timed(p.exitValue(), millis, peak);
  }

  private String java() {
    return Path.of(System.getProperty("java.home"), "bin", "java").toString();
  }

  private void generationRows() throws IOException, InterruptedException {
    Path cli = root.resolve("generator/target/clientsmith-cli.jar");
    Path openapiGenerator = Path.of(options.getOrDefault("openapi-generator", "")).toAbsolutePath();
    if (!Files.isRegularFile(cli)) {
      throw new IllegalStateException("no CLI jar at " + cli + ": package the generator first");
    }
    if (!Files.isRegularFile(openapiGenerator)) {
      throw new IllegalStateException("no OpenAPI Generator CLI jar at " + openapiGenerator);
    }
    List<Path> documents = extractedDocuments();
    Path work = out.resolve("generation");
    List<Timed> ours = new ArrayList<>();
    List<Timed> theirs = new ArrayList<>();
    for (int run = 1; run <= runs; run++) {
      progress("generation, run " + run + " of " + runs + ": Clientsmith generate --all");
      Path modules = fresh(work.resolve("clientsmith-" + run));
      ours.add(process(work.resolve("clientsmith-" + run + ".log"), root, List.of(java(), "-jar", cli.toString(),
          "generate", "--all", "--config", "specs/providers.yaml", "--modules-dir", modules.toString(), "--quiet")));
      progress("generation, run " + run + " of " + runs + ": OpenAPI Generator, " + documents.size() + " documents");
      long millis = 0;
      long peak = -1;
      for (Path document : documents) {
        String name = document.getFileName().toString().replace(".json", "");
        Timed t = process(work.resolve("openapi-generator-" + run + "-" + name + ".log"), root, List.of(java(), "-jar",
            openapiGenerator.toString(), "generate", "-i", document.toString(), "-g", "java", "--library", "native",
            "--skip-validate-spec", "-o", fresh(work.resolve("openapi-generator-" + run + "/" + name)).toString()));
        millis += t.millis();
        peak = Math.max(peak, t.peakKb().kb());
      }
      theirs.add(new Timed(0, millis, new OptionalKb(peak)));
    }
    Timed oursMedian = median(ours);
    Timed theirsMedian = median(theirs);
    row("Generate all four clients (five documents), whole process, median of " + runs
        + " interleaved runs vs OpenAPI Generator " + openapiGeneratorVersion(openapiGenerator)
        + " (`java`/`native`, one process per document)", seconds(oursMedian.millis()), seconds(theirsMedian.millis()),
        (double) oursMedian.millis() / theirsMedian.millis(), "≤ 0.10");
    row("Generate all four clients, peak memory (largest RSS of the run's processes)", kb(maxPeak(ours)),
        kb(maxPeak(theirs)), (double) maxPeak(ours) / maxPeak(theirs), "");

    Path openai = root.resolve("corpus-tests/src/test/resources/corpus/openai.yaml");
    List<Timed> big = new ArrayList<>();
    for (int run = 1; run <= runs; run++) {
      progress("generation, run " + run + " of " + runs + ": Clientsmith, OpenAI's document");
      big.add(process(work.resolve("openai-" + run + ".log"), root, List.of(java(), "-jar", cli.toString(), "generate",
          "--spec", openai.toString(), "--package", "dev.clientsmith.bench.openai", "--client-name", "OpenAiClient",
          "--out", fresh(work.resolve("openai-" + run)).toString(), "--quiet")));
    }
    Timed bigMedian = median(big);
    row("Generate OpenAI's document (" + bytes(Files.size(openai)) + ", 288 operations), whole process, median of "
        + runs + "; peak RSS " + kb(maxPeak(big)), seconds(bigMedian.millis()), "", Double.NaN, "< 10 s");
  }

  /**
   * The five documents as OpenAPI Generator can read them: the pages in specs/ embed their
   * document in Markdown, which only our source stage reads; it writes each one out, unchanged,
   * as JSON.
   */
  private List<Path> extractedDocuments() throws IOException {
    Path folder = Files.createDirectories(out.resolve("documents"));
    ObjectMapper mapper = new ObjectMapper();
    List<Path> documents = new ArrayList<>();
    try (Stream<Path> pages = Files.list(root.resolve("specs"))) {
      for (Path page : pages.filter(p -> p.toString().endsWith(".md")).sorted().toList()) {
        Path json = folder.resolve(page.getFileName().toString().replace(".md", ".json"));
        mapper.writeValue(json.toFile(), SourceReader.read(page).tree());
        documents.add(json);
      }
    }
    return documents;
  }

  /** The version OpenAPI Generator's CLI jar carries in its Maven metadata. */
  private static String openapiGeneratorVersion(Path jar) throws IOException {
    try (java.util.jar.JarFile file = new java.util.jar.JarFile(jar.toFile())) {
      var entry = file.getEntry("META-INF/maven/org.openapitools/openapi-generator-cli/pom.properties");
      if (entry == null) {
        return "CLI";
      }
      java.util.Properties p = new java.util.Properties();
      p.load(file.getInputStream(entry));
      return p.getProperty("version", "CLI");
    }
  }

  private void coldStartRows() throws IOException, InterruptedException {
    int coldRuns = 3 * runs;
    String generatedClasspath = generatedClasspath();
    String bareClasspath = classpath(e -> e.contains("jackson-databind") || e.contains("jackson-core")
        || e.contains("jackson-annotations") || e.contains("benchmarks"));
    List<Timed> ours = new ArrayList<>();
    List<Timed> bare = new ArrayList<>();
    try (LoopbackServer server = new LoopbackServer(Payloads.compact("local/cortecs/chat-completion.json"),
        "application/json")) {
      Path work = out.resolve("cold-start");
      for (int run = 1; run <= coldRuns; run++) {
        progress("cold start, run " + run + " of " + coldRuns);
        ours.add(process(work.resolve("generated-" + run + ".log"), root, List.of(java(), "-cp", generatedClasspath,
            ColdStart.class.getName(), "generated", server.baseUrl())));
        bare.add(process(work.resolve("bare-" + run + ".log"), root, List.of(java(), "-cp", bareClasspath,
            ColdStart.class.getName(), "bare", server.baseUrl())));
      }
    }
    Timed oursMedian = median(ours);
    Timed bareMedian = median(bare);
    row("Cold start: one call in a fresh JVM, whole process, median of " + coldRuns
        + " interleaved runs vs java.net.http + Jackson", millis(oursMedian.millis()), millis(bareMedian.millis()),
        (double) oursMedian.millis() / bareMedian.millis(), "");
    row("Cold start, peak memory (RSS)", kb(maxPeak(ours)), kb(maxPeak(bare)), (double) maxPeak(ours) / maxPeak(bare), "");
  }

  /** The generated client's runtime classpath: its jar, client-runtime's and Jackson's. */
  private void classpathRow() throws IOException {
    long total = 0;
    List<String> names = new ArrayList<>();
    for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
      String name = Path.of(entry).getFileName().toString();
      boolean runtime = entry.contains("client-runtime") || entry.contains("cortecs-client")
          || name.startsWith("jackson-databind-2") || name.startsWith("jackson-core-") || name.startsWith("jackson-annotations-")
          || name.startsWith("jackson-datatype-jdk8-");
      if (runtime) {
        Path jar = jarOf(Path.of(entry));
        total += Files.size(jar);
        names.add(jar.getFileName().toString());
      }
    }
    Collections.sort(names);
    row("Classpath of a generated client (" + String.join(", ", names) + ")", bytes(total), "4 MiB",
        total / (4.0 * 1024 * 1024), "< 1");
  }

  /** A module of the reactor may be on the classpath as its classes folder: its jar is what a user gets. */
  private static Path jarOf(Path entry) throws IOException {
    if (!Files.isDirectory(entry)) {
      return entry;
    }
    Path target = entry.getParent();
    try (Stream<Path> jars = Files.list(target)) {
      return jars.filter(p -> p.toString().endsWith(".jar")).min(Comparator.comparing(Path::toString))
          .orElseThrow(() -> new IllegalStateException("no jar beside " + entry + ": run the package phase"));
    }
  }

  /** What a program using the Cortecs client needs: the client, client-runtime, Jackson; and this module. */
  private static String generatedClasspath() {
    return classpath(e -> e.contains("client-runtime") || e.contains("cortecs-client") || e.contains("jackson-databind")
        || e.contains("jackson-core") || e.contains("jackson-annotations") || e.contains("jackson-datatype-jdk8")
        || e.contains("benchmarks"));
  }

  private static String classpath(java.util.function.Predicate<String> keep) {
    return Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator)).filter(keep)
        .collect(Collectors.joining(File.pathSeparator));
  }

  private static Path fresh(Path folder) throws IOException {
    if (Files.exists(folder)) {
      try (Stream<Path> walk = Files.walk(folder)) {
        for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
          Files.delete(p);
        }
      }
    }
    return Files.createDirectories(folder);
  }

  private static Timed median(List<Timed> timed) {
    List<Timed> sorted = new ArrayList<>(timed);
    sorted.sort(Comparator.comparingLong(Timed::millis));
    return sorted.get(sorted.size() / 2);
  }

  private static long maxPeak(List<Timed> timed) {
    return timed.stream().mapToLong(t -> t.peakKb().kb()).max().orElse(-1);
  }

  // ---------------------------------------------------------------- the table

  private void row(String what, String ours, String reference, double ratio, String target) {
    String r = Double.isNaN(ratio) || Double.isInfinite(ratio) ? "" : String.format(Locale.ROOT, "%.2f", ratio);
    rows.add("| " + what + " | " + ours + " | " + reference + " | " + r + " | " + target + " |");
  }

  private void finish(java.time.Duration took) throws IOException {
    StringBuilder report = new StringBuilder();
    report.append("Measured on ").append(java.time.LocalDate.now()).append(", ")
        .append(Runtime.getRuntime().availableProcessors()).append(" cores, ")
        .append(System.getProperty("java.vm.name")).append(' ').append(System.getProperty("java.runtime.version"))
        .append(", load average ").append(loadAverage()).append(" at the end; the run took ")
        .append(took.toMinutes()).append(" min ").append(took.toSecondsPart()).append(" s.\n")
        .append("JMH: ").append(options.getOrDefault("forks", "1")).append(" fork, ")
        .append(options.getOrDefault("warmup-iterations", "2")).append(" warm-up and ")
        .append(options.getOrDefault("iterations", "3")).append(" measured iterations of ")
        .append(options.getOrDefault("iteration-time", "1s")).append(" each.\n\n")
        .append("| measurement | Clientsmith | reference | ratio | target |\n")
        .append("|---|---|---|---|---|\n");
    rows.forEach(r -> report.append(r).append('\n'));
    Files.writeString(out.resolve("results.md"), report, StandardCharsets.UTF_8);
    System.out.print(report);
  }

  private static String loadAverage() {
    double load = java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
    return load < 0 ? "unknown" : String.format(Locale.ROOT, "%.1f", load);
  }

  private static String label(String constant) {
    String words = constant.toLowerCase(Locale.ROOT).replace('_', ' ');
    return words.replace("interactive ai", "Interactive AI").replace("cortecs", "Cortecs").replace("jylo", "Jylo")
        .replace("oxen", "Oxen");
  }

  private static String micros(double us) {
    return us >= 1000 ? String.format(Locale.ROOT, "%,.0f µs", us) : String.format(Locale.ROOT, "%.1f µs", us);
  }

  private static String millis(long ms) {
    return String.format(Locale.ROOT, "%d ms", ms);
  }

  private static String seconds(long ms) {
    return String.format(Locale.ROOT, "%.2f s", ms / 1000.0);
  }

  private static String bytes(double b) {
    if (Double.isNaN(b)) {
      return "n/a";
    }
    if (b >= 1024 * 1024) {
      return String.format(Locale.ROOT, "%.2f MiB", b / (1024 * 1024));
    }
    if (b >= 10 * 1024) {
      return String.format(Locale.ROOT, "%.1f KiB", b / 1024);
    }
    return String.format(Locale.ROOT, "%,.0f B", b);
  }

  private static String kb(long kb) {
    return kb < 0 ? "n/a" : String.format(Locale.ROOT, "%,d MiB", kb / 1024);
  }

  /** What is being measured, on stderr: a full run takes minutes. */
  private static void progress(String text) {
    System.err.println("measuring " + text);
  }
}
