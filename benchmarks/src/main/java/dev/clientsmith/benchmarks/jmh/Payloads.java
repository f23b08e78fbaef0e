package dev.clientsmith.benchmarks.jmh;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The bytes the benchmarks read and write: the realistic payloads the client tests read (copied
 * onto the classpath from generated-clients/client-tests by the build), compacted as a server sends
 * them, and large ones grown from them in a fixed, repeatable way.
 */
public final class Payloads {
  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  /** Characters of message content in a large response. */
  static final int LARGE_CONTENT_CHARS = 200_000;
  /** Token logprobs in a large response, each with five alternatives. */
  static final int LARGE_LOGPROBS = 1_000;
  /** Reasoning details in a large Interactive AI response. */
  static final int LARGE_REASONING_DETAILS = 300;

  private Payloads() {}

  /** A classpath resource, as it is. */
  public static byte[] resource(String path) {
    try (InputStream in = Payloads.class.getResourceAsStream("/" + path)) {
      if (in == null) {
        throw new IllegalStateException("no resource " + path + " on the classpath");
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A JSON resource without the whitespace of its pretty-printed file. */
  public static byte[] compact(String path) {
    return write(tree(resource(path)));
  }

  static JsonNode tree(byte[] json) {
    try {
      return MAPPER.readTree(json);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static byte[] write(JsonNode tree) {
    try {
      return MAPPER.writeValueAsBytes(tree);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * A large response grown from a typical one: the first choice's content made long, and where the
   * provider's schema has them, many token logprobs and many reasoning details.
   */
  static byte[] large(String typicalPath, boolean logprobs, boolean reasoningDetails) {
    ObjectNode root = (ObjectNode) tree(resource(typicalPath));
    ObjectNode choice = (ObjectNode) root.path("choices").get(0);
    ((ObjectNode) choice.path("message")).put("content", prose(LARGE_CONTENT_CHARS));
    if (logprobs) {
      ObjectNode lp = choice.putObject("logprobs");
      ArrayNode content = lp.putArray("content");
      for (int i = 0; i < LARGE_LOGPROBS; i++) {
        ObjectNode token = tokenLogprob(i, 0);
        ArrayNode top = token.putArray("top_logprobs");
        for (int alt = 0; alt < 5; alt++) {
          top.add(tokenLogprob(i, alt));
        }
        content.add(token);
      }
      lp.putNull("refusal");
    }
    if (reasoningDetails) {
      ArrayNode details = choice.putArray("reasoning_details");
      for (int i = 0; i < LARGE_REASONING_DETAILS; i++) {
        ObjectNode d = details.addObject();
        switch (i % 3) {
          case 0 -> d.put("type", "reasoning.summary").put("summary", "Step " + i + ": weighed the options and chose one.");
          case 1 -> d.put("type", "reasoning.encrypted").put("data", "ZW5jcnlwdGVkLXJlYXNvbmluZy1ibG9jay0" + i);
          default -> d.put("type", "reasoning.text").put("text", "Considered case " + i + " before answering.")
              .put("signature", "sig-" + i);
        }
        d.put("id", "rd-" + i).put("format", "anthropic-claude-v1").put("index", i);
      }
    }
    return write(root);
  }

  private static ObjectNode tokenLogprob(int i, int alt) {
    String token = WORDS.get((i + alt) % WORDS.size());
    ObjectNode node = NODES.objectNode().put("token", token).put("logprob", -0.0125 * (alt + 1) - i % 7 * 0.001);
    ArrayNode bytes = node.putArray("bytes");
    for (byte b : token.getBytes(StandardCharsets.UTF_8)) {
      bytes.add(b & 0xff);
    }
    return node;
  }

  private static final List<String> WORDS = List.of("The", " answer", " is", " Paris", ",", " a", " city", " of",
      " about", " two", " million", " people", ".", " It", " lies", " on", " the", " Seine", "\n", " \"quoted\"");

  /** Text of about {@code chars} characters: sentences with a line break now and then, as a model writes. */
  static String prose(int chars) {
    StringBuilder text = new StringBuilder(chars + 100);
    for (int i = 0; text.length() < chars; i++) {
      for (int w = 0; w < 12; w++) {
        text.append(WORDS.get((i * 7 + w) % 13).strip()).append(' ');
      }
      text.append(i % 5 == 4 ? "\n\n" : ". ");
    }
    return text.substring(0, chars);
  }

  /**
   * A recorded-style chat stream of at least {@code bytes} bytes: Cortecs' recorded stream (role,
   * reasoning, content deltas, a keep-alive comment, usage, {@code [DONE]}) with its content events
   * repeated, each with its own words, as a long answer streams.
   */
  public static byte[] chatStream(int bytes) {
    String recorded = new String(resource("streaming/cortecs-chat.sse"), StandardCharsets.UTF_8);
    List<String> events = List.of(recorded.split("\n\n"));
    String contentEvent = events.stream().filter(e -> e.contains("\"content\":\"Hello\"")).findFirst()
        .orElseThrow(() -> new IllegalStateException("the recorded stream has no content event"));
    ByteArrayOutputStream out = new ByteArrayOutputStream(bytes + 4096);
    int tail = events.size() - 2; // the usage event and [DONE] close the stream
    for (int i = 0; i < tail; i++) {
      out.writeBytes((events.get(i) + "\n\n").getBytes(StandardCharsets.UTF_8));
    }
    String closing = String.join("\n\n", events.subList(tail, events.size())) + "\n\n";
    for (int i = 0; out.size() < bytes - closing.length(); i++) {
      // Written into JSON as it is: the words must not need escaping.
      String words = " " + WORDS.get(i % WORDS.size()).strip().replace("\"", "") + " " + i;
      out.writeBytes((contentEvent.replace("\"Hello\"", "\"" + words + "\"") + "\n\n").getBytes(StandardCharsets.UTF_8));
      if (i % 500 == 499) {
        out.writeBytes(": keep-alive\n\n".getBytes(StandardCharsets.UTF_8));
      }
    }
    out.writeBytes(closing.getBytes(StandardCharsets.UTF_8));
    return out.toByteArray();
  }
}
