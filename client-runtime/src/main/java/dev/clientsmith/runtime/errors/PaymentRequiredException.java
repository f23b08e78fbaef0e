package dev.clientsmith.runtime.errors;

/** HTTP 402: the account has insufficient credits or no active plan. */
public final class PaymentRequiredException extends ApiStatusException {

  /**
   * Creates the exception; usually done by {@link ApiStatusException#of(Details)}.
   *
   * @param details what the server answered
   */
  public PaymentRequiredException(Details details) {
    super(details);
  }
}
