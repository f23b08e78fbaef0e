package dev.clientsmith.generator.incremental;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * A digest of everything one generation reads, so that a build tool can tell "nothing changed" from
 * "regenerate" without running the pipeline.
 *
 * <p>Each input is one named entry holding the SHA-256 of its content: a parameter's value, a file's
 * bytes, every regular file below a folder (by relative path). Entries are kept by name, so that a
 * changed digest can also say <em>which</em> inputs changed. A file that cannot be read is recorded as
 * such rather than failing here: generation then runs and reports it as a located diagnostic.
 *
 * <p>The stored form is a small text file starting with {@link #FORMAT}; a file of another format
 * version reads as absent, so a new generator never trusts an old digest.
 */
public final class InputDigest {
  /** The first line of a stored digest; bump the number whenever what is digested changes. */
  public static final String FORMAT = "clientsmith-input-digest 2";

  private static final String MISSING = "missing";
  private static final String UNREADABLE = "unreadable";
  private static final String DOCUMENT = "document ";
  private static final String REFERENCED = "referenced ";
  private static final String FETCHED = "fetched ";
  /** What a fetched URL records after generation; never what is recorded before one, so it always reads as changed. */
  private static final String WAS_FETCHED = "fetched";
  private static final String NOT_FETCHED = "not known without fetching";

  private final SortedMap<String, String> entries;
  private final String value;

  private InputDigest(SortedMap<String, String> entries) {
    this.entries = Collections.unmodifiableSortedMap(new TreeMap<>(entries));
    MessageDigest all = sha256();
    all.update(FORMAT.getBytes(StandardCharsets.UTF_8));
    this.entries.forEach((name, digest) -> all.update(("\n" + name + "\0" + digest).getBytes(StandardCharsets.UTF_8)));
    this.value = HexFormat.of().formatHex(all.digest());
  }

  public static Builder builder() {
    return new Builder();
  }

  /** The digest of all inputs together, as hexadecimal SHA-256. */
  public String value() {
    return value;
  }

  /** Input name to the digest of its content, sorted by name. */
  public SortedMap<String, String> entries() {
    return entries;
  }

  /** The names given to {@link Builder#document}, in name order. */
  public List<String> documents() {
    return entries.keySet().stream().filter(name -> name.startsWith(DOCUMENT)).map(name -> name.substring(DOCUMENT.length())).toList();
  }

  /** The names given to {@link Builder#referenced}, in name order. */
  public List<String> referenced() {
    return names(REFERENCED);
  }

  /** The URLs given to {@link Builder#fetched}, in order. */
  public List<String> fetched() {
    return names(FETCHED);
  }

  private List<String> names(String prefix) {
    return entries.keySet().stream().filter(name -> name.startsWith(prefix)).map(name -> name.substring(prefix.length())).toList();
  }

  /** The digest {@link Builder#file} records for {@code file}: its SHA-256, or that it is missing or unreadable. */
  public static String contentDigest(Path file) {
    return fileDigest(file);
  }

  /**
   * The names of the inputs that differ from {@code previous}: changed, added or no longer read;
   * empty exactly when the two digests are equal.
   */
  public List<String> changesSince(InputDigest previous) {
    List<String> changed = new ArrayList<>();
    TreeMap<String, String> names = new TreeMap<>(previous.entries);
    names.putAll(entries);
    for (String name : names.keySet()) {
      if (!Objects.equals(entries.get(name), previous.entries.get(name))) {
        changed.add(name);
      }
    }
    return changed;
  }

  /** The stored form: the format line, the overall value, then one {@code digest name} line per input. */
  public String render() {
    StringBuilder out = new StringBuilder(FORMAT).append('\n').append(value).append('\n');
    entries.forEach((name, digest) -> out.append(digest).append(' ').append(name).append('\n'));
    return out.toString();
  }

  /**
   * Reads a digest stored by {@link #store}; empty when there is none, or it is of another format
   * version, or it was damaged (its entries no longer add up to its value).
   */
  public static Optional<InputDigest> read(Path file) {
    List<String> lines;
    try {
      lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    } catch (NoSuchFileException e) {
      return Optional.empty();
    } catch (IOException e) {
      // An unreadable digest only costs one regeneration; never a reason to fail the build.
      return Optional.empty();
    }
    if (lines.size() < 2 || !lines.get(0).equals(FORMAT)) {
      return Optional.empty();
    }
    TreeMap<String, String> entries = new TreeMap<>();
    for (String line : lines.subList(2, lines.size())) {
      int space = line.indexOf(' ');
      if (space <= 0) {
        return Optional.empty();
      }
      entries.put(line.substring(space + 1), line.substring(0, space));
    }
    InputDigest digest = new InputDigest(entries);
    return digest.value.equals(lines.get(1)) ? Optional.of(digest) : Optional.empty();
  }

  /**
   * Stores this digest at {@code file}, creating its folder; the file is replaced in one move, so a
   * build killed midway never leaves a half-written digest that could read as valid.
   */
  public void store(Path file) throws IOException {
    Path folder = file.toAbsolutePath().getParent();
    Files.createDirectories(folder);
    Path temp = Files.createTempFile(folder, file.getFileName().toString(), ".tmp");
    try {
      Files.writeString(temp, render(), StandardCharsets.UTF_8);
      try {
        Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING);
      }
    } finally {
      Files.deleteIfExists(temp);
    }
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof InputDigest other && other.value.equals(value);
  }

  @Override
  public int hashCode() {
    return value.hashCode();
  }

  @Override
  public String toString() {
    return value;
  }

  /** Collects the inputs; names are free text but must be unique and fit on one line. */
  public static final class Builder {
    private final TreeMap<String, String> entries = new TreeMap<>();

    private Builder() {}

    /** A parameter; an absent value is distinct from every present one, the empty string included. */
    public Builder parameter(String name, Optional<String> value) {
      return put("parameter " + name, value.map(v -> hex(bytes("=" + v))).orElse("unset"));
    }

    /** A parameter that always has a value. */
    public Builder parameter(String name, String value) {
      return parameter(name, Optional.of(value));
    }

    /** The bytes of one file; a missing or unreadable file is recorded as such. */
    public Builder file(String name, Path file) {
      return put("file " + name, fileDigest(file));
    }

    /**
     * A document another input names (a configuration's), kept apart from {@link #file} so that
     * {@link InputDigest#documents()} can list them again.
     */
    public Builder document(String name, Path file) {
      return put(DOCUMENT + name, fileDigest(file));
    }

    /**
     * A file a document's {@code $ref} made the generation read, kept apart from {@link #file} so
     * that {@link InputDigest#referenced()} can list them again.
     */
    public Builder referenced(String name, Path file) {
      return put(REFERENCED + name, fileDigest(file));
    }

    /**
     * A URL a document's {@code $ref} made the generation fetch. What it serves now is not known
     * without fetching it, so a digest made before generating ({@code generated} false) always
     * differs from one stored after ({@code generated} true): the generation runs every time.
     */
    public Builder fetched(String url, boolean generated) {
      return put(FETCHED + url, generated ? WAS_FETCHED : NOT_FETCHED);
    }

    /**
     * Every regular file below {@code folder}, each under {@code name/relative/path}; a missing
     * folder is recorded as such, so creating it later is a change.
     */
    public Builder folder(String name, Path folder) {
      if (!Files.isDirectory(folder)) {
        return put("folder " + name, Files.exists(folder) ? UNREADABLE : MISSING);
      }
      put("folder " + name, "present");
      try (Stream<Path> files = Files.walk(folder)) {
        List<Path> regular = files.filter(Files::isRegularFile).sorted().toList();
        for (Path file : regular) {
          String relative = folder.relativize(file).toString().replace('\\', '/');
          put("folder " + name + "/" + relative, fileDigest(file));
        }
      } catch (IOException | UncheckedIOException e) {
        put("folder " + name, UNREADABLE);
      }
      return this;
    }

    public InputDigest build() {
      return new InputDigest(entries);
    }

    private Builder put(String name, String digest) {
      if (name.indexOf('\n') >= 0 || name.indexOf('\r') >= 0) {
        throw new IllegalArgumentException("input name spans lines: " + name);
      }
      if (entries.containsKey(name) && !entries.get(name).equals(digest)) {
        throw new IllegalArgumentException("input named twice: " + name);
      }
      entries.put(name, digest);
      return this;
    }
  }

  private static String fileDigest(Path file) {
    if (!Files.exists(file)) {
      return MISSING;
    }
    try {
      return hex(Files.readAllBytes(file));
    } catch (IOException e) {
      return UNREADABLE;
    }
  }

  private static byte[] bytes(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }

  private static String hex(byte[] content) {
    return HexFormat.of().formatHex(sha256().digest(content));
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java platform provides SHA-256", e);
    }
  }
}
