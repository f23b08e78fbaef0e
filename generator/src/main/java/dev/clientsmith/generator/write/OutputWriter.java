package dev.clientsmith.generator.write;

import dev.clientsmith.generator.diag.Diagnostic;
import dev.clientsmith.generator.diag.DiagnosticException;
import dev.clientsmith.generator.diag.Location;
import dev.clientsmith.generator.diag.Severity;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * The only code that writes generated files. The generator owns only what it wrote: a folder it
 * writes into carries a {@link Manifest}, and
 *
 * <ul>
 *   <li>a target that is a file, or a non-empty folder without a manifest, is refused untouched
 *       (unless {@code force} adopts the folder);
 *   <li>a file at a generated path that the generator did not write (or that a user changed since)
 *       is never silently lost: without {@code force} the run is refused, with it the file is
 *       first copied under {@code .clientsmith/backup/};
 *   <li>regeneration removes only files the manifest lists that are no longer produced, and only
 *       when they are still as generated;
 *   <li>every other file in the folder (a user's test, a note, Maven's {@code target/}) stays.
 * </ul>
 *
 * Nothing is written until every new file has been staged inside the target's {@code .clientsmith/}
 * folder (so the final moves stay on one file system), and the staging folder is removed whatever
 * happens. Every file-system failure is a {@code write.*} diagnostic naming the path and what to do.
 */
public final class OutputWriter {
  private static final String STATE = ".clientsmith";
  private static final String BACKUP = STATE + "/backup/";

  private OutputWriter() {}

  /** What a write did, for the front ends to report; paths are relative to {@link #directory()}. */
  public record Outcome(Path directory, List<String> written, List<String> unchanged, List<String> removed,
      List<String> backedUp, List<Diagnostic> warnings) {
    public Outcome {
      written = List.copyOf(written);
      unchanged = List.copyOf(unchanged);
      removed = List.copyOf(removed);
      backedUp = List.copyOf(backedUp);
      warnings = List.copyOf(warnings);
    }
  }

  /**
   * Writes {@code files} (relative path with {@code /} to content) into {@code directory}.
   *
   * @param force adopt a non-empty folder that has no manifest, and replace files at generated
   *     paths that the generator did not write (after backing them up)
   * @throws DiagnosticException {@code write.*}: nothing was changed
   */
  public static Outcome write(SortedMap<String, byte[]> files, Path directory, boolean force) {
    Plan plan = plan(files, directory, force);
    if (plan.toWrite().isEmpty() && plan.toRemove().isEmpty() && !plan.manifestChanged()) {
      return new Outcome(plan.dir(), List.of(), plan.unchanged(), List.of(), List.of(), plan.warnings());
    }
    apply(plan.dir(), plan.toWrite(), plan.toBackUp(), plan.toRemove(), plan.next());
    return new Outcome(plan.dir(), List.copyOf(plan.toWrite().keySet()), plan.unchanged(), plan.toRemove(), plan.toBackUp(),
        plan.warnings());
  }

  /**
   * Refuses, as {@link #write} would, a target that may not be written, without writing anything:
   * front ends check every target before writing any.
   *
   * @throws DiagnosticException {@code write.*}
   */
  public static void check(SortedMap<String, byte[]> files, Path directory, boolean force) {
    plan(files, directory, force);
  }

  /** What a write will do, decided before anything is touched. */
  private record Plan(Path dir, Manifest next, SortedMap<String, byte[]> toWrite, List<String> unchanged,
      List<String> toBackUp, List<String> toRemove, boolean manifestChanged, List<Diagnostic> warnings) {}

