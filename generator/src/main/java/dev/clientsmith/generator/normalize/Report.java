package dev.clientsmith.generator.normalize;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Everything normalisation changed, in the order the passes ran. Rendered as text for the CLI and as
 * Markdown for each module's {@code NORMALIZATION.md}, so a reader sees exactly how the published
 * document was interpreted.
 */
public final class Report {
  private final List<ReportEntry> entries = new ArrayList<>();

  public void add(ReportEntry entry) {
    entries.add(entry);
  }

  public void addAll(Report other) {
    entries.addAll(other.entries);
  }

  public List<ReportEntry> entries() {
    return Collections.unmodifiableList(entries);
  }

  public boolean isEmpty() {
    return entries.isEmpty();
  }

  /** One line per entry: {@code [pass] document#pointer: before -> after (reason)}. */
  public String toText() {
    StringBuilder out = new StringBuilder();
    for (ReportEntry e : entries) {
      out.append('[').append(e.pass()).append("] ").append(e.document()).append('#').append(e.pointer())
          .append(": ").append(e.before()).append(" -> ").append(e.after())
          .append("  (").append(e.reason()).append(")\n");
    }
    return out.toString();
  }

  /** A Markdown table grouped by pass, for NORMALIZATION.md. */
  public String toMarkdown(String title) {
    StringBuilder out = new StringBuilder();
    out.append("# ").append(title).append("\n\n");
    if (entries.isEmpty()) {
      return out.append("The published documents were used as they are.\n").toString();
    }
    out.append("Every change Clientsmith made to the published documents before generating code, in the order\n")
        .append("the passes ran. Pointers refer to the document as it was when the pass ran.\n");
    String currentPass = null;
    for (ReportEntry e : entries) {
      if (!e.pass().equals(currentPass)) {
        currentPass = e.pass();
        out.append("\n## ").append(currentPass).append("\n\n")
            .append("| Document | Pointer | Before | After | Why |\n")
            .append("|---|---|---|---|---|\n");
      }
      out.append("| ").append(cell(e.document())).append(" | `").append(cell(e.pointer())).append("` | ")
          .append(code(e.before())).append(" | ").append(code(e.after())).append(" | ")
          .append(cell(e.reason())).append(" |\n");
    }
    return out.toString();
  }

  private static String code(String s) {
    return s.isEmpty() ? "" : "`" + cell(s).replace("`", "'") + "`";
  }

  private static String cell(String s) {
    return s.replace("|", "\\|").replace("\n", " ");
  }
}
