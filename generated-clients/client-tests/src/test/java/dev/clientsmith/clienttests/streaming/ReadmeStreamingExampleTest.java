package dev.clientsmith.clienttests.streaming;

import static org.assertj.core.api.Assertions.assertThat;

import dev.clientsmith.clients.cortecs.CortecsClient;
import dev.clientsmith.clients.interactiveai.InteractiveAiClient;
import dev.clientsmith.clienttests.support.ReadmeExample;
import dev.clientsmith.clienttests.support.TestResources;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The example of the README's "Streaming" section compiles without a warning ({@code -Xlint:all
 * -Werror}) against the clients, and each of its calls streams from a local server and returns
 * the folded text.
 */
@Timeout(60)
class ReadmeStreamingExampleTest {
  private static final Pattern SECTION_BLOCK = Pattern.compile("^### Streaming$.*?```java\\R(.*?)```", Pattern.DOTALL | Pattern.MULTILINE);

  @TempDir
  static Path work;

  private static ReadmeExample example;
  private EventStreamServer server;

  @BeforeAll
  static void compile() throws IOException {
    String readme = Files.readString(TestResources.repositoryRoot().resolve("README.md"), StandardCharsets.UTF_8);
    Matcher block = SECTION_BLOCK.matcher(readme);
    assertThat(block.find()).as("README.md has a ### Streaming section with a java block").isTrue();
    example = ReadmeExample.compile(block.group(1), work);
    assertThat(example.type().getName()).isEqualTo("example.StreamingExample");
  }

  @AfterEach
  void stop() {
    server.close();
  }

  @org.junit.jupiter.api.AfterAll
  static void unload() {
    example.close();
  }

  private CortecsClient cortecs() {
    server = EventStreamServer.replaying(Streams.recorded("cortecs-chat.sse"));
    return CortecsClient.builder().apiKey("k").baseUrl(server.baseUrl()).maxRetries(0).build();
  }

  @Test
  void chatWithTryWithResourcesAndTheAccumulator() {
    // The example prints the answer as it arrives: that is checked here, and kept off the build's console.
    ByteArrayOutputStream printed = new ByteArrayOutputStream();
    PrintStream console = System.out;
    try (CortecsClient client = cortecs(); PrintStream capture = new PrintStream(printed, true, StandardCharsets.UTF_8)) {
      System.setOut(capture);
      assertThat(example.invokeStatic("chat", CortecsClient.class, client)).isEqualTo("Hello there!");
    } finally {
      System.setOut(console);
    }
    assertThat(printed.toString(StandardCharsets.UTF_8)).as("what the example printed").isEqualTo("Hello there!");
    Streams.assertStreamingRequest(server.onlyRequest(), "/chat/completions");
  }

  @Test
  void textWithTheAccumulator() {
    server = EventStreamServer.replaying(Streams.recorded("interactive-ai-text.sse"));
    try (InteractiveAiClient client = InteractiveAiClient.builder().apiKey("k").baseUrl(server.baseUrl()).maxRetries(0).build()) {
      assertThat(example.invokeStatic("text", InteractiveAiClient.class, client)).isEqualTo("Once upon a time, a fox ran.");
    }
    SentRequest request = server.onlyRequest();
    Streams.assertStreamingRequest(request, "/completions");
    assertThat(request.body()).isEqualTo("{\"prompt\":\"Once upon a time\",\"stream\":true}");
  }

  @Test
  void chatAsync() throws Exception {
    try (CortecsClient client = cortecs()) {
      CompletableFuture<?> answer = (CompletableFuture<?>) example.invokeStatic("chatAsync", CortecsClient.class, client);
      assertThat(answer.get(Streams.ASYNC_DEADLINE.toMillis(), TimeUnit.MILLISECONDS)).isEqualTo("Hello there!");
    }
    Streams.assertStreamingRequest(server.onlyRequest(), "/chat/completions");
  }
}
