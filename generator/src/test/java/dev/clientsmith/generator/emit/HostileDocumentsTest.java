package dev.clientsmith.generator.emit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.clientsmith.generator.Generator;
import dev.clientsmith.generator.NormalizeResult;
import dev.clientsmith.generator.config.Overrides;
import dev.clientsmith.generator.config.ProviderConfig;
import dev.clientsmith.generator.diag.Diagnostic;
import dev.clientsmith.generator.write.ModuleWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Documents that are valid but hostile to a code generator ({@code src/test/resources/hostile/}, one
 * construct each): descriptions holding what would end or break a javadoc comment, names that are
 * Java keywords, start with digits, are not ASCII, or collide once made Java names, enum values
 * that differ only in case or punctuation, a discriminator naming no property, a body in two content
 * types. Each is accepted; the test pins its exact warnings and report, compiles the module with
 * {@code -Xlint:all -Werror}, and checks the property the construct threatens. The hostile
 * documents that are refused are in {@code BrokenDocumentsTest}.
 */
class HostileDocumentsTest {
  private static final Path DOCS = Path.of("src/test/resources/hostile");

  @TempDir Path dir;

  /** A generated and compiled module of one hostile document. */
  record Module(Path root) {
    String source(String relative) {
      return read(root.resolve("src/main/java/com/example/hostile/" + relative));
    }

    boolean has(String relative) {
      return Files.exists(root.resolve("src/main/java/com/example/hostile/" + relative));
    }

