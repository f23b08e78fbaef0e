package dev.clientsmith.clienttests.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import dev.clientsmith.clients.interactiveai.InteractiveAiClient;
import dev.clientsmith.clients.interactiveai.model.AssistantMessage;
import dev.clientsmith.clients.interactiveai.model.AssistantMessageContent;
import dev.clientsmith.clients.interactiveai.model.ChatGenerationParams;
import dev.clientsmith.clients.interactiveai.model.ChatGenerationParamsDebug;
import dev.clientsmith.clients.interactiveai.model.ChatGenerationParamsProvider;
import dev.clientsmith.clients.interactiveai.model.ChatGenerationParamsProviderDataCollection;
import dev.clientsmith.clients.interactiveai.model.ChatGenerationParamsProviderMaxPrice;
import dev.clientsmith.clients.interactiveai.model.ChatGenerationParamsReasoning;
import dev.clientsmith.clients.interactiveai.model.ChatGenerationParamsReasoningEffort;
import dev.clientsmith.clients.interactiveai.model.ChatGenerationParamsResponseFormat;
import dev.clientsmith.clients.interactiveai.model.ChatGenerationParamsRoute;
import dev.clientsmith.clients.interactiveai.model.ChatMessageContentItem;
import dev.clientsmith.clients.interactiveai.model.ChatMessageContentItemAudioInputAudio;
import dev.clientsmith.clients.interactiveai.model.ChatMessageContentItemCacheControl;
import dev.clientsmith.clients.interactiveai.model.ChatMessageContentItemCacheControlTtl;
import dev.clientsmith.clients.interactiveai.model.ChatMessageContentItemImageImageUrl;
import dev.clientsmith.clients.interactiveai.model.ChatMessageContentItemImageImageUrlDetail;
import dev.clientsmith.clients.interactiveai.model.ChatMessageContentItemText;
import dev.clientsmith.clients.interactiveai.model.ChatMessageToolCall;
import dev.clientsmith.clients.interactiveai.model.ChatMessageToolCallFunction;
import dev.clientsmith.clients.interactiveai.model.ChatResponse;
import dev.clientsmith.clients.interactiveai.model.ChatStreamOptions;
import dev.clientsmith.clients.interactiveai.model.CompletionCreateParams;
import dev.clientsmith.clients.interactiveai.model.CompletionCreateParamsPrompt;
import dev.clientsmith.clients.interactiveai.model.CompletionCreateParamsResponseFormat;
import dev.clientsmith.clients.interactiveai.model.CompletionCreateParamsStreamOptions;
import dev.clientsmith.clients.interactiveai.model.CompletionResponse;
import dev.clientsmith.clients.interactiveai.model.DeveloperMessage;
import dev.clientsmith.clients.interactiveai.model.DeveloperMessageContent;
import dev.clientsmith.clients.interactiveai.model.ErrorResponse;
import dev.clientsmith.clients.interactiveai.model.FileParserPlugin;
import dev.clientsmith.clients.interactiveai.model.FileParserPluginPdf;
import dev.clientsmith.clients.interactiveai.model.FileParserPluginPdfEngine;
import dev.clientsmith.clients.interactiveai.model.JSONSchemaConfig;
import dev.clientsmith.clients.interactiveai.model.Message;
import dev.clientsmith.clients.interactiveai.model.ModerationPlugin;
import dev.clientsmith.clients.interactiveai.model.NamedToolChoice;
import dev.clientsmith.clients.interactiveai.model.NamedToolChoiceFunction;
import dev.clientsmith.clients.interactiveai.model.Plugin;
import dev.clientsmith.clients.interactiveai.model.Price;
import dev.clientsmith.clients.interactiveai.model.ProviderName;
import dev.clientsmith.clients.interactiveai.model.ProviderSort;
import dev.clientsmith.clients.interactiveai.model.ProviderSortConfig;
import dev.clientsmith.clients.interactiveai.model.ProviderSortConfigPartition;
import dev.clientsmith.clients.interactiveai.model.ProviderSortUnion;
import dev.clientsmith.clients.interactiveai.model.Quantization;
import dev.clientsmith.clients.interactiveai.model.ReasoningSummaryVerbosity;
import dev.clientsmith.clients.interactiveai.model.ResponseFormatJSONSchema;
import dev.clientsmith.clients.interactiveai.model.ResponseFormatJsonObject;
import dev.clientsmith.clients.interactiveai.model.ResponseFormatPython;
import dev.clientsmith.clients.interactiveai.model.ResponseFormatText;
import dev.clientsmith.clients.interactiveai.model.ResponseFormatTextGrammar;
import dev.clientsmith.clients.interactiveai.model.ResponseHealingPlugin;
import dev.clientsmith.clients.interactiveai.model.Stop;
import dev.clientsmith.clients.interactiveai.model.SystemMessage;
import dev.clientsmith.clients.interactiveai.model.SystemMessageContent;
import dev.clientsmith.clients.interactiveai.model.ToolChoiceOption;
import dev.clientsmith.clients.interactiveai.model.ToolDefinitionJson;
import dev.clientsmith.clients.interactiveai.model.ToolDefinitionJsonFunction;
import dev.clientsmith.clients.interactiveai.model.ToolResponseMessage;
import dev.clientsmith.clients.interactiveai.model.ToolResponseMessageContent;
import dev.clientsmith.clients.interactiveai.model.UserMessage;
import dev.clientsmith.clients.interactiveai.model.UserMessageContent;
import dev.clientsmith.clients.interactiveai.model.WebPlugin;
import dev.clientsmith.clients.interactiveai.model.WebPluginEngine;
import dev.clientsmith.runtime.RawResponse;
import dev.clientsmith.runtime.errors.ApiStatusException;
import dev.clientsmith.runtime.errors.AuthenticationException;
import dev.clientsmith.runtime.errors.BadRequestException;
import dev.clientsmith.runtime.errors.InternalServerException;
import dev.clientsmith.runtime.errors.RateLimitException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Interactive AI's generated client against two Prism servers and two request validators, one per
 * original document ({@code specs/interactive-ai-chat.md}: {@code POST /chat/completions};
 * {@code specs/interactive-ai-completions.md}: {@code POST /completions}), both on the server
 * {@code https://app.interactive.ai/api/v1}. The judge sends each request to the document that
 * declares its path. The client is ONE merged API: types the two documents share (Stop, ModelName,
 * the response formats) are single Java types, so this also checks that the merge kept each
 * document's shape.
 */
class InteractiveAiContractTest {

  @RegisterExtension
  static final PrismHarness PRISM = new PrismHarness("interactive-ai");

  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
  private static InteractiveAiClient client;
  private static ObjectMapper mapper;

  @BeforeAll
  static void client() {
    client = InteractiveAiClient.builder().apiKey("test-key").transport(PRISM.judge()).build();
    mapper = client.options().jsonMapper();
  }

  @AfterAll
  static void close() {
    client.close();
  }

  private static <T> T pick(List<T> values, int i) {
    return values.get(i % values.size());
  }

  // ---------------------------------------------------------------- chat: POST /chat/completions

  /** Only what the chat document requires: {@code messages}. */
  static ChatGenerationParams minimalChat() {
    return ChatGenerationParams.builder()
        .messages(List.of(Message.ofUser(UserMessage.builder().content(UserMessageContent.ofString("Hello")).build())))
        .build();
  }

  /** The number of full chat requests: enough for the longest single-valued enum (reasoning effort). */
  static int fullChatCount() {
    return ChatGenerationParamsReasoningEffort.values().size();
  }

  /** Every property with a value; {@code i} picks enum values and union branches in turn. */
  static ChatGenerationParams fullChat(int i) {
    boolean even = i % 2 == 0;
    List<ProviderName> some = new ArrayList<>(ProviderName.values().subList(0, 3));
    some.add(ProviderName.of("A Provider Not Yet In The Document"));
    // Even requests take the plain enum branch, odd ones the config object; i / 2 walks the values.
    ProviderSortUnion sort = even
        ? ProviderSortUnion.ofProviderSort(pick(ProviderSort.values(), i / 2))
        : ProviderSortUnion.ofProviderSortConfig(ProviderSortConfig.builder()
            .by(pick(ProviderSort.values(), i / 2)).partition(pick(ProviderSortConfigPartition.values(), i / 2)).build());
    ChatGenerationParamsProvider provider = ChatGenerationParamsProvider.builder()
        .allowFallbacks(even)
        .requireParameters(!even)
        .dataCollection(pick(ChatGenerationParamsProviderDataCollection.values(), i))
        .zdr(even)
        .enforceDistillableText(!even)
        .order(ProviderName.values())
        .only(some)
        .ignore(List.of(pick(ProviderName.values(), i + 7)))
        .quantizations(Quantization.values())
        .sort(sort)
        .maxPrice(ChatGenerationParamsProviderMaxPrice.builder()
            .prompt(price(i)).completion(price(i + 1)).image(price(i)).audio(price(i + 1)).request(price(i))
            .build())
        .preferredMinThroughput(50.0)
        .preferredMaxLatency(2.5)
        .minThroughput(10.0)
        .maxLatency(5.0)
        .build();
    List<Plugin> plugins = List.of(
        Plugin.ofModeration(ModerationPlugin.builder().build()),
        Plugin.ofWeb(WebPlugin.builder().enabled(even).maxResults(5.0).searchPrompt("Search:")
            .engine(pick(WebPluginEngine.values(), i)).build()),
        Plugin.ofFileParser(FileParserPlugin.builder().enabled(!even)
            .pdf(FileParserPluginPdf.builder().engine(pick(FileParserPluginPdfEngine.values(), i)).build()).build()),
        Plugin.ofResponseHealing(ResponseHealingPlugin.builder().enabled(even).build()));
    ChatGenerationParamsResponseFormat[] formats = {
        ChatGenerationParamsResponseFormat.ofText(ResponseFormatText.builder().build()),
        ChatGenerationParamsResponseFormat.ofJsonObject(ResponseFormatJsonObject.builder().build()),
        ChatGenerationParamsResponseFormat.ofJsonSchema(ResponseFormatJSONSchema.builder()
            .jsonSchema(jsonSchemaConfig()).build()),
        ChatGenerationParamsResponseFormat.ofGrammar(ResponseFormatTextGrammar.builder().grammar("root ::= \"yes\"").build()),
        ChatGenerationParamsResponseFormat.ofPython(ResponseFormatPython.builder().build())};
    List<ToolChoiceOption> toolChoices = new ArrayList<>();
    ToolChoiceOption.Literal.values().forEach(literal -> toolChoices.add(ToolChoiceOption.ofLiteral(literal)));
    toolChoices.add(ToolChoiceOption.ofNamedToolChoice(NamedToolChoice.builder()
        .function(NamedToolChoiceFunction.builder().name("get_weather").build()).build()));
    return ChatGenerationParams.builder()
        .provider(provider)
        .plugins(plugins)
        .route(pick(ChatGenerationParamsRoute.values(), i))
        .user("user-1")
        .sessionId("session-1")
        .messages(messages(i))
        .model("openai/gpt-4o")
        .models(List.of("openai/gpt-4o", "anthropic/claude"))
        .frequencyPenalty(0.5)
        .logitBias(Map.of("50256", -100.0))
        .logprobs(even)
        .topLogprobs(3.0)
        .maxCompletionTokens(512.0)
        .maxTokens(256.0)
        .metadata(Map.of("team", "conformance"))
        .presencePenalty(-0.5)
        .reasoning(ChatGenerationParamsReasoning.builder()
            .effort(pick(ChatGenerationParamsReasoningEffort.values(), i))
            .summary(pick(ReasoningSummaryVerbosity.values(), i))
            .build())
        .responseFormat(formats[i % formats.length])
        .seed(42L)
        .stop(even ? Stop.ofString("END") : Stop.ofStrings(List.of("END", "STOP")))
        .streamOptions(ChatStreamOptions.builder().includeUsage(even).build())
        .temperature(0.7)
        .toolChoice(toolChoices.get(i % toolChoices.size()))
        .tools(List.of(ToolDefinitionJson.builder().function(ToolDefinitionJsonFunction.builder()
            .name("get_weather").description("Weather of a city")
            .parameters(Map.of("type", NODES.textNode("object")))
            .strict(even).build()).build()))
        .topP(0.9)
        .debug(ChatGenerationParamsDebug.builder().echoUpstreamBody(even).build())
        .build();
  }

  private static Price price(int i) {
    return i % 2 == 0 ? Price.ofNumber(0.002) : Price.ofString("0.002");
  }

  private static JSONSchemaConfig jsonSchemaConfig() {
    return JSONSchemaConfig.builder().name("answer").description("The answer")
        .schema(Map.of("type", NODES.textNode("object"))).strict(true).build();
  }

  /** One message of each role, each content shape, each content item variant and enum value. */
  static List<Message> messages(int i) {
    boolean even = i % 2 == 0;
    ChatMessageContentItemText text = ChatMessageContentItemText.builder().text("Look:")
        .cacheControl(ChatMessageContentItemCacheControl.builder()
            .ttl(pick(ChatMessageContentItemCacheControlTtl.values(), i / 2)).build())
        .build();
    List<ChatMessageContentItem> items = List.of(
        ChatMessageContentItem.ofText(text),
        ChatMessageContentItem.ofImageUrl(ChatMessageContentItem.ImageUrl.builder()
            .imageUrl(ChatMessageContentItemImageImageUrl.builder().url("data:image/png;base64,iVBORw0KGgo=")
                .detail(pick(ChatMessageContentItemImageImageUrlDetail.values(), i)).build())
            .build()),
        ChatMessageContentItem.ofInputAudio(ChatMessageContentItem.InputAudio.builder()
            .inputAudio(ChatMessageContentItemAudioInputAudio.builder().data("UklGRg==").format("wav").build())
            .build()),
        ChatMessageContentItem.ofInputVideo(ChatMessageContentItem.InputVideo.builder().build()),
        ChatMessageContentItem.ofVideoUrl(ChatMessageContentItem.VideoUrl.builder().build()));
    return List.of(
        Message.ofSystem(SystemMessage.builder().name("rules")
            .content(even ? SystemMessageContent.ofString("Be brief.")
                : SystemMessageContent.ofChatMessageContentItemTexts(List.of(text)))
            .build()),
        Message.ofDeveloper(DeveloperMessage.builder().name("dev")
            .content(even ? DeveloperMessageContent.ofString("Use JSON.")
                : DeveloperMessageContent.ofChatMessageContentItemTexts(List.of(text)))
            .build()),
        Message.ofUser(UserMessage.builder().name("alice")
            .content(even ? UserMessageContent.ofString("Hello") : UserMessageContent.ofChatMessageContentItems(items))
            .build()),
        Message.ofAssistant(AssistantMessage.builder().name("bot")
            .content(even ? AssistantMessageContent.ofString("Calling a tool.")
                : AssistantMessageContent.ofChatMessageContentItems(items))
            .toolCalls(List.of(ChatMessageToolCall.builder().id("call-1")
                .function(ChatMessageToolCallFunction.builder().name("get_weather").arguments("{\"city\":\"Oslo\"}").build())
                .build()))
            .refusal("none")
            .reasoning("Because.")
            .build()),
        Message.ofTool(ToolResponseMessage.builder().toolCallId("call-1")
            .content(even ? ToolResponseMessageContent.ofString("{\"temp\":3}")
                : ToolResponseMessageContent.ofChatMessageContentItems(items))
            .build()));
  }

  /** Every nullable property of the chat document as an explicit null (two requests). */
  static List<ChatGenerationParams> nullChats() {
    ChatGenerationParams topLevel = ChatGenerationParams.builder()
        .messages(List.of(Message.ofAssistant(AssistantMessage.builder().content(null).refusal(null).reasoning(null).build())))
        .provider(null)
        .route(null)
        .frequencyPenalty(null)
        .logitBias(null)
        .logprobs(null)
        .topLogprobs(null)
        .maxCompletionTokens(null)
        .maxTokens(null)
        .presencePenalty(null)
        .seed(null)
        .stop(null)
        .streamOptions(null)
        .temperature(null)
        .topP(null)
        .responseFormat(ChatGenerationParamsResponseFormat.ofJsonSchema(ResponseFormatJSONSchema.builder()
            .jsonSchema(JSONSchemaConfig.builder().name("answer").strict(null).build()).build()))
        .tools(List.of(ToolDefinitionJson.builder().function(ToolDefinitionJsonFunction.builder()
            .name("f").strict(null).build()).build()))
        .reasoning(ChatGenerationParamsReasoning.builder().effort(null).summary(null).build())
        .build();
    ChatGenerationParams nested = minimalChat().toBuilder()
        .provider(ChatGenerationParamsProvider.builder()
            .allowFallbacks(null)
            .requireParameters(null)
            .dataCollection(null)
            .zdr(null)
            .enforceDistillableText(null)
            .order(null)
            .only(null)
            .ignore(null)
            .quantizations(null)
            .sort(ProviderSortUnion.ofProviderSortConfig(ProviderSortConfig.builder().by(null).partition(null).build()))
            .preferredMinThroughput(null)
            .preferredMaxLatency(null)
            .minThroughput(null)
            .maxLatency(null)
            .build())
        .build();
    ChatGenerationParams nullSort = minimalChat().toBuilder()
        .provider(ChatGenerationParamsProvider.builder().sort(null).build())
        .build();
    return List.of(topLevel, nested, nullSort);
  }

  // ---------------------------------------------------------------- text: POST /completions

  /** Only what the completions document requires: {@code prompt}. */
  static CompletionCreateParams minimalCompletion() {
    return CompletionCreateParams.builder().prompt(CompletionCreateParamsPrompt.ofString("Once upon a time")).build();
  }

  /** Every property with a value; {@code i} picks the prompt shape and the response format. */
  static CompletionCreateParams fullCompletion(int i) {
    CompletionCreateParamsPrompt[] prompts = {
        CompletionCreateParamsPrompt.ofString("Once upon a time"),
        CompletionCreateParamsPrompt.ofStrings(List.of("Once", "upon")),
        CompletionCreateParamsPrompt.ofNumbers(List.of(1.0, 2.0, 3.0)),
        CompletionCreateParamsPrompt.ofNumberLists(List.of(List.of(1.0, 2.0), List.of(3.0)))};
    CompletionCreateParamsResponseFormat[] formats = {
        CompletionCreateParamsResponseFormat.ofResponseFormatText(ResponseFormatText.builder().build()),
        CompletionCreateParamsResponseFormat.ofResponseFormatJsonObject(ResponseFormatJsonObject.builder().build()),
        CompletionCreateParamsResponseFormat.ofResponseFormatJSONSchema(ResponseFormatJSONSchema.builder()
            .jsonSchema(jsonSchemaConfig()).build()),
        CompletionCreateParamsResponseFormat.ofResponseFormatTextGrammar(ResponseFormatTextGrammar.builder()
            .grammar("root ::= \"yes\"").build()),
        CompletionCreateParamsResponseFormat.ofResponseFormatPython(ResponseFormatPython.builder().build())};
    boolean even = i % 2 == 0;
    return CompletionCreateParams.builder()
        .model("openai/gpt-3.5-turbo-instruct")
        .models(List.of("openai/gpt-3.5-turbo-instruct"))
        .prompt(prompts[i % prompts.length])
        .bestOf(2L)
        .echo(even)
        .frequencyPenalty(0.1)
        .logitBias(Map.of("50256", -100.0))
        .logprobs(2L)
        .maxTokens(64L)
        .n(1L)
        .presencePenalty(0.1)
        .seed(7L)
        .stop(even ? Stop.ofString("END") : Stop.ofStrings(List.of("END", "STOP")))
        .streamOptions(CompletionCreateParamsStreamOptions.builder().includeUsage(even).build())
        .suffix("The end.")
        .temperature(0.8)
        .topP(0.95)
        .user("user-1")
        .metadata(Map.of("team", "conformance"))
        .responseFormat(formats[i % formats.length])
        .build();
  }

  /** Every nullable property of the completions document as an explicit null (two requests). */
  static List<CompletionCreateParams> nullCompletions() {
    CompletionCreateParams nested = minimalCompletion().toBuilder()
        .streamOptions(null)
        .responseFormat(CompletionCreateParamsResponseFormat.ofResponseFormatJSONSchema(ResponseFormatJSONSchema.builder()
            .jsonSchema(JSONSchemaConfig.builder().name("answer").strict(null).build()).build()))
        .build();
    return List.of(topLevelNullCompletion(), nested);
  }

  private static CompletionCreateParams topLevelNullCompletion() {
    return minimalCompletion().toBuilder()
        .bestOf(null)
        .echo(null)
        .frequencyPenalty(null)
        .logitBias(null)
        .logprobs(null)
        .maxTokens(null)
        .n(null)
        .presencePenalty(null)
        .seed(null)
        .stop(null)
        .streamOptions(CompletionCreateParamsStreamOptions.builder().includeUsage(null).build())
        .suffix(null)
        .temperature(null)
        .topP(null)
        .metadata(null)
        .responseFormat(null)
        .build();
  }

  // ---------------------------------------------------------------- tests

  @Test
  void everyPropertyBranchEnumValueAndNullOfBothDocumentsIsSentAndValid() {
    SchemaCoverage coverage = PRISM.judge().startCoverage();
    assertThat(client.chat().completions().create(minimalChat())).isNotNull();
    assertThat(PRISM.judge().last().body()).isEqualTo(
        Contract.json("{\"messages\":[{\"role\":\"user\",\"content\":\"Hello\"}]}"));
    for (int i = 0; i < fullChatCount(); i++) {
      assertThat(client.chat().completions().create(fullChat(i), Contract.streamFlag(false))).isNotNull();
    }
    for (ChatGenerationParams request : nullChats()) {
      assertThat(client.chat().completions().create(request)).isNotNull();
    }
    assertThat(client.completions().create(minimalCompletion())).isNotNull();
    assertThat(PRISM.judge().last().body()).isEqualTo(Contract.json("{\"prompt\":\"Once upon a time\"}"));
    for (int i = 0; i < 5; i++) {
      assertThat(client.completions().create(fullCompletion(i), Contract.streamFlag(false))).isNotNull();
    }
    for (CompletionCreateParams request : nullCompletions()) {
      assertThat(client.completions().create(request)).isNotNull();
    }
    Contract.assertCovered(coverage);
    assertThat(PRISM.judge().violations()).isEmpty();
  }

  @Test
  void eachOperationGoesToItsDocumentsServerAndPath() {
    client.chat().completions().create(minimalChat());
    assertThat(PRISM.judge().last().uri().toString()).isEqualTo("https://app.interactive.ai/api/v1/chat/completions");
    assertThat(PRISM.judge().last().route().document().name()).isEqualTo("interactive-ai-chat");
    client.completions().create(minimalCompletion());
    assertThat(PRISM.judge().last().uri().toString()).isEqualTo("https://app.interactive.ai/api/v1/completions");
    assertThat(PRISM.judge().last().route().document().name()).isEqualTo("interactive-ai-completions");
  }

  @Test
  void randomChatResponsesAreReadAndRoundTrip() {
    Contract.randomResponses(PRISM, Contract.RANDOM_RESPONSES, seed -> {
      RawResponse<ChatResponse> raw = client.chat().completions().withRawResponse()
          .create(minimalChat(), Contract.seed(seed));
      Contract.roundTrips(mapper, raw, ChatResponse.class);
      Contract.recognised(raw.value(), "dev.clientsmith.clients.interactiveai", Set.of(), raw.bodyText());
      return raw;
    });
  }

  @Test
  void randomCompletionResponsesAreReadAndRoundTrip() {
    Contract.randomResponses(PRISM, Contract.RANDOM_RESPONSES, seed -> {
      RawResponse<CompletionResponse> raw = client.completions().withRawResponse()
          .create(minimalCompletion(), Contract.seed(seed));
      Contract.roundTrips(mapper, raw, CompletionResponse.class);
      Contract.recognised(raw.value(), "dev.clientsmith.clients.interactiveai", Set.of(), raw.bodyText());
      return raw;
    });
  }

  @Test
  void staticExamplesAreReadAndRoundTrip() {
    RawResponse<ChatResponse> chat = client.chat().completions().withRawResponse()
        .create(minimalChat(), Contract.staticExample());
    Contract.roundTrips(mapper, chat, ChatResponse.class);
    Contract.recognised(chat.value(), "dev.clientsmith.clients.interactiveai", Set.of(), chat.bodyText());
    PRISM.countStaticResponse();
    RawResponse<CompletionResponse> text = client.completions().withRawResponse()
        .create(minimalCompletion(), Contract.staticExample());
    Contract.roundTrips(mapper, text, CompletionResponse.class);
    Contract.recognised(text.value(), "dev.clientsmith.clients.interactiveai", Set.of(), text.bodyText());
    PRISM.countStaticResponse();
    // Prism's static value for a 'number' is the most negative double: it must survive as is.
    assertThat(text.bodyText()).contains("-1.7976931348623157e+308");
    assertThat(text.value().created()).isEqualTo(-Double.MAX_VALUE);
  }

  @Test
  void everyDeclaredErrorStatusBecomesItsExceptionWithTheParsedBody() {
    Map<Integer, Class<? extends ApiStatusException>> declared = Map.of(
        400, BadRequestException.class,
        401, AuthenticationException.class,
        429, RateLimitException.class,
        500, InternalServerException.class);
    declared.forEach((status, type) -> {
      assertThatThrownBy(() -> client.chat().completions().create(minimalChat(), Contract.status(status)))
          .isInstanceOfSatisfying(type, e -> assertTypedError(e, status));
      PRISM.countErrorResponse();
      assertThatThrownBy(() -> client.completions().create(minimalCompletion(), Contract.status(status)))
          .isInstanceOfSatisfying(type, e -> assertTypedError(e, status));
      PRISM.countErrorResponse();
    });
  }

  private static void assertTypedError(ApiStatusException e, int status) {
    assertThat(e.status()).isEqualTo(status);
    assertThat(e.body(ErrorResponse.class)).as("typed body of %s: %s", status, e.rawBody())
        .hasValueSatisfying(body -> assertThat(body.error()).isNotNull());
  }

  @Test
  void missingApiKeyIsRejectedWith401() {
    try (InteractiveAiClient anonymous = InteractiveAiClient.builder().transport(PRISM.judge()).maxRetries(0).build()) {
      assertThatThrownBy(() -> PRISM.judge().expectingViolation("security:",
          () -> anonymous.chat().completions().create(minimalChat())))
          .isInstanceOfSatisfying(AuthenticationException.class, e -> assertTypedError(e, 401));
      PRISM.countErrorResponse();
      assertThatThrownBy(() -> PRISM.judge().expectingViolation("security:",
          () -> anonymous.completions().create(minimalCompletion())))
          .isInstanceOfSatisfying(AuthenticationException.class, e -> assertTypedError(e, 401));
      PRISM.countErrorResponse();
    }
  }

  @Test
  void theJudgeRejectsWhatTheDocumentDoesNot() {
    // An undeclared property (the client sends one only when asked): the judge must catch it,
    // although Prism's own request check is off for this document.
    JsonNode wrong = NODES.objectNode().put("not_in_the_document", true);
    PRISM.judge().expectingViolation("additionalProperties",
        () -> client.chat().completions().create(minimalChat().toBuilder()
            .putAdditionalProperty("not_in_the_document", wrong).build()));
  }
}
