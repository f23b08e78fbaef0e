package dev.clientsmith.clients.jylo.resources;

import dev.clientsmith.clients.jylo.model.ChatCompletionRequest;
import dev.clientsmith.clients.jylo.model.ChatCompletionResponse;
import dev.clientsmith.clients.jylo.model.CompletionChunk;
import dev.clientsmith.clients.jylo.model.ProblemDetails;
import dev.clientsmith.clients.jylo.stream.ChatCompletionAccumulator;
import dev.clientsmith.runtime.ApiRequest;
import dev.clientsmith.runtime.ClientRuntime;
import dev.clientsmith.runtime.RawResponse;
import dev.clientsmith.runtime.RequestOptions;
import dev.clientsmith.runtime.ResponseSpec;
import dev.clientsmith.runtime.stream.StreamResponse;
import dev.clientsmith.runtime.stream.StreamSpec;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * Calls under {@code /completions}.
 */
public final class CompletionsResource {
  private static final ResponseSpec<ChatCompletionResponse> CREATE_COMPLETION = ResponseSpec.of(ChatCompletionResponse.class)
      .error("400", ProblemDetails.class)
      .error("401", ProblemDetails.class)
      .error("402", ProblemDetails.class)
      .error("403", ProblemDetails.class)
      .error("404", ProblemDetails.class);

  private static final StreamSpec<CompletionChunk> CREATE_COMPLETION_STREAM = StreamSpec.of(CompletionChunk.class)
      .error("400", ProblemDetails.class)
      .error("401", ProblemDetails.class)
      .error("402", ProblemDetails.class)
      .error("403", ProblemDetails.class)
      .error("404", ProblemDetails.class);

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
   * Creates a new chat completion response using the specified AI model.
   *
   * <p>Sends a chat completion request to generate AI responses based on the provided messages. Supports both streaming and non-streaming modes with automatic token billing.
   *
   * <p>{@code POST /completions/{modelIdentifier}}
   *
   * @param modelIdentifier The unique identifier of the AI model to use for completion.
   * @param params The chat completion request containing messages and configuration.
   * @return the response
   */
  public ChatCompletionResponse create(UUID modelIdentifier, ChatCompletionRequest params) {
    return create(modelIdentifier, params, RequestOptions.none());
  }

  /**
   * Creates a new chat completion response using the specified AI model.
   *
   * <p>Sends a chat completion request to generate AI responses based on the provided messages. Supports both streaming and non-streaming modes with automatic token billing.
   *
   * <p>{@code POST /completions/{modelIdentifier}}
   *
   * @param modelIdentifier The unique identifier of the AI model to use for completion.
   * @param params The chat completion request containing messages and configuration.
   * @param options per-request headers, query parameters, timeout, retries and extra body properties
   * @return the response
   */
  public ChatCompletionResponse create(UUID modelIdentifier, ChatCompletionRequest params,
      RequestOptions options) {
    return runtime.execute(createRequest(modelIdentifier, params), CREATE_COMPLETION, options);
  }

  /**
   * Creates a new chat completion response using the specified AI model.
   *
   * <p>Sends a chat completion request to generate AI responses based on the provided messages. Supports both streaming and non-streaming modes with automatic token billing.
   *
   * <p>{@code POST /completions/{modelIdentifier}}
   *
   * <p>Streams the response: the request is sent with {@code "stream": true} and {@code Accept: text/event-stream}, and each server-sent event is read as a {@link CompletionChunk}. Use it with try-with-resources: closing it early aborts the exchange and releases the connection.
   * {@link ChatCompletionAccumulator} folds the chunks into the final result.
   *
   * @param modelIdentifier The unique identifier of the AI model to use for completion.
   * @param params The chat completion request containing messages and configuration.
   * @return the open stream of chunks; close it
   */
  public StreamResponse<CompletionChunk> createStreaming(UUID modelIdentifier,
      ChatCompletionRequest params) {
    return createStreaming(modelIdentifier, params, RequestOptions.none());
  }

  /**
   * Creates a new chat completion response using the specified AI model.
   *
   * <p>Sends a chat completion request to generate AI responses based on the provided messages. Supports both streaming and non-streaming modes with automatic token billing.
   *
   * <p>{@code POST /completions/{modelIdentifier}}
   *
   * <p>Streams the response: the request is sent with {@code "stream": true} and {@code Accept: text/event-stream}, and each server-sent event is read as a {@link CompletionChunk}. Use it with try-with-resources: closing it early aborts the exchange and releases the connection.
   * {@link ChatCompletionAccumulator} folds the chunks into the final result.
   *
   * @param modelIdentifier The unique identifier of the AI model to use for completion.
   * @param params The chat completion request containing messages and configuration.
   * @param options per-request headers, query parameters, timeout, retries and extra body properties
   * @return the open stream of chunks; close it
   */
  public StreamResponse<CompletionChunk> createStreaming(UUID modelIdentifier,
      ChatCompletionRequest params, RequestOptions options) {
    return runtime.executeStreaming(createRequest(modelIdentifier, params), CREATE_COMPLETION_STREAM, options);
  }

  private static ApiRequest createRequest(UUID modelIdentifier, ChatCompletionRequest params) {
    return ApiRequest.builder("POST", "/completions/{modelIdentifier}")
            .pathParam("modelIdentifier", Objects.requireNonNull(modelIdentifier, "modelIdentifier"))
            .body(params)
            .security(List.of(List.of("Bearer")))
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
     * Creates a new chat completion response using the specified AI model.
     *
     * <p>Sends a chat completion request to generate AI responses based on the provided messages. Supports both streaming and non-streaming modes with automatic token billing.
     *
     * <p>{@code POST /completions/{modelIdentifier}}
     *
     * @param modelIdentifier The unique identifier of the AI model to use for completion.
     * @param params The chat completion request containing messages and configuration.
     * @return the raw response
     */
    public RawResponse<ChatCompletionResponse> create(UUID modelIdentifier,
        ChatCompletionRequest params) {
      return create(modelIdentifier, params, RequestOptions.none());
    }

    /**
     * Creates a new chat completion response using the specified AI model.
     *
     * <p>Sends a chat completion request to generate AI responses based on the provided messages. Supports both streaming and non-streaming modes with automatic token billing.
     *
     * <p>{@code POST /completions/{modelIdentifier}}
     *
     * @param modelIdentifier The unique identifier of the AI model to use for completion.
     * @param params The chat completion request containing messages and configuration.
     * @param options per-request headers, query parameters, timeout, retries and extra body properties
     * @return the raw response
     */
    public RawResponse<ChatCompletionResponse> create(UUID modelIdentifier,
        ChatCompletionRequest params, RequestOptions options) {
      return runtime.executeRaw(createRequest(modelIdentifier, params), CREATE_COMPLETION, options);
    }
  }
}
