package dev.clientsmith.benchmarks.jmh;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.clientsmith.clients.cortecs.model.ChatCompletionChunk;
import dev.clientsmith.runtime.json.ClientJson;
import dev.clientsmith.runtime.stream.EventReader;
import dev.clientsmith.runtime.stream.StreamSpec;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * A recorded-style chat stream decoded into Cortecs' chunk model by the runtime's event reader (the
 * pull side of every streaming call) against the same bytes read line by line with a
 * {@code BufferedReader} and each data line parsed by {@code readTree}: the least a caller could
 * do. Two sizes: allocation per chunk that does not grow with the stream is memory that stays flat.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class StreamBenchmark {
  private static final StreamSpec<ChatCompletionChunk> SPEC = StreamSpec.of(ChatCompletionChunk.class);

  /** The stream's size in MiB. */
  @Param({"10", "1"})
  public int mebibytes;

  private byte[] stream;
  private ObjectMapper plain;

  @Setup
  public void setUp() throws IOException {
    stream = Payloads.chatStream(mebibytes << 20);
    plain = new ObjectMapper();
    long chunks = chunks(stream);
    if (generated() != chunks || lineLoop() != chunks) {
      throw new IllegalStateException("the two readers do not see the same chunks");
    }
  }

  /** The data events of a stream before {@code [DONE]}: what both readers must return. */
  public static long chunks(byte[] stream) {
    String text = new String(stream, StandardCharsets.UTF_8);
    return text.lines().filter(l -> l.startsWith("data: ") && !l.equals("data: [DONE]")).count();
  }

  @Benchmark
  public long generated() throws IOException {
    EventReader<ChatCompletionChunk> reader = new EventReader<>(new ByteArrayInputStream(stream), SPEC,
        ClientJson.mapper(), "POST /chat/completions", text -> text, 8 << 20);
    long chunks = 0;
    while (reader.next() != null) {
      chunks++;
    }
    return chunks;
  }

  @Benchmark
  public long lineLoop() throws IOException {
    long chunks = 0;
    try (BufferedReader lines = new BufferedReader(new InputStreamReader(new ByteArrayInputStream(stream),
        StandardCharsets.UTF_8))) {
      String line;
      while ((line = lines.readLine()) != null) {
        if (line.startsWith("data: ")) {
          String data = line.substring(6);
          if (data.equals("[DONE]")) {
            break;
          }
          plain.readTree(data);
          chunks++;
        }
      }
    }
    return chunks;
  }
}
