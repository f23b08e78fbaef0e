package dev.clientsmith.generator.diag;

import java.util.Objects;
import java.util.Optional;

/**
 * One problem found in an input, in the shape every stage reports: severity, a stable code that tests
 * and users can match on, where it is (file:line:col and the JSON pointer inside the OpenAPI
 * document, when known), what is wrong, and what to do about it.
 *
 * <p>Library messages (Swagger Parser's plain strings, Jackson's exceptions) are always translated
 * into this shape; they are never shown raw.
 */
public record Diagnostic(
    Severity severity, String code, Location location, String pointer, String message, String hint) {

  public Diagnostic {
    Objects.requireNonNull(severity, "severity");
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(location, "location");
    Objects.requireNonNull(message, "message");
  }

  public static Diagnostic error(String code, Location location, String pointer, String message, String hint) {
    return new Diagnostic(Severity.ERROR, code, location, pointer, message, hint);
  }

  /** A problem that was repaired or can be ignored: reported, but the run goes on. */
  public static Diagnostic warning(String code, Location location, String pointer, String message, String hint) {
    return new Diagnostic(Severity.WARNING, code, location, pointer, message, hint);
  }

  public Optional<String> pointerIfKnown() {
    return Optional.ofNullable(pointer);
  }

  public Optional<String> hintIfAny() {
    return Optional.ofNullable(hint);
  }

  /**
   * The one-problem, human-readable form:
   *
   * <pre>
   * specs/oxen.md:12:7: error[parse.unresolved-ref] $ref '#/components/schemas/Nope' points nowhere
   *   at: /paths/~1chat/post/requestBody
   *   hint: define the schema under components/schemas or fix the reference
   * </pre>
   */
  public String render() {
    StringBuilder out = new StringBuilder();
    out.append(location).append(": ").append(severity.label()).append('[').append(code).append("] ").append(message);
    if (pointer != null) {
      out.append("\n  at: ").append(pointer.isEmpty() ? "(document root)" : pointer);
    }
    if (hint != null) {
      out.append("\n  hint: ").append(hint);
    }
    return out.toString();
  }

  @Override
  public String toString() {
    return render();
  }
}
