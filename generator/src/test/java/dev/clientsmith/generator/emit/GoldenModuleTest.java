package dev.clientsmith.generator.emit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.clientsmith.generator.Generator;
import dev.clientsmith.generator.config.Overrides;
import dev.clientsmith.generator.config.ProviderConfig;
import dev.clientsmith.generator.write.ModuleWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Golden test of whole generated files: a small focused document ({@code golden/acme.yaml}: path
 * parameter, server variable, required/nullable/list/map properties, inline enum, discriminated
 * and primitive unions, inline objects, a stream flag, a typed error) generates exactly the module
 * checked in under {@code golden/acme/}. After an intended change, run with
 * {@code -Dclientsmith.updateGoldens=true} and review the diff.
 */
class GoldenModuleTest {
  private static final Path GOLDEN = Path.of("src/test/resources/golden");

  static ProviderConfig acme() {
    return new ProviderConfig("acme", "Acme", List.of(GOLDEN.resolve("acme.yaml")), "com.acme.client", "AcmeClient", "acme",
        "ACME_API_KEY", Overrides.NONE);
  }

  @Test
  void generatedModuleMatchesTheGoldenFiles() {
    GeneratedModule module = new Generator().generate(acme(), Optional.empty());
    if (Boolean.getBoolean("clientsmith.updateGoldens")) {
      ModuleWriter.write(module, GOLDEN);
    }
    assertThat(ModuleWriter.differences(module, GOLDEN)).isEmpty();
  }

  @Test
  void generationIsDeterministic() {
    GeneratedModule first = new Generator().generate(acme(), Optional.empty());
    GeneratedModule second = new Generator().generate(acme(), Optional.empty());
    assertThat(second.files().keySet()).containsExactlyElementsOf(first.files().keySet());
    first.files().forEach((path, bytes) -> assertThat(second.files().get(path)).as(path).isEqualTo(bytes));
  }
}
