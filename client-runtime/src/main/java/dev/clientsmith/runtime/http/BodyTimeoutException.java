package dev.clientsmith.runtime.http;

import java.io.IOException;

/**
 * A transport's signal that the attempt's time ran out while its body was arriving. For an error
 * status, the body read so far is followed by this failure, so that the runtime reports the status
 * with what arrived and says the rest timed out; for a 2xx status the runtime reports a timeout.
 */
public final class BodyTimeoutException extends IOException {

  private static final long serialVersionUID = 1L;

  /** Creates the signal. */
  public BodyTimeoutException() {
    super("the response body did not arrive in time");
  }
}
