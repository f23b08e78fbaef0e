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
    Optional<Streaming> streaming,
    List<ErrorResponse> errors,
    Optional<String> summary,
    Optional<String> description) {
  public Operation {
    Objects.requireNonNull(operationId, "operationId");
    resource = List.copyOf(resource);
    parameters = List.copyOf(parameters);
    errors = List.copyOf(errors);
  }

  /** A path, query or header parameter. */
  public record Parameter(String name, String javaName, Location in, TypeRef type, boolean required, Optional<String> description) {}

  public enum Location {
    PATH,
    QUERY,
    HEADER
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
