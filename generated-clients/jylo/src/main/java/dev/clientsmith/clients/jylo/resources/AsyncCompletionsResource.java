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
import dev.clientsmith.runtime.stream.AsyncStreamResponse;
import dev.clientsmith.runtime.stream.StreamSpec;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;

/**
 * Calls under {@code /completions}, returning {@code CompletableFuture}s.
 */
public final class AsyncCompletionsResource {
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
  public AsyncCompletionsResource(ClientRuntime runtime) {
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
   * @return a future of the response
   */
  public CompletableFuture<ChatCompletionResponse> create(UUID modelIdentifier,
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
   * @return a future of the response
   */
  public CompletableFuture<ChatCompletionResponse> create(UUID modelIdentifier,
      ChatCompletionRequest params, RequestOptions options) {
    return runtime.executeAsync(createRequest(modelIdentifier, params), CREATE_COMPLETION, options);
  }

  /**
   * Creates a new chat completion response using the specified AI model.
   *
   * <p>Sends a chat completion request to generate AI responses based on the provided messages. Supports both streaming and non-streaming modes with automatic token billing.
   *
   * <p>{@code POST /completions/{modelIdentifier}}
   *
   * <p>Streams the response: the request is sent with {@code "stream": true} and {@code Accept: text/event-stream}, and each server-sent event is read as a {@link CompletionChunk}. Chunks go to the handler given to {@code subscribe}, on the runtime's stream threads, never on the caller's; closing the stream or cancelling its {@code onComplete()} future aborts the exchange.
   * {@link ChatCompletionAccumulator} folds the chunks into the final result.
   *
   * @param modelIdentifier The unique identifier of the AI model to use for completion.
   * @param params The chat completion request containing messages and configuration.
   * @return the stream, already under way; subscribe a handler to receive its chunks
   */
  public AsyncStreamResponse<CompletionChunk> createStreaming(UUID modelIdentifier,
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
   * <p>Streams the response: the request is sent with {@code "stream": true} and {@code Accept: text/event-stream}, and each server-sent event is read as a {@link CompletionChunk}. Chunks go to the handler given to {@code subscribe}, on the runtime's stream threads, never on the caller's; closing the stream or cancelling its {@code onComplete()} future aborts the exchange.
   * {@link ChatCompletionAccumulator} folds the chunks into the final result.
   *
   * @param modelIdentifier The unique identifier of the AI model to use for completion.
   * @param params The chat completion request containing messages and configuration.
   * @param options per-request headers, query parameters, timeout, retries and extra body properties
   * @return the stream, already under way; subscribe a handler to receive its chunks
   */
  public AsyncStreamResponse<CompletionChunk> createStreaming(UUID modelIdentifier,
      ChatCompletionRequest params, RequestOptions options) {
    return runtime.executeStreamingAsync(createRequest(modelIdentifier, params), CREATE_COMPLETION_STREAM, options);
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
     * @return a future of the raw response
     */
    public CompletableFuture<RawResponse<ChatCompletionResponse>> create(UUID modelIdentifier,
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
     * @return a future of the raw response
     */
    public CompletableFuture<RawResponse<ChatCompletionResponse>> create(UUID modelIdentifier,
        ChatCompletionRequest params, RequestOptions options) {
      return runtime.executeRawAsync(createRequest(modelIdentifier, params), CREATE_COMPLETION, options);
    }
  }
}
