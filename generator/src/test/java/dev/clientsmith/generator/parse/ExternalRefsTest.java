package dev.clientsmith.generator.parse;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import dev.clientsmith.generator.Generator;
import dev.clientsmith.generator.NormalizeOptions;
import dev.clientsmith.generator.NormalizeResult;
import dev.clientsmith.generator.config.Overrides;
import dev.clientsmith.generator.diag.Diagnostic;
import dev.clientsmith.generator.diag.DiagnosticException;
import dev.clientsmith.generator.diag.Location;
import dev.clientsmith.generator.normalize.ReportEntry;
import dev.clientsmith.generator.source.SourceDocument;
import dev.clientsmith.generator.source.SourceReader;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * References to other documents, by kind: files in the document's folder are bundled in; URLs,
 * {@code file:} URIs, absolute paths and paths leaving the folder are refused unless allowed, and
 * nothing is fetched unless allowed (a loopback server counts the requests it gets).
 */
class ExternalRefsTest {
  private static final String HEAD = """
      openapi: 3.0.3
      info: {title: Chat, version: '1'}
      paths:
        /chat:
          post:
            requestBody:
              content:
                application/json:
                  schema:
                    $ref: '%s'
            responses:
              '200': {description: ok}
      """;

  @TempDir Path dir;

  private HttpServer server;
  private final List<String> requests = new CopyOnWriteArrayList<>();
  private final Map<String, String> served = new ConcurrentHashMap<>();

  @AfterEach
  void stopServer() {
    if (server != null) {
      server.stop(0);
    }
  }

  @Test
  void aFileOfTheFolderIsCopiedUnderComponentsWithWhatItRefersTo() throws IOException {
    Path main = write("main.yaml", HEAD.formatted("common.yaml#/components/schemas/ChatRequest"));
    write("common.yaml", """
        components:
          schemas:
            ChatRequest:
              type: object
              properties:
                message: {$ref: '#/components/schemas/Message'}
            Message:
              type: string
            Unused:
              type: integer
        """);

    ExternalRefs.Bundled bundled = bundle(main, false);

    assertThat(bundled.document().tree().at("/components/schemas").toString()).isEqualTo(
        "{\"ChatRequest\":{\"type\":\"object\",\"properties\":{\"message\":{\"$ref\":\"#/components/schemas/Message\"}}},"
            + "\"Message\":{\"type\":\"string\"}}");
    assertThat(bundled.document().tree().at("/paths/~1chat/post/requestBody/content/application~1json/schema/$ref").asText())
        .isEqualTo("#/components/schemas/ChatRequest");
    assertThat(bundled.rewrites()).extracting(ExternalRefs.Rewrite::pointer, ExternalRefs.Rewrite::before,
        ExternalRefs.Rewrite::after).containsExactly(
            org.assertj.core.groups.Tuple.tuple("/paths/~1chat/post/requestBody/content/application~1json/schema/$ref",
                "common.yaml#/components/schemas/ChatRequest", "#/components/schemas/ChatRequest"),
            org.assertj.core.groups.Tuple.tuple("/components/schemas/ChatRequest/properties/message/$ref",
                "#/components/schemas/Message", "#/components/schemas/Message"));
    assertThat(bundled.files()).containsExactly(dir.resolve("common.yaml").toRealPath());
    // A copied definition is located in the file it came from; the document's own values where they were.
    assertThat(bundled.document().locate("/components/schemas/ChatRequest/properties/message"))
        .isEqualTo(new Location("common.yaml", 6, 9));
    assertThat(bundled.document().locate("/paths/~1chat/post")).isEqualTo(new Location("main.yaml", 5, 5));
    assertThat(SpecParser.check(bundled.document().tree(), "main.yaml", bundled.document().locator())).isEmpty();
  }

