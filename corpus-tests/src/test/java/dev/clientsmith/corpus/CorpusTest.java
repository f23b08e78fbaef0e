package dev.clientsmith.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The published documents of LLM providers: each generates a module that compiles with
 * {@code -Xlint:all -Werror} and answers its main chat call. Every run writes where each document
 * got to, and why it stopped, to {@code target/corpus-status.md} (and prints it).
 *
 * <p>By default only the documents {@code corpus.json} marks for every build run, each required to
 * reach at least the stage recorded for it; {@code -Pcorpus} runs all of them and requires each to
 * pass.
 */
class CorpusTest {
  private static final boolean STRICT = Boolean.getBoolean("clientsmith.corpus.strict");
  private static final List<Outcome> OUTCOMES = new ArrayList<>();

  static List<CorpusDocument> documents() {
    return CorpusDocument.selected();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("documents")
  // OpenAI's 3 MB document takes under a minute here; the bound catches a hang, not slowness.
  @Timeout(value = 10, unit = TimeUnit.MINUTES)
  void generatesCompilesAndAnswersItsChatCall(CorpusDocument document, @TempDir Path work) {
    Outcome outcome = CorpusPipeline.run(document, work);
    synchronized (OUTCOMES) {
      OUTCOMES.add(outcome);
    }
    String why = document.id() + " stops at " + outcome.reached().id() + ":\n" + outcome.failure();
    if (STRICT) {
      assertThat(outcome.reached()).as(why).isEqualTo(Stage.DONE);
    } else {
      assertThat(outcome.reached()).as("%s (corpus.json expects it to reach %s)", why, document.expect().id())
          .isGreaterThanOrEqualTo(document.expect());
    }
  }

  @AfterAll
  static void writeStatus() throws IOException {
    List<Outcome> outcomes;
    synchronized (OUTCOMES) {
      outcomes = new ArrayList<>(OUTCOMES);
    }
    List<CorpusDocument> order = CorpusDocument.all();
    outcomes.sort(Comparator.comparingInt(o -> order.indexOf(o.document())));
    StringBuilder status = new StringBuilder("## Corpus status\n\n")
        .append("| document | OpenAPI | result | operations | types | files | generation | javac | javac errors |\n")
        .append("|---|---|---|---|---|---|---|---|---|\n");
    outcomes.forEach(o -> status.append(o.row()).append('\n'));
    outcomes.forEach(o -> status.append('\n').append(o.details()));
    String file = System.getProperty("clientsmith.corpus.status");
    if (file != null) {
      Path path = Path.of(file);
      Files.createDirectories(path.getParent());
      Files.writeString(path, status, StandardCharsets.UTF_8);
    }
    System.out.println(status);
  }
}
