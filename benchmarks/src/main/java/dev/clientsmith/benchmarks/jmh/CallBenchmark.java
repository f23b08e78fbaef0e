package dev.clientsmith.benchmarks.jmh;

import dev.clientsmith.clients.cortecs.CortecsClient;
import dev.clientsmith.clients.cortecs.model.CompletionRequest;
import dev.clientsmith.clients.cortecs.model.CompletionResponse;
import dev.clientsmith.runtime.json.ClientJson;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Threads;

/**
 * One chat call on loopback against {@link LoopbackServer} answering Cortecs' typical response:
 * the generated client (request model written, response bound to the model) against bare
 * {@code java.net.http} sending the request already serialised and taking the body as a byte array,
 * unparsed; one caller, then 32 concurrent callers on the async twins. Sampled per call, for p50
 * and p99.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class CallBenchmark {
  /** How many callers share a client in the concurrent benchmarks. */
  public static final int CONCURRENT_CALLERS = 32;

  private LoopbackServer server;
  private CortecsClient client;
  private CompletionRequest request;
  private HttpClient bare;
  private HttpRequest bareRequest;

  @Setup(Level.Trial)
  public void setUp() throws IOException, InterruptedException {
    server = new LoopbackServer(Payloads.compact("local/cortecs/chat-completion.json"), "application/json");
    byte[] requestJson = Payloads.compact("requests/cortecs.json");
    request = ClientJson.mapper().readValue(requestJson, CompletionRequest.class);
    client = CortecsClient.builder().apiKey("benchmark-key").baseUrl(server.baseUrl()).build();
    bare = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    bareRequest = HttpRequest.newBuilder(URI.create(server.baseUrl() + "/chat/completions"))
        .header("Content-Type", "application/json")
        .header("Authorization", "Bearer benchmark-key")
        .POST(HttpRequest.BodyPublishers.ofByteArray(requestJson))
        .build();
    // Both sides must get the fixed answer, or the comparison means nothing.
    if (generatedCall().choices().isEmpty() || bareCall().length == 0) {
      throw new IllegalStateException("the loopback server did not answer as expected");
    }
  }

  @TearDown(Level.Trial)
  public void tearDown() throws IOException {
    client.close();
    server.close();
  }

  @Benchmark
  @Threads(1)
  public CompletionResponse generatedCall() {
    return client.chat().completions().create(request);
  }

  @Benchmark
  @Threads(1)
  public byte[] bareCall() throws IOException, InterruptedException {
    return bare.send(bareRequest, HttpResponse.BodyHandlers.ofByteArray()).body();
  }

  @Benchmark
  @Threads(CONCURRENT_CALLERS)
  public CompletionResponse generatedAsyncCall() {
    return client.async().chat().completions().create(request).join();
  }

  @Benchmark
  @Threads(CONCURRENT_CALLERS)
  public byte[] bareAsyncCall() {
    return bare.sendAsync(bareRequest, HttpResponse.BodyHandlers.ofByteArray()).join().body();
  }
}
