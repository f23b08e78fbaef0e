package dev.clientsmith.clienttests.contract;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.clientsmith.runtime.RawResponse;
import dev.clientsmith.runtime.RequestOptions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.Map;
import java.util.SortedSet;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;

/** What the contract tests of every provider do the same way. */
final class Contract {

  /** Random responses read per operation; at least 1,000 per provider, as the issue asks. */
  static final int RANDOM_RESPONSES = 1000;

  private Contract() {
  }

  /** Parses JSON text (for comparing a sent body regardless of property order). */
  static JsonNode json(String text) {
    try {
      return new ObjectMapper().readTree(text);
    } catch (IOException e) {
      throw new IllegalArgumentException(text, e);
    }
  }

  /** Asks Prism for the random response of seed {@code seed} (repeatable). */
  static RequestOptions seed(long seed) {
    return RequestOptions.builder().putHeader("Prefer", "seed=" + seed).build();
  }

  /**
   * Sends the stream flag, which no request builder has: it belongs to the calls ({@code create}
   * never streams, {@code createStreaming} always does). The original documents still declare it,
   * so coverage of their request schemas wants it sent, with the value a non-streaming call allows.
   */
  static RequestOptions streamFlag(Boolean value) {
    return RequestOptions.builder().putExtraBodyProperty("stream", value).build();
  }

  /** Asks Prism for the document's static example instead of a random response. */
  static RequestOptions staticExample() {
    return RequestOptions.builder().putHeader("Prefer", "dynamic=false").build();
  }

  /** Asks Prism for the declared response of status {@code code}. */
  static RequestOptions status(int code) {
    return RequestOptions.builder().putHeader("Prefer", "code=" + code).maxRetries(0).build();
  }

  /**
   * Checks that a parsed response round-trips: written with the client's mapper and read back, it
   * equals what was read from the wire; and what is written says the same as what was received
   * (same properties, same values; numbers compared by value, so {@code 5} and {@code 5.0} agree).
   */
  static <T> void roundTrips(ObjectMapper mapper, RawResponse<T> raw, Class<T> type) {
    T value = raw.value();
    assertThat(value).as("parsed response").isNotNull();
    try {
      String written = mapper.writeValueAsString(value);
      T again = mapper.readValue(written, type);
      assertThat(again).as("read -> write -> read of %s, written as %s, received as %s", type.getSimpleName(),
          written, raw.bodyText()).isEqualTo(value);
      JsonNode received = mapper.readTree(raw.bodyBytes());
      JsonNode rewritten = mapper.readTree(written);
      String difference = difference("", received, rewritten);
      assertThat(difference).as("what %s writes differs from what was received:\nreceived %s\nwritten  %s",
          type.getSimpleName(), raw.bodyText(), written).isNull();
    } catch (IOException e) {
      throw new AssertionError("cannot write or re-read " + type.getSimpleName() + ": " + e.getMessage()
          + "\nreceived: " + raw.bodyText(), e);
    }
  }

  /**
   * Checks that nothing schema-valid in a parsed response was left unrecognised (see
   * {@link ParsedModelAudit}).
   */
  static void recognised(Object value, String modelPackage, Set<Class<?>> openByDocument, String received) {
    List<String> unrecognised = ParsedModelAudit.unrecognised(value, modelPackage, openByDocument);
    assertThat(unrecognised).as("schema-valid values the client did not recognise, in %s", received).isEmpty();
  }

  /** The first place where two JSON trees differ, or null; numbers are compared by value. */
  static String difference(String at, JsonNode a, JsonNode b) {
    if (a.isNumber() && b.isNumber()) {
      return a.decimalValue().compareTo(b.decimalValue()) == 0 ? null : at + ": " + a + " != " + b;
    }
    if (a.isObject() && b.isObject()) {
      if (a.size() != b.size()) {
        return at + ": properties " + names(a) + " != " + names(b);
      }
      for (Map.Entry<String, JsonNode> field : a.properties()) {
        if (!b.has(field.getKey())) {
          return at + ": " + field.getKey() + " is missing";
        }
        String inner = difference(at + "/" + field.getKey(), field.getValue(), b.get(field.getKey()));
        if (inner != null) {
          return inner;
        }
      }
      return null;
    }
    if (a.isArray() && b.isArray()) {
      if (a.size() != b.size()) {
        return at + ": " + a.size() + " items != " + b.size();
      }
      for (int i = 0; i < a.size(); i++) {
        String inner = difference(at + "/" + i, a.get(i), b.get(i));
        if (inner != null) {
          return inner;
        }
      }
      return null;
    }
    return a.equals(b) ? null : at + ": " + a + " != " + b;
  }

  private static String names(JsonNode object) {
    StringBuilder out = new StringBuilder("[");
    for (Iterator<String> it = object.fieldNames(); it.hasNext(); ) {
      out.append(it.next()).append(it.hasNext() ? ", " : "");
    }
    return out.append(']').toString();
  }

  /** Fails listing what the requests sent so far have not exercised. */
  static void assertCovered(SchemaCoverage coverage) {
    SortedSet<String> missing = coverage.missing();
    assertThat(missing).as("of %d properties, nulls, union branches, enum values and map entries of the original"
        + " request schemas, these were never sent", coverage.expectedCount()).isEmpty();
  }

  /**
   * How many random-response requests are on their way at once. Each one is work for the JVM (the
   * judge's validation, parsing, the round trip) and then for Node.js (Prism makes the response), so
   * two in flight keep both busy. Every request names its own seed and Prism re-seeds for each, so the
   * responses are those of a sequential run. {@code -Dclientsmith.contract.inFlight=1}: one at a time.
   */
  static final int IN_FLIGHT = Integer.getInteger("clientsmith.contract.inFlight", 2);

  /** How often a long loop says how far it is, so that a slow machine's console does not look stuck. */
  static final Duration PROGRESS_EVERY = Duration.ofSeconds(15);

  private static long lastProgress;

  /**
   * Runs {@code call} for seeds 1..{@code count} (on top of Prism's base seed), counting each, and
   * prints how far it is at most every {@link #PROGRESS_EVERY} (a thousand requests through the judge
   * and Prism take from a few seconds to a few minutes, depending on the machine's load).
   */
  static void randomResponses(PrismHarness harness, int count, Function<Long, Object> call) {
    lastProgress = System.nanoTime();
    ExecutorService threads = Executors.newFixedThreadPool(IN_FLIGHT);
    try {
      List<Future<?>> calls = new ArrayList<>();
      for (long seed = 1; seed <= count; seed++) {
        long requested = PrismHarness.BASE_SEED + seed;
        calls.add(threads.submit(() -> {
          call.apply(requested);
          harness.countRandomResponse();
        }));
      }
      for (int i = 0; i < calls.size(); i++) {
        try {
          calls.get(i).get();
        } catch (ExecutionException e) {
          calls.forEach(c -> c.cancel(true));
          if (e.getCause() instanceof Error error) {
            throw error;
          }
          if (e.getCause() instanceof RuntimeException runtime) {
            throw runtime;
          }
          throw new IllegalStateException(e.getCause());
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          throw new IllegalStateException("interrupted", e);
        }
        long now = System.nanoTime();
        if (now - lastProgress >= PROGRESS_EVERY.toNanos()) {
          lastProgress = now;
          System.out.println("contract " + harness.provider() + ": " + (i + 1) + "/" + count + " random responses read");
        }
      }
    } finally {
      threads.shutdownNow();
    }
  }
}
