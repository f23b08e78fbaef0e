package dev.clientsmith.generator.source;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.clientsmith.generator.diag.Diagnostic;
import dev.clientsmith.generator.diag.DiagnosticException;
import dev.clientsmith.generator.diag.Location;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Stage 1 of the pipeline: reads one input file into a {@link SourceDocument}.
 *
 * <p>Accepted inputs, by extension: a Markdown page ({@code .md}, {@code .markdown}) holding exactly
 * one fenced block with the OpenAPI document, a JSON document ({@code .json}) or a YAML document
 * ({@code .yaml}, {@code .yml}). Every problem is thrown as a {@link DiagnosticException} whose
 * diagnostics name the file, and the line and column where there is one (for a Markdown page, lines
 * of the page).
 */
public final class SourceReader {
  /**
   * The largest file read, checked before reading. The biggest real document is tens of kilobytes;
   * this leaves room for large specs while bounding memory.
   */
  public static final int MAX_BYTES = 16 * 1024 * 1024;

  private SourceReader() {}

  /** Same as {@link #read(Path, String)}, naming the file as {@code file.toString()}. */
  public static SourceDocument read(Path file) {
    return read(file, file.toString());
  }

  /**
   * Reads {@code file}.
   *
   * @param displayName how diagnostics name the file (usually the path as the user typed it)
   * @throws DiagnosticException when the file cannot be read or holds no valid document
   */
  public static SourceDocument read(Path file, String displayName) {
    Kind kind = checkFile(file, displayName);
    return parse(readBytes(file, displayName), displayName, kind);
  }

  /**
   * Reads a document received rather than read from disk (a referenced URL's response), by the same
   * rules as a file: its kind comes from the extension of {@code displayName}.
   *
   * @param bytes at most {@link #MAX_BYTES}; the caller stops reading beyond
   * @throws DiagnosticException when it holds no valid document
   */
  public static SourceDocument read(byte[] bytes, String displayName) {
    Kind kind = Kind.ofName(displayName.replaceAll("[?#].*", "").replaceAll(".*/", ""));
    if (kind == null) {
      throw new DiagnosticException(Diagnostic.error("source.unsupported-type", Location.ofFile(displayName), null,
          "unsupported file type: cannot tell how the document is written from its name",
          "refer to a document whose name ends in .json, .yaml, .yml or .md"));
    }
    if (bytes.length == 0) {
      throw new DiagnosticException(Diagnostic.error("source.empty", Location.ofFile(displayName), null,
          "the document is empty", hintForEmpty(kind)));
    }
    return parse(bytes, displayName, kind);
  }

  private static SourceDocument parse(byte[] bytes, String displayName, Kind kind) {
    String text = TextDecoder.decode(bytes, displayName);
    if (text.isBlank()) {
      throw new DiagnosticException(Diagnostic.error("source.empty", Location.ofFile(displayName), null,
          "the file holds only whitespace", hintForEmpty(kind)));
    }
    EmbeddedSpec spec = kind == Kind.MARKDOWN
        ? MarkdownSpecExtractor.extract(text, displayName)
        : new EmbeddedSpec(text, 0, kind == Kind.JSON ? SourceDocument.Format.JSON : SourceDocument.Format.YAML);
    LocatedTree tree = TreeBuilder.build(spec, displayName);
    Locator locator = new PointerLocator(displayName, tree.positions());
    if (!(tree.root() instanceof ObjectNode)) {
      throw new DiagnosticException(Diagnostic.error("source.not-an-object", locator.locate(""), "",
          "the top level of the document is " + describe(tree.root()) + ", not an object",
          "an OpenAPI document is an object with 'openapi', 'info' and 'paths' at the top level"));
    }
    return new SourceDocument(displayName, spec.format(), (ObjectNode) tree.root(), locator);
  }

