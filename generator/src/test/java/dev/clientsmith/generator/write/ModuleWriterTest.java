package dev.clientsmith.generator.write;

import static org.assertj.core.api.Assertions.assertThat;

import dev.clientsmith.generator.emit.GeneratedModule;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ModuleWriterTest {
  @TempDir Path root;

  private static GeneratedModule module(Map<String, String> files) {
    TreeMap<String, byte[]> bytes = new TreeMap<>();
    files.forEach((k, v) -> bytes.put(k, v.getBytes(StandardCharsets.UTF_8)));
    return new GeneratedModule("demo", bytes);
  }

  @Test
  void writtenModuleHasNoDifferences() {
    GeneratedModule m = module(Map.of("pom.xml", "<project/>", "src/main/java/a/A.java", "class A {}"));
    ModuleWriter.write(m, root);
    assertThat(ModuleWriter.differences(m, root)).isEmpty();
  }

  @Test
  void differencesNameMissingChangedAndStaleFiles() throws Exception {
    ModuleWriter.write(module(Map.of("a.txt", "1", "b.txt", "2", "stale.txt", "x")), root);
    GeneratedModule now = module(Map.of("a.txt", "1", "b.txt", "changed", "c.txt", "new"));
    assertThat(ModuleWriter.differences(now, root)).containsExactly(
        "demo/b.txt: differs from a fresh generation",
        "demo/c.txt: missing (would be generated)",
        "demo/stale.txt: not generated any more (would be removed)");
  }

  @Test
  void rewritingRemovesStaleFilesButKeepsBuildOutput() throws Exception {
    ModuleWriter.write(module(Map.of("a.txt", "1", "stale.txt", "x")), root);
    Files.createDirectories(root.resolve("demo/target/classes"));
    Files.writeString(root.resolve("demo/target/classes/A.class"), "bytes");
    GeneratedModule now = module(Map.of("a.txt", "2"));
    ModuleWriter.write(now, root);
    assertThat(root.resolve("demo/stale.txt")).doesNotExist();
    assertThat(root.resolve("demo/a.txt")).hasContent("2");
    assertThat(root.resolve("demo/target/classes/A.class")).hasContent("bytes");
    assertThat(ModuleWriter.differences(now, root)).as("build output is not compared").isEmpty();
    try (var leftovers = Files.list(root)) {
      assertThat(leftovers.map(p -> p.getFileName().toString())).containsExactly("demo");
    }
  }
}
