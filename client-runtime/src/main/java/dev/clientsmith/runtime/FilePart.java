package dev.clientsmith.runtime;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import dev.clientsmith.runtime.errors.ClientsmithException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Objects;

/**
 * A file sent as one part of a {@code multipart/form-data} body: its content, the file name the
 * server sees and its content type. Generated request models use it for properties the document
 * declares as {@code type: string, format: binary}.
 *
 * <pre>{@code
 * FilePart.of(Path.of("speech.mp3"))                              // name and type from the path
 * FilePart.of(bytes, "speech.mp3", "audio/mpeg")
 * FilePart.of(inputStream, "data.jsonl", "application/jsonl")     // read once, when the call is sent
 * }</pre>
 *
 * <p>The content is read into memory when the request is encoded, once per call, so a retry sends
 * the same bytes again; an {@code InputStream} is read to its end and closed then.
 */
@JsonSerialize(using = FilePart.EmbeddedSerializer.class)
public final class FilePart {

  private final Path path;
  private final byte[] bytes;
  private final InputStream stream;
  private final String filename;
  private final String contentType;

  private FilePart(Path path, byte[] bytes, InputStream stream, String filename, String contentType) {
    this.path = path;
    this.bytes = bytes;
    this.stream = stream;
    this.filename = Objects.requireNonNull(filename, "filename");
    this.contentType = Objects.requireNonNull(contentType, "contentType");
    if (filename.indexOf('"') >= 0 || filename.indexOf('\r') >= 0 || filename.indexOf('\n') >= 0) {
      throw new IllegalArgumentException("a file name may not contain quotes or line breaks: " + filename);
    }
  }

  /**
   * A file from disk, named after the path's last element, with the type the platform probes for
   * it ({@code application/octet-stream} when it cannot tell).
   */
  public static FilePart of(Path path) {
    Objects.requireNonNull(path, "path");
    String type;
    try {
      type = Files.probeContentType(path);
    } catch (IOException e) {
      type = null;
    }
    return of(path, path.getFileName().toString(), type == null ? "application/octet-stream" : type);
  }

  /** A file from disk, with the name and type given. */
  public static FilePart of(Path path, String filename, String contentType) {
    return new FilePart(Objects.requireNonNull(path, "path"), null, null, filename, contentType);
  }

  /** A file in memory (copied). */
  public static FilePart of(byte[] content, String filename, String contentType) {
    Objects.requireNonNull(content, "content");
    return new FilePart(null, Arrays.copyOf(content, content.length), null, filename, contentType);
  }

  /** A file read from a stream when the call is sent; the stream is closed then. Send the part once. */
  public static FilePart of(InputStream content, String filename, String contentType) {
    return new FilePart(null, null, Objects.requireNonNull(content, "content"), filename, contentType);
  }

  /** Returns the file name sent in the part's {@code Content-Disposition}. */
  public String filename() {
    return filename;
  }

  /** Returns the part's {@code Content-Type}. */
  public String contentType() {
    return contentType;
  }

  /** Reads the content. */
  byte[] content() {
    try {
      if (path != null) {
        return Files.readAllBytes(path);
      }
      if (bytes != null) {
        return bytes;
      }
      try (InputStream in = stream) {
        return in.readAllBytes();
      }
    } catch (IOException e) {
      throw new ClientsmithException("Could not read the file part " + filename + ": " + e.getMessage(), new UncheckedIOException(e));
    }
  }

  @Override
  public String toString() {
    return "FilePart{" + filename + ", " + contentType + "}";
  }

  /**
   * Keeps the part itself in the JSON tree a request model is converted to, so the form encoder
   * finds it where the property is; a real JSON body cannot carry a file and fails to serialize.
   */
  static final class EmbeddedSerializer extends StdSerializer<FilePart> {
    private static final long serialVersionUID = 1L;

    EmbeddedSerializer() {
      super(FilePart.class);
    }

    @Override
    public void serialize(FilePart value, JsonGenerator gen, SerializerProvider provider) throws IOException {
      gen.writeEmbeddedObject(value);
    }
  }
}
