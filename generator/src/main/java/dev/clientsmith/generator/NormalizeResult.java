package dev.clientsmith.generator;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.clientsmith.generator.diag.Diagnostic;
import dev.clientsmith.generator.normalize.Report;
import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * The outcome of normalising (and, for several documents, merging) one provider's documents.
 *
 * @param document the clean OpenAPI 3.0 document (3.1 when asked to keep a 3.1 document's version)
 * @param report every change made on the way, in order
 * @param warnings what was repaired in the user's documents, located in them (file:line:col and
 *     pointer), in the order found; a front end shows them to the user
 * @param referencedFiles the files other than the documents that their {@code $ref}s made the
 *     generator read (absolute), so that a build tool regenerates when one changes
 * @param fetchedUrls the URLs their {@code $ref}s made the generator fetch (only when allowed)
 */
public record NormalizeResult(ObjectNode document, Report report, List<Diagnostic> warnings, List<Path> referencedFiles,
    List<URI> fetchedUrls) {
  public NormalizeResult {
    Objects.requireNonNull(document, "document");
    Objects.requireNonNull(report, "report");
    warnings = List.copyOf(warnings);
    referencedFiles = List.copyOf(referencedFiles);
    fetchedUrls = List.copyOf(fetchedUrls);
  }

  /** A result of documents that refer to no other document. */
  public NormalizeResult(ObjectNode document, Report report, List<Diagnostic> warnings) {
    this(document, report, warnings, List.of(), List.of());
  }

  /** A result without warnings. */
  public NormalizeResult(ObjectNode document, Report report) {
    this(document, report, List.of());
  }
}
