package dev.clientsmith.generator.emit;

import com.palantir.javapoet.CodeBlock;
import java.util.Optional;

/** Turns document descriptions into javadoc text that cannot break the comment or JavaPoet. */
final class Javadocs {
  private Javadocs() {}

  static CodeBlock of(Optional<String> description, String fallback) {
    String text = description.map(String::strip).filter(s -> !s.isEmpty()).map(Javadocs::escape).orElse(fallback);
    return CodeBlock.of("$L\n", text);
  }

  /**
   * The text as javadoc shows it: HTML's special characters as entities (a description's
   * {@code <script>} is text, not markup), {@code *}{@code /} that would end the comment, {@code @}
   * that would start a block or inline tag, and a backslash before {@code u}: javac
   * reads unicode escapes before anything else, even in comments, so a description's
   * {@code \}{@code u000a} would end the line of the comment and {@code \}{@code u002a/} the comment.
   */
  static String escape(String text) {
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
        .replace("*/", "*&#47;").replace("@", "{@literal @}").replace("\\u", "&#92;u").replace("\r\n", "\n");
  }

  /**
   * A value shown as code: {@code {@code x}} when it holds no character javadoc or javac would read
   * (inside that tag neither entities nor {@code {@literal}} work, and an unbalanced brace ends it),
   * else {@code <code>} with the value {@linkplain #escape escaped}.
   */
  static String code(String value) {
    return value.matches("[A-Za-z0-9 _.:,;+=/()-]*") ? "{@code " + value + "}"
        : "<code>" + escape(value) + "</code>";
  }
}
