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
import dev.clientsmith.runtime.stream.StreamResponse;
import dev.clientsmith.runtime.stream.StreamSpec;
import java.util.List;
import java.util.Objects;

/**
 * Calls under {@code /chat/completions}.
 */
public final class ChatCompletionsResource {
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
  public ChatCompletionsResource(ClientRuntime runtime) {
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
   * @return the response
   */
  public ChatResponse create(ChatGenerationParams params) {
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
   * @return the response
   */
  public ChatResponse create(ChatGenerationParams params, RequestOptions options) {
    return runtime.execute(createRequest(params), SEND_CHAT_COMPLETION_REQUEST, options);
  }

  /**
   * Create a chat completion
   *
   * <p>Sends a request for a model response for the given chat conversation. Supports both streaming and non-streaming modes.
   *
   * <p>{@code POST /chat/completions}
   *
   * <p>Streams the response: the request is sent with {@code "stream": true} and {@code Accept: text/event-stream}, and each server-sent event is read as a {@link ChatCompletionChunk}. Use it with try-with-resources: closing it early aborts the exchange and releases the connection.
   * {@link ChatCompletionAccumulator} folds the chunks into the final result.
   *
   * @param params Chat completion request parameters
   * @return the open stream of chunks; close it
   */
  public StreamResponse<ChatCompletionChunk> createStreaming(ChatGenerationParams params) {
    return createStreaming(params, RequestOptions.none());
  }

  /**
   * Create a chat completion
   *
   * <p>Sends a request for a model response for the given chat conversation. Supports both streaming and non-streaming modes.
   *
   * <p>{@code POST /chat/completions}
   *
   * <p>Streams the response: the request is sent with {@code "stream": true} and {@code Accept: text/event-stream}, and each server-sent event is read as a {@link ChatCompletionChunk}. Use it with try-with-resources: closing it early aborts the exchange and releases the connection.
   * {@link ChatCompletionAccumulator} folds the chunks into the final result.
   *
   * @param params Chat completion request parameters
   * @param options per-request headers, query parameters, timeout, retries and extra body properties
   * @return the open stream of chunks; close it
   */
  public StreamResponse<ChatCompletionChunk> createStreaming(ChatGenerationParams params,
      RequestOptions options) {
    return runtime.executeStreaming(createRequest(params), SEND_CHAT_COMPLETION_REQUEST_STREAM, options);
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
     * @return the raw response
     */
    public RawResponse<ChatResponse> create(ChatGenerationParams params) {
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
     * @return the raw response
     */
    public RawResponse<ChatResponse> create(ChatGenerationParams params, RequestOptions options) {
      return runtime.executeRaw(createRequest(params), SEND_CHAT_COMPLETION_REQUEST, options);
    }
  }
}
