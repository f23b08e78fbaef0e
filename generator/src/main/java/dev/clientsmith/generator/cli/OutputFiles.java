package dev.clientsmith.generator.cli;

import dev.clientsmith.generator.diag.Diagnostic;
import dev.clientsmith.generator.diag.DiagnosticException;
import dev.clientsmith.generator.diag.Location;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/** Writes a file all at once: to a temporary sibling first, then moved into place. */
final class OutputFiles {
  private OutputFiles() {}

  static void writeAtomically(Path target, String content, String displayName) {
    Path absolute = target.toAbsolutePath();
    Path folder = absolute.getParent();
    Path temp = null;
    try {
      if (folder != null && !Files.isDirectory(folder)) {
        throw cannotWrite(displayName, "its folder does not exist");
      }
      if (Files.isDirectory(absolute)) {
        throw cannotWrite(displayName, "it is a directory");
      }
      temp = Files.createTempFile(folder, "." + absolute.getFileName(), ".tmp");
      Files.writeString(temp, content, StandardCharsets.UTF_8);
      try {
        Files.move(temp, absolute, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(temp, absolute, StandardCopyOption.REPLACE_EXISTING);
      }
      temp = null;
    } catch (IOException e) {
      throw dev.clientsmith.generator.write.OutputWriter.failure(e, target, "nothing was written");
    } finally {
      if (temp != null) {
        try {
          Files.deleteIfExists(temp);
        } catch (IOException ignored) {
          // Best effort: a stray temporary file is not worth hiding the real error.
        }
      }
    }
  }

  private static DiagnosticException cannotWrite(String name, String why) {
    return new DiagnosticException(Diagnostic.error("cli.cannot-write", Location.ofFile(name), null,
        "cannot write the file: " + why, "check that the folder exists and is writable"));
  }
}
