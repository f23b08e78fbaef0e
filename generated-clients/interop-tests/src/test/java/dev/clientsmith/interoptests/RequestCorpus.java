package dev.clientsmith.interoptests;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Hand-written request bodies of one provider ({@code requests/<provider>.json}): realistic ones, edge
 * cases (explicit nulls, each branch of each union, extra properties, an absent optional body) and
 * some that no reading of the document allows ({@code "invalid": true}).
 */
final class RequestCorpus {
  /**
   * One request as it goes over the wire.
   *
   * @param path the full path, base path of the server included
   * @param body the JSON body; empty when the request has none
   * @param invalid whether the document clearly does not allow it (wrong type, missing required...)
   */
  record Request(String name, String path, Optional<JsonNode> body, boolean invalid) {
    @Override
    public String toString() {
      return name;
    }
  }

  private RequestCorpus() {}

  static List<Request> of(String providerId) {
    JsonNode corpus = Documents.resource("requests/" + providerId + ".json");
    List<Request> requests = new ArrayList<>();
    for (JsonNode r : corpus.path("requests")) {
      requests.add(new Request(r.path("name").asText(), r.path("path").asText(),
          Optional.ofNullable(r.get("body")), r.path("invalid").asBoolean(false)));
    }
    return List.copyOf(requests);
  }

  static Request named(String providerId, String name) {
    return of(providerId).stream().filter(r -> r.name().equals(name)).findFirst()
        .orElseThrow(() -> new IllegalArgumentException("no request " + name + " for " + providerId));
  }

  /**
   * Whether {@code document} has an operation at {@code path} (its server's base path, then one of its
   * path templates).
   */
  static boolean serves(JsonNode document, String path) {
    String base = Documents.serverBasePath(document);
    for (Map.Entry<String, JsonNode> entry : document.path("paths").properties()) {
      String template = base + entry.getKey();
      StringBuilder regex = new StringBuilder();
      for (String part : template.split("(?=\\{)|(?<=\\})")) {
        regex.append(part.startsWith("{") && part.endsWith("}") ? "[^/]+" : Pattern.quote(part));
      }
      if (path.matches(regex.toString())) {
        return true;
      }
    }
    return false;
  }
}
