package dev.clientsmith.clienttests.streaming;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.Headers;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Optional;

/** A request an {@link EventStreamServer} received. */
record SentRequest(String method, String path, Headers headers, String body) {
  private static final ObjectMapper JSON = new ObjectMapper();

  /** The values of a header, joined by commas; empty when it was not sent. */
  Optional<String> header(String name) {
    List<String> values = headers.get(name); // Headers matches names case-insensitively
    return values == null ? Optional.empty() : Optional.of(String.join(",", values));
  }

  JsonNode json() {
    try {
      return JSON.readTree(body);
    } catch (IOException e) {
      throw new UncheckedIOException("the request body is not JSON: " + body, e);
    }
  }
}
