package dev.clientsmith.runtime;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/** Tells a {@link StreamTimer} about every read that brought bytes. */
final class ActivityInputStream extends FilterInputStream {

  private final StreamTimer timer;

  ActivityInputStream(InputStream in, StreamTimer timer) {
    super(in);
    this.timer = timer;
  }

  @Override
  public int read() throws IOException {
    int b = super.read();
    if (b >= 0) {
      timer.activity();
    }
    return b;
  }

  @Override
  public int read(byte[] bytes, int offset, int length) throws IOException {
    int read = super.read(bytes, offset, length);
    if (read > 0) {
      timer.activity();
    }
    return read;
  }
}
