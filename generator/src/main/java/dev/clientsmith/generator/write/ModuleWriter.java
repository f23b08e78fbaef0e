package dev.clientsmith.generator.write;

import dev.clientsmith.generator.emit.GeneratedModule;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * The only stage that touches the file system. A module is written into a temporary sibling
 * folder first and then swapped in, so a failure never leaves a half-written module; files of an
 * earlier generation that are no longer produced disappear with the old folder. Maven's
 * {@code target/} folder is kept.
 */
public final class ModuleWriter {
  /** Maven's build output inside a module: not generated, not compared. */
  private static final String BUILD_OUTPUT = "target/";

  private ModuleWriter() {}

  /** Writes {@code module} to {@code root/<module folder>}, replacing what was there. */
  public static Path write(GeneratedModule module, Path root) {
    Path target = root.resolve(module.folder());
    Path staging = root.resolve("." + module.folder() + ".generating");
    Path old = root.resolve("." + module.folder() + ".previous");
    try {
      Files.createDirectories(root);
      deleteRecursively(staging);
      deleteRecursively(old);
      for (Map.Entry<String, byte[]> file : module.files().entrySet()) {
        Path path = staging.resolve(file.getKey());
        Files.createDirectories(path.getParent());
        Files.write(path, file.getValue());
      }
      if (Files.exists(target)) {
        // Build output is not ours to delete: it moves into the new module folder.
        Path buildOutput = target.resolve(BUILD_OUTPUT);
        if (Files.isDirectory(buildOutput)) {
          move(buildOutput, staging.resolve(BUILD_OUTPUT));
        }
        move(target, old);
      }
      move(staging, target);
      deleteRecursively(old);
      return target;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write module " + module.folder() + " under " + root, e);
    }
  }

  /**
   * What differs between {@code module} and what is on disk under {@code root}: one line per file
   * that is missing, different, or there but no longer generated. Empty when identical.
   */
  public static List<String> differences(GeneratedModule module, Path root) {
    Path target = root.resolve(module.folder());
    List<String> out = new ArrayList<>();
    TreeSet<String> onDisk = new TreeSet<>();
    if (Files.isDirectory(target)) {
      try (Stream<Path> walk = Files.walk(target)) {
        walk.filter(Files::isRegularFile)
            .map(p -> target.relativize(p).toString().replace('\\', '/'))
            .filter(rel -> !rel.startsWith(BUILD_OUTPUT))
            .forEach(onDisk::add);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    for (Map.Entry<String, byte[]> file : module.files().entrySet()) {
      String rel = file.getKey();
      if (!onDisk.remove(rel)) {
        out.add(module.folder() + "/" + rel + ": missing (would be generated)");
        continue;
      }
      try {
        if (!Arrays.equals(Files.readAllBytes(target.resolve(rel)), file.getValue())) {
          out.add(module.folder() + "/" + rel + ": differs from a fresh generation");
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    for (String extra : onDisk) {
      out.add(module.folder() + "/" + extra + ": not generated any more (would be removed)");
    }
    return out;
  }

  private static void move(Path from, Path to) throws IOException {
    try {
      Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(from, to);
    }
  }

  private static void deleteRecursively(Path dir) throws IOException {
    if (!Files.exists(dir)) {
      return;
    }
    Files.walkFileTree(dir, new SimpleFileVisitor<>() {
      @Override
      public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
        Files.delete(file);
        return FileVisitResult.CONTINUE;
      }

      @Override
      public FileVisitResult postVisitDirectory(Path d, IOException e) throws IOException {
        Files.delete(d);
        return FileVisitResult.CONTINUE;
      }
    });
  }
}
