package dev.clientsmith.runtime;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.clientsmith.runtime.auth.Credential;
import dev.clientsmith.runtime.errors.ClientsmithException;
import dev.clientsmith.runtime.http.Headers;
import dev.clientsmith.runtime.http.TransportRequest;
import dev.clientsmith.runtime.http.UrlEncoding;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Turns an {@link ApiRequest} and its {@link RequestOptions} into the HTTP request every attempt
 * sends: URL, headers (defaults, then client, operation, body and per-call headers, later ones
 * winning) and body bytes.
 */
final class RequestEncoder {

  private final ClientOptions options;
  private final ObjectMapper mapper;

  RequestEncoder(ClientOptions options) {
    this.options = options;
    this.mapper = options.jsonMapper();
  }

  /**
   * Encodes a call.
   *
   * @param defaultAccept the {@code Accept} header unless the request sets one
   * @throws IllegalArgumentException when extra body properties cannot be merged
   * @throws ClientsmithException when the body cannot be serialized
   */
  Call encode(ApiRequest request, RequestOptions requestOptions, String defaultAccept) {
    List<Credential> credentials = credentials(request);
    URI uri = options.baseUrl().resolve(request.path(), query(request, requestOptions, credentials));
    String[] contentType = {request.contentType().orElse("application/json")};
    byte[] body = body(request, requestOptions, contentType);

    Headers.Builder headers = Headers.builder()
        .set("Accept", defaultAccept)
        .set("User-Agent", options.userAgent());
    if (request.security().isEmpty()) {
      options.apiKey().ifPresent(key -> headers.set("Authorization", "Bearer " + key.reveal()));
    }
    List<String> cookies = new ArrayList<>();
    request.cookies().forEach((name, value) -> cookies.add(name + "=" + UrlEncoding.encodeQueryComponent(value)));
    for (Credential credential : credentials) {
      if (credential.placement() == Credential.Placement.HEADER) {
        headers.set(credential.name(), credential.wireValue().reveal());
      } else if (credential.placement() == Credential.Placement.COOKIE) {
        cookies.add(credential.name() + "=" + credential.wireValue().reveal());
      }
    }
    if (!cookies.isEmpty()) {
      headers.set("Cookie", String.join("; ", cookies));
    }
    headers.setAll(options.defaultHeaders()).setAll(request.headers());
    if (body != null) {
      headers.set("Content-Type", contentType[0]);
    }
    headers.setAll(requestOptions.headers());

    Duration timeout = requestOptions.timeout().orElse(options.timeout());
    int maxRetries = requestOptions.maxRetries().orElse(options.maxRetries());
    TransportRequest transportRequest = TransportRequest.builder(request.method(), uri)
        .headers(headers.build())
        .body(body)
        .timeout(timeout)
        .build();
    // Messages name the path as sent, base path included (/v1/chat/completions), everywhere.
    return new Call(request.method(), uri.getRawPath(), transportRequest, maxRetries);
  }

  /**
   * The credentials to send: those of the first alternative of the operation's security
   * requirement whose schemes all have one. None when no alternative can be met; the server's
   * 401 then says so, as it would for a wrong key.
   */
  private List<Credential> credentials(ApiRequest request) {
    if (request.security().isEmpty()) {
      return List.of();
    }
    Map<String, Credential> configured = options.credentials();
    for (List<String> alternative : request.security().get()) {
      if (configured.keySet().containsAll(alternative)) {
        List<Credential> out = new ArrayList<>();
        alternative.forEach(scheme -> out.add(configured.get(scheme)));
        return out;
      }
    }
    return List.of();
  }

  /**
   * The operation's query parameters and query credentials, with same-named per-call parameters
   * replacing them.
   */
  private static String query(ApiRequest request, RequestOptions requestOptions, List<Credential> credentials) {
    Map<String, List<String>> merged = new LinkedHashMap<>(request.queryParams());
    for (Credential credential : credentials) {
      if (credential.placement() == Credential.Placement.QUERY) {
        merged.put(credential.name(), List.of(credential.wireValue().reveal()));
      }
    }
    merged.putAll(requestOptions.queryParams());
    if (merged.isEmpty()) {
      return null;
    }
    StringBuilder out = new StringBuilder();
    merged.forEach((name, values) -> {
      if (request.isJoinedQuery(name) && !requestOptions.queryParams().containsKey(name)) {
        StringBuilder joined = new StringBuilder();
        values.forEach(v -> joined.append(joined.length() == 0 ? "" : ",").append(UrlEncoding.encodeQueryComponent(v)));
        out.append(out.length() > 0 ? "&" : "").append(UrlEncoding.encodeQueryComponent(name)).append('=').append(joined);
        return;
      }
      for (String value : values) {
        if (out.length() > 0) {
          out.append('&');
        }
        out.append(UrlEncoding.encodeQueryComponent(name)).append('=').append(UrlEncoding.encodeQueryComponent(value));
      }
    });
    return out.toString();
  }

  /**
   * Serializes the body, merging extra properties into a copy of its JSON tree. A form body sets
   * {@code contentType[0]} to its own (multipart's names the boundary).
   */
  private byte[] body(ApiRequest request, RequestOptions requestOptions, String[] contentType) {
    Map<String, Object> extra = requestOptions.extraBodyProperties();
    if (request.bodyForm() != ApiRequest.BodyForm.JSON && request.jsonBody().isPresent()) {
      if (!extra.isEmpty()) {
        throw new IllegalArgumentException("extra body properties need a JSON body, but " + request
            + " sends " + request.contentType().orElse("a form"));
      }
      FormBodies.Encoded encoded = request.bodyForm() == ApiRequest.BodyForm.MULTIPART
          ? FormBodies.multipart(request.jsonBody().get(), mapper, request.toString())
          : FormBodies.urlEncoded(request.jsonBody().get(), mapper, request.toString());
      contentType[0] = encoded.contentType;
      return encoded.bytes;
    }
    if (request.rawBody().isPresent()) {
      if (!extra.isEmpty()) {
        throw new IllegalArgumentException("extra body properties need a JSON body, but " + request
            + " sends " + request.contentType().orElse("raw bytes"));
      }
      return request.rawBody().get();
    }
    Object value = request.jsonBody().orElse(null);
    if (value == null && extra.isEmpty()) {
      return null;
    }
    try {
      if (extra.isEmpty()) {
        // The common case: straight to bytes, no tree.
        return mapper.writeValueAsBytes(value);
      }
      // The tree is a copy: the caller's parameters object is never touched.
      JsonNode tree = value == null ? mapper.createObjectNode() : mapper.valueToTree(value);
      if (!(tree instanceof ObjectNode)) {
        throw new IllegalArgumentException("extra body properties need a JSON object body, but the body of "
            + request + " serializes to a JSON " + tree.getNodeType().name().toLowerCase(Locale.ROOT));
      }
      ObjectNode object = (ObjectNode) tree;
      extra.forEach((name, extraValue) -> object.set(name, mapper.valueToTree(extraValue)));
      return mapper.writeValueAsBytes(object);
    } catch (JsonProcessingException e) {
      throw new ClientsmithException("Could not serialize the body of " + request + ": " + e.getOriginalMessage(), e);
    }
  }
}
