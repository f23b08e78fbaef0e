package dev.clientsmith.clienttests.contract;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The judge is pinned and installed as committed: an exact Prism version in {@code package.json},
 * a lock file that names no registry host, and {@code node_modules} holding that very version.
 */
class PrismInstallTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String PRISM = "@stoplight/prism-cli";

  @Test
  void prismIsPinnedToAnExactVersionAndInstalledAsLocked() throws IOException {
    Path dir = OriginalDocument.clientTestsDir();
    JsonNode manifest = JSON.readTree(dir.resolve("package.json").toFile());
    String pinned = manifest.path("devDependencies").path(PRISM).asText();
    assertThat(pinned).as("the Prism version in package.json").matches("\\d+\\.\\d+\\.\\d+");

    JsonNode lock = JSON.readTree(dir.resolve("package-lock.json").toFile());
    assertThat(lock.path("packages").path("node_modules/" + PRISM).path("version").asText()).isEqualTo(pinned);
    String lockText = Files.readString(dir.resolve("package-lock.json"), StandardCharsets.UTF_8);
    assertThat(lockText).as("the lock file names no registry").doesNotContain("\"resolved\"");
    assertThat(Files.readString(dir.resolve(".npmrc"), StandardCharsets.UTF_8))
        .contains("omit-lockfile-registry-resolved=true");

    Path installed = dir.resolve("node_modules").resolve(PRISM).resolve("package.json");
    assertThat(installed).as("Prism installed by the build (npm ci)").isRegularFile();
    assertThat(JSON.readTree(installed.toFile()).path("version").asText()).isEqualTo(pinned);
  }
}
