package dev.clientsmith.runtime.errors;

/**
 * The request could not be exchanged with the server: connection refused or reset, DNS or TLS
 * failure, I/O error while reading the response, or a timeout ({@link ApiTimeoutException}). No
 * usable HTTP status was received. The default retry policy retries these.
 */
public class ApiConnectionException extends ClientsmithException {

  /**
   * Creates an exception.
   *
   * @param message what failed, naming the method and path
   * @param cause the I/O failure, or {@code null}
   */
  public ApiConnectionException(String message, Throwable cause) {
    super(message, cause);
  }
}
