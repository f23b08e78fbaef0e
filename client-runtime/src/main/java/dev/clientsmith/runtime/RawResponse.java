package dev.clientsmith.runtime;

import dev.clientsmith.runtime.http.Headers;
import java.nio.charset.Charset;
import java.util.Arrays;
import java.util.Objects;
import java.util.function.Function;

/**
 * A successful response with everything the server sent: status, headers and the body bytes, and
 * the typed value parsed from them on first access to {@link #value()}, once (the result, or the
 * parse failure, is cached). Useful to read headers such as rate-limit counters or request ids next
 * to the parsed result.
 *
 * <p>Only 2xx responses become a {@code RawResponse}; other statuses are thrown as
 * {@link dev.clientsmith.runtime.errors.ApiStatusException}, which carries the same information.
 * Thread-safe.
 *
 * @param <T> the type of the parsed body
 */
public final class RawResponse<T> {

  private final int status;
  private final Headers headers;
  private final byte[] body;
  private final Charset charset;
  private final Function<byte[], T> parser;

  private final Object lock = new Object();
  private volatile boolean parsed;
  private T value;
  private RuntimeException failure;

  RawResponse(int status, Headers headers, byte[] body, Charset charset, Function<byte[], T> parser) {
    this.status = status;
    this.headers = Objects.requireNonNull(headers, "headers");
    this.body = Objects.requireNonNull(body, "body");
    this.charset = Objects.requireNonNull(charset, "charset");
    this.parser = Objects.requireNonNull(parser, "parser");
  }

  /** Returns the HTTP status code (2xx). */
  public int status() {
    return status;
  }

  /** Returns the response headers; look-ups ignore case. */
  public Headers headers() {
    return headers;
  }

  /** Returns a copy of the body bytes as received. */
  public byte[] bodyBytes() {
    return Arrays.copyOf(body, body.length);
  }

  /** Returns the body as text, decoded with the charset of {@code Content-Type} (UTF-8 by default). */
  public String bodyText() {
    return new String(body, charset);
  }

  /** Returns the body size in bytes. */
  public int bodySize() {
    return body.length;
  }

  /**
   * Returns the typed body, parsing it on the first call only.
   *
   * @throws dev.clientsmith.runtime.errors.ResponseParseException when the body does not match the
   *     declared type; every call throws the same exception
   */
  public T value() {
    if (!parsed) {
      synchronized (lock) {
        if (!parsed) {
          try {
            value = parser.apply(body);
          } catch (RuntimeException e) {
            failure = e;
          }
          parsed = true;
        }
      }
    }
    if (failure != null) {
      throw failure;
    }
    return value;
  }

  @Override
  public String toString() {
    return "RawResponse{status=" + status + ", headers=" + headers + ", body=" + body.length + " bytes}";
  }
}
