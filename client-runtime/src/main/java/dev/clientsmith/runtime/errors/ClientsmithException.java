package dev.clientsmith.runtime.errors;

/**
 * Base of every exception thrown by a Clientsmith client. Unchecked: a failed API call is rarely
 * handled where it is made, and generated methods stay free of {@code throws} clauses.
 *
 * <p>Messages of these exceptions never contain the API key or the {@code Authorization} header.
 */
public class ClientsmithException extends RuntimeException {

  /**
   * Creates an exception.
   *
   * @param message what failed, free of secrets
   */
  public ClientsmithException(String message) {
    super(message);
  }

  /**
   * Creates an exception with a cause.
   *
   * @param message what failed, free of secrets
   * @param cause the underlying failure
   */
  public ClientsmithException(String message, Throwable cause) {
    super(message, cause);
  }
}