  private static Plan plan(SortedMap<String, byte[]> files, Path directory, boolean force) {
    Path dir = absolute(directory);
    Optional<Manifest> previous = inspect(dir, force);
    Manifest next = Manifest.of(files);

    List<String> unchanged = new ArrayList<>();
    SortedMap<String, byte[]> toWrite = new TreeMap<>();
    List<String> toBackUp = new ArrayList<>();
    List<String> foreign = new ArrayList<>();
    List<Diagnostic> warnings = new ArrayList<>();
    for (Map.Entry<String, byte[]> file : files.entrySet()) {
      String rel = file.getKey();
      Path path = dir.resolve(rel);
      if (Files.isDirectory(path, LinkOption.NOFOLLOW_LINKS)) {
        throw failure("write.path-is-folder", path, "a folder is where a generated file goes",
            "move the folder away; the generator never deletes a folder it did not create");
      }
      if (!Files.exists(path, LinkOption.NOFOLLOW_LINKS)) {
        toWrite.put(rel, file.getValue());
        continue;
      }
      byte[] current = read(path);
      if (Arrays.equals(current, file.getValue())) {
        unchanged.add(rel);
        continue;
      }
      toWrite.put(rel, file.getValue());
      boolean ours = previous.map(m -> m.unchanged(rel, current)).orElse(false);
      if (!ours) {
        if (!force && previous.map(m -> !m.lists(rel)).orElse(true)) {
          foreign.add(rel);
        } else {
          toBackUp.add(rel);
        }
      }
    }
    if (!foreign.isEmpty()) {
      throw new DiagnosticException(foreign.stream().map(rel -> Diagnostic.error("write.would-overwrite",
          Location.ofPath(dir.resolve(rel)), null,
          "a file the generator did not write is where it would now generate one",
          "move or rename it, or run again with --force (it is then copied under " + BACKUP + " first)")).toList());
    }
    List<String> toRemove = new ArrayList<>();
    if (previous.isPresent()) {
      for (String rel : previous.get().digests().keySet()) {
        if (files.containsKey(rel) || !Manifest.safe(rel)) {
          continue;
        }
        Path path = dir.resolve(rel);
        if (!Files.isRegularFile(path, LinkOption.NOFOLLOW_LINKS)) {
          continue;
        }
        if (previous.get().unchanged(rel, read(path))) {
          toRemove.add(rel);
        } else {
          warnings.add(new Diagnostic(Severity.WARNING, "write.kept-edited", Location.ofPath(path), null,
              "no longer generated, but changed since it was: kept", "delete it yourself if it is not needed"));
        }
      }
    }
    for (String rel : toBackUp) {
      warnings.add(new Diagnostic(Severity.WARNING, "write.backed-up", Location.ofPath(dir.resolve(rel)), null,
          "was not as generated; replaced, and the old content kept in " + BACKUP + rel, null));
    }
    boolean manifestChanged = previous.map(m -> !Arrays.equals(m.toBytes(), next.toBytes())).orElse(true);
    return new Plan(dir, next, toWrite, unchanged, toBackUp, toRemove, manifestChanged, warnings);
  }


  /**
   * Checks the target and reads its manifest: refuses a file, a folder below a file, and a
   * non-empty folder that the generator did not write (unless {@code force}).
   */
  private static Optional<Manifest> inspect(Path dir, boolean force) {
    for (Path p = dir; p != null; p = p.getParent()) {
      if (Files.exists(p)) {
        if (!Files.isDirectory(p)) {
          if (p.equals(dir)) {
            throw failure("write.target-is-file", dir, "the output is a file, not a folder",
                "name a new or empty folder (the file is left as it is)");
          }
          throw failure("write.parent-not-folder", dir, Location.ofPath(p) + " is a file, so no folder can be created below it",
              "name a folder whose parents are folders");
        }
        break;
      }
    }
    if (!Files.isDirectory(dir)) {
      return Optional.empty();
    }
    Path manifest = dir.resolve(Manifest.PATH);
    if (Files.isRegularFile(manifest)) {
      return Optional.of(Manifest.parse(read(manifest), manifest.toString()));
    }
    if (!force && !isEmpty(dir)) {
      throw failure("write.not-generated", dir,
          "the folder is not empty and holds no " + Manifest.PATH + ", so the generator did not write it",
          "name a new or empty folder, or run again with --force to adopt this one (no file in it is deleted;"
              + " files at generated paths are first copied under " + BACKUP + ")");
    }
    return Optional.empty();
  }

  private static void apply(Path dir, SortedMap<String, byte[]> toWrite, List<String> toBackUp, List<String> toRemove, Manifest next) {
    Path created = firstMissing(dir);
    Path staging = null;
    boolean replacing = false;
    try {
      Files.createDirectories(dir.resolve(STATE));
      staging = Files.createTempDirectory(dir.resolve(STATE), "staging-");
      // Stage everything first: a failure here (disk full, permissions) changes nothing the user sees.
      for (Map.Entry<String, byte[]> file : toWrite.entrySet()) {
        Path staged = staging.resolve(file.getKey());
        Files.createDirectories(staged.getParent());
        Files.write(staged, file.getValue());
      }
      Path stagedManifest = staging.resolve("manifest");
      Files.write(stagedManifest, next.toBytes());
      for (String rel : toBackUp) {
        Path backup = uniqueBackup(dir, rel);
        Files.createDirectories(backup.getParent());
        Files.copy(dir.resolve(rel), backup, StandardCopyOption.COPY_ATTRIBUTES);
      }
      replacing = true;
      for (String rel : toWrite.keySet()) {
        Path target = dir.resolve(rel);
        Files.createDirectories(target.getParent());
        move(staging.resolve(rel), target);
      }
      for (String rel : toRemove) {
        Path path = dir.resolve(rel);
        Files.deleteIfExists(path);
        removeEmptyParents(dir, path.getParent());
      }
      move(stagedManifest, dir.resolve(Manifest.PATH));
    } catch (IOException e) {
      throw failure(e, dir, replacing ? "the folder may be partly regenerated: run again once this is fixed" : "nothing was changed");
    } finally {
      cleanUp(staging, created);
    }
  }

