package dev.clientsmith.runtime.errors;

import dev.clientsmith.runtime.http.Headers;
import java.util.Objects;
import java.util.Optional;

/**
 * The server answered with a non-2xx status. One subclass per status family lets callers catch
 * exactly what they handle ({@link RateLimitException}, {@link NotFoundException}, ...);
 * {@link #of(Details)} picks the subclass.
 *
 * <p>Carries the status, the response headers (case-insensitive), the raw body as text (the first
 * {@link #MAX_RAW_BODY_CHARS} characters) and, where the operation declares an error schema for the
 * status and the body matched it, the typed error body. A body that does not match its declared
 * schema is not an error of its own: {@link #body()} is then empty and {@link #rawBody()} has the text.
 */
public abstract sealed class ApiStatusException extends ClientsmithException
    permits BadRequestException, AuthenticationException, PaymentRequiredException,
        PermissionDeniedException, NotFoundException, UnprocessableEntityException,
        RateLimitException, InternalServerException, UnexpectedStatusException {

  /** The most characters of the raw body an exception keeps. */
  public static final int MAX_RAW_BODY_CHARS = 64 * 1024;

  private final Details details;

  /**
   * Creates the exception.
   *
   * @param details what the server answered
   */
  protected ApiStatusException(Details details) {
    super(message(details));
    this.details = details;
  }

  /**
   * Creates the exception that matches the status: 400, 401, 402, 403, 404, 422 and 429 have their
   * own class, every 5xx is an {@link InternalServerException}, anything else an
   * {@link UnexpectedStatusException}.
   *
   * @param details what the server answered
   * @return the exception, not thrown
   */
  public static ApiStatusException of(Details details) {
    int status = details.status;
    switch (status) {
      case 400: return new BadRequestException(details);
      case 401: return new AuthenticationException(details);
      case 402: return new PaymentRequiredException(details);
      case 403: return new PermissionDeniedException(details);
      case 404: return new NotFoundException(details);
      case 422: return new UnprocessableEntityException(details);
      case 429: return new RateLimitException(details);
      default:
        return status >= 500 && status <= 599
            ? new InternalServerException(details)
            : new UnexpectedStatusException(details);
    }
  }

  /** Returns the HTTP status code. */
  public final int status() {
    return details.status;
  }

  /** Returns the HTTP method of the failed request. */
  public final String method() {
    return details.method;
  }

  /** Returns the encoded path of the failed request, without host and query. */
  public final String path() {
    return details.path;
  }

  /** Returns the response headers; look-ups ignore case. */
  public final Headers headers() {
    return details.headers;
  }

  /**
   * Returns the response body as text, at most {@link #MAX_RAW_BODY_CHARS} characters
   * ({@link #rawBodyTruncated()} says whether it was cut). Empty when the response had no body.
   * This is the body exactly as received; only the exception message is scrubbed of the API key.
   */
  public final String rawBody() {
    return details.rawBody;
  }

  /** Returns whether {@link #rawBody()} is only the beginning of the body. */
  public final boolean rawBodyTruncated() {
    return details.rawBodyTruncated;
  }

  /**
   * Returns the error body parsed as the type the operation declares for this status; empty when
   * none is declared or the body did not match it.
   */
  public final Optional<Object> body() {
    return Optional.ofNullable(details.body);
  }

  /**
   * Returns the typed error body if it is an instance of {@code type}.
   *
   * @param type the expected error model, e.g. the generated {@code ErrorResponse}
   * @param <T> the error model
   * @return the body, or empty when absent, unparsed or of another type
   */
  public final <T> Optional<T> body(Class<T> type) {
    return body().filter(type::isInstance).map(type::cast);
  }

  /** Returns the request id the server assigned ({@code x-request-id} or {@code request-id}), if any. */
  public final Optional<String> requestId() {
    return requestId(details.headers);
  }

  private static Optional<String> requestId(Headers headers) {
    Optional<String> id = headers.first("x-request-id");
    return id.isPresent() ? id : headers.first("request-id");
  }

  private static String message(Details details) {
    StringBuilder out = new StringBuilder()
        .append(details.status);
    String reason = reasonPhrase(details.status);
    if (reason != null) {
      out.append(' ').append(reason);
    }
    out.append(" from ").append(details.method).append(' ').append(details.path);
    requestId(details.headers).ifPresent(id -> out.append(" (request id ").append(id).append(')'));
    if (details.summary != null && !details.summary.isBlank()) {
      out.append(": ").append(details.summary);
    }
    return out.toString();
  }

  private static String reasonPhrase(int status) {
    switch (status) {
      case 400: return "Bad Request";
      case 401: return "Unauthorized";
      case 402: return "Payment Required";
      case 403: return "Forbidden";
      case 404: return "Not Found";
      case 405: return "Method Not Allowed";
      case 408: return "Request Timeout";
      case 409: return "Conflict";
      case 413: return "Content Too Large";
      case 415: return "Unsupported Media Type";
      case 422: return "Unprocessable Content";
      case 429: return "Too Many Requests";
      case 500: return "Internal Server Error";
      case 501: return "Not Implemented";
      case 502: return "Bad Gateway";
      case 503: return "Service Unavailable";
      case 504: return "Gateway Timeout";
      default: return null;
    }
  }

  /**
   * What the server answered, as an immutable value; the input of {@link #of(Details)} and of the
   * constructors of the subclasses (useful to build exceptions in tests of code that handles them).
   */
  public static final class Details {
    private final String method;
    private final String path;
    private final int status;
    private final Headers headers;
    private final String rawBody;
    private final boolean rawBodyTruncated;
    private final Object body;
    private final String summary;

    private Details(Builder builder) {
      if (builder.status < 100 || builder.status > 999) {
        throw new IllegalArgumentException("HTTP status out of range: " + builder.status);
      }
      this.method = Objects.requireNonNull(builder.method, "method");
      this.path = Objects.requireNonNull(builder.path, "path");
      this.status = builder.status;
      this.headers = builder.headers;
      String raw = builder.rawBody;
      boolean truncated = builder.rawBodyTruncated;
      if (raw.length() > MAX_RAW_BODY_CHARS) {
        raw = raw.substring(0, MAX_RAW_BODY_CHARS);
        truncated = true;
      }
      this.rawBody = raw;
      this.rawBodyTruncated = truncated;
      this.body = builder.body;
      this.summary = builder.summary;
    }

    /** Returns a builder. */
    public static Builder builder() {
      return new Builder();
    }

    /** Returns the HTTP method of the request. */
    public String method() {
      return method;
    }

    /** Returns the encoded request path. */
    public String path() {
      return path;
    }

    /** Returns the HTTP status. */
    public int status() {
      return status;
    }

    /** Returns the response headers. */
    public Headers headers() {
      return headers;
    }

    /** Returns the raw body text, at most {@link #MAX_RAW_BODY_CHARS} characters. */
    public String rawBody() {
      return rawBody;
    }

    /** Returns whether the raw body text is only the beginning of the body. */
    public boolean rawBodyTruncated() {
      return rawBodyTruncated;
    }

    /** Returns the typed error body, if one was declared and parsed. */
    public Optional<Object> body() {
      return Optional.ofNullable(body);
    }

    /** Returns the description used in the exception message, if any. */
    public Optional<String> summary() {
      return Optional.ofNullable(summary);
    }

    /** Builds {@link Details}. Method, path and status are required. */
    public static final class Builder {
      private String method;
      private String path;
      private int status;
      private Headers headers = Headers.empty();
      private String rawBody = "";
      private boolean rawBodyTruncated;
      private Object body;
      private String summary;

      private Builder() {
      }

      /** Sets the HTTP method of the request. */
      public Builder method(String method) {
        this.method = method;
        return this;
      }

      /** Sets the encoded request path, without host and query. */
      public Builder path(String path) {
        this.path = path;
        return this;
      }

      /** Sets the HTTP status. */
      public Builder status(int status) {
        this.status = status;
        return this;
      }

      /** Sets the response headers. */
      public Builder headers(Headers headers) {
        this.headers = Objects.requireNonNull(headers, "headers");
        return this;
      }

      /**
       * Sets the raw body text; cut to {@link #MAX_RAW_BODY_CHARS} characters.
       *
       * @param rawBody the body as text
       * @param truncated whether the text is already only the beginning of the body
       */
      public Builder rawBody(String rawBody, boolean truncated) {
        this.rawBody = Objects.requireNonNull(rawBody, "rawBody");
        this.rawBodyTruncated = truncated;
        return this;
      }

      /** Sets the typed error body, or {@code null} when none was declared or it did not parse. */
      public Builder body(Object body) {
        this.body = body;
        return this;
      }

      /**
       * Sets a short, secret-free description of the error for the exception message, typically
       * the start of the body.
       */
      public Builder summary(String summary) {
        this.summary = summary;
        return this;
      }

      /** Returns the details. */
      public Details build() {
        return new Details(this);
      }
    }
  }
}
