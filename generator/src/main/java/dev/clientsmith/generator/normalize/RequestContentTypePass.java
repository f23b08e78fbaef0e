package dev.clientsmith.generator.normalize;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;

/**
 * Records which content type generated clients send when a request body offers several (Jylo
 * offers {@code application/json}, {@code text/json} and {@code application/*+json}, with the same
 * schema). The document keeps all of them: it describes what the server accepts. The client sends
 * {@code application/json}.
 */
public final class RequestContentTypePass implements Pass {
  @Override
  public String id() {
    return "request-content-type";
  }

  @Override
  public String description() {
    return "Records that clients send application/json where a request body offers several content types.";
  }

  @Override
  public void apply(PassContext ctx) {
    Operations.forEach(ctx.document(), (op, ptr) -> {
      JsonNode content = op.path("requestBody").path("content");
      List<String> types = Json.fieldNames(content);
      if (types.size() < 2) {
        return;
      }
      String chosen = types.contains("application/json") ? "application/json" : types.get(0);
      ctx.record(ptr + "/requestBody/content", String.join(", ", types), "client sends " + chosen,
          "one content type is enough for a client; the document keeps all that the server accepts");
    });
  }
}
