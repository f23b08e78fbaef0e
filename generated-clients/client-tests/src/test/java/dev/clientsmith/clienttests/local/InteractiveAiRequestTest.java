package dev.clientsmith.clienttests.local;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import dev.clientsmith.clients.interactiveai.InteractiveAiClient;
import dev.clientsmith.clients.interactiveai.model.AssistantMessage;
import dev.clientsmith.clients.interactiveai.model.ChatGenerationParams;
import dev.clientsmith.clients.interactiveai.model.ChatMessageContentItem;
import dev.clientsmith.clients.interactiveai.model.ChatMessageContentItemImageImageUrl;
import dev.clientsmith.clients.interactiveai.model.ChatMessageContentItemImageImageUrlDetail;
import dev.clientsmith.clients.interactiveai.model.ChatMessageContentItemText;
import dev.clientsmith.clients.interactiveai.model.CompletionCreateParams;
import dev.clientsmith.clients.interactiveai.model.CompletionCreateParamsPrompt;
import dev.clientsmith.clients.interactiveai.model.Message;
import dev.clientsmith.clients.interactiveai.model.Stop;
import dev.clientsmith.clients.interactiveai.model.SystemMessage;
import dev.clientsmith.clients.interactiveai.model.SystemMessageContent;
import dev.clientsmith.clients.interactiveai.model.UserMessage;
import dev.clientsmith.clients.interactiveai.model.UserMessageContent;
import dev.clientsmith.clienttests.support.LocalServer;
import dev.clientsmith.clienttests.support.RecordedRequest;
import dev.clientsmith.clienttests.support.TestResources;
import dev.clientsmith.runtime.RequestOptions;
import dev.clientsmith.runtime.json.ClientJson;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** The exact bytes the Interactive AI client sends, union by union, for chat and text completions. */
@Timeout(10)
class InteractiveAiRequestTest {

  private LocalServer server;
  private InteractiveAiClient client;

  @BeforeEach
  void start() {
    server = LocalServer.start();
    client = InteractiveAiClient.builder().apiKey("k").baseUrl(server.baseUrl())
        .maxRetries(0).timeout(Duration.ofSeconds(5)).build();
  }

  @AfterEach
  void stop() {
    client.close();
    server.close();
  }

  private RecordedRequest chat(ChatGenerationParams params) {
    return chat(params, RequestOptions.none());
  }

  private RecordedRequest chat(ChatGenerationParams params, RequestOptions options) {
    int before = server.requestCount();
    server.enqueueJson(TestResources.text("local/interactive-ai/chat-completion.json"));
    client.chat().completions().create(params, options);
    assertThat(server.requestCount()).as("requests sent").isEqualTo(before + 1);
    return server.takeRequest();
  }

  private RecordedRequest complete(CompletionCreateParams params) {
    int before = server.requestCount();
    server.enqueueJson(TestResources.text("local/interactive-ai/text-completion.json"));
    client.completions().create(params);
    assertThat(server.requestCount()).as("requests sent").isEqualTo(before + 1);
    return server.takeRequest();
  }

  /** The body of a chat request with these messages and model "m". */
  private String chatBodyOf(Message... messages) {
    return chat(ChatGenerationParams.builder().messages(List.of(messages)).model("m").build()).bodyText();
  }

  @Test
  void userShortcutSendsRoleAndStringContentWithBearerAuth() {
    RecordedRequest request = chat(ChatGenerationParams.builder().addMessage(Message.user("hi")).model("m").build());

    assertThat(request.method()).isEqualTo("POST");
    assertThat(request.target()).isEqualTo("/chat/completions");
    assertThat(request.header("Authorization")).contains("Bearer k");
    assertThat(request.header("Content-Type")).contains("application/json");
    assertThat(request.bodyText()).isEqualTo("{\"messages\":[{\"role\":\"user\",\"content\":\"hi\"}],\"model\":\"m\"}");
  }