  @Test
  void aWholeFileBelowTheFolderIsOneSchemaNamedAfterTheFile() throws IOException {
    Path main = write("main.yaml", HEAD.formatted("./schemas/chat.json"));
    Files.createDirectories(dir.resolve("schemas"));
    write("schemas/chat.json", "{\"type\": \"object\", \"properties\": {\"role\": {\"$ref\": \"../common.yaml#/Role\"}}}");
    write("common.yaml", "Role: {type: string, enum: [user, assistant]}\n");

    ExternalRefs.Bundled bundled = bundle(main, false);

    assertThat(bundled.document().tree().at("/components/schemas").toString()).isEqualTo(
        "{\"chat\":{\"type\":\"object\",\"properties\":{\"role\":{\"$ref\":\"#/components/schemas/Role\"}}},"
            + "\"Role\":{\"type\":\"string\",\"enum\":[\"user\",\"assistant\"]}}");
    assertThat(bundled.document().locate("/components/schemas/Role")).isEqualTo(new Location("common.yaml", 1, 1));
  }

  /** The document keeps its own names; a copy whose name is taken gets the next free number. */
  /** Each file may be small; how many one document draws from is bounded too: 1,000 are read, the next is refused. */
  @Test
  void aDocumentMayDrawFromUpToTheLimitOfFilesOneMoreIsRefused() throws IOException {
    StringBuilder refs = new StringBuilder("components:\n  schemas:\n");
    for (int i = 0; i <= ExternalRefs.MAX_DOCUMENTS; i++) {
      write("s" + i + ".yaml", "{type: string}\n");
      refs.append("    S").append(i).append(": {$ref: 's").append(i).append(".yaml'}\n");
    }
    Path main = write("main.yaml", HEAD.formatted("#/components/schemas/S0") + refs);

    assertThat(errors(main, false)).isEqualTo("""
        main.yaml:1015:13: error[parse.too-many-documents] this $ref would read a document more than the 1000 that one document may draw definitions from
          at: /components/schemas/S1000/$ref
          hint: gather the definitions into fewer files""");
  }

  @Test
  void aTakenNameGetsANumberAndTheSameDefinitionIsCopiedOnce() throws IOException {
    Path main = write("main.yaml", HEAD.formatted("common.yaml#/components/schemas/ChatRequest") + """
        components:
          schemas:
            ChatRequest: {type: string}
            Other:
              type: object
              properties:
                again: {$ref: 'common.yaml#/components/schemas/ChatRequest'}
        """);
    write("common.yaml", "components: {schemas: {ChatRequest: {type: object}}}\n");

    ExternalRefs.Bundled bundled = bundle(main, false);

    assertThat(bundled.document().tree().at("/components/schemas/ChatRequest2").toString()).isEqualTo("{\"type\":\"object\"}");
    assertThat(bundled.document().tree().at("/components/schemas/ChatRequest").toString()).isEqualTo("{\"type\":\"string\"}");
    assertThat(bundled.document().tree().at("/components/schemas/Other/properties/again/$ref").asText())
        .isEqualTo("#/components/schemas/ChatRequest2");
    assertThat(bundled.document().tree().at("/components/schemas").size()).isEqualTo(3);
  }

  /** Files that refer to each other, and back to the document, end: each definition is copied once. */
  @Test
  void aCycleBetweenFilesIsCopiedOnceAndBackReferencesBecomeLocal() throws IOException {
    Path main = write("main.yaml", HEAD.formatted("a.yaml#/A") + """
        components:
          schemas:
            Local: {type: string}
        """);
    write("a.yaml", "A: {type: object, properties: {b: {$ref: 'b.yaml#/B'}, local: {$ref: 'main.yaml#/components/schemas/Local'}}}\n");
    write("b.yaml", "B: {type: object, properties: {a: {$ref: 'a.yaml#/A'}}}\n");

    ExternalRefs.Bundled bundled = bundle(main, false);

    assertThat(bundled.document().tree().at("/components/schemas").toString()).isEqualTo("{\"Local\":{\"type\":\"string\"},"
        + "\"A\":{\"type\":\"object\",\"properties\":{\"b\":{\"$ref\":\"#/components/schemas/B\"},"
        + "\"local\":{\"$ref\":\"#/components/schemas/Local\"}}},"
        + "\"B\":{\"type\":\"object\",\"properties\":{\"a\":{\"$ref\":\"#/components/schemas/A\"}}}}");
    assertThat(SpecParser.check(bundled.document().tree(), "main.yaml", bundled.document().locator())).isEmpty();
  }

