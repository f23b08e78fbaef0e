package dev.clientsmith.generator.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.clientsmith.generator.Generator;
import dev.clientsmith.generator.diag.Diagnostic;
import dev.clientsmith.generator.diag.DiagnosticException;
import dev.clientsmith.generator.source.TestPaths;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class ConfigLoaderTest {
  /** A fixed list, so that these tests do not change when passes are added. */
  private static final Set<String> PASSES = Set.of("nested-tags", "base-path", "schema-names");

  @Test
  void theProjectConfigurationLoads() {
    Path file = TestPaths.spec("providers.yaml");

    ProvidersConfig config = ConfigLoader.load(file, Generator.passIds());

    assertThat(config.providers()).extracting(ProviderConfig::id).containsExactly("jylo", "cortecs", "interactive-ai", "oxen");
    ProviderConfig interactive = config.find("interactive-ai").orElseThrow();
    assertThat(interactive.documents()).containsExactly(TestPaths.spec("interactive-ai-chat.md"), TestPaths.spec("interactive-ai-completions.md"));
    assertThat(interactive.javaPackage()).isEqualTo("dev.clientsmith.clients.interactiveai");
    assertThat(interactive.clientName()).isEqualTo("InteractiveAiClient");
    assertThat(interactive.overrides().schemaNames()).containsEntry("Schema0Items0", "ProviderName");
    assertThat(config.find("oxen").orElseThrow().overrides()).isEqualTo(Overrides.NONE);
    assertThat(config.modules()).isEqualTo(new ModuleDefaults(Optional.of("dev.clientsmith.clients"),
        Optional.of("dev.clientsmith:generated-clients")));
  }

  @Test
  void withoutAModulesBlockModulesAreStandaloneAndABadOneIsLocated(@TempDir Path dir) throws IOException {
    Files.copy(TestPaths.resource("config/acme.json"), dir.resolve("acme.json"));
    String providers = Files.readString(TestPaths.resource("config/valid.yaml"));
    Files.writeString(dir.resolve("plain.yaml"), providers);
    assertThat(ConfigLoader.load(dir.resolve("plain.yaml"), PASSES).modules()).isEqualTo(ModuleDefaults.STANDALONE);

    Files.writeString(dir.resolve("bad.yaml"), "modules:\n  parent: no-colon\n  groupid: x\n" + providers);
    assertThatThrownBy(() -> ConfigLoader.load(dir.resolve("bad.yaml"), PASSES, "bad.yaml"))
        .isInstanceOfSatisfying(DiagnosticException.class, e -> assertThat(e.diagnostics()).extracting(d -> d.render())
            .contains("""
                bad.yaml:2:3: error[config.invalid-parent] parent 'no-colon' is not valid
                  at: /modules/parent
                  hint: use groupId:artifactId of the parent pom, e.g. com.acme:clients-parent (its version is the generator's)""")
            .anyMatch(r -> r.startsWith("bad.yaml:3:3: error[config.unknown-key] unknown key 'groupid'")));
  }

  @Test
  void everyKeyOfAValidConfigurationIsRead() {
    Path file = TestPaths.resource("config/valid.yaml");

    ProviderConfig acme = ConfigLoader.load(file, PASSES, "valid.yaml").providers().get(0);

    assertThat(acme).isEqualTo(new ProviderConfig("acme", "Acme AI", java.util.List.of(file.getParent().resolve("acme.json")),
        "com.example.acme", "AcmeClient", "acme", "ACME_API_KEY",
        Overrides.of(Optional.of("/v1"), Map.of("Schema0", "ModelName"), Set.of("nested-tags"))));
  }

  @Test
  void documentsAreResolvedAgainstTheConfigurationFolderAsGiven(@TempDir Path dir) throws IOException {
    Files.createDirectories(dir.resolve("specs"));
    Files.copy(TestPaths.resource("config/acme.json"), dir.resolve("specs/acme.json"));
    Files.copy(TestPaths.resource("config/valid.yaml"), dir.resolve("specs/providers.yaml"));

    ProvidersConfig config = ConfigLoader.load(dir.resolve("specs/providers.yaml"), PASSES);

    assertThat(config.providers().get(0).documents()).containsExactly(dir.resolve("specs/acme.json"));
  }

  static Stream<Arguments> brokenConfigurations() {
    return Stream.of(
        Arguments.of("unknown-key.yaml", """
            unknown-key.yaml:2:5: error[config.missing-key] provider 'acme' has no 'module'
              at: /providers/0
              hint: add 'module:' to the provider (the folder of the generated module)
            unknown-key.yaml:7:5: error[config.unknown-key] unknown key 'modul'
              at: /providers/0/modul
              hint: did you mean 'module'? allowed here: id, name, documents, package, client, module, apiKeyEnv, overrides"""),
        Arguments.of("missing-key.yaml", """
            missing-key.yaml:2:5: error[config.missing-key] provider 'acme' has no 'package'
              at: /providers/0
              hint: add 'package:' to the provider (the Java package of the client)"""),
        Arguments.of("unknown-pass.yaml", """
            unknown-pass.yaml:10:20: error[config.unknown-pass] unknown normalisation pass 'nested-tag'
              at: /providers/0/overrides/skipPasses/0
              hint: did you mean 'nested-tags'? known passes: base-path, nested-tags, schema-names"""),
        Arguments.of("duplicate-id.yaml", """
            duplicate-id.yaml:10:5: error[config.duplicate-id] two providers have the id 'acme' (the first at line 2)
              at: /providers/1/id
              hint: give each provider its own id
            duplicate-id.yaml:15:5: error[config.duplicate-module] two providers have the module 'acme' (the first at line 7)
              at: /providers/1/module
              hint: give each provider its own module"""),
        Arguments.of("document-missing.yaml", """
            document-missing.yaml:4:28: error[config.document-not-found] document 'acme-chat.md' not found
              at: /providers/0/documents/1
              hint: documents are resolved against the folder of the configuration file; check the name"""),
        Arguments.of("invalid-values.yaml", """
            invalid-values.yaml:2:5: error[config.invalid-id] id 'Acme_AI' is not valid
              at: /providers/0/id
              hint: use lower-case letters, digits and '-', starting with a letter (e.g. interactive-ai)
            invalid-values.yaml:4:5: error[config.wrong-type] expected a list of file names, found a string
              at: /providers/0/documents
              hint: write a list of file names here
            invalid-values.yaml:5:5: error[config.invalid-package] 'com.example.new' is not a valid Java package name
              at: /providers/0/package
              hint: use dot-separated Java identifiers that are not keywords, e.g. dev.clientsmith.clients.acme
            invalid-values.yaml:6:5: error[config.invalid-class-name] '2Client' is not a valid Java class name
              at: /providers/0/client
              hint: use a Java identifier, e.g. AcmeClient
            invalid-values.yaml:8:5: error[config.invalid-env-var] apiKeyEnv 'acme-key' is not valid
              at: /providers/0/apiKeyEnv
              hint: use upper-case letters, digits and '_' (e.g. ACME_API_KEY)
            invalid-values.yaml:10:7: error[config.invalid-base-path] basePath 'v1' does not start with '/'
              at: /providers/0/overrides/basePath
              hint: write it as the path prefix of the operations, e.g. /v1"""),
        Arguments.of("no-providers.yaml", """
            no-providers.yaml:2:1: error[config.no-providers] the configuration lists no provider
              at: /providers
              hint: add at least one provider under 'providers:'"""));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("brokenConfigurations")
  void brokenConfigurationsGiveExactlyTheirDiagnostics(String file, String expected) {
    Path path = TestPaths.resource("config/" + file);

    assertThatThrownBy(() -> ConfigLoader.load(path, PASSES, file))
        .isInstanceOfSatisfying(DiagnosticException.class, e -> assertThat(
            e.diagnostics().stream().map(Diagnostic::render).collect(Collectors.joining("\n"))).isEqualTo(expected));
  }

  @Test
  void anEmptyOrMissingConfigurationIsAnError(@TempDir Path dir) throws IOException {
    Path empty = Files.writeString(dir.resolve("providers.yaml"), "# only a comment\n");

    assertThatThrownBy(() -> ConfigLoader.load(empty, PASSES, "providers.yaml"))
        .isInstanceOfSatisfying(DiagnosticException.class, e -> assertThat(e.diagnostics())
            .extracting(Diagnostic::code).containsExactly("source.empty"));
    assertThatThrownBy(() -> ConfigLoader.load(dir.resolve("none.yaml"), PASSES, "none.yaml"))
        .isInstanceOfSatisfying(DiagnosticException.class, e -> assertThat(e.diagnostics())
            .extracting(Diagnostic::code).containsExactly("source.not-found"));
  }

  @Test
  void aMarkdownFileIsNotAConfiguration() {
    Path page = TestPaths.spec("oxen.md");

    assertThatThrownBy(() -> ConfigLoader.load(page, PASSES, "oxen.md"))
        .isInstanceOfSatisfying(DiagnosticException.class, e -> assertThat(e.diagnostics())
            .extracting(Diagnostic::code).containsExactly("config.unsupported-type"));
  }

  @Test
  void wrongTypesAreReportedWhereTheyAre(@TempDir Path dir) throws IOException {
    Files.copy(TestPaths.resource("config/acme.json"), dir.resolve("acme.json"));
    Path file = Files.writeString(dir.resolve("p.yaml"), String.join("\n",
        "providers:",
        "  - id: acme",
        "    name: [Acme]",
        "    documents: [acme.json, 3]",
        "    package: com.example.acme",
        "    client: AcmeClient",
        "    module: acme",
        "    apiKeyEnv: ACME_API_KEY",
        "    overrides:",
        "      schemaNames: [a]",
        "      skipPasses: nested-tags",
        "  - just a string",
        ""));

    assertThatThrownBy(() -> ConfigLoader.load(file, PASSES, "p.yaml"))
        .isInstanceOfSatisfying(DiagnosticException.class, e -> assertThat(e.diagnostics())
            .extracting(d -> d.location().line() + " " + d.code() + " " + d.pointer())
            .containsExactly(
                "3 config.wrong-type /providers/0/name",
                "4 config.wrong-type /providers/0/documents/1",
                "10 config.wrong-type /providers/0/overrides/schemaNames",
                "11 config.wrong-type /providers/0/overrides/skipPasses",
                "12 config.wrong-type /providers/1"));
  }
}
