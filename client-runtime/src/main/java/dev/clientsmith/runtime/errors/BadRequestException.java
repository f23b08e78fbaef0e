package dev.clientsmith.runtime.errors;

/** HTTP 400: the request was malformed or had invalid parameters. */
public final class BadRequestException extends ApiStatusException {

  /**
   * Creates the exception; usually done by {@link ApiStatusException#of(Details)}.
   *
   * @param details what the server answered
   */
  public BadRequestException(Details details) {
    super(details);
  }
}
