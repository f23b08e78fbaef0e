package dev.clientsmith.generator.emit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.clientsmith.generator.Generator;
import dev.clientsmith.generator.config.Overrides;
import dev.clientsmith.generator.config.ProviderConfig;
import dev.clientsmith.generator.write.ModuleWriter;
import java.io.File;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Documents that are valid but unlike the five providers' (recursive types, query and header
 * parameters, array and map responses, bodies without a schema, keywords and clashing names as
 * properties, awkward enum values, allOf and anyOf, a default error response) still give a module
 * that compiles with {@code -Xlint:all -Werror}. The golden module is compiled too.
 */
public class RobustGenerationTest {
  @TempDir Path dir;

  @ParameterizedTest
  @ValueSource(strings = {"shapes", "composition", "streamnames", "golden"})
  void generatedModuleCompilesWithoutWarnings(String name) throws IOException {
    ProviderConfig provider = name.equals("golden") ? GoldenModuleTest.acme()
        : new ProviderConfig(name, name, List.of(Path.of("src/test/resources/robust", name + ".yaml")), "com.example." + name,
            "ExampleClient", name, "EXAMPLE_API_KEY", Overrides.NONE);
    GeneratedModule module = new Generator().generate(provider, Optional.empty());
    Path written = ModuleWriter.write(module, dir);
    assertThat(compile(written.resolve("src/main/java"), dir.resolve("classes"))).as("javac output for %s", name).isEmpty();
  }

  /** Compiles every source below {@code sources}; returns what javac printed (empty: clean). */
  public static String compile(Path sources, Path classes) throws IOException {
    Files.createDirectories(classes);
    List<File> files = new ArrayList<>();
    try (Stream<Path> walk = Files.walk(sources)) {
      walk.filter(p -> p.toString().endsWith(".java")).forEach(p -> files.add(p.toFile()));
    }
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    StringWriter out = new StringWriter();
    try (StandardJavaFileManager fm = javac.getStandardFileManager(null, null, null)) {
      Iterable<? extends JavaFileObject> units = fm.getJavaFileObjectsFromFiles(files);
      List<String> options = List.of("--release", "17", "-Xlint:all", "-Werror", "-proc:none",
          "-classpath", System.getProperty("java.class.path"), "-d", classes.toString());
      boolean ok = javac.getTask(out, fm, null, options, null, units).call();
      return ok && out.toString().isBlank() ? "" : out.toString();
    }
  }
}