  @Test
  void everyRoleShortcutSendsItsRole() {
    assertThat(chatBodyOf(Message.system("s"), Message.developer("d"), Message.user("u"), Message.assistant("a")))
        .isEqualTo("{\"messages\":[{\"role\":\"system\",\"content\":\"s\"},{\"role\":\"developer\",\"content\":\"d\"},"
            + "{\"role\":\"user\",\"content\":\"u\"},{\"role\":\"assistant\",\"content\":\"a\"}],\"model\":\"m\"}");
  }

  @Test
  void systemMessageBuiltExplicitlyWithNameIsSent() {
    Message system = Message.ofSystem(SystemMessage.builder()
        .content(SystemMessageContent.ofString("You are terse."))
        .name("policy")
        .build());

    assertThat(chatBodyOf(system)).isEqualTo(
        "{\"messages\":[{\"role\":\"system\",\"content\":\"You are terse.\",\"name\":\"policy\"}],\"model\":\"m\"}");
  }

  @Test
  void systemContentAsArrayOfTextPartsIsSentAsArray() {
    Message system = Message.ofSystem(SystemMessage.builder()
        .content(SystemMessageContent.ofChatMessageContentItemTexts(List.of(
            ChatMessageContentItemText.builder().text("Rule one.").build(),
            ChatMessageContentItemText.builder().text("Rule two.").build())))
        .build());

    assertThat(chatBodyOf(system)).isEqualTo("{\"messages\":[{\"role\":\"system\",\"content\":"
        + "[{\"type\":\"text\",\"text\":\"Rule one.\"},{\"type\":\"text\",\"text\":\"Rule two.\"}]}],\"model\":\"m\"}");
  }

  @Test
  void userContentAsArrayOfTextAndImagePartsIsSentAsArray() {
    Message user = Message.ofUser(UserMessage.builder()
        .content(UserMessageContent.ofChatMessageContentItems(List.of(
            ChatMessageContentItem.ofText(ChatMessageContentItemText.builder().text("What is this?").build()),
            ChatMessageContentItem.ofImageUrl(ChatMessageContentItem.ImageUrl.builder()
                .imageUrl(ChatMessageContentItemImageImageUrl.builder()
                    .url("data:image/png;base64,iVBORw0KGgo=")
                    .detail(ChatMessageContentItemImageImageUrlDetail.LOW)
                    .build())
                .build()))))
        .build());

    assertThat(chatBodyOf(user)).isEqualTo("{\"messages\":[{\"role\":\"user\",\"content\":["
        + "{\"type\":\"text\",\"text\":\"What is this?\"},"
        + "{\"type\":\"image_url\",\"image_url\":{\"url\":\"data:image/png;base64,iVBORw0KGgo=\",\"detail\":\"low\"}}"
        + "]}],\"model\":\"m\"}");
  }

  @Test
  void assistantMessageWithExplicitNullContentSendsNull() {
    Message assistant = Message.ofAssistant(AssistantMessage.builder().content(null).refusal("no").build());

    assertThat(chatBodyOf(assistant)).isEqualTo(
        "{\"messages\":[{\"role\":\"assistant\",\"content\":null,\"refusal\":\"no\"}],\"model\":\"m\"}");
  }

  @Test
  void stopIsSentAsStringAsListOrAsNull() {
    ChatGenerationParams base = ChatGenerationParams.builder().addMessage(Message.user("hi")).build();
    String prefix = "{\"messages\":[{\"role\":\"user\",\"content\":\"hi\"}],";

    assertThat(chat(base.toBuilder().stop(Stop.ofString("END")).build()).bodyText())
        .isEqualTo(prefix + "\"stop\":\"END\"}");
    assertThat(chat(base.toBuilder().stop(Stop.ofStrings(List.of("\n", "###"))).build()).bodyText())
        .isEqualTo(prefix + "\"stop\":[\"\\n\",\"###\"]}");
    assertThat(chat(base.toBuilder().stop(null).build()).bodyText())
        .isEqualTo(prefix + "\"stop\":null}");
  }

