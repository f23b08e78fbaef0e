package dev.clientsmith.runtime;

import dev.clientsmith.runtime.http.BodyTooLargeException;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * A 2xx body as the synchronous readers see it: at most {@code limit} bytes, and a record of the
 * I/O failure that ended it. The record is what makes a cut body a connection failure on every
 * path: Jackson wraps an I/O failure inside an array into a {@code JsonMappingException}, and
 * without it a truncated body would pass for malformed JSON.
 */
final class BoundedInputStream extends FilterInputStream {

  private final long limit;
  private long count;
  private IOException failure;

  BoundedInputStream(InputStream in, long limit) {
    super(in);
    this.limit = limit;
  }

  /** The I/O failure met while reading ({@link BodyTooLargeException} past the limit), or {@code null}. */
  IOException failure() {
    return failure;
  }

  @Override
  public int read() throws IOException {
    byte[] one = new byte[1];
    int read = read(one, 0, 1);
    return read < 0 ? -1 : one[0] & 0xff;
  }

  @Override
  public int read(byte[] bytes, int offset, int length) throws IOException {
    if (failure != null) {
      throw failure;
    }
    int read;
    try {
      // One byte beyond the limit is asked for, so a body of exactly the limit passes.
      read = super.read(bytes, offset, (int) Math.min(length, limit + 1 - count));
    } catch (IOException e) {
      failure = e;
      throw e;
    }
    if (read > 0) {
      count += read;
      if (count > limit) {
        failure = new BodyTooLargeException(limit, false);
        throw failure;
      }
    }
    return read;
  }

  @Override
  public long skip(long n) throws IOException {
    if (n <= 0) {
      return 0;
    }
    int wanted = (int) Math.min(n, 8192);
    return Math.max(0, read(new byte[wanted], 0, wanted));
  }
}
