package dev.clientsmith.clients.interactiveai.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Values of {@code FileParserPluginPdfEngine}.
 *
 * <p>An open enum: values the document does not list are kept, not rejected; {@link #known()} is empty for them.
 */
public final class FileParserPluginPdfEngine {
  /**
   * {@code mistral-ocr}
   */
  public static final FileParserPluginPdfEngine MISTRAL_OCR = new FileParserPluginPdfEngine("mistral-ocr", Known.MISTRAL_OCR);

  /**
   * {@code pdf-text}
   */
  public static final FileParserPluginPdfEngine PDF_TEXT = new FileParserPluginPdfEngine("pdf-text", Known.PDF_TEXT);

  /**
   * {@code native}
   */
  public static final FileParserPluginPdfEngine NATIVE = new FileParserPluginPdfEngine("native", Known.NATIVE);

  private static final Map<String, FileParserPluginPdfEngine> BY_VALUE;

  static {
    Map<String, FileParserPluginPdfEngine> map = new LinkedHashMap<>();
    map.put(MISTRAL_OCR.value, MISTRAL_OCR);
    map.put(PDF_TEXT.value, PDF_TEXT);
    map.put(NATIVE.value, NATIVE);
    BY_VALUE = Collections.unmodifiableMap(map);
  }

  private final String value;

  private final Known known;

  private FileParserPluginPdfEngine(String value, Known known) {
    this.value = value;
    this.known = known;
  }

  /**
   * The constant for {@code value}, or a new instance keeping an undocumented value.
   */
  @JsonCreator
  public static FileParserPluginPdfEngine of(String value) {
    Objects.requireNonNull(value, "value");
    FileParserPluginPdfEngine constant = BY_VALUE.get(value);
    return constant != null ? constant : new FileParserPluginPdfEngine(value, null);
  }

  /**
   * The documented values, in document order.
   */
  public static List<FileParserPluginPdfEngine> values() {
    return List.copyOf(BY_VALUE.values());
  }

  /**
   * The value as sent on the wire.
   */
  @JsonValue
  public String value() {
    return value;
  }

  /**
   * The documented value this is, or empty for a value the document does not list.
   */
  public Optional<Known> known() {
    return Optional.ofNullable(known);
  }

  /**
   * Whether the document lists this value.
   */
  public boolean isKnown() {
    return known != null;
  }

  @Override
  public boolean equals(Object other) {
    if (this == other) {
      return true;
    }
    if (!(other instanceof FileParserPluginPdfEngine that)) {
      return false;
    }
    return value.equals(that.value);
  }

  @Override
  public int hashCode() {
    return Objects.hash(value);
  }

  @Override
  public String toString() {
    return String.valueOf(value);
  }

  /**
   * The values the document lists, for {@code switch}.
   */
  public enum Known {
    /**
     * {@code mistral-ocr}
     */
    MISTRAL_OCR,

    /**
     * {@code pdf-text}
     */
    PDF_TEXT,

    /**
     * {@code native}
     */
    NATIVE
  }
}
