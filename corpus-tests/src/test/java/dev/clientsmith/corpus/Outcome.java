package dev.clientsmith.corpus;

import java.util.Map;
import java.util.stream.Collectors;

/**
 * Where one document got to, and its figures (-1 where the stage that measures them was not
 * reached).
 *
 * @param reached the stage that failed, or {@link Stage#DONE}
 * @param failure what went wrong there (empty when done)
 * @param repairs report entries by normalisation pass
 */
record Outcome(
    CorpusDocument document,
    Stage reached,
    String failure,
    int operations,
    int types,
    int files,
    long generationMillis,
    long javacMillis,
    int javacErrors,
    Map<String, Integer> repairs) {

  boolean done() {
    return reached == Stage.DONE;
  }

  /** One line of the status table. */
  String row() {
    return "| " + document.id() + " | " + document.openapi() + " | " + (done() ? "**passes**" : reached.id() + " fails")
        + " | " + figure(operations) + " | " + figure(types) + " | " + figure(files) + " | " + millis(generationMillis) + " | " + millis(javacMillis)
        + " | " + (javacErrors < 0 ? "" : javacErrors) + " |";
  }

  /** What went wrong and what the report says was changed. */
  String details() {
    String changes = repairs.isEmpty() ? "(not normalised)"
        : repairs.entrySet().stream().map(e -> e.getKey() + " " + e.getValue()).collect(Collectors.joining(", "));
    return "### " + document.id() + " (" + document.provider() + ", " + document.file() + ")\n\n"
        + (done() ? "Generates, compiles and answers `" + document.smoke().path("call").asText() + "`." : "Stops at **" + reached.id() + "**:")
        + (done() ? "" : "\n\n```\n" + failure + "\n```") + "\n\nReport entries by pass: " + changes + "\n";
  }

  private static String figure(long value) {
    return value < 0 ? "" : String.valueOf(value);
  }

  private static String millis(long value) {
    return value < 0 ? "" : String.format(java.util.Locale.ROOT, "%.1f s", value / 1000.0);
  }

  /** Collects the figures as the pipeline gets through the stages. */
  static final class Builder {
    private final CorpusDocument document;
    private int operations = -1;
    private int types = -1;
    private int files = -1;
    private long generationMillis = -1;
    private long javacMillis = -1;
    private int javacErrors = -1;
    private Map<String, Integer> repairs = Map.of();

    Builder(CorpusDocument document) {
      this.document = document;
    }

    void repairs(Map<String, Integer> byPass) {
      repairs = Map.copyOf(byPass);
    }

    void model(int operationCount, int typeCount) {
      operations = operationCount;
      types = typeCount;
    }

    void generated(int fileCount, long millis) {
      files = fileCount;
      generationMillis = millis;
    }

    void javac(long millis, int errors) {
      javacMillis = millis;
      javacErrors = errors;
    }

    Outcome done() {
      return failed(Stage.DONE, "");
    }

    Outcome failed(Stage stage, String failure) {
      return new Outcome(document, stage, failure, operations, types, files, generationMillis, javacMillis, javacErrors,
          java.util.Collections.unmodifiableMap(new java.util.TreeMap<>(repairs)));
    }
  }
}
