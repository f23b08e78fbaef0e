package dev.clientsmith.runtime.http;

import java.util.Objects;
import java.util.function.UnaryOperator;

/**
 * Keeps secrets out of exception causes. A foreign exception (a JDK {@code ProtocolException}
 * quoting a bad status line, a Jackson exception whose path names a property) may quote what a
 * server echoed, the API key included; the cause of a Clientsmith exception is printed with every
 * stack trace, so such a cause is replaced by a copy whose messages are redacted.
 */
public final class Redaction {

  private Redaction() {
  }

  /**
   * Returns {@code error} itself when no message in its cause chain changes under {@code redact},
   * else a {@link RedactedCause} chain that names the original classes, carries the redacted
   * messages and keeps the original stack traces.
   *
   * @param error the exception to keep as a cause, or {@code null}
   * @param redact removes secrets from a text
   * @return the exception to keep, or {@code null}
   */
  public static Throwable cause(Throwable error, UnaryOperator<String> redact) {
    Objects.requireNonNull(redact, "redact");
    if (error == null || !leaks(error, redact)) {
      return error;
    }
    return copy(error, redact, 0);
  }

  private static boolean leaks(Throwable error, UnaryOperator<String> redact) {
    int depth = 0;
    for (Throwable t = error; t != null && depth < 32; t = t.getCause() == t ? null : t.getCause(), depth++) {
      String message = t.getMessage();
      if (message != null && !message.equals(redact.apply(message))) {
        return true;
      }
    }
    return false;
  }

  private static Throwable copy(Throwable error, UnaryOperator<String> redact, int depth) {
    String message = error.getMessage() == null ? null : redact.apply(error.getMessage());
    Throwable next = error.getCause() == null || error.getCause() == error || depth >= 32
        ? null : copy(error.getCause(), redact, depth + 1);
    RedactedCause copy = new RedactedCause(error.getClass().getName() + (message == null ? "" : ": " + message), next);
    copy.setStackTrace(error.getStackTrace());
    return copy;
  }

  /** A stand-in for a foreign exception whose message quoted a secret. */
  public static final class RedactedCause extends Exception {
    private static final long serialVersionUID = 1L;

    RedactedCause(String message, Throwable cause) {
      super(message, cause);
    }
  }
}
