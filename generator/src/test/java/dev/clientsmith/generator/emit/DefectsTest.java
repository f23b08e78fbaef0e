package dev.clientsmith.generator.emit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.clientsmith.generator.Generator;
import dev.clientsmith.generator.config.Overrides;
import dev.clientsmith.generator.config.ProviderConfig;
import dev.clientsmith.generator.write.ModuleWriter;
import dev.clientsmith.runtime.json.ClientJson;
import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Minimal documents for constructs that once crashed generation or gave a module that did not
 * compile (published LLM documents use each of them). Every module is generated and compiled with
 * {@code -Xlint:all -Werror}; the assertions pin what the generated code and the report say.
 */
class DefectsTest {
  private static final Path DOCS = Path.of("src/test/resources/robust/defects");

  @TempDir Path dir;

  /** A generated and compiled module. */
  private record Module(Path root, Path classes, String name) {
    String source(String relative) throws IOException {
      return Files.readString(root.resolve("src/main/java/com/example/" + name.replace("-", "") + "/" + relative),
          StandardCharsets.UTF_8);
    }

    String report() throws IOException {
      return Files.readString(root.resolve("NORMALIZATION.md"), StandardCharsets.UTF_8);
    }

    boolean has(String relative) {
      return Files.exists(root.resolve("src/main/java/com/example/" + name.replace("-", "") + "/" + relative));
    }
  }

  private Module generate(String name) throws IOException {
    ProviderConfig provider = new ProviderConfig(name, name, List.of(DOCS.resolve(name + ".yaml")),
        "com.example." + name.replace("-", ""), "ExampleClient", name, "EXAMPLE_API_KEY", Overrides.NONE);
    GeneratedModule module = new Generator().generate(provider, Optional.empty());
    Path written = ModuleWriter.write(module, dir.resolve("out"));
    Path classes = dir.resolve("classes");
    assertThat(RobustGenerationTest.compile(written.resolve("src/main/java"), classes)).as("javac output for %s", name).isEmpty();
    return new Module(written, classes, name);
  }

  @Test
  void declaredDiscriminatorThatCannotTellMembersApartFallsBackToShapes() throws IOException {
    // role: [system, developer] is not one constant, and ToolMessage has no role at all.
    Module m = generate("discriminator-without-constant");
    assertThat(m.source("model/Message.java")).doesNotContain("tagged(").contains("OfToolMessage")
        .contains("JsonShape.object().oneOf(\"role\", \"system\", \"developer\")");
    assertThat(m.report()).contains("the declared discriminator cannot tell the members apart (ToolMessage has no constant"
        + " value for 'role'); members are chosen by their shape");
    assertThat(variant(m, "Message", "{\"role\":\"developer\",\"content\":\"x\"}")).isEqualTo("OfSystemMessage");
    assertThat(variant(m, "Message", "{\"role\":\"tool\",\"content\":\"x\"}")).isEqualTo("OfToolMessage");
  }

  /** The simple class name of the union variant {@code json} is read as, with the module's classes loaded. */
  private String variant(Module m, String union, String json) throws IOException {
    try (URLClassLoader loader = new URLClassLoader(new URL[] {m.classes().toUri().toURL()}, getClass().getClassLoader())) {
      Class<?> type = loader.loadClass("com.example." + m.name().replace("-", "") + ".model." + union);
      return ClientJson.mapper().readValue(json, type).getClass().getSimpleName();
    } catch (ClassNotFoundException e) {
      throw new AssertionError(e);
    }
  }

  @Test
  void declaredMappingIsKeptAndEveryValueSelectsItsMember() throws IOException {
    Module m = generate("discriminator-mapping");
    String union = m.source("model/Message.java").replaceAll("\\s+", " ");
    assertThat(union).contains("tagged(List.of(\"system\", \"developer\"), SystemMessage.class, OfSystem::new)")
        .contains("tagged(List.of(\"user\"), UserMessage.class, OfUser::new)");
    assertThat(variant(m, "Message", "{\"content\":\"x\",\"role\":\"developer\"}")).isEqualTo("OfSystem");
    assertThat(variant(m, "Message", "{\"role\":\"user\",\"content\":\"x\"}")).isEqualTo("OfUser");
    assertThat(m.report()).doesNotContain("/components/schemas/Message/discriminator");
  }

  @Test
  void fileAnswerOfAnOperationWithoutParametersHasAnUnbufferedCallThatCompiles() throws IOException {
    Module m = generate("binary-without-parameters");
    assertThat(m.source("resources/ExportResource.java").replaceAll("\\s+", " "))
        .contains("public InputStream retrieveStream() { return retrieveStream(RequestOptions.none()); }");
  }

  @Test
  void jsonNamesWithFormatAndCommentCharactersAreTextInTheJavadoc() throws IOException {
    Module m = generate("names-with-markup");
    assertThat(m.source("model/Request.java")).contains("<code>stop$2r*&#47;}</code>")
        .contains("<code>tags{@literal @}{x}</code>").doesNotContain("{@code stop").doesNotContain("{@code tags");
  }

