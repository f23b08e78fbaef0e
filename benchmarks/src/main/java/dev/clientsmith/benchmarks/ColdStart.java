package dev.clientsmith.benchmarks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.clientsmith.clients.cortecs.CortecsClient;
import dev.clientsmith.clients.cortecs.model.CompletionRequest;
import dev.clientsmith.clients.cortecs.model.CompletionResponse;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

/**
 * One chat call in a fresh JVM, for {@link PerformanceReport}'s cold-start rows: {@code generated
 * URL} builds the Cortecs client and calls it once; {@code bare URL} does the same with
 * {@code java.net.http} and Jackson (a tree written, a tree read). Exits 0 once the answer is read.
 */
public final class ColdStart {
  private ColdStart() {}

  public static void main(String[] args) throws Exception {
    String baseUrl = args[1];
    String content = switch (args[0]) {
      case "generated" -> generated(baseUrl);
      case "bare" -> bare(baseUrl);
      default -> throw new IllegalArgumentException("generated or bare, not " + args[0]);
    };
    if (content.isEmpty()) {
      throw new IllegalStateException("the answer has no content");
    }
  }

  private static String generated(String baseUrl) {
    try (CortecsClient client = CortecsClient.builder().apiKey("cold-start-key").baseUrl(baseUrl).build()) {
      CompletionResponse response = client.chat().completions().create(CompletionRequest.builder()
          .model("model-id")
          .addMessage(CompletionRequest.Message.builder().role("user").content("Say hello.").build())
          .build());
      return response.choices().get(0).message().orElseThrow().content().orElse("");
    }
  }

  private static String bare(String baseUrl) throws Exception {
    ObjectMapper mapper = new ObjectMapper();
    ObjectNode body = mapper.createObjectNode().put("model", "model-id");
    body.putArray("messages").addObject().put("role", "user").put("content", "Say hello.");
    HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    HttpRequest request = HttpRequest.newBuilder(URI.create(baseUrl + "/chat/completions"))
        .header("Content-Type", "application/json")
        .header("Authorization", "Bearer cold-start-key")
        .POST(HttpRequest.BodyPublishers.ofByteArray(mapper.writeValueAsBytes(body)))
        .build();
    JsonNode response = mapper.readTree(client.send(request, HttpResponse.BodyHandlers.ofByteArray()).body());
    return response.path("choices").path(0).path("message").path("content").asText();
  }
}
