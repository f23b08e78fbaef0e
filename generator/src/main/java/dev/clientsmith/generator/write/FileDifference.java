package dev.clientsmith.generator.write;

import java.util.List;
import java.util.Objects;

/**
 * One way a folder on disk differs from a fresh generation.
 *
 * @param path the file, relative to the compared folder
 * @param kind what is different
 * @param diffLines a few lines showing the first difference ({@code -} on disk, {@code +} generated)
 */
public record FileDifference(String path, Kind kind, List<String> diffLines) {
  /** What is different about a file. */
  public enum Kind {
    /** Generation would write it; it is not on disk. */
    MISSING("missing (would be generated)"),
    /** On disk, with other content than generation gives. */
    DIFFERENT("differs from a fresh generation"),
    /** Listed in the manifest, no longer generated (would be removed). */
    STALE("not generated any more (would be removed)");

    private final String description;

    Kind(String description) {
      this.description = description;
    }

    public String description() {
      return description;
    }
  }

  public FileDifference {
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(kind, "kind");
    diffLines = List.copyOf(diffLines);
  }

  /** {@code path: description}, the one-line form. */
  public String summary() {
    return path + ": " + kind.description();
  }
}
