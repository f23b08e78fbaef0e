package dev.clientsmith.generator;

import dev.clientsmith.generator.diag.Diagnostic;
import dev.clientsmith.generator.diag.DiagnosticException;
import dev.clientsmith.generator.diag.Location;
import java.util.Arrays;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * How {@link Generator#normalizeSpecs} writes its result.
 *
 * @param keepOpenApi31 when a document declares OpenAPI 3.1, write the normalised document as 3.1
 *     (type arrays with {@code "null"} instead of {@code nullable}, numeric exclusive bounds) rather
 *     than as the OpenAPI 3.0.3 document that more tools read
 * @param form the tool the document is written for: {@link Form#PLAIN} for any tool (Prism,
 *     validators, our own emitter), or a form that steps around one tool's limits
 * @param allowRemoteRefs read {@code $ref}s to http/https URLs, {@code file:} URIs and files outside a
 *     document's folder (refused otherwise; references to files in the folder are always read)
 */
public record NormalizeOptions(boolean keepOpenApi31, Form form, boolean allowRemoteRefs) {
  /**
   * The normalised document is OpenAPI 3.0.3, whatever version the input declares, in the plain form;
   * only references to files in a document's folder are read.
   */
  public static final NormalizeOptions DEFAULT = new NormalizeOptions(false);

  public NormalizeOptions {
    Objects.requireNonNull(form, "form");
  }

  /** Options in the plain form. */
  public NormalizeOptions(boolean keepOpenApi31) {
    this(keepOpenApi31, Form.PLAIN);
  }

  /** Options that read only references to files in a document's folder. */
  public NormalizeOptions(boolean keepOpenApi31, Form form) {
    this(keepOpenApi31, form, false);
  }

  /** These options, with {@code $ref}s to URLs and to files outside a document's folder allowed or not. */
  public NormalizeOptions withAllowRemoteRefs(boolean allow) {
    return new NormalizeOptions(keepOpenApi31, form, allow);
  }

  /** The tool a normalised document is written for. */
  public enum Form {
    /** Plain OpenAPI for any tool: what Prism, Swagger Parser and validators read. */
    PLAIN(null),
    /**
     * The form OpenAPI Generator's Java clients compile (with {@code generateAliasAsModel=true}) and
     * read: {@link dev.clientsmith.generator.normalize.OpenApiGeneratorForm}.
     */
    OPENAPI_GENERATOR("openapi-generator");

    private final String id;

    Form(String id) {
      this.id = id;
    }

    /** The name a user gives ({@code --for openapi-generator}); none for the plain form. */
    public String id() {
      return id;
    }

    /**
     * The form a user named.
     *
     * @throws DiagnosticException {@code request.invalid}, listing the accepted names, for any other
     */
    public static Form of(String id) {
      for (Form form : values()) {
        if (form.id != null && form.id.equals(id)) {
          return form;
        }
      }
      String accepted = Arrays.stream(values()).map(Form::id).filter(Objects::nonNull).collect(Collectors.joining(", "));
      throw new DiagnosticException(Diagnostic.error("request.invalid", Location.ofFile("options"), null,
          "no document form for '" + id + "'; accepted: " + accepted,
          "leave --for out for the plain document that any tool reads"));
    }
  }
}
