package dev.clientsmith.generator.emit;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.clientsmith.generator.Generator;
import dev.clientsmith.generator.config.Overrides;
import dev.clientsmith.generator.config.ProviderConfig;
import dev.clientsmith.generator.write.ModuleWriter;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The whole of an API, end to end: a module is generated from a small document, compiled with
 * {@code -Xlint:all -Werror} together with a hand-written driver that makes typed calls, and the
 * driver runs against a JDK server on 127.0.0.1. Assertions are on the exact requests the server
 * received (method, path and query, headers, body bytes) and on what the calls returned.
 */
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class WholeApiTest {
  private static final Path FIXTURES = Path.of("src/test/resources/wholeapi");

  @TempDir Path dir;
  private HttpServer server;
  private final List<Received> received = new CopyOnWriteArrayList<>();
  /** Replies by {@code METHOD /path}, each used once, in order. */
  private final Map<String, Deque<Reply>> replies = new LinkedHashMap<>();

  record Received(String method, String uri, Map<String, String> headers, byte[] body) {
    String text() {
      return new String(body, StandardCharsets.UTF_8);
    }

    String header(String name) {
      return headers.get(name.toLowerCase(java.util.Locale.ROOT));
    }
  }

  record Reply(int status, String contentType, byte[] body) {}

  @BeforeEach
  void start() throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext("/", this::handle);
    server.start();
  }

  @AfterEach
  void stop() {
    server.stop(0);
  }

  private void handle(HttpExchange exchange) throws IOException {
    byte[] body;
    try (InputStream in = exchange.getRequestBody()) {
      body = in.readAllBytes();
    }
    Map<String, String> headers = new LinkedHashMap<>();
    exchange.getRequestHeaders().forEach((name, values) -> headers.put(name.toLowerCase(java.util.Locale.ROOT), String.join("|", values)));
    received.add(new Received(exchange.getRequestMethod(), exchange.getRequestURI().getRawPath()
        + (exchange.getRequestURI().getRawQuery() == null ? "" : "?" + exchange.getRequestURI().getRawQuery()), headers, body));
    Deque<Reply> queue = replies.get(exchange.getRequestMethod() + " " + exchange.getRequestURI().getRawPath());
    Reply reply = queue == null || queue.isEmpty() ? new Reply(404, "application/json", "{}".getBytes(StandardCharsets.UTF_8))
        : queue.poll();
    exchange.getResponseHeaders().set("Content-Type", reply.contentType());
    exchange.sendResponseHeaders(reply.status(), reply.status() == 204 ? -1 : reply.body().length);
    if (reply.status() != 204) {
      exchange.getResponseBody().write(reply.body());
    }
    exchange.close();
  }

  private void reply(String route, int status, String contentType, String body) {
    replies.computeIfAbsent(route, r -> new ArrayDeque<>()).add(new Reply(status, contentType, body.getBytes(StandardCharsets.UTF_8)));
  }

  private void json(String route, String body) {
    reply(route, 200, "application/json", body);
  }

  private String baseUrl(String prefix) {
    return "http://127.0.0.1:" + server.getAddress().getPort() + prefix;
  }

  /**
   * Generates the module of {@code document}, adds the driver and the README's example, compiles
   * all, and loads the driver class.
   */
  private Class<?> compiled(String document, String driver) throws Exception {
    ProviderConfig provider = new ProviderConfig("wa", "Whole API", List.of(FIXTURES.resolve(document)), "com.example.wa", "WaClient",
        "wa", "WA_API_KEY", Overrides.NONE);
    Path written = ModuleWriter.write(new Generator().generate(provider, Optional.empty()), dir.resolve("module"));
    Path sources = written.resolve("src/main/java");
    Files.copy(FIXTURES.resolve(driver + ".java.txt"), sources.resolve("com/example/wa/" + driver + ".java"));
    // The module README's example is compiled too: it must follow the same call shapes.
    String readme = Files.readString(written.resolve("README.md"));
    int start = readme.indexOf("```java\n") + "```java\n".length();
    Files.createDirectories(sources.resolve("example"));
    Files.writeString(sources.resolve("example/Example.java"), readme.substring(start, readme.indexOf("```", start)));
    Path classes = dir.resolve("classes");
    assertThat(RobustGenerationTest.compile(sources, classes)).as("javac output").isEmpty();
    URLClassLoader loader = new URLClassLoader(new URL[] {classes.toUri().toURL()}, getClass().getClassLoader());
    return loader.loadClass("com.example.wa." + driver);
  }

  private static String boundary(Received r) {
    String type = r.header("Content-Type");
    assertThat(type).startsWith("multipart/form-data; boundary=");
    return type.substring("multipart/form-data; boundary=".length());
  }

  @Test
  @SuppressWarnings("unchecked")
  void openAiShapesMultipartPagingBinaryAndModels() throws Exception {
    Class<?> driver = compiled("openai-extract.yaml", "OpenAiDriver");
    Path audio = dir.resolve("speech.wav");
    Files.write(audio, new byte[] {'R', 'I', 'F', 'F', 0, 7});
    json("POST /v1/audio/transcriptions", "{\"text\":\"Hello there.\"}");
    json("POST /v1/files", "{\"id\":\"file-up1\",\"object\":\"file\",\"bytes\":8,\"created_at\":1,\"filename\":\"data.jsonl\",\"purpose\":\"fine-tune\"}");
    json("POST /v1/files", "{\"id\":\"file-up2\",\"object\":\"file\",\"bytes\":4,\"created_at\":1,\"filename\":\"raw.bin\",\"purpose\":\"batch\"}");
    String file = "{\"id\":\"%s\",\"object\":\"file\",\"bytes\":1,\"created_at\":1,\"filename\":\"%s.txt\",\"purpose\":\"fine-tune\"}";
    json("GET /v1/files", "{\"object\":\"list\",\"data\":[" + file.formatted("f1", "f1") + "," + file.formatted("f2", "f2")
        + "],\"first_id\":\"f1\",\"last_id\":\"f2\",\"has_more\":true}");
    json("GET /v1/files", "{\"object\":\"list\",\"data\":[" + file.formatted("f3", "f3") + "," + file.formatted("f4", "f4")
        + "],\"first_id\":\"f3\",\"last_id\":\"f4\",\"has_more\":true}");
    json("GET /v1/files", "{\"object\":\"list\",\"data\":[" + file.formatted("f5", "f5")
        + "],\"first_id\":\"f5\",\"last_id\":\"f5\",\"has_more\":false}");
    json("GET /v1/files", "{\"object\":\"list\",\"data\":[],\"first_id\":\"\",\"last_id\":\"\",\"has_more\":false}");
    json("GET /v1/files/file-a%2F1", file.formatted("file-a/1", "notes"));
    json("DELETE /v1/files/file-a1", "{\"id\":\"file-a1\",\"object\":\"file\",\"deleted\":true}");
    for (int i = 0; i < 3; i++) {
      reply("GET /v1/files/file-a1/content", 200, "application/octet-stream", "{\"prompt\":\"hi\"}\n");
    }
    json("GET /v1/models", "{\"object\":\"list\",\"data\":[{\"id\":\"gpt-4o-mini\",\"object\":\"model\",\"created\":1686935002,"
        + "\"owned_by\":\"openai\"}]}");
    json("GET /v1/models/gpt-4o-mini", "{\"id\":\"gpt-4o-mini\",\"object\":\"model\",\"created\":1686935002,\"owned_by\":\"openai\"}");
    json("DELETE /v1/models/ft%3Agpt-4o-mini%3Aacme%3Ax%3A1", "{\"id\":\"ft:gpt-4o-mini:acme:x:1\",\"object\":\"model\",\"deleted\":true}");

    List<String> results = (List<String>) driver.getMethod("run", String.class, Path.class).invoke(null, baseUrl("/v1"), audio);

    assertThat(results).containsExactly("Hello there.", "file-up1 8", "file-up2", "f1,f2,f3,f4,f5", "0", "notes.txt", "true",
        "{\"prompt\":\"hi\"}\n", "{\"prompt\":\"hi\"}\n", "16 bytes async", "1", "openai", "true");
    assertThat(received).extracting(Received::method).containsExactly("POST", "POST", "POST", "GET", "GET", "GET", "GET", "GET",
        "DELETE", "GET", "GET", "GET", "GET", "GET", "DELETE");
    assertThat(received).allSatisfy(r -> assertThat(r.header("Authorization")).isEqualTo("Bearer sk-openai-test"));

    Received transcription = received.get(0);
    String b = boundary(transcription);
    String probed = Files.probeContentType(audio);
    assertThat(transcription.uri()).isEqualTo("/v1/audio/transcriptions");
    assertThat(transcription.text()).isEqualTo("--" + b + "\r\n"
        + "Content-Disposition: form-data; name=\"file\"; filename=\"speech.wav\"\r\n"
        + "Content-Type: " + (probed == null ? "application/octet-stream" : probed) + "\r\n\r\n"
        + "RIFF\u0000\u0007\r\n"
        + "--" + b + "\r\nContent-Disposition: form-data; name=\"model\"\r\n\r\nwhisper-1\r\n"
        + "--" + b + "\r\nContent-Disposition: form-data; name=\"language\"\r\n\r\nen\r\n"
        + "--" + b + "\r\nContent-Disposition: form-data; name=\"timestamp_granularities\"\r\n\r\nword\r\n"
        + "--" + b + "\r\nContent-Disposition: form-data; name=\"timestamp_granularities\"\r\n\r\nsegment\r\n"
        + "--" + b + "--\r\n");
    String b2 = boundary(received.get(1));
    assertThat(received.get(1).text()).isEqualTo("--" + b2 + "\r\n"
        + "Content-Disposition: form-data; name=\"file\"; filename=\"data.jsonl\"\r\nContent-Type: application/jsonl\r\n\r\n"
        + "{\"a\":1}\n\r\n"
        + "--" + b2 + "\r\nContent-Disposition: form-data; name=\"purpose\"\r\n\r\nfine-tune\r\n"
        + "--" + b2 + "--\r\n");
    byte[] raw = received.get(2).body();
    String b3 = boundary(received.get(2));
    byte[] head = ("--" + b3 + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"raw.bin\"\r\n"
        + "Content-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8);
    assertThat(java.util.Arrays.copyOfRange(raw, head.length, head.length + 4)).containsExactly(0, 1, 2, 255);
    assertThat(b3).isNotEqualTo(b2);

    assertThat(received.subList(3, 7)).extracting(Received::uri).containsExactly(
        "/v1/files?purpose=fine-tune&limit=2&order=asc",
        "/v1/files?purpose=fine-tune&limit=2&order=asc&after=f2",
        "/v1/files?purpose=fine-tune&limit=2&order=asc&after=f4",
        "/v1/files");
    assertThat(received.get(3).body()).isEmpty();
    assertThat(received.get(3).header("Content-Type")).isNull();
    assertThat(received.get(7).uri()).isEqualTo("/v1/files/file-a%2F1");
    assertThat(received.get(9).header("Accept")).isEqualTo("application/octet-stream");
    assertThat(received.get(10).header("Accept")).isEqualTo("application/octet-stream");
    assertThat(received.get(14).uri()).isEqualTo("/v1/models/ft%3Agpt-4o-mini%3Aacme%3Ax%3A1");
  }

  @Test
  @SuppressWarnings("unchecked")
  void everySchemeKindParametersFormBodyTextAndTheRootOperation() throws Exception {
    Class<?> driver = compiled("auth-and-params.yaml", "AuthDriver");
    reply("GET /v2/", 200, "text/plain; charset=utf-8", "pong ✓");
    json("GET /v2/items", "{\"data\":[{\"id\":\"i1\"},{\"id\":\"i2\"}],\"next_cursor\":\"c2\"}");
    json("GET /v2/items", "{\"data\":[{\"id\":\"i3\"}],\"next_cursor\":\"c3\"}");
    json("GET /v2/items", "{\"data\":[{\"id\":\"i4\"}],\"next_cursor\":null}");
    json("PATCH /v2/items/it%2F1", "{\"id\":\"it/1\"}");
    json("PUT /v2/items/it-2", "{\"id\":\"it-2\"}");
    reply("DELETE /v2/items/it-3", 204, "application/json", "");
    Map<String, String> env = Map.of("WA_API_KEY", "hk-header-key", "WA_BASIC_USERNAME", "ann", "WA_BASIC_PASSWORD", "pa:ss wörd",
        "WA_QUERY_KEY", "qk-query-key", "WA_COOKIE_KEY", "ck-cookie-key");

    List<String> results = (List<String>) driver.getMethod("run", String.class, Map.class).invoke(null, baseUrl("/v2"), env);

    assertThat(results).hasSize(8);
    assertThat(results.get(0)).isEqualTo("pong ✓");
    assertThat(results.get(1)).doesNotContain("hk-header-key", "pa:ss", "qk-query-key", "ck-cookie-key");
    assertThat(results.subList(2, 7)).containsExactly("i1,i2,i3,i4", "it/1", "it-2", "SearchParams.q is required",
        "Environment variable WA_API_KEY is not set. Set it to your API key, or pass the key to apiKey(...).");
    assertThat(results.get(7)).isEqualTo("Environment variable WA_API_KEY is set but blank. Set it to your API key, or pass the key"
        + " to apiKey(...).");

    // security: [] on / sends no credential at all, and asks for text.
    Received ping = received.get(0);
    assertThat(ping.uri()).isEqualTo("/v2/");
    assertThat(ping.header("Accept")).isEqualTo("text/plain");
    assertThat(ping.header("X-Api-Key")).isNull();
    assertThat(ping.header("Authorization")).isNull();

    // The document's global scheme: the declared header, never a bearer token (defect 12).
    Received search = received.get(1);
    assertThat(search.uri()).isEqualTo("/v2/items?q=red%20fish&tags=a%20b&tags=c&ids=1,2&kind=large&limit=2&exact=true");
    assertThat(search.header("Cookie")).isEqualTo("theme=dark%3B%20mode");
    assertThat(search.header("X-Api-Key")).isEqualTo("hk-header-key");
    assertThat(search.header("Authorization")).isNull();
    assertThat(search.header("X-Request-Id")).isEqualTo("req-7");
    assertThat(received.get(2).uri()).endsWith("&exact=true&cursor=c2");
    assertThat(received.get(3).uri()).endsWith("&exact=true&cursor=c3");

    Received patch = received.get(4);
    assertThat(patch.method()).isEqualTo("PATCH");
    assertThat(patch.header("Content-Type")).isEqualTo("application/x-www-form-urlencoded");
    assertThat(patch.text()).isEqualTo("name=Gr%C3%BCn%20%26%20blau&rank=3&labels=x&labels=y");

    Received put = received.get(5);
    assertThat(put.header("Authorization")).isEqualTo("Basic " + java.util.Base64.getEncoder()
        .encodeToString("ann:pa:ss wörd".getBytes(StandardCharsets.UTF_8)));
    assertThat(put.header("X-Api-Key")).isNull();
    assertThat(put.text()).isEqualTo("{\"id\":\"it-2\",\"name\":\"two\"}");

    // The first alternative (Admin) has no credential; the second (query key and cookie together) is sent.
    Received delete = received.get(6);
    assertThat(delete.uri()).isEqualTo("/v2/items/it-3?options=all&key=qk-query-key");
    assertThat(delete.header("Cookie")).isEqualTo("session=ck-cookie-key");
    assertThat(delete.header("Authorization")).isNull();
    assertThat(received).hasSize(7);
  }

  @Test
  void anApiKeyHeaderDocumentNeverSendsBearer() throws Exception {
    // Defect 12 in its minimal form: the client's only key goes where the scheme says.
    compiled("auth-and-params.yaml", "AuthDriver");
    String client = Files.readString(dir.resolve("module/wa/src/main/java/com/example/wa/WaClient.java"));
    assertThat(client).contains("Credential.apiKey(Credential.Placement.HEADER, \"X-Api-Key\", secret)")
        .contains("\"WA_BASIC_USERNAME\"", "\"WA_QUERY_KEY\"", "\"WA_COOKIE_KEY\"", "\"WA_ADMIN\"")
        .doesNotContain("Credential.bearer(secret));\n      return this;\n    }\n\n    /**\n     * The credential of the security scheme {@code HeaderKey}");
  }
}
