package dev.clientsmith.benchmarks;

import dev.clientsmith.benchmarks.jmh.Payloads;
import dev.clientsmith.clients.cortecs.model.ChatCompletionChunk;
import dev.clientsmith.runtime.json.ClientJson;
import dev.clientsmith.runtime.stream.EventReader;
import dev.clientsmith.runtime.stream.StreamSpec;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;

/**
 * Whether memory stays flat as a stream grows, for {@link PerformanceReport}: decodes a chat
 * stream of {@code args[0]} MiB that is made as it is read (the recorded 1 MiB stream's content
 * events over and over, never held whole), with the runtime's event reader, and prints the heap in
 * use after a full GC at each eighth of the way, in KiB, separated by spaces. Run in a JVM with a
 * small {@code -Xmx}: a reader that kept what it read would fail with OutOfMemoryError.
 */
public final class StreamMemory {
  private StreamMemory() {}

  public static void main(String[] args) throws Exception {
    long total = Long.parseLong(args[0]) << 20;
    byte[] sample = Payloads.chatStream(1 << 20);
    int body = sample.length - tailLength(sample);
    InputStream endless = new RepeatingStream(sample, body, total);
    EventReader<ChatCompletionChunk> reader = new EventReader<>(endless, StreamSpec.of(ChatCompletionChunk.class),
        ClientJson.mapper(), "POST /chat/completions", text -> text, 8 << 20);
    MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
    StringBuilder used = new StringBuilder();
    long step = total / 8;
    long next = step;
    RepeatingStream counter = (RepeatingStream) endless;
    while (reader.next() != null) {
      if (counter.position() >= next) {
        System.gc();
        used.append(memory.getHeapMemoryUsage().getUsed() >> 10).append(' ');
        next += step;
      }
    }
    System.out.println(used.toString().trim());
  }

  /** The bytes after the stream's last content event: the usage event and [DONE]. */
  private static int tailLength(byte[] stream) {
    String text = new String(stream, java.nio.charset.StandardCharsets.UTF_8);
    int usage = text.lastIndexOf("data: {", text.lastIndexOf("data: [DONE]") - 1);
    return text.substring(usage).getBytes(java.nio.charset.StandardCharsets.UTF_8).length;
  }

  /** {@code sample}'s first {@code body} bytes repeated until {@code total}, then the sample's tail. */
  private static final class RepeatingStream extends InputStream {
    private final byte[] sample;
    private final int body;
    private final long total;
    private long position;
    private int offset;
    private boolean inTail;

    RepeatingStream(byte[] sample, int body, long total) {
      this.sample = sample;
      this.body = body;
      this.total = total;
    }

    long position() {
      return position;
    }

    @Override
    public int read() {
      byte[] one = new byte[1];
      return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
    }

    @Override
    public int read(byte[] into, int off, int len) {
      int end = inTail ? sample.length : body;
      if (offset >= end) {
        if (inTail) {
          return -1;
        }
        // Only between two repetitions, at an event boundary: past the total, the tail closes the stream.
        if (position >= total) {
          inTail = true;
          end = sample.length;
        } else {
          offset = 0;
        }
      }
      int n = Math.min(len, end - offset);
      System.arraycopy(sample, offset, into, off, n);
      offset += n;
      position += n;
      return n;
    }
  }
}