    /** Every generated Java source, one after the other. */
    String allSources() {
      try (Stream<Path> files = Files.walk(root.resolve("src/main/java"))) {
        return files.filter(p -> p.toString().endsWith(".java")).sorted().map(HostileDocumentsTest::read)
            .collect(Collectors.joining("\n"));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }

  /** What is checked of the module beyond its warnings, report and compilation. */
  interface Check {
    void verify(Module m);
  }

  /**
   * One hostile document.
   *
   * @param warnings the rendered warnings, in order
   * @param report the report's entries as text ({@code [pass] document#pointer: before -> after (why)})
   */
  record Case(String name, List<String> warnings, String report, Check check) {
    @Override
    public String toString() {
      return name;
    }
  }

  /** The two entries every document here has: the resource address of its operation, and the key it sends. */
  private static String security(String name) {
    return "[security] " + name + ".yaml#/security: (absent) -> optional bearer API key  (the document declares no"
        + " authentication; the client sends a key only when one is given)\n";
  }

  private static String chat(String name) {
    return "[operation-ids] " + name + ".yaml#/paths/~1chat/post: operationId chat -> chat.create  (resource-style address"
        + " derived from the path and HTTP method)\n";
  }

  /** A description document: every description of {@code /chat} and its schema is {@code text}. */
  private static Case description(String name, Check check) {
    return new Case(name, List.of(), chat(name) + security(name), check);
  }

  static Stream<Case> corpus() {
    return Stream.of(
        description("description-close-comment", m -> {
          // The javadoc goes on after the description's "*/": the comment is not ended early.
          assertThat(m.source("model/Req.java")).contains("ends the comment *&#47; here, and /* opens one");
          assertThat(m.allSources()).doesNotContain("comment */ here");
        }),
        description("description-unicode-escape", m -> {
          // javac reads a backslash, u and 000a as a line break and u002a/ as the end of a comment, even inside one.
          assertThat(m.source("model/Req.java")).contains("a &#92;u000a line break and &#92;u002a/ a comment end");
          assertThat(m.allSources()).doesNotContain("\\u000a", "\\u002a");
        }),
        description("description-script", m -> {
          assertThat(m.source("model/Req.java")).contains("&lt;script&gt;alert(1)&lt;/script&gt; and &lt;b&gt;bold&lt;/b&gt; &amp; more");
          assertThat(m.allSources()).doesNotContain("<script>", "<b>");
        }),
        description("description-dollar", m -> {
          // JavaPoet reads '$' as the start of a placeholder in a format; descriptions are arguments, so they survive.
          assertThat(m.source("model/Req.java")).contains("costs $5 per $1M tokens; ${variable} and $$");
          assertThat(m.source("resources/ChatResource.java")).contains("costs $5 per $1M tokens; ${variable} and $$");
        }),
        description("description-inline-tag", m -> {
          assertThat(m.source("model/Req.java"))
              .contains("use {{@literal @}code x} or {{@literal @}link Foo} and {@literal @}param, {@literal @}return");
          assertThat(m.allSources()).doesNotContain("use {@code x}", "{@link Foo}", " @param, ");
        }),
        new Case("description-html-published", List.of(),
            "[operation-ids] description-html-published.yaml#/paths/~1images/post: operationId generateImage"
                + " -> images.generate  (the verb of the operationId, on the resource of the path)\n"
                + "[inline-schemas] description-html-published.yaml#/paths/~1images/post/requestBody/content/"
                + "application~1json/schema: (inline object) -> GenerateImageRequest  (named after its operation)\n"
                + security("description-html-published"),
            m -> assertThat(m.source("model/GenerateImageRequest.java"))
                .contains("The model to use for image generation.&lt;br&gt; &lt;br&gt; [See all image models]")),
        new Case("discriminator-missing-property", List.of(),
            "[operation-ids] discriminator-missing-property.yaml#/paths/~1messages/post: operationId send -> messages.create"
                + "  (resource-style address derived from the path and HTTP method; the operationId's 'send' is the usual 'create')\n"
                + "[discriminators] discriminator-missing-property.yaml#/components/schemas/Message/discriminator:"
                + " {\"propertyName\":\"kind\"} -> (absent)  (the declared discriminator cannot tell the members apart"
                + " (UserMessage has no constant value for 'kind'); members are chosen by their shape)\n"
                + security("discriminator-missing-property"),
            m -> assertThat(m.source("model/Message.java")).doesNotContain("tagged(", "\"kind\"")
                .contains("variant(JsonShape.object().constant(\"role\", \"user\"), UserMessage.class",
                    "variant(JsonShape.object().constant(\"role\", \"tool\"), ToolMessage.class")),
        new Case("enum-case-and-punctuation", List.of(),
            chat("enum-case-and-punctuation") + security("enum-case-and-punctuation")
                + numbered("enum-case-and-punctuation", "Mode/enum/1", "AUTO", "AUTO2", "auto", "AUTO")
                + numbered("enum-case-and-punctuation", "Mode/enum/2", "Auto", "AUTO3", "auto", "AUTO")
                + numbered("enum-case-and-punctuation", "Mode/enum/4", "gpt_4", "GPT_4_2", "gpt-4", "GPT_4")
                + numbered("enum-case-and-punctuation", "Mode/enum/5", "gpt.4", "GPT_4_3", "gpt-4", "GPT_4")
                + numbered("enum-case-and-punctuation", "Mode/enum/6", "gpt 4", "GPT_4_4", "gpt-4", "GPT_4")
                + numbered("enum-case-and-punctuation", "Mode/enum/8", "-", "EMPTY2", "", "EMPTY"),
            m -> assertThat(m.source("model/Mode.java")).contains("Mode AUTO = new Mode(\"auto\"", "Mode AUTO2 = new Mode(\"AUTO\"",
                "Mode AUTO3 = new Mode(\"Auto\"", "Mode GPT_4 = new Mode(\"gpt-4\"", "Mode GPT_4_2 = new Mode(\"gpt_4\"",
                "Mode GPT_4_3 = new Mode(\"gpt.4\"", "Mode GPT_4_4 = new Mode(\"gpt 4\"", "Mode EMPTY = new Mode(\"\"",
                "Mode EMPTY2 = new Mode(\"-\"", "Mode _1 = new Mode(\"1\"")),
        new Case("keyword-and-digit-names", List.of(),
            "[operation-ids] keyword-and-digit-names.yaml#/paths/~1settings/post: operationId update -> settings.update"
                + "  (the verb of the operationId, on the resource of the path)\n" + security("keyword-and-digit-names"),
            m -> assertThat(m.source("model/Settings.java")).contains("@JsonProperty(\"class\")", "public String class_()",
                "public Optional<Boolean> new_()", "public Optional<Long> default_()", "public Optional<String> enum_()",
                "@JsonProperty(\"_\")", "public Optional<Boolean> _2fa()", "@JsonProperty(\"123\")", "public Optional<String> _123()",
                "public Optional<String> _1stChoice()", "public Builder class_(String class_)")),
        new Case("non-ascii-names", List.of(),
            "[operation-ids] non-ascii-names.yaml#/paths/~1größe/post: operationId créerRéponse -> grosse.create"
                + "  (resource-style address derived from the path and HTTP method)\n"
                + "[operation-ids] non-ascii-names.yaml#/paths/~1größe/post/operationId: créerRéponse -> creerReponse"
                + "  (operationIds become Java method names in generated code)\n"
                + security("non-ascii-names"),
            m -> {
              assertThat(m.has("resources/GrosseResource.java")).isTrue();
              assertThat(m.source("model/Translation.java")).contains("@JsonProperty(\"größe\")", "public Long grosse()",
                  "@JsonProperty(\"naïve\")", "public Optional<String> naive()", "@JsonProperty(\"😀\")", "public Optional<String> value()",
                  "Mode GROSSER = new Mode(\"größer\"");
            }),
        new Case("sanitised-name-collision", List.of(),
            "[schema-name-characters] sanitised-name-collision.yaml#/components/schemas/item: item -> Item2  ('item' differs"
                + " from 'Item' only in case; their classes would be one file on a case-insensitive file system)\n"
                + "[operation-ids] sanitised-name-collision.yaml#/paths/~1items/put: operationId create_item -> items.create"
                + "  (the verb of the operationId, on the resource of the path)\n"
                + "[operation-ids] sanitised-name-collision.yaml#/paths/~1items/post: operationId create-item -> items.createItem"
                + "  ('items.create' is also create_item's address; this one is named after its operationId)\n"
                + "[operation-ids] sanitised-name-collision.yaml#/paths/~1items/post/operationId: create-item -> createItem"
                + "  (operationIds become Java method names in generated code)\n"
                + security("sanitised-name-collision")
                + numbered("sanitised-name-collision", "Item/properties/user_id", "user_id", "userId2", "user-id", "userId")
                + numbered("sanitised-name-collision", "Item/properties/userId", "userId", "userId3", "user-id", "userId")
                + numbered("sanitised-name-collision", "Item/properties/max_tokens", "max_tokens", "maxTokens2", "max.tokens",
                    "maxTokens"),
            m -> {
              assertThat(m.has("model/Item.java")).isTrue();
              assertThat(m.has("model/Item2.java")).isTrue();
              assertThat(m.source("model/Item.java")).contains("@JsonProperty(\"user-id\")", "public Optional<String> userId()",
                  "public Optional<String> userId2()", "public Optional<Long> userId3()", "public Optional<Long> maxTokens2()");
              assertThat(m.source("resources/ItemsResource.java")).contains("ResponseSpec<Void> CREATE_ITEM =",
                  "ResponseSpec<Item2> CREATE_ITEM_2 =", "public Void create(Item params)", "public Item2 createItem(Item params)");
            }),
        new Case("two-request-bodies", List.of(),
            "[operation-ids] two-request-bodies.yaml#/paths/~1files/post: operationId upload -> files.upload  (the verb of"
                + " the operationId, on the resource of the path)\n"
                + "[inline-schemas] two-request-bodies.yaml#/paths/~1files/post/requestBody/content/application~1json/schema:"
                + " (inline object) -> UploadRequest  (named after its operation)\n"
                + "[inline-schemas] two-request-bodies.yaml#/paths/~1files/post/requestBody/content/multipart~1form-data/schema:"
                + " (inline object) -> UploadRequest2  (named after its operation)\n"
                + "[request-content-type] two-request-bodies.yaml#/paths/~1files/post/requestBody/content: application/json,"
                + " multipart/form-data -> client sends application/json  (one content type is enough for a client; the"
                + " document keeps all that the server accepts)\n"
                + security("two-request-bodies"),
            m -> assertThat(m.source("resources/FilesResource.java")).contains("public Void upload(UploadRequest params)")
                .doesNotContain("UploadRequest2 params")));
  }

  /** The report entry of a Java name numbered because {@code first} took it. */
  private static String numbered(String name, String member, String json, String javaName, String first, String wanted) {
    String reason = "'" + first + "' and '" + json + "' both give the Java name " + wanted + "; the later one is numbered";
    return "[java-names] " + name + ".yaml#/components/schemas/" + member + ": " + json + " -> " + javaName + "  (" + reason + ")\n";
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("corpus")
  void eachHostileDocumentGivesAModuleThatCompilesAndKeepsWhatItThreatens(Case c) throws IOException {
    ProviderConfig provider = new ProviderConfig("hostile", "Hostile", List.of(DOCS.resolve(c.name() + ".yaml")),
        "com.example.hostile", "ExampleClient", "hostile", "EXAMPLE_API_KEY", Overrides.NONE);
    Generator generator = new Generator();
    NormalizeResult normalized = generator.normalize(provider);
    generator.model(provider, normalized); // the model adds what its naming decided to the report

    assertThat(normalized.warnings().stream().map(Diagnostic::render).toList()).as("warnings").isEqualTo(c.warnings());
    assertThat(normalized.report().toText()).as("report").isEqualTo(c.report());

    Path written = ModuleWriter.write(generator.generate(provider, Optional.empty()), dir.resolve("out"));
    assertThat(RobustGenerationTest.compile(written.resolve("src/main/java"), dir.resolve("classes")))
        .as("javac output for %s", c.name()).isEmpty();
    c.check().verify(new Module(written));
  }

  private static String read(Path file) {
    try {
      return Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
