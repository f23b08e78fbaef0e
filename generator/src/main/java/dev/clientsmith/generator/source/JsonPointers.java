package dev.clientsmith.generator.source;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;

/**
 * Small helpers for JSON pointers (RFC 6901), the address every diagnostic and report entry uses.
 * Kept separate from Jackson's {@code JsonPointer} because we need the parent of a pointer and
 * tolerant resolution (absent means null, never an exception).
 */
public final class JsonPointers {
  private JsonPointers() {}

  /** The pointer of member {@code key} of the object at {@code parent}. */
  public static String child(String parent, String key) {
    return parent + "/" + escape(key);
  }

  /** The pointer of element {@code index} of the array at {@code parent}. */
  public static String child(String parent, int index) {
    return parent + "/" + index;
  }

  /** Escapes one reference token: {@code ~} becomes {@code ~0}, {@code /} becomes {@code ~1}. */
  public static String escape(String token) {
    return token.replace("~", "~0").replace("/", "~1");
  }

  /** Undoes {@link #escape}; the order matters ({@code ~01} is {@code ~1}, not {@code /}). */
  public static String unescape(String token) {
    return token.replace("~1", "/").replace("~0", "~");
  }

  /** The unescaped reference tokens; the root pointer {@code ""} has none. */
  public static List<String> tokens(String pointer) {
    List<String> tokens = new ArrayList<>();
    if (pointer.isEmpty()) {
      return tokens;
    }
    if (pointer.charAt(0) != '/') {
      throw new IllegalArgumentException("not a JSON pointer: " + pointer);
    }
    int start = 1;
    while (true) {
      int slash = pointer.indexOf('/', start);
      if (slash < 0) {
        tokens.add(unescape(pointer.substring(start)));
        return tokens;
      }
      tokens.add(unescape(pointer.substring(start, slash)));
      start = slash + 1;
    }
  }

  /** The pointer of the enclosing value, or null for the root. */
  public static String parent(String pointer) {
    if (pointer.isEmpty()) {
      return null;
    }
    int slash = pointer.lastIndexOf('/');
    return slash <= 0 ? "" : pointer.substring(0, slash);
  }

  /** The value at {@code pointer}, or null when there is none. */
  public static JsonNode resolve(JsonNode root, String pointer) {
    JsonNode node = root;
    for (String token : tokens(pointer)) {
      if (node == null) {
        return null;
      }
      if (node.isObject()) {
        node = node.get(token);
      } else if (node.isArray()) {
        node = isIndex(token) ? node.get(Integer.parseInt(token)) : null;
      } else {
        return null;
      }
    }
    return node;
  }

  /** True when {@code token} is an array index as RFC 6901 writes it (no sign, no leading zero). */
  static boolean isIndex(String token) {
    if (token.isEmpty() || token.length() > 9) {
      return false;
    }
    if (token.length() > 1 && token.charAt(0) == '0') {
      return false;
    }
    for (int i = 0; i < token.length(); i++) {
      if (token.charAt(i) < '0' || token.charAt(i) > '9') {
        return false;
      }
    }
    return true;
  }
}
