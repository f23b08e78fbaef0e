package dev.clientsmith.runtime.errors;

/** HTTP 403: the API key may not use this resource or model. */
public final class PermissionDeniedException extends ApiStatusException {

  /**
   * Creates the exception; usually done by {@link ApiStatusException#of(Details)}.
   *
   * @param details what the server answered
   */
  public PermissionDeniedException(Details details) {
    super(details);
  }
}
