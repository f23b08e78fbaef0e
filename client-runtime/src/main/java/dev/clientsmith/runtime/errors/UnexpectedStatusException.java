package dev.clientsmith.runtime.errors;

/** A non-2xx status without a class of its own (3xx, 405, 408, 409, 413, ...). */
public final class UnexpectedStatusException extends ApiStatusException {

  /**
   * Creates the exception; usually done by {@link ApiStatusException#of(Details)}.
   *
   * @param details what the server answered
   */
  public UnexpectedStatusException(Details details) {
    super(details);
  }
}
