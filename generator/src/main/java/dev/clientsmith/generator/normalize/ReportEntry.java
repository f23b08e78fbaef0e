package dev.clientsmith.generator.normalize;

import java.util.Objects;

/**
 * One change (or one recorded interpretation) a normalisation pass made to a document.
 *
 * @param pass the id of the pass that made it, e.g. {@code nullable-wrappers}
 * @param document the document's name as the user gave it
 * @param pointer JSON pointer of the changed place, in the document as it was before the pass
 * @param before what was there (compact JSON, or a short description)
 * @param after what is there now
 * @param reason why, in one sentence a reader of NORMALIZATION.md understands
 */
public record ReportEntry(String pass, String document, String pointer, String before, String after, String reason) {
  public ReportEntry {
    Objects.requireNonNull(pass, "pass");
    Objects.requireNonNull(document, "document");
    Objects.requireNonNull(pointer, "pointer");
    Objects.requireNonNull(before, "before");
    Objects.requireNonNull(after, "after");
    Objects.requireNonNull(reason, "reason");
  }
}
