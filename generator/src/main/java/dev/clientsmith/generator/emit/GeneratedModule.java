package dev.clientsmith.generator.emit;

import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * A generated module as it will be on disk: relative path (with {@code /}) to content, sorted.
 * Built in memory so that it is written completely or not at all, and compared without writing.
 */
public record GeneratedModule(String folder, SortedMap<String, byte[]> files) {
  public GeneratedModule {
    Objects.requireNonNull(folder, "folder");
    files = Collections.unmodifiableSortedMap(new TreeMap<>(files));
  }

  public String text(String path) {
    byte[] content = files.get(path);
    if (content == null) {
      throw new IllegalArgumentException("no file " + path + " in module " + folder);
    }
    return new String(content, StandardCharsets.UTF_8);
  }
}
