package dev.clientsmith.clienttests.local;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.clientsmith.clients.oxen.OxenClient;
import dev.clientsmith.clients.oxen.model.ChatCompletionRequest;
import dev.clientsmith.clients.oxen.model.ChatCompletionRequest.Message;
import dev.clientsmith.clienttests.support.LocalServer;
import dev.clientsmith.clienttests.support.RecordedRequest;
import dev.clientsmith.clienttests.support.TestResources;
import dev.clientsmith.runtime.RequestOptions;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** The exact bytes the Oxen client sends, with and without an API key. */
@Timeout(10)
class OxenRequestTest {

  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private LocalServer server;

  @BeforeEach
  void start() {
    server = LocalServer.start();
  }

  @AfterEach
  void stop() {
    server.close();
  }

  private OxenClient.Builder clientBuilder() {
    return OxenClient.builder().baseUrl(server.baseUrl()).maxRetries(0).timeout(Duration.ofSeconds(5));
  }

  private RecordedRequest send(OxenClient client, ChatCompletionRequest params, RequestOptions options) {
    int before = server.requestCount();
    server.enqueueJson(TestResources.text("local/oxen/chat-completion.json"));
    client.chat().completions().create(params, options);
    assertThat(server.requestCount()).as("requests sent").isEqualTo(before + 1);
    return server.takeRequest();
  }

  private RecordedRequest send(ChatCompletionRequest params) {
    try (OxenClient client = clientBuilder().apiKey("k").build()) {
      return send(client, params, RequestOptions.none());
    }
  }

  private static Message user(String text) {
    return Message.builder().role(Message.Role.USER).content(Message.Content.ofString(text)).build();
  }

  private static ChatCompletionRequest minimal() {
    return ChatCompletionRequest.builder().model("m").addMessage(user("hi")).build();
  }

  @Test
  void withoutApiKeyNoAuthorizationHeaderIsSent() {
    RecordedRequest request;
    try (OxenClient client = clientBuilder().build()) {
      request = send(client, minimal(), RequestOptions.none());
    }

    assertThat(request.header("Authorization")).isEmpty();
    assertThat(request.headerNames()).containsExactlyInAnyOrder(
        "accept", "content-length", "content-type", "host", "user-agent");
  }

  @Test
  void withApiKeyABearerTokenIsSent() {
    RecordedRequest request = send(minimal());

    assertThat(request.header("Authorization")).contains("Bearer k");
  }

  @Test
  void minimalRequestSendsRequiredFieldsOnlyInDocumentOrder() {
    RecordedRequest request = send(minimal());

    assertThat(request.method()).isEqualTo("POST");
    assertThat(request.target()).isEqualTo("/chat/completions");
    assertThat(request.header("Content-Type")).contains("application/json");
    assertThat(request.bodyText()).isEqualTo("{\"messages\":[{\"content\":\"hi\",\"role\":\"user\"}],\"model\":\"m\"}");
  }

  @Test
  void contentAsArrayOfPartsIsSentAsAnArray() {
    ObjectNode text = NODES.objectNode().put("type", "text").put("text", "What is in this image?");
    ObjectNode image = NODES.objectNode().put("type", "image_url");
    image.putObject("image_url").put("url", "data:image/png;base64,iVBORw0KGgo=");

    RecordedRequest request = send(ChatCompletionRequest.builder()
        .model("m")
        .addMessage(Message.builder().role(Message.Role.USER)
            .content(Message.Content.ofJsons(List.of(text, image))).build())
        .build());

    assertThat(request.bodyText()).isEqualTo("{\"messages\":[{\"content\":[{\"type\":\"text\",\"text\":\"What is in this image?\"},"
        + "{\"type\":\"image_url\",\"image_url\":{\"url\":\"data:image/png;base64,iVBORw0KGgo=\"}}],"
        + "\"role\":\"user\"}],\"model\":\"m\"}");
  }

  @Test
  void roleOutsideTheDocumentIsSentAsGiven() {
    RecordedRequest request = send(ChatCompletionRequest.builder()
        .model("m")
        .addMessage(Message.builder().role(Message.Role.of("developer")).content(Message.Content.ofString("x")).build())
        .build());

    assertThat(request.bodyText()).isEqualTo("{\"messages\":[{\"content\":\"x\",\"role\":\"developer\"}],\"model\":\"m\"}");
  }

  @Test
  void explicitNullsAreSentAndUnsetFieldsAreNot() {
    RecordedRequest request = send(ChatCompletionRequest.builder()
        .model("m")
        .addMessage(Message.builder().role(Message.Role.TOOL).content(Message.Content.ofString("42"))
            .toolCallId("call_1").name(null).build())
        .temperature(null)
        .toolChoice(null)
        .maxTokens(64L)
        .build());

    assertThat(request.bodyText()).isEqualTo("{\"max_tokens\":64,"
        + "\"messages\":[{\"content\":\"42\",\"name\":null,\"role\":\"tool\",\"tool_call_id\":\"call_1\"}],"
        + "\"model\":\"m\",\"temperature\":null,\"tool_choice\":null}");
  }

  @Test
  void toolChoiceUnionIsSentAsStringOrObject() {
    ObjectNode named = NODES.objectNode().put("type", "function");
    named.putObject("function").put("name", "search");

    assertThat(send(minimal().toBuilder()
        .toolChoice(ChatCompletionRequest.ToolChoice.ofString("auto")).build()).bodyText())
        .endsWith(",\"model\":\"m\",\"tool_choice\":\"auto\"}");
    assertThat(send(minimal().toBuilder()
        .toolChoice(ChatCompletionRequest.ToolChoice.ofJson(named)).build()).bodyText())
        .endsWith(",\"model\":\"m\",\"tool_choice\":{\"type\":\"function\",\"function\":{\"name\":\"search\"}}}");
  }

  @Test
  void additionalAndExtraBodyPropertiesAreSent() {
    RecordedRequest request;
    try (OxenClient client = clientBuilder().build()) {
      request = send(client,
          minimal().toBuilder().putAdditionalProperty("seed", NODES.numberNode(3)).build(),
          RequestOptions.builder().putExtraBodyProperty("stream", false).build());
    }

    assertThat(request.bodyText()).isEqualTo(
        "{\"messages\":[{\"content\":\"hi\",\"role\":\"user\"}],\"model\":\"m\",\"seed\":3,\"stream\":false}");
  }
}
