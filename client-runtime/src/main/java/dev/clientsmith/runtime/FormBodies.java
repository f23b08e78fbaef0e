package dev.clientsmith.runtime;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.POJONode;
import dev.clientsmith.runtime.http.UrlEncoding;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Locale;
import java.util.Map;

/**
 * Encodes a request model as {@code multipart/form-data} or {@code application/x-www-form-urlencoded}.
 * The model is first converted to its JSON tree (the same names and values a JSON body would have,
 * files kept as {@link FilePart}s), then each top-level property becomes one field:
 *
 * <ul>
 *   <li>strings, numbers, booleans: their text;
 *   <li>arrays: the field repeated, once per element (OpenAPI's default {@code form}/{@code explode});
 *   <li>objects: their JSON text (multipart parts say {@code Content-Type: application/json});
 *   <li>{@code null} and absent properties: no field.
 * </ul>
 */
final class FormBodies {

  private static final SecureRandom RANDOM = new SecureRandom();
  private static final char[] BOUNDARY_CHARS = "0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ".toCharArray();

  /** An encoded body and the {@code Content-Type} it needs (multipart's names the boundary). */
  static final class Encoded {
    final byte[] bytes;
    final String contentType;

    Encoded(byte[] bytes, String contentType) {
      this.bytes = bytes;
      this.contentType = contentType;
    }
  }

  private FormBodies() {
  }

  static Encoded multipart(Object model, ObjectMapper mapper, String description) {
    String boundary = boundary();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    forEachField(fields(model, mapper, description), (name, value) -> {
      write(out, "--" + boundary + "\r\n");
      if (value instanceof POJONode && ((POJONode) value).getPojo() instanceof FilePart) {
        FilePart file = (FilePart) ((POJONode) value).getPojo();
        write(out, "Content-Disposition: form-data; name=\"" + quoted(name) + "\"; filename=\"" + file.filename() + "\"\r\n");
        write(out, "Content-Type: " + file.contentType() + "\r\n\r\n");
        out.writeBytes(file.content());
      } else if (value.isContainerNode()) {
        write(out, "Content-Disposition: form-data; name=\"" + quoted(name) + "\"\r\n");
        write(out, "Content-Type: application/json\r\n\r\n");
        write(out, value.toString());
      } else {
        write(out, "Content-Disposition: form-data; name=\"" + quoted(name) + "\"\r\n\r\n");
        write(out, scalar(value, name, description));
      }
      write(out, "\r\n");
    });
    write(out, "--" + boundary + "--\r\n");
    return new Encoded(out.toByteArray(), "multipart/form-data; boundary=" + boundary);
  }

  static Encoded urlEncoded(Object model, ObjectMapper mapper, String description) {
    StringBuilder out = new StringBuilder();
    forEachField(fields(model, mapper, description), (name, value) -> {
      if (value instanceof POJONode) {
        throw new IllegalArgumentException("the body of " + description + " is form-urlencoded and cannot carry the file '" + name + "'");
      }
      if (out.length() > 0) {
        out.append('&');
      }
      String text = value.isContainerNode() ? value.toString() : scalar(value, name, description);
      out.append(UrlEncoding.encodeQueryComponent(name)).append('=').append(UrlEncoding.encodeQueryComponent(text));
    });
    return new Encoded(out.toString().getBytes(StandardCharsets.US_ASCII), "application/x-www-form-urlencoded");
  }

  private interface FieldConsumer {
    void accept(String name, JsonNode value);
  }

  private static ObjectNode fields(Object model, ObjectMapper mapper, String description) {
    JsonNode tree = mapper.valueToTree(model);
    if (!(tree instanceof ObjectNode)) {
      throw new IllegalArgumentException("a form body needs an object, but the body of " + description + " serializes to a JSON "
          + tree.getNodeType().name().toLowerCase(Locale.ROOT));
    }
    return (ObjectNode) tree;
  }

  private static void forEachField(ObjectNode fields, FieldConsumer consumer) {
    for (Map.Entry<String, JsonNode> field : fields.properties()) {
      JsonNode value = field.getValue();
      if (value.isArray()) {
        for (JsonNode element : value) {
          if (!element.isNull()) {
            consumer.accept(field.getKey(), element);
          }
        }
      } else if (!value.isNull() && !value.isMissingNode()) {
        consumer.accept(field.getKey(), value);
      }
    }
  }

  private static String scalar(JsonNode value, String name, String description) {
    if (value instanceof POJONode) {
      throw new IllegalArgumentException("the field '" + name + "' of " + description + " holds "
          + ((POJONode) value).getPojo().getClass().getSimpleName() + ", which a form cannot carry");
    }
    return value.asText();
  }

  /** Field names come from the document; quotes and line breaks would break the part header. */
  private static String quoted(String name) {
    return name.replace("\"", "%22").replace("\r", "%0D").replace("\n", "%0A");
  }

  private static String boundary() {
    char[] chars = new char[32];
    for (int i = 0; i < chars.length; i++) {
      chars[i] = BOUNDARY_CHARS[RANDOM.nextInt(BOUNDARY_CHARS.length)];
    }
    return "clientsmith-" + new String(chars);
  }

  private static void write(ByteArrayOutputStream out, String text) {
    out.writeBytes(text.getBytes(StandardCharsets.UTF_8));
  }
}
