package dev.clientsmith.runtime.errors;

/** HTTP 401: the API key is missing, invalid or expired. */
public final class AuthenticationException extends ApiStatusException {

  /**
   * Creates the exception; usually done by {@link ApiStatusException#of(Details)}.
   *
   * @param details what the server answered
   */
  public AuthenticationException(Details details) {
    super(details);
  }
}
