package dev.clientsmith.runtime.http;

import java.nio.charset.StandardCharsets;

/**
 * Percent-encoding (RFC 3986) of values placed into URLs.
 *
 * <p>Only the unreserved characters ({@code A-Z a-z 0-9 - . _ ~}) are left as they are; everything
 * else is encoded from its UTF-8 bytes. That is stricter than RFC 3986 requires (it would allow
 * {@code :@!$&'()*+,;=} inside a path segment), but a value can then never change the structure of
 * the URL: a {@code /} stays inside its segment, a {@code +} is not read as a space, a {@code &}
 * does not start another query parameter. {@link java.net.URLEncoder} is not used because it
 * implements HTML form encoding ({@code +} for space), which is wrong in a path.
 */
public final class UrlEncoding {

  private static final char[] HEX = "0123456789ABCDEF".toCharArray();

  private UrlEncoding() {
  }

  /**
   * Encodes a value as one path segment. The segments {@code .} and {@code ..} are encoded too
   * ({@code %2E}), because clients, proxies and servers resolve them as relative references
   * and a parameter could otherwise address another resource.
   *
   * @param value the raw value, non-empty
   * @return the encoded segment
   * @throws IllegalArgumentException when {@code value} is empty (the path would change shape)
   */
  public static String encodePathSegment(String value) {
    if (value.isEmpty()) {
      throw new IllegalArgumentException("a path parameter must not be empty");
    }
    if (value.equals(".")) {
      return "%2E";
    }
    if (value.equals("..")) {
      return "%2E%2E";
    }
    return encode(value);
  }

  /**
   * Encodes a query parameter name or value.
   *
   * @param value the raw value, possibly empty
   * @return the encoded value
   */
  public static String encodeQueryComponent(String value) {
    return encode(value);
  }

  /** Returns whether {@code c} is an RFC 3986 unreserved character. */
  static boolean isUnreserved(char c) {
    return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9'
        || c == '-' || c == '.' || c == '_' || c == '~';
  }

  private static String encode(String value) {
    int i = 0;
    while (i < value.length() && isUnreserved(value.charAt(i))) {
      i++;
    }
    if (i == value.length()) {
      return value; // The common case (identifiers, UUIDs, numbers): no copy.
    }
    StringBuilder out = new StringBuilder(value.length() + 16).append(value, 0, i);
    byte[] bytes = value.substring(i).getBytes(StandardCharsets.UTF_8);
    for (byte b : bytes) {
      char c = (char) (b & 0xff);
      if (isUnreserved(c)) {
        out.append(c);
      } else {
        out.append('%').append(HEX[(b >> 4) & 0xf]).append(HEX[b & 0xf]);
      }
    }
    return out.toString();
  }
}