  /** A pure alias cycle across files is still no definition: parse.ref-cycle, located in the file that holds it. */
  @Test
  void anAliasCycleAcrossFilesIsReportedOnTheBundledDocument() throws IOException {
    Path main = write("main.yaml", HEAD.formatted("a.yaml#/A"));
    write("a.yaml", "A: {$ref: 'b.yaml#/B'}\n");
    write("b.yaml", "B: {$ref: 'a.yaml#/A'}\n");

    ExternalRefs.Bundled bundled = bundle(main, false);

    assertThat(SpecParser.check(bundled.document().tree(), "main.yaml", bundled.document().locator()))
        .extracting(Diagnostic::code).contains("parse.ref-cycle");
  }

  @Test
  void aPathItemInAnotherFileIsWrittenOutInPlace() throws IOException {
    Path main = write("main.yaml", """
        openapi: 3.0.3
        info: {title: Chat, version: '1'}
        paths:
          /chat: {$ref: 'paths.yaml#/~1chat'}
        """);
    write("paths.yaml", """
        /chat:
          get:
            responses:
              '200':
                description: ok
                content:
                  application/json:
                    schema: {$ref: '#/Reply'}
        Reply: {type: string}
        """);

    ExternalRefs.Bundled bundled = bundle(main, false);

    assertThat(bundled.document().tree().at("/paths/~1chat/get/responses/200/content/application~1json/schema/$ref").asText())
        .isEqualTo("#/components/schemas/Reply");
    assertThat(bundled.document().tree().at("/paths/~1chat").has("$ref")).isFalse();
    assertThat(SpecParser.check(bundled.document().tree(), "main.yaml", bundled.document().locator())).isEmpty();
  }

  @Test
  void problemsOfAReferencedFileAreLocatedInItAndMissingTargetsAtTheRef() throws IOException {
    Path main = write("main.yaml", HEAD.formatted("broken.yaml#/X") + """
        components:
          schemas:
            Missing: {$ref: 'common.yaml#/components/schemas/Nope'}
            NoFile: {$ref: 'absent.yaml#/X'}
        """);
    write("broken.yaml", "X:\n\ttype: string\n");
    write("common.yaml", "components: {schemas: {Yes: {type: string}}}\n");

    assertThat(errors(main, false)).isEqualTo("""
        broken.yaml:2:1: error[source.invalid-yaml] a tab character is used for indentation; YAML indents with spaces only
          hint: replace the tab at the start of this line by spaces
        main.yaml:15:15: error[parse.unresolved-ref] $ref 'common.yaml#/components/schemas/Nope' points nowhere: common.yaml has no /components/schemas/Nope
          at: /components/schemas/Missing/$ref
          hint: check the pointer after '#' against common.yaml
        main.yaml:16:14: error[parse.unresolved-ref] $ref 'absent.yaml#/X' points nowhere: there is no file absent.yaml in the document's folder
          at: /components/schemas/NoFile/$ref
          hint: check the file name; it is read relative to the document that holds the reference""");
  }

