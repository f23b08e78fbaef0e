package dev.clientsmith.runtime.http;

import java.net.URI;
import java.time.Duration;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * One HTTP request as a transport sends it: method, absolute URI, headers, optional body bytes and
 * a timeout. Immutable; built by the runtime. {@link #toString()} shows neither credentials nor the
 * query string (some APIs take keys as query parameters).
 */
public final class TransportRequest {

  private final String method;
  private final URI uri;
  private final Headers headers;
  private final byte[] body;
  private final Duration timeout;
  private final long maxBodySize;

  private TransportRequest(Builder builder) {
    this.method = Objects.requireNonNull(builder.method, "method");
    this.uri = Objects.requireNonNull(builder.uri, "uri");
    this.headers = builder.headers;
    this.body = builder.body;
    this.timeout = Objects.requireNonNull(builder.timeout, "timeout");
    this.maxBodySize = builder.maxBodySize;
  }

  /**
   * Returns a builder.
   *
   * @param method the HTTP method, e.g. {@code POST}; upper-cased
   * @param uri the absolute request URI, already encoded
   */
  public static Builder builder(String method, URI uri) {
    return new Builder(method, uri);
  }

  /** Returns the upper-case HTTP method. */
  public String method() {
    return method;
  }

  /** Returns the absolute, encoded request URI. */
  public URI uri() {
    return uri;
  }

  /** Returns the request headers, including credentials. */
  public Headers headers() {
    return headers;
  }

  /** Returns the body bytes (the array itself, not a copy: do not modify), or empty for no body. */
  public Optional<byte[]> body() {
    return Optional.ofNullable(body);
  }

  /** Returns the per-attempt timeout; see {@link HttpTransport} for what it bounds. */
  public Duration timeout() {
    return timeout;
  }

  /**
   * Returns the largest 2xx body, in bytes, that {@link HttpTransport#sendAsync} may buffer; past
   * it the exchange fails with {@link BodyTooLargeException}. ({@link HttpTransport#send} streams
   * the body, and its reader applies the bound.)
   */
  public long maxBodySize() {
    return maxBodySize;
  }

  /** Returns a builder initialised with this request. */
  public Builder toBuilder() {
    return new Builder(method, uri).headers(headers).body(body).timeout(timeout).maxBodySize(maxBodySize);
  }

  /** Returns {@code METHOD /path}, for messages: no host, no query, no headers. */
  public String describe() {
    return method + " " + (uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath());
  }

  @Override
  public String toString() {
    return "TransportRequest{" + describe() + ", headers=" + headers
        + ", body=" + (body == null ? "none" : body.length + " bytes") + ", timeout=" + timeout + "}";
  }

  /** Builds a {@link TransportRequest}. */
  public static final class Builder {
    private final String method;
    private final URI uri;
    private Headers headers = Headers.empty();
    private byte[] body;
    private Duration timeout = Duration.ofMinutes(1);
    private long maxBodySize = 64L * 1024 * 1024;

    private Builder(String method, URI uri) {
      this.method = Objects.requireNonNull(method, "method").toUpperCase(Locale.ROOT);
      this.uri = Objects.requireNonNull(uri, "uri");
      if (!uri.isAbsolute()) {
        throw new IllegalArgumentException("request URI must be absolute");
      }
    }

    /** Sets the headers. */
    public Builder headers(Headers headers) {
      this.headers = Objects.requireNonNull(headers, "headers");
      return this;
    }

    /** Sets the body bytes, or {@code null} for none. The array is used as is, not copied. */
    public Builder body(byte[] body) {
      this.body = body;
      return this;
    }

    /** Sets the per-attempt timeout; must be positive. */
    public Builder timeout(Duration timeout) {
      this.timeout = Arguments.positive(timeout, "timeout");
      return this;
    }

    /** Sets the largest 2xx body {@code sendAsync} may buffer, in bytes; must be positive. */
    public Builder maxBodySize(long maxBodySize) {
      if (maxBodySize < 1) {
        throw new IllegalArgumentException("maxBodySize must be positive, was " + maxBodySize);
      }
      this.maxBodySize = maxBodySize;
      return this;
    }

    /** Returns the request. */
    public TransportRequest build() {
      return new TransportRequest(this);
    }
  }
}
