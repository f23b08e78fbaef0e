package dev.clientsmith.runtime.errors;

/**
 * A successful (2xx) response arrived but its body could not be read as the declared type, for
 * example malformed JSON or a value of the wrong shape. Error responses never cause this exception:
 * when their declared body does not parse, the {@link ApiStatusException} keeps the raw body.
 */
public class ResponseParseException extends ClientsmithException {

  private final int status;

  /**
   * Creates an exception.
   *
   * @param status the HTTP status of the response
   * @param message what could not be parsed, naming the method, path and target type
   * @param cause the parser failure
   */
  public ResponseParseException(int status, String message, Throwable cause) {
    super(message, cause);
    this.status = status;
  }

  /** Returns the HTTP status of the response whose body did not parse. */
  public int status() {
    return status;
  }
}
