package dev.clientsmith.clients.cortecs.resources;

import dev.clientsmith.clients.cortecs.model.ChatCompletionChunk;
import dev.clientsmith.clients.cortecs.model.CompletionRequest;
import dev.clientsmith.clients.cortecs.model.CompletionResponse;
import dev.clientsmith.clients.cortecs.stream.ChatCompletionAccumulator;
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
  private static final ResponseSpec<CompletionResponse> CREATE_CHAT_COMPLETION = ResponseSpec.of(CompletionResponse.class);

  private static final StreamSpec<ChatCompletionChunk> CREATE_CHAT_COMPLETION_STREAM = StreamSpec.of(ChatCompletionChunk.class);

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
   * <p>This endpoint creates a chat completion using the specified model.
   *
   * <p>{@code POST /chat/completions}
   *
   * @param params the request body
   * @return a future of the response
   */
  public CompletableFuture<CompletionResponse> create(CompletionRequest params) {
    return create(params, RequestOptions.none());
  }

  /**
   * Create a chat completion
   *
   * <p>This endpoint creates a chat completion using the specified model.
   *
   * <p>{@code POST /chat/completions}
   *
   * @param params the request body
   * @param options per-request headers, query parameters, timeout, retries and extra body properties
   * @return a future of the response
   */
  public CompletableFuture<CompletionResponse> create(CompletionRequest params,
      RequestOptions options) {
    return runtime.executeAsync(createRequest(params), CREATE_CHAT_COMPLETION, options);
  }

  /**
   * Create a chat completion
   *
   * <p>This endpoint creates a chat completion using the specified model.
   *
   * <p>{@code POST /chat/completions}
   *
   * <p>Streams the response: the request is sent with {@code "stream": true} and {@code Accept: text/event-stream}, and each server-sent event is read as a {@link ChatCompletionChunk}. Chunks go to the handler given to {@code subscribe}, on the runtime's stream threads, never on the caller's; closing the stream or cancelling its {@code onComplete()} future aborts the exchange.
   * {@link ChatCompletionAccumulator} folds the chunks into the final result.
   *
   * @param params the request body
   * @return the stream, already under way; subscribe a handler to receive its chunks
   */
  public AsyncStreamResponse<ChatCompletionChunk> createStreaming(CompletionRequest params) {
    return createStreaming(params, RequestOptions.none());
  }

  /**
   * Create a chat completion
   *
   * <p>This endpoint creates a chat completion using the specified model.
   *
   * <p>{@code POST /chat/completions}
   *
   * <p>Streams the response: the request is sent with {@code "stream": true} and {@code Accept: text/event-stream}, and each server-sent event is read as a {@link ChatCompletionChunk}. Chunks go to the handler given to {@code subscribe}, on the runtime's stream threads, never on the caller's; closing the stream or cancelling its {@code onComplete()} future aborts the exchange.
   * {@link ChatCompletionAccumulator} folds the chunks into the final result.
   *
   * @param params the request body
   * @param options per-request headers, query parameters, timeout, retries and extra body properties
   * @return the stream, already under way; subscribe a handler to receive its chunks
   */
  public AsyncStreamResponse<ChatCompletionChunk> createStreaming(CompletionRequest params,
      RequestOptions options) {
    return runtime.executeStreamingAsync(createRequest(params), CREATE_CHAT_COMPLETION_STREAM, options);
  }

  private static ApiRequest createRequest(CompletionRequest params) {
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
     * <p>This endpoint creates a chat completion using the specified model.
     *
     * <p>{@code POST /chat/completions}
     *
     * @param params the request body
     * @return a future of the raw response
     */
    public CompletableFuture<RawResponse<CompletionResponse>> create(CompletionRequest params) {
      return create(params, RequestOptions.none());
    }

    /**
     * Create a chat completion
     *
     * <p>This endpoint creates a chat completion using the specified model.
     *
     * <p>{@code POST /chat/completions}
     *
     * @param params the request body
     * @param options per-request headers, query parameters, timeout, retries and extra body properties
     * @return a future of the raw response
     */
    public CompletableFuture<RawResponse<CompletionResponse>> create(CompletionRequest params,
        RequestOptions options) {
      return runtime.executeRawAsync(createRequest(params), CREATE_CHAT_COMPLETION, options);
    }
  }
}
