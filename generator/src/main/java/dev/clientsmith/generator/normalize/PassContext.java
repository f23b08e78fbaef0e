package dev.clientsmith.generator.normalize;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.clientsmith.generator.config.Overrides;
import dev.clientsmith.generator.diag.Diagnostic;
import dev.clientsmith.generator.diag.Location;
import dev.clientsmith.generator.source.Locator;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** What a {@link Pass} works on: one document's tree, its provider's overrides, and the report. */
public final class PassContext {
  private final String documentName;
  private final ObjectNode document;
  private final Overrides overrides;
  private final Report report;
  private final Locator locator;
  private final List<Diagnostic> warnings = new ArrayList<>();
  /** Subtrees a pass moved: pointer now, to pointer as read (see {@link #moved}). */
  private final Map<String, String> movedFrom = new LinkedHashMap<>();
  private String currentPass = "?";

  public PassContext(String documentName, ObjectNode document, Overrides overrides, Report report) {
    this(documentName, document, overrides, report, pointer -> Location.ofFile(documentName));
  }

  public PassContext(String documentName, ObjectNode document, Overrides overrides, Report report, Locator locator) {
    this.locator = Objects.requireNonNull(locator, "locator");
    this.documentName = Objects.requireNonNull(documentName, "documentName");
    this.document = Objects.requireNonNull(document, "document");
    this.overrides = Objects.requireNonNull(overrides, "overrides");
    this.report = Objects.requireNonNull(report, "report");
  }

  public String documentName() {
    return documentName;
  }

  public ObjectNode document() {
    return document;
  }

  public Overrides overrides() {
    return overrides;
  }

  /**
   * Where a pointer was written, for located errors and warnings: a pointer of the document as read,
   * or one inside a subtree a pass moved (then located where the subtree was read).
   */
  public Location locate(String pointer) {
    for (Map.Entry<String, String> move : movedFrom.entrySet()) {
      String now = move.getKey();
      if (pointer.equals(now) || pointer.startsWith(now + "/")) {
        return locator.locate(move.getValue() + pointer.substring(now.length()));
      }
    }
    return locator.locate(pointer);
  }

  /** Records that the subtree now at {@code to} was read at {@code from}, so that it stays located. */
  public void moved(String from, String to) {
    movedFrom.put(to, from);
  }

  void enter(Pass pass) {
    this.currentPass = pass.id();
  }

  /** Records one change made by the running pass. {@code before}/{@code after} are shown compactly. */
  public void record(String pointer, Object before, Object after, String reason) {
    report.add(new ReportEntry(currentPass, documentName, pointer, show(before), show(after), reason));
  }

  /**
   * Records a repair of the user's document: a report entry like {@link #record}, and a warning
   * located at {@code pointer} (which must name the repaired node in the document as read), so
   * the user learns that the document says something else than what is generated from it.
   */
  public void repair(String code, String pointer, Object before, Object after, String reason, String hint) {
    record(pointer, before, after, reason);
    warnings.add(Diagnostic.warning(code, locate(pointer), pointer, reason, hint));
  }

  /** The warnings of {@link #repair}, in the order they were made. */
  public List<Diagnostic> warnings() {
    return Collections.unmodifiableList(warnings);
  }

  private static String show(Object value) {
    if (value == null) {
      return "(absent)";
    }
    if (value instanceof JsonNode node) {
      String json = node.toString();
      return json.length() > 160 ? json.substring(0, 157) + "..." : json;
    }
    return value.toString();
  }
}
