package dev.clientsmith.generator.incremental;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InputDigestTest {
  @TempDir Path dir;
  private Path spec;
  private Path templates;

  @BeforeEach
  void inputs() throws Exception {
    spec = Files.writeString(dir.resolve("api.yaml"), "openapi: 3.0.3\n");
    templates = Files.createDirectories(dir.resolve("templates"));
    Files.writeString(templates.resolve("pom.xml.mustache"), "<project/>");
  }

  private InputDigest digest() {
    return InputDigest.builder()
        .file("api.yaml", spec)
        .folder("templates", templates)
        .parameter("packageName", "com.example")
        .parameter("clientName", Optional.empty())
        .build();
  }

  @Test
  void sameInputsGiveTheSameDigest() {
    InputDigest first = digest();
    InputDigest second = digest();
    assertThat(second).isEqualTo(first);
    assertThat(second.value()).isEqualTo(first.value()).hasSize(64);
    assertThat(second.changesSince(first)).isEmpty();
  }

  @Test
  void changedFileBytesAreNamed() throws Exception {
    InputDigest before = digest();
    Files.writeString(spec, "openapi: 3.0.2\n");
    InputDigest after = digest();
    assertThat(after).isNotEqualTo(before);
    assertThat(after.changesSince(before)).containsExactly("file api.yaml");
  }

  @Test
  void aFileAddedToTheTemplatesFolderIsAChange() throws Exception {
    InputDigest before = digest();
    Files.writeString(templates.resolve("README.md.mustache"), "# {{name}}");
    assertThat(digest().changesSince(before)).containsExactly("folder templates/README.md.mustache");
  }

  @Test
  void aFolderCreatedLaterIsAChange() throws Exception {
    Path absent = dir.resolve("later");
    InputDigest before = InputDigest.builder().folder("later", absent).build();
    Files.createDirectories(absent);
    assertThat(InputDigest.builder().folder("later", absent).build().changesSince(before)).containsExactly("folder later");
  }

  @Test
  void aMissingFileIsRecordedAndItsCreationIsAChange() throws Exception {
    Path absent = dir.resolve("absent.yaml");
    InputDigest before = InputDigest.builder().file("absent.yaml", absent).build();
    assertThat(before.entries()).containsEntry("file absent.yaml", "missing");
    Files.writeString(absent, "");
    assertThat(InputDigest.builder().file("absent.yaml", absent).build().changesSince(before))
        .containsExactly("file absent.yaml");
  }

  @Test
  void documentsAreListedApartFromOtherFiles() {
    InputDigest digest = InputDigest.builder().file("providers.yaml", spec).document("specs/b.md", spec)
        .document("specs/a.md", spec).build();
    assertThat(digest.documents()).containsExactly("specs/a.md", "specs/b.md");
    assertThat(digest.entries()).containsEntry("document specs/a.md", InputDigest.contentDigest(spec));
  }

  @Test
  void anUnsetParameterDiffersFromAnEmptyOne() {
    InputDigest unset = InputDigest.builder().parameter("clientName", Optional.empty()).build();
    InputDigest empty = InputDigest.builder().parameter("clientName", "").build();
    assertThat(empty.changesSince(unset)).containsExactly("parameter clientName");
  }

  @Test
  void inputsAddedOrNoLongerReadAreChanges() {
    InputDigest one = InputDigest.builder().parameter("a", "1").build();
    InputDigest other = InputDigest.builder().parameter("b", "1").build();
    assertThat(other.changesSince(one)).containsExactly("parameter a", "parameter b");
  }

  @Test
  void theOrderInputsAreAddedInDoesNotMatter() {
    InputDigest ab = InputDigest.builder().parameter("a", "1").parameter("b", "2").build();
    InputDigest ba = InputDigest.builder().parameter("b", "2").parameter("a", "1").build();
    assertThat(ba).isEqualTo(ab);
  }

  @Test
  void aStoredDigestReadsBackEqual() throws Exception {
    Path file = dir.resolve("target/clientsmith/default.digest");
    InputDigest digest = digest();
    digest.store(file);
    assertThat(InputDigest.read(file)).contains(digest);
    assertThat(Files.readAllLines(file, StandardCharsets.UTF_8))
        .startsWith(InputDigest.FORMAT, digest.value())
        .hasSize(2 + digest.entries().size());
    try (var siblings = Files.list(file.getParent())) {
      assertThat(siblings).as("no temporary file is left").containsExactly(file);
    }
  }

  @Test
  void aMissingDigestReadsAsAbsent() {
    assertThat(InputDigest.read(dir.resolve("none.digest"))).isEmpty();
  }

  @Test
  void aDigestOfAnotherFormatVersionReadsAsAbsent() throws Exception {
    Path file = dir.resolve("old.digest");
    digest().store(file);
    String stored = Files.readString(file);
    Files.writeString(file, stored.replace(InputDigest.FORMAT, "clientsmith-input-digest 0"));
    assertThat(InputDigest.read(file)).isEmpty();
  }

  @Test
  void aDamagedDigestReadsAsAbsent() throws Exception {
    Path file = dir.resolve("damaged.digest");
    digest().store(file);
    String stored = Files.readString(file);
    Files.writeString(file, stored.replace(" parameter packageName", " parameter packageNameX"));
    assertThat(InputDigest.read(file)).isEmpty();
  }

  @Test
  void namesMustFitOnOneLine() {
    assertThatThrownBy(() -> InputDigest.builder().parameter("a\nb", "1"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("spans lines");
  }
}
