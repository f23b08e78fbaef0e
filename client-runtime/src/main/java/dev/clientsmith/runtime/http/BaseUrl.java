package dev.clientsmith.runtime.http;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A validated base URL: {@code http} or {@code https}, with a host, without user info, query or
 * fragment, and with trailing slashes removed so that joining an operation path never produces
 * {@code //} nor loses the base path ({@link URI#resolve} would drop the last segment of a base
 * path without a trailing slash, which is why it is not used).
 */
public final class BaseUrl {

  private static final Pattern VARIABLE = Pattern.compile("\\{([^{}]*)}");

  private final URI uri;
  /** Scheme, authority and path without the trailing slash; never ends with {@code /}. */
  private final String prefix;

  private BaseUrl(URI uri, String prefix) {
    this.uri = uri;
    this.prefix = prefix;
  }

  /**
   * Parses and validates a base URL.
   *
   * @param url for example {@code https://api.example.com/v1} or {@code https://api.example.com/v1/}
   * @return the base URL
   * @throws IllegalArgumentException with a message that says what is wrong
   */
  public static BaseUrl parse(String url) {
    Objects.requireNonNull(url, "base URL");
    String trimmed = url.trim();
    URI parsed;
    try {
      parsed = new URI(trimmed);
    } catch (URISyntaxException e) {
      throw invalid(trimmed, "it is not a valid URI (" + e.getReason() + " at index " + e.getIndex() + ")");
    }
    String scheme = parsed.getScheme();
    if (scheme == null || parsed.isOpaque()) {
      throw invalid(trimmed, "it must be absolute, e.g. https://api.example.com/v1");
    }
    scheme = scheme.toLowerCase(Locale.ROOT);
    if (!scheme.equals("http") && !scheme.equals("https")) {
      throw invalid(trimmed, "the scheme must be http or https, not " + scheme);
    }
    if (parsed.getRawUserInfo() != null) {
      // Credentials belong in the API key, not in a URL that ends up in logs.
      throw invalid(trimmed, "it must not contain user info (credentials before '@')");
    }
    if (parsed.getHost() == null) {
      throw invalid(trimmed, "it has no valid host name");
    }
    if (parsed.getRawQuery() != null) {
      throw invalid(trimmed, "it must not have a query string");
    }
    if (parsed.getRawFragment() != null) {
      throw invalid(trimmed, "it must not have a fragment");
    }
    String path = parsed.getRawPath() == null ? "" : parsed.getRawPath();
    int end = path.length();
    while (end > 0 && path.charAt(end - 1) == '/') {
      end--;
    }
    path = path.substring(0, end);
    String prefix = scheme + "://" + parsed.getRawAuthority() + path;
    return new BaseUrl(URI.create(prefix), prefix);
  }

  /**
   * Expands an OpenAPI server URL template, e.g. {@code https://api.{tenant}.{region}.example.com},
   * and validates the result as a base URL.
   *
   * <p>Values must consist of unreserved URL characters only ({@code A-Z a-z 0-9 - . _ ~}): a
   * value like {@code evil.example/x?} could otherwise move requests, and the API key, to
   * another host.
   *
   * @param template the server URL with {@code {name}} placeholders
   * @param variables the value of every placeholder
   * @return the base URL
   * @throws IllegalArgumentException when a variable is missing or has a disallowed value
   */
  public static BaseUrl fromTemplate(String template, Map<String, String> variables) {
    Objects.requireNonNull(template, "template");
    Objects.requireNonNull(variables, "variables");
    Matcher matcher = VARIABLE.matcher(template);
    StringBuilder out = new StringBuilder();
    while (matcher.find()) {
      String name = matcher.group(1);
      String value = variables.get(name);
      if (value == null) {
        throw new IllegalArgumentException(
            "server URL template " + template + " needs a value for variable '" + name + "'");
      }
      if (value.isEmpty() || !value.chars().allMatch(c -> UrlEncoding.isUnreserved((char) c))) {
        throw new IllegalArgumentException("server variable '" + name + "' must be non-empty and use only"
            + " letters, digits, '-', '.', '_' or '~', but was '" + value + "'");
      }
      matcher.appendReplacement(out, Matcher.quoteReplacement(value));
    }
    matcher.appendTail(out);
    return parse(out.toString());
  }

  /**
   * Joins an encoded operation path and an optional encoded query string to this base URL.
   *
   * @param encodedPath the path, already percent-encoded; a leading {@code /} is added if missing
   * @param encodedQuery the query without {@code ?}, already encoded; {@code null} or empty for none
   * @return the absolute URI
   */
  public URI resolve(String encodedPath, String encodedQuery) {
    StringBuilder out = new StringBuilder(prefix.length() + encodedPath.length() + 32).append(prefix);
    if (!encodedPath.startsWith("/")) {
      out.append('/');
    }
    out.append(encodedPath);
    if (encodedQuery != null && !encodedQuery.isEmpty()) {
      out.append('?').append(encodedQuery);
    }
    return URI.create(out.toString());
  }

  /** Returns the base URL as a URI, without a trailing slash. */
  public URI uri() {
    return uri;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof BaseUrl && ((BaseUrl) other).prefix.equals(prefix);
  }

  @Override
  public int hashCode() {
    return prefix.hashCode();
  }

  /** Returns the normalised base URL, e.g. {@code https://api.example.com/v1}. */
  @Override
  public String toString() {
    return prefix;
  }

  private static IllegalArgumentException invalid(String url, String reason) {
    return new IllegalArgumentException("Invalid base URL '" + withoutUserInfo(url) + "': " + reason);
  }

  /** Hides anything between {@code ://} and {@code @}, which may be a password. */
  private static String withoutUserInfo(String url) {
    int start = url.indexOf("://");
    if (start < 0) {
      return url;
    }
    int end = start + 3;
    while (end < url.length() && "/?#".indexOf(url.charAt(end)) < 0) {
      end++;
    }
    int at = url.lastIndexOf('@', end - 1);
    if (at < start + 3) {
      return url;
    }
    return url.substring(0, start + 3) + "***" + url.substring(at);
  }
}
