package dev.clientsmith.generator;

/**
 * How {@link Generator#normalizeSpecs} writes its result.
 *
 * @param keepOpenApi31 when a document declares OpenAPI 3.1, write the normalised document as 3.1
 *     (type arrays with {@code "null"} instead of {@code nullable}, numeric exclusive bounds) rather
 *     than as the OpenAPI 3.0.3 document that more tools read
 */
public record NormalizeOptions(boolean keepOpenApi31) {
  /** The normalised document is OpenAPI 3.0.3, whatever version the input declares. */
  public static final NormalizeOptions DEFAULT = new NormalizeOptions(false);
}
