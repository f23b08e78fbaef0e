package dev.clientsmith.generator;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.clientsmith.generator.normalize.Report;

/**
 * The outcome of normalising (and, for several documents, merging) one provider's documents.
 *
 * @param document the clean OpenAPI 3.0 document
 * @param report every change made on the way, in order
 */
public record NormalizeResult(ObjectNode document, Report report) {}
