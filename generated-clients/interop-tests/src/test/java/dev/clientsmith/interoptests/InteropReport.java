package dev.clientsmith.interoptests;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Where the judges' verdicts go: a Markdown file ({@code target/interop-report.md}, or the file named
 * by the system property {@code clientsmith.interop.report}) instead of the console. Many verdicts
 * read like failures ("does not compile: 436 javac errors", an exception's message) although each is
 * exactly what a test expects; on the console of a passing build they would look like a broken run.
 * The console gets one line at the end of the run: where the report is, and the counts.
 *
 * <p>The file is rewritten whenever a section is added, so it is complete for every class that ran,
 * even when the run stops early. Register with {@code @ExtendWith(InteropReport.class)}; the summary
 * line is printed when JUnit closes its root store, after the last test class.
 */
final class InteropReport implements BeforeAllCallback {

  /** One part of the report: a heading, its lines, and the tool and number of verdicts the summary counts. */
  private record Section(String heading, List<String> lines, boolean preformatted, String tool, int verdicts) {
  }

  private static final Map<String, Section> SECTIONS = new TreeMap<>();

  @Override
  public void beforeAll(ExtensionContext context) {
    // One summary per run, whichever class comes first: the root store is shared by all of them.
    context.getRoot().getStore(ExtensionContext.Namespace.create(InteropReport.class))
        .getOrComputeIfAbsent("summary", k -> new Summary(), Summary.class);
  }

  /**
   * Adds (or replaces) a section and rewrites the report.
   *
   * @param key orders the sections in the file
   * @param preformatted whether the lines are a table to keep as is (a code block) or list items
   * @param tool the judge, as the console summary names it
   * @param verdicts how many verdicts the section holds, for the console summary
   */
  static void section(String key, String heading, List<String> lines, boolean preformatted, String tool, int verdicts) {
    synchronized (SECTIONS) {
      SECTIONS.put(key, new Section(heading, List.copyOf(lines), preformatted, tool, verdicts));
      write();
    }
  }

  /** The report file. */
  static Path file() {
    String configured = System.getProperty("clientsmith.interop.report");
    return configured == null || configured.isBlank() ? Path.of("target", "interop-report.md") : Path.of(configured);
  }

  private static void write() {
    StringBuilder out = new StringBuilder("# Interoperability report\n\n"
        + "What independent tools made of the original and the normalised documents, one verdict a line, as the\n"
        + "interop-tests module's last run found them. Every verdict here is one the tests expect: a test that\n"
        + "disagrees fails and says why on the console.\n");
    for (Section section : SECTIONS.values()) {
      out.append("\n## ").append(section.heading()).append("\n\n");
      if (section.preformatted()) {
        out.append("```text\n");
        section.lines().forEach(line -> out.append(line).append('\n'));
        out.append("```\n");
      } else {
        section.lines().forEach(line -> out.append("- ").append(line).append('\n'));
      }
    }
    try {
      Path file = file();
      if (file.getParent() != null) {
        Files.createDirectories(file.getParent());
      }
      Files.writeString(file, out.toString(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the interoperability report " + file(), e);
    }
  }

  /** Prints the one console line when the run ends. */
  private static final class Summary implements AutoCloseable {
    @Override
    public void close() {
      Map<String, Integer> verdicts = new TreeMap<>();
      synchronized (SECTIONS) {
        SECTIONS.values().forEach(s -> verdicts.merge(s.tool(), s.verdicts(), Integer::sum));
      }
      if (verdicts.isEmpty()) {
        return;
      }
      List<String> counts = new ArrayList<>();
      verdicts.forEach((tool, n) -> counts.add(tool + " " + n));
      Path shown = file().toAbsolutePath().normalize();
      String root = System.getProperty("clientsmith.root");
      if (root != null && !root.isBlank() && shown.startsWith(Path.of(root).toAbsolutePath().normalize())) {
        shown = Path.of(root).toAbsolutePath().normalize().relativize(shown);
      }
      System.out.println("Interoperability verdicts (" + String.join("; ", counts) + "): see " + shown);
    }
  }
}
