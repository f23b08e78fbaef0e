package dev.clientsmith.benchmarks.jmh;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
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
 * A response body into the generated model (the runtime's mapper, as a call binds it) against the
 * same bytes into {@link ReferenceRecords} with a plain {@code ObjectMapper}, and into a tree.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class ParseBenchmark {

  /** What is parsed: a provider's typical or large response. */
  public enum Case {
    CORTECS_TYPICAL(Payloads.compact("local/cortecs/chat-completion.json"),
        dev.clientsmith.clients.cortecs.model.CompletionResponse.class, ReferenceRecords.CortecsResponse.class),
    CORTECS_LARGE(Payloads.large("local/cortecs/chat-completion.json", true, false),
        dev.clientsmith.clients.cortecs.model.CompletionResponse.class, ReferenceRecords.CortecsResponse.class),
    INTERACTIVE_AI_TYPICAL(Payloads.compact("local/interactive-ai/chat-completion.json"),
        dev.clientsmith.clients.interactiveai.model.ChatResponse.class, ReferenceRecords.InteractiveAiResponse.class),
    INTERACTIVE_AI_CONTENT_PARTS(Payloads.compact("local/interactive-ai/chat-completion-content-parts.json"),
        dev.clientsmith.clients.interactiveai.model.ChatResponse.class, ReferenceRecords.InteractiveAiResponse.class),
    INTERACTIVE_AI_LARGE(Payloads.large("local/interactive-ai/chat-completion.json", true, true),
        dev.clientsmith.clients.interactiveai.model.ChatResponse.class, ReferenceRecords.InteractiveAiResponse.class),
    JYLO_TYPICAL(Payloads.compact("local/jylo/chat-completion.json"),
        dev.clientsmith.clients.jylo.model.ChatCompletionResponse.class, ReferenceRecords.JyloResponse.class),
    JYLO_LARGE(Payloads.large("local/jylo/chat-completion.json", false, false),
        dev.clientsmith.clients.jylo.model.ChatCompletionResponse.class, ReferenceRecords.JyloResponse.class),
    OXEN_TYPICAL(Payloads.compact("local/oxen/chat-completion.json"),
        dev.clientsmith.clients.oxen.model.ChatCompletionResponse.class, ReferenceRecords.OxenResponse.class),
    OXEN_LARGE(Payloads.large("local/oxen/chat-completion.json", false, false),
        dev.clientsmith.clients.oxen.model.ChatCompletionResponse.class, ReferenceRecords.OxenResponse.class);

    final byte[] body;
    final Class<?> generated;
    final Class<?> records;

    Case(byte[] body, Class<?> generated, Class<?> records) {
      this.body = body;
      this.generated = generated;
      this.records = records;
    }

    /** The body's size, for the report. */
    public int bytes() {
      return body.length;
    }
  }

  @Param
  public Case payload;

  private byte[] body;
  private ObjectReader generated;
  private ObjectReader records;
  private ObjectMapper plain;

  @Setup
  public void setUp() throws IOException {
    body = payload.body;
    generated = ClientJson.mapper().readerFor(payload.generated);
    plain = new ObjectMapper();
    records = plain.readerFor(payload.records);
    // Both sides must read the payload, or the comparison means nothing.
    generated.readValue(body);
    records.readValue(body);
  }

  @Benchmark
  public Object generated() throws IOException {
    return generated.readValue(body);
  }

  @Benchmark
  public Object records() throws IOException {
    return records.readValue(body);
  }

  @Benchmark
  public JsonNode tree() throws IOException {
    return plain.readTree(body);
  }
}
