package dev.clientsmith.generator;

import static org.assertj.core.api.Assertions.assertThat;

import dev.clientsmith.generator.write.FileDifference;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The checked-in modules under generated-clients/ are exactly what generation produces now. */
class GeneratedClientsUpToDateTest {
  @ParameterizedTest
  @ValueSource(strings = {"jylo", "cortecs", "interactive-ai", "oxen"})
  void checkedInModuleIsAFreshGeneration(String id) {
    GenerationRequest request = GenerationRequest.builder()
        .config(Providers.root().resolve("specs/providers.yaml")).provider(id)
        .modulesDirectory(Providers.root().resolve("generated-clients")).build();
    Generator generator = new Generator();
    assertThat(generator.check(request, generator.generate(request)).stream().map(FileDifference::summary))
        .as("run 'java -jar generator/target/clientsmith-cli.jar generate --all' and commit the result")
        .isEmpty();
  }
}
