package dev.clientsmith.generator.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.clientsmith.generator.diag.Diagnostic;
import dev.clientsmith.generator.diag.DiagnosticException;
import dev.clientsmith.generator.parse.SpecParser;
import dev.clientsmith.generator.source.SourceDocument;
import dev.clientsmith.generator.source.SourceReader;
import dev.clientsmith.generator.source.TestPaths;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The corpus of broken documents ({@code src/test/resources/broken/}, plus a few made at test time:
 * binary, oversized, absent). Each yields exactly its documented diagnostics, through the library and
 * through the command line (exit 2, nothing on stdout, no stack trace).
 */
class BrokenDocumentsTest {
  @TempDir static Path generated;

  /**
   * One broken input.
   *
   * @param viaCli false where the CLI legitimately differs: the Generator's raw passes fix nested tags
   *     before Swagger Parser runs, so only a direct SpecParser call sees them; and the Generator
   *     looks for the files a $ref names in the document's folder (what it says of external-ref.yaml
   *     is checked by parse.ExternalRefsTest)
   */
  record Case(String name, Function<Path, Path> file, boolean viaCli, String expected) {
    @Override
    public String toString() {
      return name;
    }
  }

  static Stream<Case> corpus() {
    return Stream.of(
        resource("truncated-page.md", """
            truncated-page.md:7:1: error[source.invalid-json] the JSON text ends before the object opened at line 6, column 103 is closed
              hint: the document looks truncated: check that it was copied completely"""),
        resource("truncated.json", """
            truncated.json:6:1: error[source.invalid-json] the JSON text ends before the object opened at line 5, column 14 is closed
              hint: the document looks truncated: check that it was copied completely"""),
        resource("trailing-garbage.json", """
            trailing-garbage.json:2:1: error[source.invalid-json] unexpected content after the end of the JSON document
              hint: remove what follows the closing '}' of the document"""),
        resource("tab-indent.yaml", """
            tab-indent.yaml:4:1: error[source.invalid-yaml] a tab character is used for indentation; YAML indents with spaces only
              hint: replace the tab at the start of this line by spaces"""),
        resource("key-without-colon.yaml", """
            key-without-colon.yaml:7:8: error[source.invalid-yaml] this key has no ':' after it, so the indented lines below are read as part of its text
              hint: add ':' after the key"""),
        resource("line-without-colon.yaml", """
            line-without-colon.yaml:5:3: error[source.invalid-yaml] this line has a key but no ':' after it; a mapping entry is written 'key: value'
              hint: add ':' after the key (or a space after a ':' that is there), or quote the line if it is a value"""),
        resource("unclosed-inline-mapping.yaml", """
            unclosed-inline-mapping.yaml:2:30: error[source.invalid-yaml] the inline mapping '{' opened at line 2, column 7 needs ',' before its next entry or '}' to close it here
              hint: add the missing ',' or '}'"""),
        resource("bad-indent.yaml", """
            bad-indent.yaml:11:6: error[source.invalid-yaml] the indentation of this line does not match the block that starts at line 7
              hint: indent sibling keys and list items by the same number of spaces"""),
        resource("no-spec-block.md", """
            no-spec-block.md: error[source.no-spec-block] the Markdown page has one fenced code block (at line 5), but it holds no OpenAPI document
              hint: put the document in a fenced block (```json or ```yaml) whose content starts with '{' or 'openapi:'"""),
        resource("two-spec-blocks.md", """
            two-spec-blocks.md:9:1: error[source.several-spec-blocks] the Markdown page has 2 fenced blocks that hold an OpenAPI document (at lines 3 and 9); a page must hold exactly one
              hint: keep one OpenAPI document per page: move the others to pages or files of their own"""),
        resource("unresolved-ref.json", """
            unresolved-ref.json:9:45: error[parse.unresolved-ref] $ref '#/components/schemas/ChatRequst' points nowhere: /components/schemas has no member 'ChatRequst'
              at: /paths/~1chat/post/requestBody/content/application~1json/schema/$ref
              hint: did you mean 'ChatRequest'? Otherwise define 'ChatRequst' under /components/schemas"""),
        new Case("external-ref.yaml", dir -> TestPaths.resource("broken/external-ref.yaml"), false, """
            external-ref.yaml:12:15: error[parse.external-ref] $ref 'common.yaml#/components/schemas/ChatRequest' points outside this document; only references within the document are supported
              at: /paths/~1chat/post/requestBody/content/application~1json/schema/$ref
              hint: copy the referenced definition under components and refer to it with '#/components/...'"""),
        resource("ref-cycle.yaml", """
            ref-cycle.yaml:19:11: error[parse.ref-cycle] $ref cycle: #/components/schemas/Envelope -> #/components/schemas/Message -> #/components/schemas/Envelope; no schema in it says what the value is
              at: /components/schemas/Envelope/allOf/0/$ref
              hint: make one of them a real definition (with a type or properties) instead of a reference"""),
        resource("paths-array.json", """
            paths-array.json:4:3: error[parse.wrong-type] 'paths' must be an object, not an array
              at: /paths
              hint: change the value to an object as OpenAPI 3.0 defines it here"""),
        resource("responses-string.yaml", """
            responses-string.yaml:9:7: error[parse.wrong-type] 'responses' must be an object, not a string
              at: /paths/~1chat/post/responses
              hint: change the value to an object as OpenAPI 3.0 defines it here"""),
        new Case("nested-tags.json", dir -> TestPaths.resource("broken/nested-tags.json"), false, """
            nested-tags.json:7:18: error[parse.wrong-type] an operation's tags must be strings, but tag 0 is an array
              at: /paths/~1completions/post/tags/0
              hint: write the tags as a flat list of names, e.g. "tags": ["chat"]"""),
        resource("empty.json", """
            empty.json: error[source.empty] the file is empty
              hint: give a complete OpenAPI 3.0 document"""),
        generated("binary.json", BrokenDocumentsTest::binary, """
            binary.json: error[source.not-text] the file is not text: it contains a NUL byte (first at byte offset 8)
              hint: give an OpenAPI document written as UTF-8 text (a Markdown page, JSON or YAML)"""),
        resource("invalid-utf8.json", """
            invalid-utf8.json:3:25: error[source.not-utf8] the file is not valid UTF-8: byte 0xE9 here is not part of a UTF-8 character
              hint: save the file as UTF-8 (it may have been written as Latin-1 or Windows-1252)"""),
        generated("huge.json", BrokenDocumentsTest::huge, """
            huge.json: error[source.too-large] the file is 52428800 bytes; the limit is 16777216 bytes (16 MiB)
              hint: check that this is an OpenAPI document; real ones are far smaller"""),
        resource("duplicate-key.json", """
            duplicate-key.json:4:3: error[source.duplicate-key] duplicate key 'info' (first written at line 3, column 3)
              at: /info
              hint: remove one of the two; readers disagree about which value wins"""),
        resource("duplicate-key.yaml", """
            duplicate-key.yaml:11:3: error[source.duplicate-key] duplicate key '/chat' (first written at line 6, column 3)
              at: /paths/~1chat
              hint: remove one of the two; readers disagree about which value wins"""),
        resource("swagger-2.json", """
            swagger-2.json:2:3: error[parse.not-openapi-3] this is a Swagger 2.0 document; only OpenAPI 3.0.x and 3.1.x documents are read
              at: /swagger
              hint: convert the document to OpenAPI 3.0 first (Swagger Editor and swagger2openapi can do it)"""),
        resource("openapi-3.2.yaml", """
            openapi-3.2.yaml:1:1: error[parse.not-openapi-3] OpenAPI 3.2.0 is not supported; only OpenAPI 3.0.x and 3.1.x documents are read
              at: /openapi
              hint: set 'openapi' to the version the document follows, e.g. "3.0.3" or "3.1.0\""""),
        resource("missing-info.json", """
            missing-info.json:1:1: error[parse.missing] the required field 'info' is missing
              at: /info
              hint: add an 'info' object with the API's 'title' and 'version'"""),
        resource("top-level-array.json", """
            top-level-array.json:1:1: error[source.not-an-object] the top level of the document is an array, not an object
              at: (document root)
              hint: an OpenAPI document is an object with 'openapi', 'info' and 'paths' at the top level"""),
        resource("unsupported.txt", """
            unsupported.txt: error[source.unsupported-type] unsupported file type '.txt': cannot tell how the document is written
              hint: give a Markdown page (.md) with a fenced OpenAPI block, or a .json, .yaml or .yml document"""),
        resource("allof-cycle.yaml", """
            allof-cycle.yaml:13:11: error[parse.ref-cycle] allOf cycle: #/components/schemas/A -> #/components/schemas/B -> #/components/schemas/A; a schema cannot include itself
              at: /components/schemas/A/allOf/0/$ref
              hint: remove the allOf member that leads back, or refer to the schema from a property instead"""),
        resource("oneof-empty.yaml", """
            oneof-empty.yaml:20:11: error[parse.invalid] 'oneOf' is empty; it must list at least one schema
              at: /components/schemas/Req/properties/content/oneOf
              hint: list the schemas the value may be, or remove 'oneOf'"""),
        resource("oneof-string-member.yaml", """
            oneof-string-member.yaml:23:15: error[parse.wrong-type] member 1 of 'oneOf' must be a schema (an object), not the string 'type :string'
              at: /components/schemas/Req/properties/content/oneOf/1
              hint: write a schema, e.g. {type: string}; in YAML, 'key: value' needs the ':' right after the key and a space after it"""),
        resource("string-schemas.yaml", """
            string-schemas.yaml:19:9: error[parse.wrong-type] property 'name' must be a schema (an object), not the string 'type :string'
              at: /components/schemas/Req/properties/name
              hint: write a schema, e.g. {type: string}; in YAML, 'key: value' needs the ':' right after the key and a space after it
            string-schemas.yaml:22:11: error[parse.wrong-type] 'additionalProperties' must be a schema (an object), not the string 'string'
              at: /components/schemas/Req/properties/tags/additionalProperties
              hint: write a schema, e.g. {type: string}; in YAML, 'key: value' needs the ':' right after the key and a space after it"""),
        resource("server-variable-without-default.yaml", """
            server-variable-without-default.yaml:6:7: error[parse.missing] server variable 'region' has no 'default'; OpenAPI 3.0 requires one, the value used when the user sets none
              at: /servers/0/variables/region/default
              hint: add 'default' with one of its values ('eu', 'us')"""),
        resource("body-parameter.yaml", """
            body-parameter.yaml:9:11: error[parse.invalid] parameter 'body' is 'in: body', which is Swagger 2.0; in OpenAPI 3.0 an operation's body is its 'requestBody', and this operation has one too
              at: /paths/~1chat/post/parameters/0/in
              hint: remove the parameter, keeping the body the server reads in 'requestBody'"""),
        resource("non-ascii-schema-name.yaml", """
            non-ascii-schema-name.yaml:16:5: error[parse.invalid] the component name 'Übersetzung' is not allowed: names may hold only ASCII letters and digits, '.', '-' and '_'
              at: /components/schemas/Übersetzung
              hint: rename the component and the references to it"""),
        resource("missing-comma.json", """
            missing-comma.json:2:21: error[source.invalid-json] a ',' is missing after this value, before the next member
              hint: add ',' here (or close the object with '}' if it ends here)"""),
        resource("missing-colon.json", """
            missing-colon.json:3:9: error[source.invalid-json] a ':' is missing between this key and its value
              hint: add ':' after the key"""),
        resource("trailing-comma.json", """
            trailing-comma.json:4:14: error[source.invalid-json] a ',' after the last member of an object; JSON does not allow a trailing comma
              hint: remove this ','"""),
        resource("single-quotes.json", """
            single-quotes.json:3:3: error[source.invalid-json] a string in single quotes; JSON writes strings and keys in double quotes
              hint: replace the single quotes by double quotes (")"""),
        resource("unquoted-key.json", """
            unquoted-key.json:3:3: error[source.invalid-json] the key 'info' is not in quotes; JSON keys are strings
              hint: write it as "info\""""),
        resource("comment.json", """
            comment.json:3:3: error[source.invalid-json] JSON has no comments; this '//' starts one
              hint: remove the comment (or write the document as YAML, where '#' starts a comment)"""),
        resource("unterminated-string.json", """
            unterminated-string.json:3:26: error[source.invalid-json] text follows a string without ',' between them: a string's closing '"' is missing before here, or a '"' inside it is not escaped
              hint: check the quotes of the string that ends at line 3, column 25; write a quote inside a string as \\\""""),
        resource("control-character.json", """
            control-character.json:3:23: error[source.invalid-json] invalid JSON: a tab inside a string is not escaped; JSON strings hold control characters only as escapes
              hint: write it as \\t"""),
        resource("unclosed-quote.yaml", """
            unclosed-quote.yaml:3:10: error[source.invalid-yaml] the string opened with a quote here is not closed on its line, so it runs on to the next quote, at line 4; what follows that quote cannot be read
              hint: add the closing quote at the end of the string"""),
        resource("unclosed-quote-at-end.yaml", """
            unclosed-quote-at-end.yaml:4:10: error[source.invalid-yaml] the string opened with a quote here is never closed
              hint: add the closing quote where the string ends"""),
        resource("unclosed-flow-list.yaml", """
            unclosed-flow-list.yaml:4:6: error[source.invalid-yaml] the inline list '[' opened at line 3, column 7 needs ',' before its next entry or ']' to close it here
              hint: add the missing ',' or ']'"""),
        resource("duplicate-anchor.yaml", """
            duplicate-anchor.yaml:10:8: error[source.yaml-alias] the alias *shape is ambiguous: &shape is defined twice (at line 6, column 8 and at line 8, column 8), and YAML would take the later one
              at: /components/schemas/C
              hint: give the two anchors different names and use the one meant here"""),
        resource("second-document.yaml", """
            second-document.yaml:5:1: error[source.invalid-yaml] a second YAML document starts here; a file may hold only one
              hint: remove the '---' separator and everything after the first document, or split the file"""),
        generated("missing.yaml", dir -> dir.resolve("missing.yaml"), """
            missing.yaml: error[source.not-found] file not found
              hint: check the path; a relative path is resolved against the current directory"""));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("corpus")
  void eachBrokenDocumentYieldsExactlyItsDiagnostics(Case c) {
    Path file = c.file().apply(generated);

    assertThat(throughLibrary(file, c.name())).isEqualTo(c.expected());

    if (c.viaCli()) {
      String argument = TestPaths.asArgument(file);
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      ByteArrayOutputStream err = new ByteArrayOutputStream();
      int code = Main.run(stream(out), stream(err), "normalize", "--spec", argument);
      String stderr = err.toString(StandardCharsets.UTF_8);

      assertThat(code).isEqualTo(2);
      assertThat(out.toString(StandardCharsets.UTF_8)).isEmpty();
      assertThat(stderr.replace(argument, c.name())).isEqualTo(c.expected() + "\n");
      assertThat(stderr).doesNotContain("Exception", "at java.", "at dev.", "at com.");
    }
  }

  /** Reads and parses as the pipeline does, and renders what is thrown. */
  private static String throughLibrary(Path file, String name) {
    try {
      SourceDocument doc = SourceReader.read(file, name);
      SpecParser.parse(doc);
    } catch (DiagnosticException e) {
      List<Diagnostic> diagnostics = e.diagnostics();
      return diagnostics.stream().map(Diagnostic::render).collect(Collectors.joining("\n"));
    }
    throw new AssertionError(name + " was accepted");
  }

  private static Case resource(String name, String expected) {
    return new Case(name, dir -> TestPaths.resource("broken/" + name), true, expected);
  }

  private static Case generated(String name, Function<Path, Path> make, String expected) {
    return new Case(name, make, true, expected);
  }

  /** 200 bytes that start like a PNG image: not text, NUL bytes from offset 8. */
  private static Path binary(Path dir) {
    byte[] bytes = new byte[200];
    new Random(42).nextBytes(bytes);
    byte[] header = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, '\r'};
    System.arraycopy(header, 0, bytes, 0, header.length);
    return write(dir.resolve("binary.json"), bytes);
  }

  /** A syntactically plausible JSON document of 50 MiB, made here rather than checked in. */
  private static Path huge(Path dir) {
    Path file = dir.resolve("huge.json");
    if (Files.exists(file)) {
      return file;
    }
    long size = 50L * 1024 * 1024;
    byte[] head = "{\"openapi\": \"3.0.3\", \"x-padding\": \"".getBytes(StandardCharsets.US_ASCII);
    byte[] tail = "\"}".getBytes(StandardCharsets.US_ASCII);
    byte[] chunk = "a".repeat(64 * 1024).getBytes(StandardCharsets.US_ASCII);
    try (OutputStream os = Files.newOutputStream(file)) {
      os.write(head);
      long remaining = size - head.length - tail.length;
      while (remaining > 0) {
        int n = (int) Math.min(chunk.length, remaining);
        os.write(chunk, 0, n);
        remaining -= n;
      }
      os.write(tail);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return file;
  }

  private static Path write(Path file, byte[] bytes) {
    try {
      return Files.write(file, bytes);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static PrintStream stream(ByteArrayOutputStream bytes) {
    return new PrintStream(bytes, true, StandardCharsets.UTF_8);
  }
}
