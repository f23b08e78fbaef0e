package dev.clientsmith.runtime.errors;

/** HTTP 404: the resource (for example the model) does not exist. */
public final class NotFoundException extends ApiStatusException {

  /**
   * Creates the exception; usually done by {@link ApiStatusException#of(Details)}.
   *
   * @param details what the server answered
   */
  public NotFoundException(Details details) {
    super(details);
  }
}
