package dev.clientsmith.generator.diag;

/** How bad a {@link Diagnostic} is. Only {@link #ERROR} stops the pipeline. */
public enum Severity {
  ERROR,
  WARNING,
  INFO;

  /** Lower-case label used in rendered messages, like compilers print it. */
  public String label() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }
}
