package dev.clientsmith.generator.normalize;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.function.BiConsumer;

/** Iterates the operations of a document in document order. */
public final class Operations {
  public static final List<String> METHODS = List.of("get", "put", "post", "delete", "options", "head", "patch", "trace");

  private Operations() {}

  /** Calls {@code action} with each operation object and its pointer ({@code /paths/~1x/post}). */
  public static void forEach(ObjectNode document, BiConsumer<ObjectNode, String> action) {
    JsonNode paths = document.get("paths");
    if (paths == null || !paths.isObject()) {
      return;
    }
    for (String path : Json.fieldNames(paths)) {
      JsonNode item = paths.get(path);
      for (String method : METHODS) {
        JsonNode op = item.get(method);
        if (op != null && op.isObject()) {
          action.accept((ObjectNode) op, Json.pointer("/paths", path) + "/" + method);
        }
      }
    }
  }

  /** The path of an operation pointer: {@code /paths/~1chat~1completions/post -> /chat/completions}. */
  public static String pathOf(String operationPointer) {
    String token = operationPointer.substring("/paths/".length(), operationPointer.lastIndexOf('/'));
    return token.replace("~1", "/").replace("~0", "~");
  }

  public static String methodOf(String operationPointer) {
    return operationPointer.substring(operationPointer.lastIndexOf('/') + 1);
  }
}
