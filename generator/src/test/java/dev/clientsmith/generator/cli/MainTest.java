package dev.clientsmith.generator.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.clientsmith.generator.Generator;
import dev.clientsmith.generator.Providers;
import dev.clientsmith.generator.source.TestPaths;
import dev.clientsmith.generator.write.PrettyJson;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MainTest {
  @TempDir Path dir;

  /** What one run printed. */
  record Run(int code, String out, String err) {}

  static Run run(String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code = Main.run(new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8), args);
    return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }

  private static String config() {
    return TestPaths.spec("providers.yaml").toString();
  }

  @Test
  void normalizePrintsTheDocumentOnStdoutAndTheReportOnStderr() throws IOException {
    Run run = run("normalize", "--provider", "oxen", "--config", config());

    assertThat(run.code()).as(run.err()).isZero();
    JsonNode document = new ObjectMapper().readTree(run.out());
    assertThat(document.path("openapi").asText()).isEqualTo("3.0.0");
    assertThat(run.out()).startsWith("{\n  \"openapi\": \"3.0.0\",\n").endsWith("}\n").doesNotContain("\r");
    assertThat(run.err()).isNotEmpty().doesNotContain("Exception");
  }

  /**
   * {@code --for openapi-generator} writes the form OpenAPI Generator's Java clients compile: Oxen's
   * message content array gets a component of its own and the report says so; without {@code --for}
   * the document is the plain one, the same as the library's default.
   */
  @Test
  void normalizeForOpenApiGeneratorWritesItsFormAndReportsIt() throws IOException {
    Run plain = run("normalize", "--provider", "oxen", "--config", config());
    Run form = run("normalize", "--provider", "oxen", "--config", config(), "--for", "openapi-generator");

    assertThat(form.code()).as(form.err()).isEqualTo(Main.OK);
    JsonNode document = new ObjectMapper().readTree(form.out());
    assertThat(document.at("/components/schemas/ChatCompletionRequestMessageContentArray/type").asText()).isEqualTo("array");
    assertThat(form.err()).contains("[openapi-generator-union-arrays] oxen.md#/components/schemas/ChatCompletionRequestMessage/properties/content/oneOf/1: ");
    assertThat(plain.out()).doesNotContain("ChatCompletionRequestMessageContentArray")
        .isEqualTo(PrettyJson.write(new Generator().normalize(Providers.provider("oxen")).document()));
    assertThat(plain.err()).doesNotContain("[openapi-generator-");
  }

  /** A tool without a form is refused before any document is read, naming the accepted ones. */
  @Test
  void normalizeForAnUnknownToolListsTheAcceptedOnes() {
    Run run = run("normalize", "--provider", "oxen", "--config", config(), "--for", "prism");

    assertThat(run.code()).isEqualTo(Main.BAD_INPUT);
    assertThat(run.out()).isEmpty();
    assertThat(run.err()).isEqualTo("options: error[request.invalid] no document form for 'prism'; accepted: openapi-generator\n"
        + "  hint: leave --for out for the plain document that any tool reads\n");
  }

  /** Repairs reach the user as compiler-style warnings on standard error; --keep-3.1 keeps the version. */
  @Test
  void normalizePrintsWarningsAndKeepsA31DocumentsVersionWhenAsked() {
    String document = "src/test/resources/openapi31/chat-3.1.yaml";
    Run run = run("normalize", "--spec", document);
    Run kept = run("normalize", "--keep-3.1", "--spec", document);

    assertThat(run.code()).isEqualTo(Main.OK);
    assertThat(run.out()).contains("\"openapi\": \"3.0.3\"");
    assertThat(run.err()).contains(document + ":74:11: warning[normalize.misspelt-keyword] 'max_items' is not a schema"
        + " keyword; read as 'maxItems'\n  at: /components/schemas/ChatRequest/properties/stop/max_items\n");
    assertThat(kept.code()).isEqualTo(Main.OK);
    assertThat(kept.out()).contains("\"openapi\": \"3.1.0\"");
  }

  @Test
  void normalizeAcceptsSpecFiles() throws IOException {
    Run run = run("normalize", "--spec", TestPaths.spec("jylo.md").toString());

    assertThat(run.code()).as(run.err()).isZero();
    assertThat(new ObjectMapper().readTree(run.out()).path("paths").size()).isPositive();
  }

  @Test
  void theReportCanGoToAFileWrittenWhole() throws IOException {
    Path report = dir.resolve("report.txt");
    Files.writeString(report, "old content");

    Run run = run("normalize", "--provider", "oxen", "--config", config(), "--report", report.toString());

    assertThat(run.code()).as(run.err()).isZero();
    assertThat(run.err()).isEmpty();
    assertThat(Files.readString(report)).startsWith("[").doesNotContain("old content");
    try (Stream<Path> files = Files.list(dir)) {
      assertThat(files).containsExactly(report);
    }
  }

  @Test
  void aReportThatCannotBeWrittenLeavesStdoutEmpty() {
    Run run = run("normalize", "--provider", "oxen", "--config", config(), "--report", dir.resolve("no/such/folder/r.txt").toString());

    assertThat(run.code()).isEqualTo(2);
    assertThat(run.out()).isEmpty();
    assertThat(run.err()).contains("error[cli.cannot-write] cannot write the file: its folder does not exist");
  }

  @Test
  void anUnknownProviderListsTheKnownOnes() {
    Run run = run("normalize", "--provider", "acme", "--config", config());

    assertThat(run.code()).isEqualTo(2);
    assertThat(run.out()).isEmpty();
    assertThat(run.err()).isEqualTo(config() + ": error[cli.unknown-provider] no provider 'acme' in the configuration"
        + " (known: jylo, cortecs, interactive-ai, oxen)\n"
        + "  at: /providers\n"
        + "  hint: use one of the known ids, or add the provider to the configuration\n");
  }

  @Test
  void aBrokenConfigurationIsBadInput() {
    Path broken = TestPaths.resource("config/unknown-pass.yaml");

    Run run = run("normalize", "--provider", "acme", "--config", broken.toString());

    assertThat(run.code()).isEqualTo(2);
    assertThat(run.out()).isEmpty();
    assertThat(run.err()).contains("error[config.unknown-pass] unknown normalisation pass 'nested-tag'");
  }

  @Test
  void aMissingConfigurationIsBadInput() {
    Run run = run("normalize", "--provider", "oxen", "--config", dir.resolve("providers.yaml").toString());

    assertThat(run.code()).isEqualTo(2);
    assertThat(run.err()).contains("error[source.not-found] file not found");
  }

  @Test
  void usageErrorsExitWith2AndAClearMessage() {
    Run none = run("normalize");
    assertThat(none.code()).isEqualTo(2);
    assertThat(none.out()).isEmpty();
    assertThat(none.err()).startsWith("error: Missing required argument (specify one of these): (--provider=ID | --spec=FILE");

    Run both = run("normalize", "--provider", "oxen", "--spec", "a.json");
    assertThat(both.code()).isEqualTo(2);
    assertThat(both.err()).startsWith("error: ").contains("mutually exclusive");

    Run unknownOption = run("normalize", "--provider", "oxen", "--colour");
    assertThat(unknownOption.code()).isEqualTo(2);
    assertThat(unknownOption.err()).startsWith("error: Unknown option: '--colour'");

    Run noCommand = run();
    assertThat(noCommand.code()).isEqualTo(2);
    assertThat(noCommand.err()).startsWith("error: no command given (available: generate, check, normalize, help)");

    Run unknownCommand = run("generat");
    assertThat(unknownCommand.code()).isEqualTo(2);
    assertThat(unknownCommand.err()).startsWith("error: Unmatched argument at index 0: 'generat'");
  }

  @Test
  void anOptionLikeWordAfterSpecIsAnUnknownOptionNotADocument() {
    Run run = run("generate", "--spec", "api.yaml", "--pakage", "com.acme");
    assertThat(run.code()).isEqualTo(2);
    assertThat(run.err()).startsWith("error: Unknown option: '--pakage'").doesNotContain("source.not-found");
  }

  @Test
  void everyCommandHasVersionAndHelpAndNoDescriptionIsCut() {
    for (String command : new String[] {"generate", "check", "normalize"}) {
      Run version = run(command, "--version");
      assertThat(version.code()).as(command).isZero();
      assertThat(version.out()).as(command).startsWith("clientsmith ");
      Run help = run("help", command);
      assertThat(help.code()).as(command).isZero();
      assertThat(help.out()).as(command).startsWith("Usage: clientsmith " + command).contains("Exit codes:");
    }
    Run top = run("--help");
    String commands = top.out().substring(top.out().indexOf("Commands:"));
    // Each description ends its sentence: picocli wraps the one-string descriptions instead of cutting them.
    assertThat(commands).contains("refused untouched.", "command that regenerates is printed.", "(or in --report FILE).");
    assertThat(run("generate", "--help").out()).contains("--out=DIR", "The module folder", "--modules-dir=DIR", "--force");
  }

  @Test
  void helpIsNotAnError() {
    Run help = run("normalize", "--help");

    assertThat(help.code()).isZero();
    assertThat(help.out()).contains("--provider=ID", "--spec=FILE", "--report=FILE", "--config=FILE");
  }

  @Test
  void internalErrorsAreOneLineAndAHintWithoutStackTrace() {
    StringWriter text = new StringWriter();

    int code = Failures.guard(new PrintWriter(text), false, () -> {
      throw new IllegalStateException("a pass broke the tree\nwith details on the next line");
    });

    assertThat(code).isEqualTo(3);
    assertThat(text.toString()).isEqualTo("internal error: IllegalStateException: a pass broke the tree\n"
        + "  hint: this is a bug in Clientsmith; please report it with the command and input"
        + " (run again with --debug for the details)\n");
  }

  @Test
  void debugShowsTheStackTraceOfInternalErrors() {
    StringWriter text = new StringWriter();

    int code = Failures.guard(new PrintWriter(text), true, () -> {
      throw new IllegalStateException("boom");
    });

    assertThat(code).isEqualTo(3);
    assertThat(text.toString()).startsWith("internal error: IllegalStateException: boom\n").contains("at dev.clientsmith");
  }

  @Test
  void nonAsciiOutputIsUtf8() throws IOException {
    Path spec = Files.writeString(dir.resolve("café.yaml"),
        "openapi: 3.0.3\ninfo:\n  title: Café ☕\n  version: '1'\npaths: {}\n", StandardCharsets.UTF_8);

    Run run = run("normalize", "--spec", spec.toString());

    assertThat(run.code()).as(run.err()).isZero();
    assertThat(run.out()).contains("\"title\": \"Café ☕\"");
  }
}
