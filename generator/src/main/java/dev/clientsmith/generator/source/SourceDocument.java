package dev.clientsmith.generator.source;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.clientsmith.generator.diag.Location;
import java.util.Objects;

/**
 * An OpenAPI document as read from disk: its JSON tree (YAML is read into the same tree) and a
 * {@link Locator} mapping JSON pointers back to file:line:col in the original file (for Markdown
 * pages, positions are in the page, not in the fenced block).
 *
 * @param name the file as the user named it; used in every diagnostic and report entry
 * @param format how the spec itself was written (the page around it may be Markdown)
 * @param tree the document; stages after {@code source} may rewrite it in place
 * @param locator pointer to position, built from the original text
 */
public record SourceDocument(String name, Format format, ObjectNode tree, Locator locator) {
  public SourceDocument {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(format, "format");
    Objects.requireNonNull(tree, "tree");
    Objects.requireNonNull(locator, "locator");
  }

  /** Where a JSON pointer of the original document is; see {@link Locator#locate(String)}. */
  public Location locate(String pointer) {
    return locator.locate(pointer);
  }

  /** The syntax the spec is written in. */
  public enum Format {
    JSON,
    YAML
  }
}
