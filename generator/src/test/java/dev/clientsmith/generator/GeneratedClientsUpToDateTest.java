package dev.clientsmith.generator;

import static org.assertj.core.api.Assertions.assertThat;

import dev.clientsmith.generator.config.ProviderConfig;
import dev.clientsmith.generator.emit.GeneratedModule;
import dev.clientsmith.generator.write.ModuleWriter;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The checked-in modules under generated-clients/ are exactly what generation produces now. */
class GeneratedClientsUpToDateTest {
  @ParameterizedTest
  @ValueSource(strings = {"jylo", "cortecs", "interactive-ai", "oxen"})
  void checkedInModuleIsAFreshGeneration(String id) {
    ProviderConfig provider = Providers.provider(id);
    GeneratedModule module = new Generator().generate(provider, Optional.empty());
    assertThat(ModuleWriter.differences(module, Providers.root().resolve("generated-clients")))
        .as("run 'java -jar generator/target/clientsmith-cli.jar generate --all' and commit the result")
        .isEmpty();
  }
}
