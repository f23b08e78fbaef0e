package dev.clientsmith.generator.parse;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/** A {@code $ref} value inside the same document ({@code #/components/schemas/X}). */
final class LocalRef {
  private LocalRef() {}

  static boolean isLocal(String ref) {
    return ref.startsWith("#");
  }

  /**
   * The JSON pointer a local reference names: the fragment, percent-decoded (a URI fragment
   * writes {@code {} } and spaces encoded). Empty when the fragment is not a JSON pointer.
   */
  static Optional<String> pointerOf(String ref) {
    String fragment = ref.substring(1);
    if (!fragment.isEmpty() && !fragment.startsWith("/")) {
      return Optional.empty();
    }
    if (fragment.indexOf('%') < 0) {
      return Optional.of(fragment);
    }
    try {
      // URLDecoder would turn '+' into a space; a URI fragment keeps '+' as it is.
      return Optional.of(URLDecoder.decode(fragment.replace("+", "%2B"), StandardCharsets.UTF_8));
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }
}