  @Test
  void pathSegmentsStartingWithADigitOrBeingKeywordsNameValidResources() throws IOException {
    Module m = generate("digit-and-keyword-segments");
    assertThat(m.source("ExampleClient.java")).contains("public Path2faResource _2fa()").contains("public ClassResource class_()");
  }

  @Test
  void inlineEnumMemberOfAPropertyUnionIsANestedType() throws IOException {
    Module m = generate("inline-enum-in-union");
    assertThat(m.source("model/ChatRequest.java")).contains("sealed interface ToolChoice permits ToolChoice.OfLiteral,"
        + " ToolChoice.OfNamed, ToolChoice.Unknown").contains("final class Literal {");
  }

  @Test
  void enumMembersOfDifferentTypesGetDistinctNamesAndANullableOneIsMerged() throws IOException {
    Module m = generate("enum-members");
    String request = m.source("model/ChatRequest.java");
    assertThat(request).contains("sealed interface Stop permits Stop.OfLiteral, Stop.OfIntegerLiteral, Stop.Unknown")
        .contains("REQUIRED");
    assertThat(request.split("JsonShape\\.string\\(\\)", -1)).as("one string branch").hasSize(2);
  }

  @Test
  void variantsSharingADiscriminatorValueAreToldApartByShapeAndReported() throws IOException {
    Module m = generate("shared-discriminator-value");
    String union = m.source("model/Completion.java");
    assertThat(union).doesNotContain("tagged(").contains("OfTextCompletion").contains("OfLogprobCompletion")
        .contains(".requiresNonNull(\"logprobs\")");
    assertThat(m.report()).contains("'object: text_completion' selects both TextCompletion and LogprobCompletion");
  }

  @Test
  void inlineItemsOfANamedArrayAreATopLevelType() throws IOException {
    Module m = generate("array-component");
    assertThat(m.has("model/ChoicesDataItem.java")).isTrue();
    assertThat(m.source("model/Result.java")).contains("List<ChoicesDataItem> choices");
  }

  @Test
  void explicitNullDoesNotMakeARequiredPropertyPresent() throws IOException {
    Module m = generate("union-explicit-null");
    assertThat(variant(m, "AssistantMessage", "{\"role\":\"assistant\",\"content\":null,\"tool_calls\":[\"t\"]}"))
        .isEqualTo("OfToolCallMessage");
    assertThat(variant(m, "AssistantMessage", "{\"role\":\"assistant\",\"content\":\"hi\"}")).isEqualTo("OfTextMessage");
  }

  @Test
  void allOfOfAUnionAndAnObjectIsAUnionOfObjectsAndTheRestIsReportedAsJson() throws IOException {
    Module m = generate("allof-union");
    String message = m.source("model/Message.java");
    assertThat(message).contains("sealed interface Message permits Message.OfContent, Message.OfToolCalls, Message.Unknown")
        .contains("JsonShape.object().requiresNonNull(\"tool_calls\").requiresNonNull(\"role\")");
    assertThat(m.source("model/Chat.java")).contains("JsonNode payload");
    assertThat(m.report()).contains("no member of the union can also be the object allOf asks for; it is read as JSON")
        .doesNotContain("ChatPayload");
  }

  /** {@code logit_bias} as a list adds a bias, not a "bia". */
  @Test
  void adderOfAListNamedLikeAPluralThatIsNot() throws IOException {
    Module m = generate("list-names");
    assertThat(m.source("model/Sampling.java")).contains("addLogitBiasItem(").doesNotContain("addLogitBia(").contains("addStopWord(");
  }

  /** An operation on '/' is callable (here on the resource 'root', as it has no tag), and the README shows that call. */
  @Test
  void operationOnTheRootPathIsCallable() throws IOException {
    Module m = generate("root-path");
    assertThat(m.source("ExampleClient.java")).contains("public RootResource root()");
    assertThat(m.source("resources/RootResource.java")).contains("public GenerateResponse generate(GenerateRequest params)");
    assertThat(m.source("resources/InfoResource.java")).contains("public GetModelInfoResponse retrieve()");
    assertThat(Files.readString(m.root().resolve("README.md"), StandardCharsets.UTF_8))
        .contains("| `client.root().generate(params)` | `POST /` |").contains("client.root().generate(");
  }

  @Test
  void operationNamedLikeAnotherOperationsStreamingCallIsToldApart() throws IOException {
    // Both are completions.create; the PUT would take its operationId 'createStreaming', which is the
    // name of the POST's streaming call (it declares 'stream'): the same Java signature twice.
    Module m = generate("streaming-twin");
    assertThat(m.source("resources/CompletionsResource.java")).contains("public Res create(Req params)")
        .contains("public StreamResponse<Res> createStreaming(Req params)").contains("public Res createStreaming2(Req params)");
    assertThat(m.report()).contains("createStreaming2");
  }
}
