package dev.clientsmith.runtime.errors;

/** The connect timeout or the per-attempt request timeout ran out before the exchange completed. */
public class ApiTimeoutException extends ApiConnectionException {

  /**
   * Creates an exception.
   *
   * @param message what timed out, naming the method, path and timeout
   * @param cause the underlying timeout, or {@code null}
   */
  public ApiTimeoutException(String message, Throwable cause) {
    super(message, cause);
  }
}
