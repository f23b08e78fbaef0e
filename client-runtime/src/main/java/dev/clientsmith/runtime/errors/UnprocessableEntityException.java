package dev.clientsmith.runtime.errors;

/** HTTP 422: the request was well-formed but semantically invalid. */
public final class UnprocessableEntityException extends ApiStatusException {

  /**
   * Creates the exception; usually done by {@link ApiStatusException#of(Details)}.
   *
   * @param details what the server answered
   */
  public UnprocessableEntityException(Details details) {
    super(details);
  }
}