  /** "an array", "a string"...: how a JSON value is named in messages. */
  public static String describe(JsonNode node) {
    if (node == null || node.isMissingNode()) {
      return "absent";
    }
    switch (node.getNodeType()) {
      case ARRAY:
        return "an array";
      case OBJECT:
        return "an object";
      case STRING:
        return "a string";
      case NUMBER:
        return "a number";
      case BOOLEAN:
        return "a boolean";
      case NULL:
        return "null";
      default:
        return "a " + node.getNodeType().name().toLowerCase(Locale.ROOT);
    }
  }

  private static Kind checkFile(Path file, String name) {
    if (!Files.exists(file)) {
      throw new DiagnosticException(Diagnostic.error("source.not-found", Location.ofFile(name), null,
          "file not found", "check the path; a relative path is resolved against the current directory"));
    }
    if (!Files.isRegularFile(file)) {
      String what = Files.isDirectory(file) ? "a directory" : "not a regular file";
      throw new DiagnosticException(Diagnostic.error("source.not-a-file", Location.ofFile(name), null,
          "this is " + what + ", not a document", "name a .md, .json, .yaml or .yml file"));
    }
    Kind kind = Kind.of(file);
    if (kind == null) {
      throw new DiagnosticException(Diagnostic.error("source.unsupported-type", Location.ofFile(name), null,
          "unsupported file type" + extensionOf(file) + ": cannot tell how the document is written",
          "give a Markdown page (.md) with a fenced OpenAPI block, or a .json, .yaml or .yml document"));
    }
    return kind;
  }

  private static byte[] readBytes(Path file, String name) {
    try {
      long size = Files.size(file);
      if (size > MAX_BYTES) {
        throw tooLarge(size, name);
      }
      if (size == 0) {
        throw new DiagnosticException(Diagnostic.error("source.empty", Location.ofFile(name), null,
            "the file is empty", hintForEmpty(Kind.of(file))));
      }
      byte[] bytes = Files.readAllBytes(file);
      if (bytes.length > MAX_BYTES) {
        // The file grew between the size check and the read.
        throw tooLarge(bytes.length, name);
      }
      return bytes;
    } catch (AccessDeniedException e) {
      throw unreadable(name, "permission denied");
    } catch (NoSuchFileException e) {
      throw unreadable(name, "it disappeared while being read");
    } catch (IOException e) {
      throw unreadable(name, "I/O error: " + e.getClass().getSimpleName());
    }
  }

  /** {@code source.too-large} for a document of {@code size} bytes. */
  public static DiagnosticException tooLarge(long size, String name) {
    return new DiagnosticException(Diagnostic.error("source.too-large", Location.ofFile(name), null,
        "the file is " + size + " bytes; the limit is " + MAX_BYTES + " bytes (16 MiB)",
        "check that this is an OpenAPI document; real ones are far smaller"));
  }

  private static DiagnosticException unreadable(String name, String why) {
    return new DiagnosticException(Diagnostic.error("source.unreadable", Location.ofFile(name), null,
        "the file cannot be read: " + why, "check the file's permissions"));
  }

  private static String hintForEmpty(Kind kind) {
    return kind == Kind.MARKDOWN
        ? "give a Markdown page with a fenced block holding the OpenAPI document"
        : "give a complete OpenAPI 3.0 document";
  }

  private static String extensionOf(Path file) {
    String name = file.getFileName() == null ? "" : file.getFileName().toString();
    int dot = name.lastIndexOf('.');
    return dot <= 0 ? " (no extension)" : " '" + name.substring(dot) + "'";
  }

  /** How the file is written, from its extension. */
  private enum Kind {
    MARKDOWN,
    JSON,
    YAML;

    static Kind of(Path file) {
      return ofName(file.getFileName() == null ? "" : file.getFileName().toString());
    }

    static Kind ofName(String fileName) {
      String name = fileName.toLowerCase(Locale.ROOT);
      if (name.endsWith(".md") || name.endsWith(".markdown")) {
        return MARKDOWN;
      }
      if (name.endsWith(".json")) {
        return JSON;
      }
      if (name.endsWith(".yaml") || name.endsWith(".yml")) {
        return YAML;
      }
      return null;
    }
  }
}
