package dev.clientsmith.benchmarks.jmh;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import dev.clientsmith.runtime.json.ClientJson;
import java.io.IOException;
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
 * A typical request written to bytes: the generated model by the runtime's mapper, as a call sends
 * it, against {@link ReferenceRecords} by a plain {@code ObjectMapper}. Both are read once from the
 * same JSON, and must write it back equal, so they carry the same fields.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class WriteBenchmark {

  /** Whose typical request is written. */
  public enum Case {
    CORTECS(dev.clientsmith.clients.cortecs.model.CompletionRequest.class, ReferenceRecords.CortecsRequest.class),
    INTERACTIVE_AI(dev.clientsmith.clients.interactiveai.model.ChatGenerationParams.class,
        ReferenceRecords.InteractiveAiRequest.class),
    JYLO(dev.clientsmith.clients.jylo.model.ChatCompletionRequest.class, ReferenceRecords.JyloRequest.class),
    OXEN(dev.clientsmith.clients.oxen.model.ChatCompletionRequest.class, ReferenceRecords.OxenRequest.class);

    final Class<?> generated;
    final Class<?> records;

    Case(Class<?> generated, Class<?> records) {
      this.generated = generated;
      this.records = records;
    }

    byte[] json() {
      return Payloads.compact("requests/" + name().toLowerCase(java.util.Locale.ROOT).replace('_', '-') + ".json");
    }
  }

  @Param
  public Case request;

  private static final java.util.Comparator<com.fasterxml.jackson.databind.JsonNode> BY_VALUE = (a, b) ->
      a.isNumber() && b.isNumber() ? Double.compare(a.doubleValue(), b.doubleValue()) : a.equals(b) ? 0 : 1;

  private Object generatedValue;
  private Object recordValue;
  private ObjectWriter generated;
  private ObjectWriter records;

  @Setup
  public void setUp() throws IOException {
    byte[] json = request.json();
    ObjectMapper runtime = ClientJson.mapper();
    ObjectMapper plain = new ObjectMapper();
    generatedValue = runtime.readValue(json, request.generated);
    recordValue = plain.readValue(json, request.records);
    generated = runtime.writerFor(request.generated);
    records = plain.writerFor(request.records);
    for (byte[] written : new byte[][] {generated.writeValueAsBytes(generatedValue), records.writeValueAsBytes(recordValue)}) {
      // Numbers by value: the generated models write an integral double as an integer (1.0 as 1).
      if (!Payloads.tree(written).equals(BY_VALUE, Payloads.tree(json))) {
        throw new IllegalStateException(request + ": a request does not write back as read: " + new String(written,
            java.nio.charset.StandardCharsets.UTF_8));
      }
    }
  }

  @Benchmark
  public byte[] generated() throws IOException {
    return generated.writeValueAsBytes(generatedValue);
  }

  @Benchmark
  public byte[] records() throws IOException {
    return records.writeValueAsBytes(recordValue);
  }
}
