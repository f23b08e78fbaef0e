package dev.clientsmith.clienttests.roundtrip;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.clientsmith.clienttests.support.TestResources;
import dev.clientsmith.generator.Generator;
import dev.clientsmith.generator.config.Overrides;
import dev.clientsmith.generator.config.ProviderConfig;
import dev.clientsmith.generator.emit.GeneratedModule;
import dev.clientsmith.generator.write.ModuleWriter;
import dev.clientsmith.runtime.json.ClientJson;
import java.io.File;
import java.io.IOException;
import java.io.StringWriter;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import javax.tools.JavaCompiler;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The generator's robustness documents (recursive types, keyword and clashing property names,
 * unions of every kind, the real-world defects' minimal constructs), generated, compiled and loaded
 * here: every model class reads random schema-valid JSON identically with {@link ClientJson}'s
 * mapper and with a plain {@code new ObjectMapper().findAndRegisterModules()}, and both write the
 * same text.
 */
class RobustModelsBindingTest {
  private static final int SEEDS = 10;
  private static final ObjectMapper OURS = ClientJson.mapper();
  private static final ObjectMapper PLAIN = new ObjectMapper().findAndRegisterModules();

  static Stream<Path> documents() throws IOException {
    Path robust = TestResources.repositoryRoot().resolve("generator/src/test/resources/robust");
    List<Path> documents = new ArrayList<>();
    try (Stream<Path> files = Files.walk(robust)) {
      files.filter(p -> p.toString().endsWith(".yaml")).sorted().forEach(documents::add);
    }
    return documents.stream();
  }

  @ParameterizedTest
  @MethodSource("documents")
  void everyModelBindsTheSameWithAPlainMapper(Path document, @TempDir Path dir) throws Exception {
    String name = document.getFileName().toString().replace(".yaml", "").replaceAll("[^A-Za-z0-9]", "");
    String pkg = "com.example.robust." + name.toLowerCase(java.util.Locale.ROOT);
    ProviderConfig provider = new ProviderConfig(name, name, List.of(document), pkg, "ExampleClient", name,
        "EXAMPLE_API_KEY", Overrides.NONE);
    GeneratedModule module = new Generator().generate(provider, Optional.empty());
    Path written = ModuleWriter.write(module, dir.resolve("module"));
    Path classes = compile(written.resolve("src/main/java"), dir.resolve("classes"));
    JsonNode normalised = OURS.readTree(written.resolve("src/main/resources").resolve(pkg.replace('.', '/')).resolve("openapi.json")
        .toFile());
    Map<String, String> models = ModelCatalog.classNames(normalised, pkg + ".model", name);
    assertThat(models).as("%s has model classes", document.getFileName()).isNotEmpty();
    SchemaSampler sampler = new SchemaSampler(normalised, ModelRoundTripTest.OPTIONS);
    List<String> failures = new ArrayList<>();
    int checked = 0;
    try (URLClassLoader loader = new URLClassLoader(new URL[] {classes.toUri().toURL()}, getClass().getClassLoader())) {
      for (Map.Entry<String, String> model : models.entrySet()) {
        Class<?> type = Class.forName(model.getValue(), true, loader);
        for (int seed = 0; seed < SEEDS; seed++) {
          String json = OURS.writeValueAsString(sampler.sample(model.getKey(), seed));
          try {
            Object ours = OURS.readValue(json, type);
            Object plain = PLAIN.readValue(json, type);
            String oursWritten = OURS.writeValueAsString(ours);
            if (!ours.equals(plain)) {
              failures.add(model.getKey() + " seed " + seed + ": a plain mapper reads another object from " + json);
            } else if (!oursWritten.equals(PLAIN.writeValueAsString(plain))) {
              failures.add(model.getKey() + " seed " + seed + ": the written texts differ, " + difference(oursWritten,
                  PLAIN.writeValueAsString(plain)));
            }
            checked++;
          } catch (IOException | RuntimeException e) {
            failures.add(model.getKey() + " seed " + seed + ": " + e + " for " + json);
          }
        }
      }
    }
    assertThat(failures).as("%s: %d reads checked", document.getFileName(), checked).isEmpty();
  }

  /** Where two texts first differ, with some context. */
  private static String difference(String ours, String plain) {
    int i = 0;
    while (i < ours.length() && i < plain.length() && ours.charAt(i) == plain.charAt(i)) {
      i++;
    }
    int from = Math.max(0, i - 40);
    return "ours: ..." + ours.substring(from, Math.min(ours.length(), i + 40)) + "... plain: ..."
        + plain.substring(from, Math.min(plain.length(), i + 40)) + "...";
  }

  private static Path compile(Path sources, Path classes) throws IOException {
    Files.createDirectories(classes);
    List<File> files = new ArrayList<>();
    try (Stream<Path> walk = Files.walk(sources)) {
      walk.filter(p -> p.toString().endsWith(".java")).forEach(p -> files.add(p.toFile()));
    }
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    StringWriter out = new StringWriter();
    try (StandardJavaFileManager fm = javac.getStandardFileManager(null, null, null)) {
      List<String> options = List.of("--release", "17", "-proc:none", "-classpath", System.getProperty("java.class.path"),
          "-d", classes.toString());
      boolean ok = javac.getTask(out, fm, null, options, null, fm.getJavaFileObjectsFromFiles(files)).call();
      assertThat(ok).as("javac: %s", out).isTrue();
    }
    return classes;
  }
}