  /** Removes the staging folder, and the folders this run created if the run left them empty. */
  private static void cleanUp(Path staging, Path created) {
    try {
      if (staging != null) {
        deleteRecursively(staging);
      }
      if (created != null && Files.isDirectory(created)) {
        Path state = created.resolve(STATE);
        // Only what this run made: a target it created that holds nothing but an empty state folder.
        if (onlyEmptyFolders(created)) {
          deleteRecursively(created);
        } else if (Files.isDirectory(state) && isEmpty(state) && !Files.exists(created.resolve(Manifest.PATH))) {
          Files.deleteIfExists(state);
        }
      }
    } catch (IOException ignored) {
      // Best effort: the error that brought us here is the one worth reporting.
    }
  }

  private static boolean onlyEmptyFolders(Path dir) throws IOException {
    try (Stream<Path> walk = Files.walk(dir)) {
      return walk.allMatch(Files::isDirectory);
    }
  }

  private static Path firstMissing(Path dir) {
    Path missing = null;
    for (Path p = dir; p != null && !Files.exists(p); p = p.getParent()) {
      missing = p;
    }
    return missing;
  }

  private static Path uniqueBackup(Path dir, String rel) {
    Path backup = dir.resolve(BACKUP + rel);
    for (int i = 1; Files.exists(backup); i++) {
      backup = dir.resolve(BACKUP + rel + "." + i);
    }
    return backup;
  }

  private static void removeEmptyParents(Path root, Path folder) throws IOException {
    for (Path p = folder; p != null && !p.equals(root) && p.startsWith(root); p = p.getParent()) {
      if (!isEmpty(p)) {
        return;
      }
      try {
        Files.delete(p);
      } catch (DirectoryNotEmptyException e) {
        return;
      }
    }
  }

  private static boolean isEmpty(Path dir) {
    try (Stream<Path> entries = Files.list(dir)) {
      return entries.findAny().isEmpty();
    } catch (IOException e) {
      throw failure(e, dir, "nothing was changed");
    }
  }

  private static byte[] read(Path path) {
    return read(path, "nothing was changed");
  }

  /** The file's bytes, or a located {@code write.failed} that ends with {@code outcome}. */
  static byte[] read(Path path, String outcome) {
    try {
      return Files.readAllBytes(path);
    } catch (IOException e) {
      throw failure(e, path, outcome);
    }
  }

  private static void move(Path from, Path to) throws IOException {
    try {
      Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
    }
  }

  static void deleteRecursively(Path dir) throws IOException {
    if (!Files.exists(dir, LinkOption.NOFOLLOW_LINKS)) {
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

  static Path absolute(Path directory) {
    try {
      return directory.toAbsolutePath().normalize();
    } catch (InvalidPathException | java.io.IOError e) {
      throw failure("write.invalid-path", directory, "not a usable path", "name a folder");
    }
  }

  /** A file-system failure in words a user can act on; never an exception's class name. */
  public static DiagnosticException failure(IOException e, Path fallback, String outcome) {
    String path = e instanceof FileSystemException fse && fse.getFile() != null ? fse.getFile() : fallback.toString();
    String reason;
    String hint;
    if (e instanceof AccessDeniedException) {
      reason = "permission denied";
      hint = "choose a folder you can write to, or fix its permissions";
    } else if (e instanceof NoSuchFileException) {
      reason = "a folder on the way does not exist or cannot be created";
      hint = "check the path";
    } else if (e instanceof NotDirectoryException) {
      reason = "a part of the path is a file, not a folder";
      hint = "name a folder whose parents are folders";
    } else if (e instanceof FileAlreadyExistsException) {
      reason = "a file is in the way";
      hint = "check the path";
    } else if (e instanceof FileSystemException fse && fse.getReason() != null) {
      reason = fse.getReason().toLowerCase(java.util.Locale.ROOT);
      hint = "check that the folder is on a writable file system with free space";
    } else {
      reason = e.getMessage() == null ? "input/output error" : e.getMessage();
      hint = "check that the folder is on a writable file system with free space";
    }
    return failure("write.failed", Path.of(path), "cannot write: " + reason, hint + "; " + outcome);
  }

  private static DiagnosticException failure(String code, Path path, String message, String hint) {
    return new DiagnosticException(Diagnostic.error(code, Location.ofPath(path), null, message, hint));
  }
}
