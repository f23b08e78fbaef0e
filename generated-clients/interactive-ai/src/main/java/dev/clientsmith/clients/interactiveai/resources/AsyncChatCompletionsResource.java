package dev.clientsmith.clients.interactiveai.resources;

import dev.clientsmith.clients.interactiveai.model.ChatCompletionChunk;
import dev.clientsmith.clients.interactiveai.model.ChatGenerationParams;
import dev.clientsmith.clients.interactiveai.model.ChatResponse;
import dev.clientsmith.clients.interactiveai.model.ErrorResponse;
import dev.clientsmith.clients.interactiveai.stream.ChatCompletionAccumulator;
import dev.clientsmith.runtime.ApiRequest;
import dev.clientsmith.runtime.ClientRuntime;
import dev.clientsmith.runtime.RawResponse;
import dev.clientsmith.runtime.RequestOptions;
import dev.clientsmith.runtime.ResponseSpec;
import dev.clientsmith.runtime.stream.AsyncStreamResponse;
import dev.clientsmith.runtime.stream.StreamSpec;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;

/**
 * Calls under {@code /chat/completions}, returning {@code CompletableFuture}s.
 */
public final class AsyncChatCompletionsResource {
  private static final ResponseSpec<ChatResponse> SEND_CHAT_COMPLETION_REQUEST = ResponseSpec.of(ChatResponse.class)
      .error("400", ErrorResponse.class)
      .error("401", ErrorResponse.class)
      .error("429", ErrorResponse.class)
      .error("500", ErrorResponse.class);

  private static final StreamSpec<ChatCompletionChunk> SEND_CHAT_COMPLETION_REQUEST_STREAM = StreamSpec.of(ChatCompletionChunk.class)
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
  public AsyncChatCompletionsResource(ClientRuntime runtime) {
    this.runtime = runtime;
  }

  /**
   * Create a chat completion
   *
   * <p>Sends a request for a model response for the given chat conversation. Supports both streaming and non-streaming modes.
   *
   * <p>{@code POST /chat/completions}
   *
   * @param params Chat completion request parameters
   * @return a future of the response
   */
  public CompletableFuture<ChatResponse> create(ChatGenerationParams params) {
    return create(params, RequestOptions.none());
  }

  /**
   * Create a chat completion
   *
   * <p>Sends a request for a model response for the given chat conversation. Supports both streaming and non-streaming modes.
   *
   * <p>{@code POST /chat/completions}
   *
   * @param params Chat completion request parameters
   * @param options per-request headers, query parameters, timeout, retries and extra body properties
   * @return a future of the response
   */
  public CompletableFuture<ChatResponse> create(ChatGenerationParams params,
      RequestOptions options) {
    return runtime.executeAsync(createRequest(params), SEND_CHAT_COMPLETION_REQUEST, options);
  }

  /**
   * Create a chat completion
   *
   * <p>Sends a request for a model response for the given chat conversation. Supports both streaming and non-streaming modes.
   *
   * <p>{@code POST /chat/completions}
   *
   * <p>Streams the response: the request is sent with {@code "stream": true} and {@code Accept: text/event-stream}, and each server-sent event is read as a {@link ChatCompletionChunk}. Chunks go to the handler given to {@code subscribe}, on the runtime's stream threads, never on the caller's; closing the stream or cancelling its {@code onComplete()} future aborts the exchange.
   * {@link ChatCompletionAccumulator} folds the chunks into the final result.
   *
   * @param params Chat completion request parameters
   * @return the stream, already under way; subscribe a handler to receive its chunks
   */
  public AsyncStreamResponse<ChatCompletionChunk> createStreaming(ChatGenerationParams params) {
    return createStreaming(params, RequestOptions.none());
  }

  /**
   * Create a chat completion
   *
   * <p>Sends a request for a model response for the given chat conversation. Supports both streaming and non-streaming modes.
   *
   * <p>{@code POST /chat/completions}
   *
   * <p>Streams the response: the request is sent with {@code "stream": true} and {@code Accept: text/event-stream}, and each server-sent event is read as a {@link ChatCompletionChunk}. Chunks go to the handler given to {@code subscribe}, on the runtime's stream threads, never on the caller's; closing the stream or cancelling its {@code onComplete()} future aborts the exchange.
   * {@link ChatCompletionAccumulator} folds the chunks into the final result.
   *
   * @param params Chat completion request parameters
   * @param options per-request headers, query parameters, timeout, retries and extra body properties
   * @return the stream, already under way; subscribe a handler to receive its chunks
   */
  public AsyncStreamResponse<ChatCompletionChunk> createStreaming(ChatGenerationParams params,
      RequestOptions options) {
    return runtime.executeStreamingAsync(createRequest(params), SEND_CHAT_COMPLETION_REQUEST_STREAM, options);
  }

  private static ApiRequest createRequest(ChatGenerationParams params) {
    return ApiRequest.builder("POST", "/chat/completions")
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
     * Create a chat completion
     *
     * <p>Sends a request for a model response for the given chat conversation. Supports both streaming and non-streaming modes.
     *
     * <p>{@code POST /chat/completions}
     *
     * @param params Chat completion request parameters
     * @return a future of the raw response
     */
    public CompletableFuture<RawResponse<ChatResponse>> create(ChatGenerationParams params) {
      return create(params, RequestOptions.none());
    }

    /**
     * Create a chat completion
     *
     * <p>Sends a request for a model response for the given chat conversation. Supports both streaming and non-streaming modes.
     *
     * <p>{@code POST /chat/completions}
     *
     * @param params Chat completion request parameters
     * @param options per-request headers, query parameters, timeout, retries and extra body properties
     * @return a future of the raw response
     */
    public CompletableFuture<RawResponse<ChatResponse>> create(ChatGenerationParams params,
        RequestOptions options) {
      return runtime.executeRawAsync(createRequest(params), SEND_CHAT_COMPLETION_REQUEST, options);
    }
  }
}
