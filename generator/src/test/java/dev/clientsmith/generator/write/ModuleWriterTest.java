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
    assertThat(root.resolve("demo/.clientsmith/manifest")).exists();
  }

  @Test
  void differencesNameMissingChangedAndStaleFilesButNotAUsersOwn() throws Exception {
    ModuleWriter.write(module(Map.of("a.txt", "1", "b.txt", "2", "stale.txt", "x")), root);
    Files.writeString(root.resolve("demo/mine.txt"), "a user's file");
    GeneratedModule now = module(Map.of("a.txt", "1", "b.txt", "changed", "c.txt", "new"));
    assertThat(ModuleWriter.differences(now, root)).containsExactly(
        "demo/.clientsmith/manifest: differs from a fresh generation",
        "demo/b.txt: differs from a fresh generation",
        "demo/c.txt: missing (would be generated)",
        "demo/stale.txt: not generated any more (would be removed)");
  }

  @Test
  void rewritingRemovesStaleFilesButKeepsBuildOutputAndLeavesNothingBehind() throws Exception {
    ModuleWriter.write(module(Map.of("a.txt", "1", "stale/deep/stale.txt", "x")), root);
    Files.createDirectories(root.resolve("demo/target/classes"));
    Files.writeString(root.resolve("demo/target/classes/A.class"), "bytes");
    GeneratedModule now = module(Map.of("a.txt", "2"));
    ModuleWriter.write(now, root);
    assertThat(root.resolve("demo/stale")).as("emptied generated folders go too").doesNotExist();
    assertThat(root.resolve("demo/a.txt")).hasContent("2");
    assertThat(root.resolve("demo/target/classes/A.class")).hasContent("bytes");
    assertThat(ModuleWriter.differences(now, root)).as("build output is not compared").isEmpty();
    try (var leftovers = Files.list(root)) {
      assertThat(leftovers.map(p -> p.getFileName().toString())).containsExactly("demo");
    }
    try (var state = Files.list(root.resolve("demo/.clientsmith"))) {
      assertThat(state.map(p -> p.getFileName().toString())).containsExactly("manifest");
    }
  }

  @Test
  void theManifestListsEveryFileWithItsDigestInPathOrder() {
    TreeMap<String, byte[]> files = new TreeMap<>();
    files.put("b.txt", "b".getBytes(StandardCharsets.UTF_8));
    files.put("a/x.txt", "".getBytes(StandardCharsets.UTF_8));
    Manifest manifest = Manifest.of(files);
    String text = new String(manifest.toBytes(), StandardCharsets.UTF_8);
    assertThat(text).endsWith("format 1\n"
        + "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855  a/x.txt\n"
        + "3e23e8160039594a33894f6564e1b1348bbd7a0088d42c4acb73eeaed59c009d  b.txt\n");
    assertThat(Manifest.parse(manifest.toBytes(), "m").digests()).isEqualTo(manifest.digests());
  }
}