  @Test
  void nullableNumbersAreSentAsNullOrValueAndSpecDefaultsAreNotSent() {
    RecordedRequest request = chat(ChatGenerationParams.builder()
        .addMessage(Message.user("hi"))
        .model("m")
        .temperature(null)
        .maxTokens(100.0)
        .seed(42L)
        .build());

    assertThat(request.bodyText()).isEqualTo("{\"messages\":[{\"role\":\"user\",\"content\":\"hi\"}],\"model\":\"m\","
        + "\"max_tokens\":100,\"seed\":42,\"temperature\":null}");
  }

  @Test
  void additionalPropertyAndExtraBodyPropertyAreSent() {
    RecordedRequest request = chat(
        ChatGenerationParams.builder()
            .addMessage(Message.user("hi"))
            .model("m")
            .putAdditionalProperty("transforms", JsonNodeFactory.instance.arrayNode().add("middle-out"))
            .build(),
        RequestOptions.builder().putExtraBodyProperty("usage", Map.of("include", true)).build());

    assertThat(request.bodyText()).isEqualTo("{\"messages\":[{\"role\":\"user\",\"content\":\"hi\"}],\"model\":\"m\","
        + "\"transforms\":[\"middle-out\"],\"usage\":{\"include\":true}}");
  }

  @Test
  void completionsPromptIsSentAsString() {
    RecordedRequest request = complete(CompletionCreateParams.builder()
        .model("m").prompt(CompletionCreateParamsPrompt.ofString("Once")).build());

    assertThat(request.method()).isEqualTo("POST");
    assertThat(request.target()).isEqualTo("/completions");
    assertThat(request.header("Authorization")).contains("Bearer k");
    assertThat(request.bodyText()).isEqualTo("{\"model\":\"m\",\"prompt\":\"Once\"}");
  }

  @Test
  void completionsPromptIsSentAsStringList() {
    assertThat(complete(CompletionCreateParams.builder()
        .prompt(CompletionCreateParamsPrompt.ofStrings(List.of("Once", "Twice"))).build()).bodyText())
        .isEqualTo("{\"prompt\":[\"Once\",\"Twice\"]}");
  }

  @Test
  void completionsPromptIsSentAsNumberList() {
    // The document types token ids as "number" (double); the client keeps the type, and writes
    // integral values as integers, as JavaScript clients do.
    assertThat(complete(CompletionCreateParams.builder()
        .prompt(CompletionCreateParamsPrompt.ofNumbers(List.of(1212.0, 318.0))).build()).bodyText())
        .isEqualTo("{\"prompt\":[1212,318]}");
  }

  @Test
  void completionsPromptIsSentAsListOfNumberLists() {
    assertThat(complete(CompletionCreateParams.builder()
        .prompt(CompletionCreateParamsPrompt.ofNumberLists(List.of(List.of(1.0, 2.0), List.of(3.5)))).build()).bodyText())
        .isEqualTo("{\"prompt\":[[1,2],[3.5]]}");
  }

  @Test
  void tokenIdsReadAndSentAgainAreTheSameIntegers() throws Exception {
    // Issue 11: [[1,2],[3]] used to go out again as [[1.0,2.0],[3.0]]. Same under a plain mapper.
    String body = "{\"prompt\":[[1,2],[3]]}";
    for (ObjectMapper mapper : List.of(ClientJson.mapper(), new ObjectMapper().findAndRegisterModules())) {
      CompletionCreateParams read = mapper.readValue(body, CompletionCreateParams.class);
      assertThat(read.prompt().asNumberLists()).isEqualTo(List.of(List.of(1.0, 2.0), List.of(3.0)));
      assertThat(mapper.writeValueAsString(read)).isEqualTo(body);
      assertThat(complete(read).bodyText()).isEqualTo(body);
    }
  }

  @Test
  void completionsStopAndNullablesAreSent() {
    assertThat(complete(CompletionCreateParams.builder()
        .prompt(CompletionCreateParamsPrompt.ofString("p"))
        .maxTokens(16L)
        .stop(Stop.ofStrings(List.of(".")))
        .suffix(null)
        .build()).bodyText())
        .isEqualTo("{\"prompt\":\"p\",\"max_tokens\":16,\"stop\":[\".\"],\"suffix\":null}");
  }
}
