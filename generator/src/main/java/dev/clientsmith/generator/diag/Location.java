package dev.clientsmith.generator.diag;

import java.util.Objects;

/**
 * A place in an input file. Lines and columns are 1-based, as editors show them; a value of 0 means
 * "unknown" (a whole-file problem has line 0).
 */
public record Location(String file, int line, int column) {
  public Location {
    Objects.requireNonNull(file, "file");
    if (line < 0 || column < 0) {
      throw new IllegalArgumentException("line and column must be >= 0: " + line + ":" + column);
    }
  }

  /** A location naming only the file, for problems that have no position (empty file, too large). */
  public static Location ofFile(String file) {
    return new Location(file, 0, 0);
  }

  /**
   * A location naming only a path, as a user would write it: relative to the working directory
   * when it is below it, so messages read like the command that caused them.
   */
  public static Location ofPath(java.nio.file.Path path) {
    java.nio.file.Path cwd = java.nio.file.Path.of("").toAbsolutePath();
    java.nio.file.Path abs = path.toAbsolutePath().normalize();
    String shown = abs.equals(cwd) ? "." : abs.startsWith(cwd) ? cwd.relativize(abs).toString() : abs.toString();
    return ofFile(shown);
  }

  /** {@code file:line:col}, {@code file:line} or {@code file}, depending on what is known. */
  @Override
  public String toString() {
    if (line == 0) {
      return file;
    }
    return column == 0 ? file + ":" + line : file + ":" + line + ":" + column;
  }
}
