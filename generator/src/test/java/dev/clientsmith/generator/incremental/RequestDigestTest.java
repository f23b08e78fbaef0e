package dev.clientsmith.generator.incremental;

import static org.assertj.core.api.Assertions.assertThat;

import dev.clientsmith.generator.GenerationRequest;
import dev.clientsmith.generator.Generator;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RequestDigestTest {
  @TempDir Path dir;

  private GenerationRequest.Builder specs() throws Exception {
    Path spec = dir.resolve("api.yaml");
    if (!Files.exists(spec)) {
      Files.writeString(spec, "openapi: 3.0.3\n");
    }
    return GenerationRequest.builder().addSpec(spec).packageName("com.acme").clientName("AcmeClient")
        .outputDirectory(dir.resolve("out")).layout(GenerationRequest.Layout.SOURCES);
  }

  @Test
  void namesEveryInputRelativeToTheBase() throws Exception {
    InputDigest digest = RequestDigest.of(specs().build(), dir);
    assertThat(digest.entries()).containsKeys("file api.yaml", "parameter packageName", "parameter clientName",
        "parameter layout", "parameter outputDirectory", "parameter generator version");
    assertThat(RequestDigest.of(specs().build(), dir)).isEqualTo(digest);
  }

  @Test
  void theDocumentsBytesParametersAndTemplatesAreInputs() throws Exception {
    InputDigest before = RequestDigest.of(specs().build(), dir);
    Files.writeString(dir.resolve("api.yaml"), "openapi: 3.0.2\n");
    assertThat(RequestDigest.of(specs().build(), dir).changesSince(before)).containsExactly("file api.yaml");

    InputDigest edited = RequestDigest.of(specs().build(), dir);
    assertThat(RequestDigest.of(specs().clientName("OtherClient").build(), dir).changesSince(edited))
        .containsExactly("parameter clientName");

    Path templates = Files.createDirectories(dir.resolve("templates"));
    InputDigest withTemplates = RequestDigest.of(specs().templates(templates).build(), dir);
    Files.writeString(templates.resolve("README.md.mustache"), "# {{name}}\n");
    assertThat(RequestDigest.of(specs().templates(templates).build(), dir).changesSince(withTemplates))
        .containsExactly("folder templates/README.md.mustache");
  }

  @Test
  void aConfiguredProvidersDocumentsAreInputsToo() throws Exception {
    Files.createDirectories(dir.resolve("specs"));
    Path doc = Files.writeString(dir.resolve("specs/echo.yaml"), "openapi: 3.0.3\n");
    Path config = Files.writeString(dir.resolve("specs/providers.yaml"), String.join("\n",
        "providers:",
        "  - id: echo",
        "    name: Echo",
        "    documents: [echo.yaml]",
        "    package: com.example.echo",
        "    client: EchoClient",
        "    module: echo",
        "    apiKeyEnv: ECHO_API_KEY",
        ""));
    GenerationRequest request = GenerationRequest.builder().config(config).provider("echo")
        .outputDirectory(dir.resolve("out")).layout(GenerationRequest.Layout.SOURCES).build();
    InputDigest before = RequestDigest.of(request, dir);
    assertThat(before.entries()).containsKeys("file specs/providers.yaml", "document specs/echo.yaml");
    assertThat(before.documents()).containsExactly("specs/echo.yaml");
    assertThat(RequestDigest.of(request, dir, Optional.of(before))).as("the same documents, found from the previous digest")
        .isEqualTo(before);
    Files.writeString(doc, "openapi: 3.0.2\n");
    assertThat(RequestDigest.of(request, dir).changesSince(before)).containsExactly("document specs/echo.yaml");
    assertThat(RequestDigest.of(request, dir, Optional.of(before)).changesSince(before)).containsExactly("document specs/echo.yaml");
  }

  @Test
  void aChangedConfigurationIsReadAgainRatherThanTrustingThePreviousDocuments() throws Exception {
    Files.createDirectories(dir.resolve("specs"));
    Files.writeString(dir.resolve("specs/one.yaml"), "openapi: 3.0.3\n");
    Files.writeString(dir.resolve("specs/two.yaml"), "openapi: 3.0.3\n");
    String provider = String.join("\n", "providers:", "  - id: echo", "    name: Echo", "    documents: [%s]",
        "    package: com.example.echo", "    client: EchoClient", "    module: echo", "    apiKeyEnv: ECHO_API_KEY", "");
    Path config = Files.writeString(dir.resolve("specs/providers.yaml"), provider.formatted("one.yaml"));
    GenerationRequest request = GenerationRequest.builder().config(config).provider("echo")
        .outputDirectory(dir.resolve("out")).build();
    InputDigest before = RequestDigest.of(request, dir);
    Files.writeString(config, provider.formatted("two.yaml"));
    assertThat(RequestDigest.of(request, dir, Optional.of(before)).changesSince(before))
        .containsExactly("document specs/one.yaml", "document specs/two.yaml", "file specs/providers.yaml");
  }

  @Test
  void aConfigurationThatCannotBeReadIsRecordedNotThrown() throws Exception {
    Path config = Files.writeString(dir.resolve("providers.yaml"), "providers: [\n");
    GenerationRequest request = GenerationRequest.builder().config(config).provider("echo")
        .outputDirectory(dir.resolve("out")).build();
    assertThat(RequestDigest.of(request, dir).entries())
        .containsEntry("file providers.yaml", InputDigest.builder().file("x", config).build().entries().get("file x"))
        .containsKey("parameter documents of echo");
  }

  @Test
  void theGeneratorIsAnInput() throws Exception {
    InputDigest digest = RequestDigest.of(specs().build(), dir);
    assertThat(digest.entries()).containsEntry("parameter generator version",
        InputDigest.builder().parameter("v", Generator.version()).build().entries().get("parameter v"));
    assertThat(Generator.version()).as("this build's generator").endsWith("-SNAPSHOT");
    assertThat(digest.entries()).as("a SNAPSHOT is also told apart by its build").containsKey("parameter generator build");
  }

  /** What the documents' $refs read is an input like the documents: a changed referenced file regenerates. */
  @Test
  void filesTheDocumentsReferToAreInputsOnceAGenerationHasReadThem() throws Exception {
    Path common = Files.writeString(dir.resolve("common.yaml"), "X: {type: string}\n");
    GenerationRequest request = specs().build();
    InputDigest stored = RequestDigest.afterGeneration(request, dir, Optional.empty(), java.util.List.of(common), java.util.List.of());
    assertThat(stored.referenced()).containsExactly("common.yaml");
    assertThat(RequestDigest.of(request, dir, Optional.of(stored))).as("nothing changed").isEqualTo(stored);

    Files.writeString(common, "X: {type: integer}\n");

    assertThat(RequestDigest.of(request, dir, Optional.of(stored)).changesSince(stored)).containsExactly("referenced common.yaml");
  }

  /** What a URL serves is not known without fetching it: a generation that fetched one always runs again. */
  @Test
  void aGenerationThatFetchedAUrlAlwaysRunsAgain() throws Exception {
    GenerationRequest request = specs().allowRemoteRefs(true).build();
    InputDigest stored = RequestDigest.afterGeneration(request, dir, Optional.empty(), java.util.List.of(),
        java.util.List.of(java.net.URI.create("https://example.com/common.yaml")));

    assertThat(RequestDigest.of(request, dir, Optional.of(stored)).changesSince(stored))
        .containsExactly("fetched https://example.com/common.yaml");
    assertThat(RequestDigest.of(specs().build(), dir, Optional.of(stored)).changesSince(stored))
        .contains("parameter allowRemoteRefs");
  }
}
