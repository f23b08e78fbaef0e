package dev.clientsmith.generator.write;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Compares a fresh generation with a folder on disk without writing anything: what {@code check}
 * reports. Files the manifest does not list are a user's and are not compared.
 */
public final class Comparison {
  /** Lines of context a difference shows on each side. */
  private static final int SHOWN = 3;

  private Comparison() {}

  /** The differences between {@code files} and {@code directory}, sorted by path; empty when equal. */
  public static List<FileDifference> differences(SortedMap<String, byte[]> files, Path directory) {
    Path dir = OutputWriter.absolute(directory);
    SortedMap<String, byte[]> expected = new TreeMap<>(files);
    Manifest manifest = Manifest.of(files);
    expected.put(Manifest.PATH, manifest.toBytes());
    Optional<Manifest> onDisk = Optional.empty();
    Path manifestFile = dir.resolve(Manifest.PATH);
    if (Files.isRegularFile(manifestFile)) {
      onDisk = Optional.of(Manifest.parse(read(manifestFile), manifestFile.toString()));
    }
    List<FileDifference> out = new ArrayList<>();
    for (Map.Entry<String, byte[]> file : expected.entrySet()) {
      Path path = dir.resolve(file.getKey());
      if (!Files.isRegularFile(path, LinkOption.NOFOLLOW_LINKS)) {
        out.add(new FileDifference(file.getKey(), FileDifference.Kind.MISSING, List.of()));
        continue;
      }
      byte[] current = read(path);
      if (!Arrays.equals(current, file.getValue())) {
        out.add(new FileDifference(file.getKey(), FileDifference.Kind.DIFFERENT, diff(current, file.getValue())));
      }
    }
    onDisk.ifPresent(m -> m.digests().keySet().stream()
        .filter(rel -> !files.containsKey(rel) && Manifest.safe(rel) && Files.isRegularFile(dir.resolve(rel)))
        .forEach(rel -> out.add(new FileDifference(rel, FileDifference.Kind.STALE, List.of()))));
    out.sort(java.util.Comparator.comparing(FileDifference::path));
    return out;
  }

  /** The first differing lines, in the {@code -}/{@code +} form of a unified diff, with the line number. */
  static List<String> diff(byte[] before, byte[] after) {
    String[] a = new String(before, StandardCharsets.UTF_8).split("\n", -1);
    String[] b = new String(after, StandardCharsets.UTF_8).split("\n", -1);
    int first = 0;
    while (first < a.length && first < b.length && a[first].equals(b[first])) {
      first++;
    }
    int endA = a.length;
    int endB = b.length;
    while (endA > first && endB > first && a[endA - 1].equals(b[endB - 1])) {
      endA--;
      endB--;
    }
    List<String> lines = new ArrayList<>();
    lines.add("@@ line " + (first + 1) + " @@");
    for (int i = first; i < Math.min(endA, first + SHOWN); i++) {
      lines.add("-" + a[i]);
    }
    if (endA - first > SHOWN) {
      lines.add("-... (" + (endA - first - SHOWN) + " more)");
    }
    for (int i = first; i < Math.min(endB, first + SHOWN); i++) {
      lines.add("+" + b[i]);
    }
    if (endB - first > SHOWN) {
      lines.add("+... (" + (endB - first - SHOWN) + " more)");
    }
    return lines;
  }

  private static byte[] read(Path path) {
    return OutputWriter.read(path, "nothing was compared");
  }
}
