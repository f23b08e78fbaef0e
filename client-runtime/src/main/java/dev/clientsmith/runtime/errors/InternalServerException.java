package dev.clientsmith.runtime.errors;

/** Any HTTP 5xx: the server failed; the default retry policy retries these. */
public final class InternalServerException extends ApiStatusException {

  /**
   * Creates the exception; usually done by {@link ApiStatusException#of(Details)}.
   *
   * @param details what the server answered
   */
  public InternalServerException(Details details) {
    super(details);
  }
}
