package dev.clientsmith.clienttests.local;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.clientsmith.clients.cortecs.CortecsClient;
import dev.clientsmith.clients.cortecs.model.CompletionResponse;
import dev.clientsmith.clients.interactiveai.InteractiveAiClient;
import dev.clientsmith.clients.interactiveai.model.ChatResponse;
import dev.clientsmith.clients.jylo.JyloClient;
import dev.clientsmith.clients.oxen.OxenClient;
import dev.clientsmith.clienttests.support.LocalServer;
import dev.clientsmith.clienttests.support.OpenApiDocument;
import dev.clientsmith.clienttests.support.ReadmeExample;
import dev.clientsmith.clienttests.support.RecordedRequest;
import dev.clientsmith.clienttests.support.TestResources;
import java.io.IOException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.file.Path;
import java.time.Duration;
import java.util.function.Function;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The first Java example of each generated module's README compiles without a warning against the
 * clients, and its {@code call(client)} sends a request the module's document accepts and returns
 * the parsed response.
 */
@Timeout(30)
class ReadmeExampleTest {

  /** One generated module: where its README is, how to build its client, what a response looks like. */
  enum Module {
    CORTECS("cortecs", CortecsClient.class, "local/cortecs/chat-completion.json",
        "dev/clientsmith/clients/cortecs/openapi.json",
        CompletionResponse.class,
        response -> ((CompletionResponse) response).choices().get(0).message().orElseThrow()
            .content().orElseThrow()) {
      @Override
      AutoCloseable client(String baseUrl) {
        return CortecsClient.builder().apiKey("k").baseUrl(baseUrl).maxRetries(0).timeout(TIMEOUT).build();
      }
    },
    JYLO("jylo", JyloClient.class, "local/jylo/chat-completion.json",
        "dev/clientsmith/clients/jylo/openapi.json",
        dev.clientsmith.clients.jylo.model.ChatCompletionResponse.class,
        response -> ((dev.clientsmith.clients.jylo.model.ChatCompletionResponse) response).choices()
            .get(0).message().content().orElseThrow()) {
      @Override
      AutoCloseable client(String baseUrl) {
        return JyloClient.builder().apiKey("k").baseUrl(baseUrl).maxRetries(0).timeout(TIMEOUT).build();
      }
    },
    INTERACTIVE_AI("interactive-ai", InteractiveAiClient.class, "local/interactive-ai/chat-completion.json",
        "dev/clientsmith/clients/interactiveai/openapi.json",
        ChatResponse.class,
        response -> ((ChatResponse) response).choices().get(0).message().content().orElseThrow().asString()) {
      @Override
      AutoCloseable client(String baseUrl) {
        return InteractiveAiClient.builder().apiKey("k").baseUrl(baseUrl).maxRetries(0).timeout(TIMEOUT).build();
      }
    },
    OXEN("oxen", OxenClient.class, "local/oxen/chat-completion.json",
        "dev/clientsmith/clients/oxen/openapi.json",
        dev.clientsmith.clients.oxen.model.ChatCompletionResponse.class,
        response -> ((dev.clientsmith.clients.oxen.model.ChatCompletionResponse) response).choices()
            .get(0).message().orElseThrow().content().orElseThrow()) {
      @Override
      AutoCloseable client(String baseUrl) {
        return OxenClient.builder().apiKey("k").baseUrl(baseUrl)
            .maxRetries(0).timeout(TIMEOUT).build();
      }
    };

    private static final Duration TIMEOUT = Duration.ofSeconds(5);

    final String directory;
    final Class<?> clientType;
    final String payload;
    final String document;
    final Class<?> responseType;
    final Function<Object, String> assistantText;

    Module(String directory, Class<?> clientType, String payload, String document, Class<?> responseType,
        Function<Object, String> assistantText) {
      this.directory = directory;
      this.clientType = clientType;
      this.payload = payload;
      this.document = document;
      this.responseType = responseType;
      this.assistantText = assistantText;
    }

