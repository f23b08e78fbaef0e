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

  static String escape(String text) {
    return text.replace("*/", "*&#47;").replace("@", "{@literal @}").replace("\r\n", "\n");
  }
}
