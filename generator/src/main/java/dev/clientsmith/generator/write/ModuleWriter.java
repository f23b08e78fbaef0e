package dev.clientsmith.generator.write;

import dev.clientsmith.generator.emit.GeneratedModule;
import java.nio.file.Path;
import java.util.List;

/**
 * A whole module written under a root folder, for tests and tools that hold a
 * {@link GeneratedModule}: the same rules as {@link OutputWriter}, into {@code root/<module folder>}.
 */
public final class ModuleWriter {
  private ModuleWriter() {}

  /**
   * Writes {@code module} to {@code root/<module folder>} as {@link OutputWriter#write} does, adopting
   * a folder without a manifest ({@code force}): callers are tests and tools writing their own folders.
   */
  public static Path write(GeneratedModule module, Path root) {
    return OutputWriter.write(module.files(), root.resolve(module.folder()), true).directory();
  }

  /** One line per file that differs between {@code module} and {@code root/<module folder>}; empty when equal. */
  public static List<String> differences(GeneratedModule module, Path root) {
    return Comparison.differences(module.files(), root.resolve(module.folder())).stream()
        .map(d -> module.folder() + "/" + d.summary()).toList();
  }
}
