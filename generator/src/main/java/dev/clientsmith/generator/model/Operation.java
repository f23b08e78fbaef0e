package dev.clientsmith.generator.model;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One API call, addressed resource-style: {@code resource = [chat, completions]}, {@code method =
 * create} reads {@code client.chat().completions().create(..)}.
 */
public record Operation(
    String operationId,
    List<String> resource,
    String method,
    String httpMethod,
    String path,
    List<Parameter> parameters,
    Optional<Body> body,
    Optional<TypeRef> response,
    ResponseFormat responseFormat,
    Optional<String> responseMediaType,
    Optional<List<List<String>>> security,
    Optional<Pagination> pagination,
    Optional<Streaming> streaming,
    List<ErrorResponse> errors,
    Optional<String> summary,
    Optional<String> description) {
  public Operation {
    Objects.requireNonNull(operationId, "operationId");
    resource = List.copyOf(resource);
    parameters = List.copyOf(parameters);
    errors = List.copyOf(errors);
    Objects.requireNonNull(responseFormat, "responseFormat");
    security = security.map(alternatives -> alternatives.stream().map(List::copyOf).toList());
  }

  /**
   * A path, query, header or cookie parameter.
   *
   * @param explode for a query array: each element as its own {@code name=value} (OpenAPI's default),
   *     else one comma-separated value
   */
  public record Parameter(String name, String javaName, Location in, TypeRef type, boolean required, boolean explode,
      Optional<String> description) {}

  /** How the 2xx body is read; {@link #responseMediaType()} is the media type it was chosen from. */
  public enum ResponseFormat {
    /** No body declared. */
    NONE,
    /** JSON bound to {@link #response()}. */
    JSON,
    /** {@code text/*}: a {@code String}. */
    TEXT,
    /** Any other media type (a file download, audio): bytes, or a stream the caller closes. */
    BINARY
  }

  /**
   * A list operation whose pages chain through a cursor: the query parameter {@code cursorParam}
   * takes the cursor of the next page, which the response gives either in a property
   * ({@code next_cursor}, {@code last_id} with {@code has_more}) or as the {@code id} of its last item.
   *
   * @param cursorParam the query parameter's name in the document
   * @param items the response property holding the page's items
   * @param item the items' type
   * @param hasMore the boolean response property saying whether more pages follow, if there is one
   * @param nextCursor the response property holding the next cursor, if there is one; else the
   *     last item's {@code itemId} property is the cursor
   * @param itemId the item property used as the cursor without {@code nextCursor}
   */
  public record Pagination(String cursorParam, Property items, TypeRef item, Optional<Property> hasMore,
      Optional<Property> nextCursor, Optional<Property> itemId) {}

  public enum Location {
    PATH,
    QUERY,
    HEADER,
    COOKIE
  }

  /** The request body; generated clients send it as {@code contentType}. */
  public record Body(TypeRef type, boolean required, String contentType, Optional<String> description) {}

  /**
   * The operation can stream: setting {@code flagProperty} to true makes the server send
   * {@code event}s as server-sent events.
   */
  public record Streaming(String flagProperty, TypeRef event) {}

  /** A declared error status ({@code 400}, {@code 5XX}, {@code default}) and its body, if typed. */
  public record ErrorResponse(String status, Optional<TypeRef> body, Optional<String> description) {}
}