  /**
   * The corpus' {@code broken/external-ref.yaml} names a file of its folder that does not exist:
   * SpecParser alone refuses every reference to another document (parse.external-ref, as the
   * corpus test checks), the pipeline looks for the file and says it is not there.
   */
  @Test
  void theCorpusExternalRefThroughThePipelineNamesTheMissingFile() {
    Path fixture = dev.clientsmith.generator.source.TestPaths.resource("broken/external-ref.yaml");
    try {
      new Generator().normalizeSpecs(List.of(fixture), Overrides.NONE);
      throw new AssertionError("accepted");
    } catch (DiagnosticException e) {
      assertThat(e.diagnostics().stream().map(Diagnostic::render).collect(Collectors.joining("\n"))
          .replaceFirst("^\\S*external-ref\\.yaml", "external-ref.yaml")).isEqualTo("""
          external-ref.yaml:12:15: error[parse.unresolved-ref] $ref 'common.yaml#/components/schemas/ChatRequest' points nowhere: there is no file common.yaml in the document's folder
            at: /paths/~1chat/post/requestBody/content/application~1json/schema/$ref
            hint: check the file name; it is read relative to the document that holds the reference""");
    }
  }

  @Test
  void everyRefOutsideTheFolderIsRefusedAtTheRefWithTheOption() throws IOException {
    Path folder = Files.createDirectories(dir.resolve("api"));
    write("outside.yaml", "X: {type: string}\n");
    Files.createSymbolicLink(folder.resolve("link.yaml"), dir.resolve("outside.yaml"));
    Path main = write("api/main.yaml", HEAD.formatted("../outside.yaml#/X") + """
        components:
          schemas:
            Absolute: {$ref: '%s#/X'}
            FileUri: {$ref: '%s#/X'}
            Linked: {$ref: 'link.yaml#/X'}
            Ftp: {$ref: 'ftp://127.0.0.1/x.yaml#/X'}
        """.formatted(dir.resolve("outside.yaml"), dir.resolve("outside.yaml").toUri()));

    String errors = errors(main, false).replace(dir.toUri().toString(), "file:DIR/").replace(dir.toString(), "DIR");

    String hint = "  hint: copy the definition into a file of the document's folder, or allow remote references"
        + " (--allow-remote-refs; Maven: allowRemoteRefs) if you trust what the document points to";
    assertThat(errors).isEqualTo(String.join("\n",
        "main.yaml:10:15: error[parse.external-ref] $ref '../outside.yaml#/X' leaves the document's folder; only files in it"
            + " (or below it) are read unless remote references are allowed",
        "  at: /paths/~1chat/post/requestBody/content/application~1json/schema/$ref", hint,
        "main.yaml:15:16: error[parse.external-ref] $ref 'DIR/outside.yaml#/X' is an absolute path; only files in the"
            + " document's folder are read unless remote references are allowed",
        "  at: /components/schemas/Absolute/$ref", hint,
        "main.yaml:16:15: error[parse.external-ref] $ref 'file:DIR/outside.yaml#/X' names a file by a file: URI; only"
            + " files in the document's folder are read unless remote references are allowed",
        "  at: /components/schemas/FileUri/$ref", hint,
        "main.yaml:17:14: error[parse.external-ref] $ref 'link.yaml#/X' leads outside the document's folder through a"
            + " symbolic link; only files in it are read unless remote references are allowed",
        "  at: /components/schemas/Linked/$ref", hint,
        "main.yaml:18:11: error[parse.external-ref] $ref 'ftp://127.0.0.1/x.yaml#/X' uses the scheme 'ftp:'; only http"
            + " and https URLs can be fetched, and only when remote references are allowed",
        "  at: /components/schemas/Ftp/$ref",
        "  hint: save the document next to this one and refer to it by its file name"));
  }

  @Test
  void withTheOptionFilesOutsideTheFolderAreRead() throws IOException {
    Files.createDirectories(dir.resolve("api"));
    write("outside.yaml", "X: {type: string}\n");
    Path main = write("api/main.yaml", HEAD.formatted("../outside.yaml#/X"));

    ExternalRefs.Bundled bundled = bundle(main, true);

    assertThat(bundled.document().tree().at("/components/schemas/X").toString()).isEqualTo("{\"type\":\"string\"}");
    assertThat(bundled.files()).containsExactly(dir.resolve("outside.yaml").toRealPath());
  }

