package dev.clientsmith.fuzz;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Pattern;

/**
 * Turns a fuzzer's bytes into a document file. The reader chooses the format by the file's
 * extension, so the extension is chosen from the content (a fence line: a page; a leading brace: JSON;
 * else YAML): the seeds then keep their own format, and mutations can still cross between them.
 */
public final class Documents {
  private static final Pattern FENCE = Pattern.compile("(?m)^ {0,3}(```|~~~)");

  private Documents() {}

  /** The file name the bytes are read under, also the name diagnostics give. */
  public static String fileName(byte[] bytes) {
    String text = new String(bytes, StandardCharsets.ISO_8859_1);
    if (FENCE.matcher(text).find()) {
      return "fuzz.md";
    }
    return text.stripLeading().startsWith("{") ? "fuzz.json" : "fuzz.yaml";
  }

  /** Writes {@code bytes} into {@code folder} under {@link #fileName}; returns the file. */
  public static Path write(Path folder, byte[] bytes) {
    try {
      Path file = folder.resolve(fileName(bytes));
      Files.write(file, bytes);
      return file;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Deletes {@code path} and everything below it, if it exists. */
  public static void delete(Path path) {
    if (!Files.exists(path)) {
      return;
    }
    try (var walk = Files.walk(path)) {
      walk.sorted(java.util.Comparator.reverseOrder()).forEach(p -> {
        try {
          Files.delete(p);
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      });
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
