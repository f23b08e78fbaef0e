package dev.clientsmith.clients.interactiveai.resources;

import dev.clientsmith.clients.interactiveai.model.CompletionChunk;
import dev.clientsmith.clients.interactiveai.model.CompletionCreateParams;
import dev.clientsmith.clients.interactiveai.model.CompletionResponse;
import dev.clientsmith.clients.interactiveai.model.ErrorResponse;
import dev.clientsmith.clients.interactiveai.stream.CompletionAccumulator;
import dev.clientsmith.runtime.ApiRequest;
import dev.clientsmith.runtime.ClientRuntime;
import dev.clientsmith.runtime.RawResponse;
import dev.clientsmith.runtime.RequestOptions;
import dev.clientsmith.runtime.ResponseSpec;
import dev.clientsmith.runtime.stream.StreamResponse;
import dev.clientsmith.runtime.stream.StreamSpec;
import java.util.List;
import java.util.Objects;

/**
 * Calls under {@code /completions}.
 */
public final class CompletionsResource {
  private static final ResponseSpec<CompletionResponse> CREATE_COMPLETIONS = ResponseSpec.of(CompletionResponse.class)
      .error("400", ErrorResponse.class)
      .error("401", ErrorResponse.class)
      .error("429", ErrorResponse.class)
      .error("500", ErrorResponse.class);

  private static final StreamSpec<CompletionChunk> CREATE_COMPLETIONS_STREAM = StreamSpec.of(CompletionChunk.class)
      .error("400", ErrorResponse.class)
      .error("401", ErrorResponse.class)
      .error("429", ErrorResponse.class)
      .error("500", ErrorResponse.class);

  private final ClientRuntime runtime;

  /**
   * Used by the client; obtain resources from it.
   *
   * @param runtime the client's runtime
   */
  public CompletionsResource(ClientRuntime runtime) {
    this.runtime = runtime;
  }

  /**
   * Create a completion
   *
   * <p>Creates a completion for the provided prompt and parameters. Supports both streaming and non-streaming modes.
   *
   * <p>{@code POST /completions}
   *
   * @param params Completion request parameters
   * @return the response
   */
  public CompletionResponse create(CompletionCreateParams params) {
    return create(params, RequestOptions.none());
  }

  /**
   * Create a completion
   *
   * <p>Creates a completion for the provided prompt and parameters. Supports both streaming and non-streaming modes.
   *
   * <p>{@code POST /completions}
   *
   * @param params Completion request parameters
   * @param options per-request headers, query parameters, timeout, retries and extra body properties
   * @return the response
   */
  public CompletionResponse create(CompletionCreateParams params, RequestOptions options) {
    return runtime.execute(createRequest(params), CREATE_COMPLETIONS, options);
  }

  /**
   * Create a completion
   *
   * <p>Creates a completion for the provided prompt and parameters. Supports both streaming and non-streaming modes.
   *
   * <p>{@code POST /completions}
   *
   * <p>Streams the response: the request is sent with {@code "stream": true} and {@code Accept: text/event-stream}, and each server-sent event is read as a {@link CompletionChunk}. Use it with try-with-resources: closing it early aborts the exchange and releases the connection.
   * {@link CompletionAccumulator} folds the chunks into the final result.
   *
   * @param params Completion request parameters
   * @return the open stream of chunks; close it
   */
  public StreamResponse<CompletionChunk> createStreaming(CompletionCreateParams params) {
    return createStreaming(params, RequestOptions.none());
  }

  /**
   * Create a completion
   *
   * <p>Creates a completion for the provided prompt and parameters. Supports both streaming and non-streaming modes.
   *
   * <p>{@code POST /completions}
   *
   * <p>Streams the response: the request is sent with {@code "stream": true} and {@code Accept: text/event-stream}, and each server-sent event is read as a {@link CompletionChunk}. Use it with try-with-resources: closing it early aborts the exchange and releases the connection.
   * {@link CompletionAccumulator} folds the chunks into the final result.
   *
   * @param params Completion request parameters
   * @param options per-request headers, query parameters, timeout, retries and extra body properties
   * @return the open stream of chunks; close it
   */
  public StreamResponse<CompletionChunk> createStreaming(CompletionCreateParams params,
      RequestOptions options) {
    return runtime.executeStreaming(createRequest(params), CREATE_COMPLETIONS_STREAM, options);
  }

  private static ApiRequest createRequest(CompletionCreateParams params) {
    return ApiRequest.builder("POST", "/completions")
            .body(Objects.requireNonNull(params, "params"))
            .security(List.of(List.of("bearerAuth")))
            .build();
  }

  /**
   * These calls with access to the raw HTTP response.
   */
  public WithRawResponse withRawResponse() {
    return new WithRawResponse();
  }

  /**
   * The same calls, returning the status, headers and body along with the parsed value.
   */
  public final class WithRawResponse {
    private WithRawResponse() {
    }

    /**
     * Create a completion
     *
     * <p>Creates a completion for the provided prompt and parameters. Supports both streaming and non-streaming modes.
     *
     * <p>{@code POST /completions}
     *
     * @param params Completion request parameters
     * @return the raw response
     */
    public RawResponse<CompletionResponse> create(CompletionCreateParams params) {
      return create(params, RequestOptions.none());
    }

    /**
     * Create a completion
     *
     * <p>Creates a completion for the provided prompt and parameters. Supports both streaming and non-streaming modes.
     *
     * <p>{@code POST /completions}
     *
     * @param params Completion request parameters
     * @param options per-request headers, query parameters, timeout, retries and extra body properties
     * @return the raw response
     */
    public RawResponse<CompletionResponse> create(CompletionCreateParams params,
        RequestOptions options) {
      return runtime.executeRaw(createRequest(params), CREATE_COMPLETIONS, options);
    }
  }
}
