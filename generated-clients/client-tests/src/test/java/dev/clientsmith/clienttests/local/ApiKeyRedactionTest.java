package dev.clientsmith.clienttests.local;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.clientsmith.clients.cortecs.CortecsClient;
import dev.clientsmith.clients.cortecs.model.CompletionRequest;
import dev.clientsmith.clients.interactiveai.InteractiveAiClient;
import dev.clientsmith.clients.interactiveai.model.ChatGenerationParams;
import dev.clientsmith.clients.interactiveai.model.Message;
import dev.clientsmith.clients.jylo.JyloClient;
import dev.clientsmith.clients.jylo.model.ChatCompletionRequest;
import dev.clientsmith.clients.oxen.OxenClient;
import dev.clientsmith.clienttests.support.LocalServer;
import dev.clientsmith.clienttests.support.RecordedRequest;
import dev.clientsmith.clienttests.support.ScriptedResponse;
import dev.clientsmith.runtime.errors.AuthenticationException;
import dev.clientsmith.runtime.errors.PermissionDeniedException;
import dev.clientsmith.runtime.errors.ResponseParseException;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** The API key goes into the Authorization header and nowhere else a user or a log could see it. */
@Timeout(10)
class ApiKeyRedactionTest {

  private static final String KEY = "sk-test-5f1e9c2a7b3d";

  private LocalServer server;

  @BeforeEach
  void start() {
    server = LocalServer.start();
  }

  @AfterEach
  void stop() {
    server.close();
  }

  private static void assertNoKeyInChain(Throwable error) {
    for (Throwable t = error; t != null; t = t.getCause()) {
      assertThat(String.valueOf(t.getMessage())).as("message of %s", t.getClass().getName()).doesNotContain(KEY);
      assertThat(t.toString()).doesNotContain(KEY);
    }
  }

  @Test
  void clientsAndTheirOptionsNeverPrintTheKey() {
    try (CortecsClient cortecs = CortecsClient.builder().apiKey(KEY).baseUrl(server.baseUrl()).build();
        JyloClient jylo = JyloClient.builder().apiKey(KEY).tenant("acme").build();
        InteractiveAiClient interactive = InteractiveAiClient.builder().apiKey(KEY).build();
        OxenClient oxen = OxenClient.builder().apiKey(KEY).putHeader("X-Team", "ml").build()) {
      for (Object printed : List.of(cortecs, cortecs.options(), jylo, jylo.options(),
          interactive, interactive.options(), oxen, oxen.options())) {
        assertThat(printed.toString()).doesNotContain(KEY).contains("***");
      }
      assertThat(cortecs.options().apiKey().orElseThrow().reveal()).isEqualTo(KEY);
    }
  }

  @Test
  void keyIsSentOnlyAsBearerToken() {
    server.enqueueJson("{\"id\":\"x\",\"choices\":[]}");
    try (CortecsClient client = CortecsClient.builder().apiKey(KEY).baseUrl(server.baseUrl()).maxRetries(0).build()) {
      client.chat().completions().create(CompletionRequest.builder().model("m").build());
    }

    RecordedRequest request = server.takeRequest();
    assertThat(request.header("Authorization")).contains("Bearer " + KEY);
    assertThat(request.target()).doesNotContain(KEY);
    assertThat(request.bodyText()).doesNotContain(KEY);
  }

  @Test
  void keyEchoedInAnErrorBodyIsRedactedFromTheExceptionButKeptInTheRawBody() {
    String body = "{\"error\":{\"code\":\"invalid_api_key\",\"message\":\"Incorrect API key provided: " + KEY
        + "\",\"param\":\"\",\"type\":\"authentication_error\"}}";
    server.enqueue(ScriptedResponse.json(401, body));

    AuthenticationException error;
    try (InteractiveAiClient client = InteractiveAiClient.builder().apiKey(KEY).baseUrl(server.baseUrl())
        .maxRetries(0).timeout(Duration.ofSeconds(5)).build()) {
      error = catchThrowableOfType(AuthenticationException.class,
          () -> client.chat().completions().create(ChatGenerationParams.builder().addMessage(Message.user("hi")).build()));
    }

    assertNoKeyInChain(error);
    assertThat(error.getMessage()).contains("Incorrect API key provided: ***");
    assertThat(error.rawBody()).isEqualTo(body);
  }

  @Test
  void keyEchoedInAnAsyncErrorIsRedactedToo() {
    server.enqueue(ScriptedResponse.status(403).withBody("application/problem+json",
        "{\"title\":\"Forbidden\",\"status\":403,\"detail\":\"key " + KEY + " may not use this model\"}"));

    ExecutionException failure;
    try (JyloClient client = JyloClient.builder().apiKey(KEY).baseUrl(server.baseUrl())
        .maxRetries(0).timeout(Duration.ofSeconds(5)).build()) {
      failure = catchThrowableOfType(ExecutionException.class, () -> client.async().completions()
          .create(UUID.randomUUID(), ChatCompletionRequest.builder().messages(List.of()).build())
          .get(5, TimeUnit.SECONDS));
    }

    assertThat(failure.getCause()).isInstanceOf(PermissionDeniedException.class);
    assertNoKeyInChain(failure.getCause());
  }

  @Test
  void keyInAMalformedSuccessBodyDoesNotReachTheParseFailure() {
    server.enqueue(ScriptedResponse.ok("{\"id\": " + KEY + "}"));

    ResponseParseException error;
    try (CortecsClient client = CortecsClient.builder().apiKey(KEY).baseUrl(server.baseUrl())
        .maxRetries(0).timeout(Duration.ofSeconds(5)).build()) {
      error = catchThrowableOfType(ResponseParseException.class,
          () -> client.chat().completions().create(CompletionRequest.builder().model("m").build()));
    }

    assertThat(error.status()).isEqualTo(200);
    assertNoKeyInChain(error);
  }
}