    abstract AutoCloseable client(String baseUrl);
  }

  private LocalServer server;

  @BeforeEach
  void start() {
    server = LocalServer.start();
  }

  @AfterEach
  void stop() {
    server.close();
  }

  @ParameterizedTest
  @EnumSource(Module.class)
  void readmeExampleCompilesRunsAndSendsAValidRequest(Module module, @TempDir Path work) throws Exception {
    Path readme = TestResources.repositoryRoot().resolve("generated-clients").resolve(module.directory).resolve("README.md");
    String source = ReadmeExample.firstJavaBlock(readme);
    String payload = TestResources.text(module.payload);
    server.enqueueJson(payload);

    Object response;
    try (ReadmeExample example = ReadmeExample.compile(source, work);
        AutoCloseable client = module.client(server.baseUrl())) {
      assertThat(example.type().getName()).isEqualTo("example.Example");
      Method main = example.type().getMethod("main", String[].class);
      assertThat(Modifier.isStatic(main.getModifiers())).as("main is static").isTrue();
      response = example.invokeStatic("call", module.clientType, client);
    }

    assertThat(response).isInstanceOf(module.responseType);
    assertThat(module.assistantText.apply(response)).isEqualTo(expectedAssistantText(payload));

    assertThat(server.requestCount()).isEqualTo(1);
    RecordedRequest request = server.takeRequest();
    assertThat(request.header("Authorization")).contains("Bearer k");
    assertThat(request.header("Content-Type")).contains("application/json");
    OpenApiDocument document = OpenApiDocument.load(module.document);
    assertThat(document.problems(request.bodyJson(), document.requestSchema(request.method(), request.path())))
        .as("problems of %s against %s", request.bodyText(), module.document)
        .isEmpty();
  }

  /**
   * The example's {@code main}, run as a user runs it, in its own JVM, pointed at a local server by
   * the environment alone ({@code <PROVIDER>_BASE_URL} beside the key): it prints the assistant's
   * text and nothing else.
   */
  @ParameterizedTest
  @EnumSource(Module.class)
  void readmeExampleMainRunsAgainstAnyServerByEnvironmentAlone(Module module, @TempDir Path work) throws Exception {
    Path readme = TestResources.repositoryRoot().resolve("generated-clients").resolve(module.directory).resolve("README.md");
    String payload = TestResources.text(module.payload);
    server.enqueueJson(payload);
    try (ReadmeExample example = ReadmeExample.compile(ReadmeExample.firstJavaBlock(readme), work)) {
      assertThat(example.type().getName()).isEqualTo("example.Example");
      String apiKeyEnv = (String) module.clientType.getField("API_KEY_ENV").get(null);
      String baseUrlEnv = (String) module.clientType.getField("BASE_URL_ENV").get(null);
      ProcessBuilder builder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
          "-cp", work.resolve("classes") + java.io.File.pathSeparator + System.getProperty("java.class.path"),
          "example.Example").redirectErrorStream(true);
      builder.environment().put(apiKeyEnv, "k");
      builder.environment().put(baseUrlEnv, server.baseUrl());
      Process process = builder.start();
      try {
        String output;
        try (var in = process.getInputStream()) {
          output = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        }
        assertThat(process.waitFor(20, java.util.concurrent.TimeUnit.SECONDS)).as("the example ended").isTrue();
        assertThat(process.exitValue()).as("exit code; output:\n%s", output).isZero();
        assertThat(output.strip()).isEqualTo(expectedAssistantText(payload));
      } finally {
        process.destroyForcibly();
      }
    }
    assertThat(server.requestCount()).isEqualTo(1);
    assertThat(server.takeRequest().header("Authorization")).contains("Bearer k");
  }

  /** The assistant's text in a response payload, read without the client. */
  private static String expectedAssistantText(String payload) throws IOException {
    return new ObjectMapper().readTree(payload).at("/choices/0/message/content").asText();
  }
}