  /** Without the option nothing is fetched: not by us, and not by Swagger Parser, which sees the reference too. */
  @Test
  void aUrlIsNeverFetchedWithoutTheOption() throws IOException {
    String base = startServer();
    served.put("/common.yaml", "X: {type: string}\n");
    Path main = write("main.yaml", HEAD.formatted(base + "/common.yaml#/X"));

    assertThat(errors(main, false)).isEqualTo("""
        main.yaml:10:15: error[parse.external-ref] $ref '%s/common.yaml#/X' points to a URL; the generator fetches nothing unless remote references are allowed
          at: /paths/~1chat/post/requestBody/content/application~1json/schema/$ref
          hint: copy the definition into a file of the document's folder, or allow remote references (--allow-remote-refs; Maven: allowRemoteRefs) if you trust what the document points to"""
        .formatted(base));
    // The parse stage on its own (no bundling) refuses it as well, without resolving anything.
    SourceDocument doc = SourceReader.read(main, "main.yaml");
    List<Diagnostic> parsed = SpecParser.check(doc.tree(), "main.yaml", doc.locator());
    assertThat(parsed).extracting(Diagnostic::code).containsExactly("parse.external-ref");
    // And the whole pipeline, as the command line runs it.
    try {
      new Generator().normalizeSpecs(List.of(main), Overrides.NONE);
      throw new AssertionError("accepted");
    } catch (DiagnosticException e) {
      assertThat(e.diagnostics()).extracting(Diagnostic::code).containsExactly("parse.external-ref");
    }
    assertThat(requests).isEmpty();
  }

  /**
   * References written where a value is data (an extension, an example) are not references: nothing
   * resolves them, and Swagger Parser, which reads the bundled document, does not fetch them either.
   */
  @Test
  void refsInsideDataAreNeverFetched() throws IOException {
    String base = startServer();
    served.put("/x.yaml", "X: {type: string}\n");
    Path main = write("main.yaml", HEAD.formatted("#/components/schemas/Chat") + """
        components:
          schemas:
            Chat:
              type: object
              example: {$ref: '%s/x.yaml#/X'}
        x-elsewhere: {$ref: '%s/x.yaml#/X'}
        """.formatted(base, base));

    NormalizeResult result = new Generator().normalizeSpecs(List.of(main), Overrides.NONE);

    assertThat(result.document().path("x-elsewhere").path("$ref").asText()).isEqualTo(base + "/x.yaml#/X");
    assertThat(requests).isEmpty();
  }

  @Test
  void withTheOptionAUrlIsFetchedAndItsRelativeRefsToo() throws IOException {
    String base = startServer();
    served.put("/api/common.yaml", "components: {schemas: {X: {type: object, properties: {y: {$ref: 'more/y.json'}}}}}\n");
    served.put("/api/more/y.json", "{\"type\": \"integer\"}");
    Path main = write("main.yaml", HEAD.formatted(base + "/api/common.yaml#/components/schemas/X"));

    NormalizeResult result = new Generator().normalizeSpecs(List.of(main), Overrides.NONE,
        NormalizeOptions.DEFAULT.withAllowRemoteRefs(true));

    assertThat(result.document().at("/components/schemas/y/type").asText()).isEqualTo("integer");
    assertThat(result.fetchedUrls()).extracting(Object::toString)
        .containsExactly(base + "/api/common.yaml", base + "/api/more/y.json");
    assertThat(requests).containsExactly("GET /api/common.yaml", "GET /api/more/y.json");
    assertThat(result.report().entries()).filteredOn(e -> e.pass().equals(ExternalRefs.ID)).extracting(ReportEntry::reason)
        .containsExactly(
            "the definition " + base + "/api/common.yaml#/components/schemas/X is copied to /components/schemas/X, so that"
                + " the document is self-contained",
            "the definition " + base + "/api/more/y.json is copied to /components/schemas/y, so that the document is"
                + " self-contained");
  }

