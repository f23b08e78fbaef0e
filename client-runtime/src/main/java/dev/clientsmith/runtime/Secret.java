package dev.clientsmith.runtime;

import java.util.Objects;

/**
 * A credential, such as an API key, that must never be printed. {@link #toString()} hides it,
 * validation messages never repeat it, and {@link #redact(String)} removes it from text that may
 * have picked it up (for example an error body in which a server echoes the key).
 *
 * <p>Deliberately without {@code equals}: comparing credentials is not something a client does,
 * and an equality check would be a timing side channel.
 */
public final class Secret {
  /** Keys shorter than this are not searched for in free text. */
  static final int MIN_REDACTED_LENGTH = 4;


  private final String value;

  private Secret(String value) {
    this.value = value;
  }

  /**
   * Wraps a credential. Surrounding whitespace (a trailing newline from a file or an environment
   * variable set with {@code $(cat key.txt)}) is removed.
   *
   * @param value the credential
   * @return the secret
   * @throws IllegalArgumentException when blank or not a visible-ASCII token (control characters would
   *     corrupt the {@code Authorization} header; the message does not repeat the value
   */
  public static Secret of(String value) {
    Objects.requireNonNull(value, "secret value");
    String trimmed = value.strip();
    if (trimmed.isEmpty()) {
      throw new IllegalArgumentException("the API key is blank");
    }
    for (int i = 0; i < trimmed.length(); i++) {
      char c = trimmed.charAt(i);
      if (c < 0x21 || c > 0x7e) {
        // HTTP header values are bytes: anything else is mangled ('é' becomes '?') or makes the
        // HTTP client fail with a message quoting the whole header, key included.
        throw new IllegalArgumentException("the API key must consist of visible ASCII characters (no spaces, no"
            + " accents, no control characters), but the character at index " + i + " is not one");
      }
    }
    return new Secret(trimmed);
  }

  /**
   * Wraps a password, which basic authentication sends base64-encoded as UTF-8: spaces and any
   * letters are fine there, only control characters are refused (they are never typed on purpose).
   *
   * @throws IllegalArgumentException when blank or holding a control character (the value is not repeated)
   */
  public static Secret ofPassword(String value) {
    Objects.requireNonNull(value, "password");
    if (value.isEmpty()) {
      throw new IllegalArgumentException("the password is empty");
    }
    for (int i = 0; i < value.length(); i++) {
      if (Character.isISOControl(value.charAt(i))) {
        throw new IllegalArgumentException("the password has a control character at index " + i);
      }
    }
    return new Secret(value);
  }

  /**
   * Wraps a whole header value built from a checked secret, such as {@code Basic <base64>}: the
   * scheme's space is allowed, nothing else outside visible ASCII.
   *
   * @throws IllegalArgumentException when the value has a control or non-ASCII character (not repeated)
   */
  public static Secret headerValue(String value) {
    Objects.requireNonNull(value, "header value");
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if ((c < 0x21 && c != ' ') || c > 0x7e) {
        throw new IllegalArgumentException("a credential header value must be visible ASCII, but the character at index "
            + i + " is not");
      }
    }
    return new Secret(value);
  }

  /** Returns the credential itself; only for putting it into a request. */
  public String reveal() {
    return value;
  }

  /**
   * Replaces every occurrence of this secret in {@code text} with {@code ***}.
   *
   * @param text any text, possibly {@code null}
   * @return the text without the secret
   */
  public String redact(String text) {
    // Same rule as for header values: a very short key would mangle innocent text and protect nothing.
    return text == null || value.length() < MIN_REDACTED_LENGTH ? text : text.replace(value, "***");
  }

  /** Returns {@code Secret[***]}. */
  @Override
  public String toString() {
    return "Secret[***]";
  }
}
