package dev.clientsmith.generator.source;

import dev.clientsmith.generator.diag.Diagnostic;
import dev.clientsmith.generator.diag.DiagnosticException;
import dev.clientsmith.generator.diag.Location;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * Turns the bytes of an input file into text, refusing what is not UTF-8 text. Decoding is strict:
 * a lenient decoder would silently put U+FFFD into names and descriptions that end up in generated
 * code.
 */
final class TextDecoder {
  private TextDecoder() {}

  static String decode(byte[] bytes, String file) {
    if (startsWith(bytes, 0xFF, 0xFE) || startsWith(bytes, 0xFE, 0xFF)) {
      throw new DiagnosticException(Diagnostic.error("source.not-utf8", Location.ofFile(file), null,
          "the file is UTF-16 text (it starts with a UTF-16 byte order mark); only UTF-8 is read",
          "save the file as UTF-8"));
    }
    int offset = startsWith(bytes, 0xEF, 0xBB, 0xBF) ? 3 : 0;
    for (int i = offset; i < bytes.length; i++) {
      if (bytes[i] == 0) {
        throw new DiagnosticException(Diagnostic.error("source.not-text", Location.ofFile(file), null,
            "the file is not text: it contains a NUL byte (first at byte offset " + i + ")",
            "give an OpenAPI document written as UTF-8 text (a Markdown page, JSON or YAML)"));
      }
    }
    CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes, offset, bytes.length - offset);
    CharBuffer out = CharBuffer.allocate(bytes.length);
    CoderResult result = decoder.decode(in, out, true);
    if (!result.isError()) {
      result = decoder.flush(out);
    }
    if (result.isError()) {
      throw new DiagnosticException(invalidUtf8(bytes, offset, in.position(), file));
    }
    out.flip();
    return out.toString();
  }

  private static Diagnostic invalidUtf8(byte[] bytes, int start, int bad, String file) {
    int line = 1;
    int lineStart = start;
    for (int i = start; i < bad; i++) {
      if (bytes[i] == '\n') {
        line++;
        lineStart = i + 1;
      }
    }
    // The column counts characters, as an editor shows them; the prefix of the line is valid UTF-8.
    String prefix = new String(bytes, lineStart, bad - lineStart, StandardCharsets.UTF_8);
    int column = prefix.codePointCount(0, prefix.length()) + 1;
    String shown = String.format(Locale.ROOT, "0x%02X", bytes[bad] & 0xFF);
    return Diagnostic.error("source.not-utf8", new Location(file, line, column), null,
        "the file is not valid UTF-8: byte " + shown + " here is not part of a UTF-8 character",
        "save the file as UTF-8 (it may have been written as Latin-1 or Windows-1252)");
  }

  private static boolean startsWith(byte[] bytes, int... prefix) {
    if (bytes.length < prefix.length) {
      return false;
    }
    for (int i = 0; i < prefix.length; i++) {
      if ((bytes[i] & 0xFF) != prefix[i]) {
        return false;
      }
    }
    return true;
  }
}