  @Test
  void aFailedFetchIsLocatedAtTheRef() throws IOException {
    String base = startServer();
    Path main = write("main.yaml", HEAD.formatted(base + "/missing.yaml#/X") + """
        components:
          schemas:
            Moved: {$ref: '%s/moved.yaml#/X'}
            Big: {$ref: '%s/big.yaml#/X'}
            Endless: {$ref: '%s/endless.yaml#/X'}
        """.formatted(base, base, base));

    assertThat(errors(main, true).replace(base, "BASE")).isEqualTo("""
        main.yaml:10:15: error[source.fetch-failed] cannot fetch BASE/missing.yaml: the server answered 404
          at: /paths/~1chat/post/requestBody/content/application~1json/schema/$ref
          hint: check the URL, or save the document next to this one and refer to it by its file name
        main.yaml:15:13: error[source.fetch-failed] cannot fetch BASE/moved.yaml: the server redirects to ftp://127.0.0.1/x.yaml; only http and https URLs are fetched
          at: /components/schemas/Moved/$ref
          hint: check the URL, or save the document next to this one and refer to it by its file name
        main.yaml:16:11: error[source.too-large] the document at BASE/big.yaml is 16777217 bytes; the limit is 16777216 bytes (16 MiB)
          at: /components/schemas/Big/$ref
          hint: check that the $ref names an OpenAPI document; real ones are far smaller
        main.yaml:17:15: error[source.too-large] the document at BASE/endless.yaml is more than 16777216 bytes; the limit is 16777216 bytes (16 MiB)
          at: /components/schemas/Endless/$ref
          hint: check that the $ref names an OpenAPI document; real ones are far smaller""");
  }

  private String startServer() throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext("/", exchange -> {
      String path = exchange.getRequestURI().getPath();
      requests.add(exchange.getRequestMethod() + " " + path);
      if (path.equals("/moved.yaml")) {
        exchange.getResponseHeaders().add("Location", "ftp://127.0.0.1/x.yaml");
        exchange.sendResponseHeaders(302, -1);
      } else if (path.equals("/big.yaml") || path.equals("/endless.yaml")) {
        // Declared too large (refused before the body is read), or too large without saying so (chunked).
        exchange.sendResponseHeaders(200, path.equals("/big.yaml") ? SourceReader.MAX_BYTES + 1L : 0);
        byte[] chunk = new byte[64 * 1024];
        java.util.Arrays.fill(chunk, (byte) 'a');
        try (OutputStream out = exchange.getResponseBody()) {
          for (long left = SourceReader.MAX_BYTES + 1L; left > 0; left -= chunk.length) {
            out.write(chunk, 0, (int) Math.min(chunk.length, left));
          }
        } catch (IOException e) {
          // The reader stopped reading: what the test expects.
        }
      } else if (served.containsKey(path)) {
        byte[] body = served.get(path).getBytes(StandardCharsets.UTF_8);
        exchange.sendResponseHeaders(200, body.length);
        try (OutputStream out = exchange.getResponseBody()) {
          out.write(body);
        }
      } else {
        exchange.sendResponseHeaders(404, -1);
      }
      exchange.close();
    });
    server.start();
    return "http://127.0.0.1:" + server.getAddress().getPort();
  }

  private Path write(String name, String content) throws IOException {
    return Files.writeString(dir.resolve(name), content, StandardCharsets.UTF_8);
  }

  private ExternalRefs.Bundled bundle(Path main, boolean allowRemote) {
    return ExternalRefs.bundle(SourceReader.read(main, main.getFileName().toString()), main, allowRemote);
  }

  private String errors(Path main, boolean allowRemote) {
    try {
      bundle(main, allowRemote);
    } catch (DiagnosticException e) {
      return e.diagnostics().stream().map(Diagnostic::render).collect(Collectors.joining("\n"));
    }
    throw new AssertionError("accepted");
  }
}
