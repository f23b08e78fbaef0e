package dev.clientsmith.generator.normalize;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.clientsmith.generator.config.Overrides;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Runs one pass on a fixture and compares with the expected document and report, both checked in
 * under {@code src/test/resources/normalize/<pass-id>/}: {@code input.json}, {@code expected.json},
 * {@code report.txt}. Run with {@code -Dclientsmith.updateGoldens=true} to rewrite the expected
 * files after an intended change, then review the diff.
 */
final class PassFixture {
  private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
  private static final Path ROOT = Path.of("src/test/resources/normalize");

  private PassFixture() {}

  static void check(Pass pass) {
    check(pass, pass.id(), Overrides.NONE);
  }

  static void check(Pass pass, String fixture, Overrides overrides) {
    Path dir = ROOT.resolve(fixture);
    ObjectNode doc = read(dir.resolve("input.json"));
    Report report = new Report();
    PassContext ctx = new PassContext("input.json", doc, overrides, report);
    Passes.run(java.util.List.of(pass), ctx);
    String actualDoc = write(doc);
    String actualReport = report.toText();
    if (Boolean.getBoolean("clientsmith.updateGoldens")) {
      writeFile(dir.resolve("expected.json"), actualDoc);
      writeFile(dir.resolve("report.txt"), actualReport);
    }
    assertThat(actualDoc).as("normalised document of fixture %s", fixture).isEqualTo(readFile(dir.resolve("expected.json")));
    assertThat(actualReport).as("report of fixture %s", fixture).isEqualTo(readFile(dir.resolve("report.txt")));
    // A pass is idempotent: running it again on its own output changes nothing.
    Report again = new Report();
    Passes.run(java.util.List.of(pass), new PassContext("input.json", doc, overrides, again));
    assertThat(write(doc)).as("second run of %s on its own output", pass.id()).isEqualTo(actualDoc);
  }

  static Overrides names(Map<String, String> names) {
    return Overrides.of(Optional.empty(), names, Set.of());
  }

  static ObjectNode read(Path file) {
    try {
      return (ObjectNode) MAPPER.readTree(file.toFile());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static String write(ObjectNode doc) {
    try {
      return MAPPER.writeValueAsString(doc).replace("\r\n", "\n") + "\n";
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String readFile(Path file) {
    try {
      return Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void writeFile(Path file, String content) {
    try {
      Files.writeString(file, content, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
