package dev.clientsmith.clients.oxen.resources;

import com.fasterxml.jackson.databind.JsonNode;
import dev.clientsmith.clients.oxen.model.ChatCompletionRequest;
import dev.clientsmith.clients.oxen.model.ChatCompletionResponse;
import dev.clientsmith.runtime.ApiRequest;
import dev.clientsmith.runtime.ClientRuntime;
import dev.clientsmith.runtime.RawResponse;
import dev.clientsmith.runtime.RequestOptions;
import dev.clientsmith.runtime.ResponseSpec;
import java.util.concurrent.CompletableFuture;

/**
 * Calls under {@code /chat/completions}, returning {@code CompletableFuture}s.
 */
public final class AsyncChatCompletionsResource {
  private static final ResponseSpec<ChatCompletionResponse> CREATE_CHAT_COMPLETION = ResponseSpec.of(ChatCompletionResponse.class)
      .error("400", JsonNode.class);

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
   * Create chat completion
   *
   * <p>Generates a model response for the given conversation. Compatible with the OpenAI chat completions API.
   *
   * <p>{@code POST /chat/completions}
   *
   * @param params Chat completion request
   * @return a future of the response
   */
  public CompletableFuture<ChatCompletionResponse> create(ChatCompletionRequest params) {
    return create(params, RequestOptions.none());
  }

  /**
   * Create chat completion
   *
   * <p>Generates a model response for the given conversation. Compatible with the OpenAI chat completions API.
   *
   * <p>{@code POST /chat/completions}
   *
   * @param params Chat completion request
   * @param options per-request headers, query parameters, timeout, retries and extra body properties
   * @return a future of the response
   */
  public CompletableFuture<ChatCompletionResponse> create(ChatCompletionRequest params,
      RequestOptions options) {
    return runtime.executeAsync(createRequest(params), CREATE_CHAT_COMPLETION, options);
  }

  private static ApiRequest createRequest(ChatCompletionRequest params) {
    return ApiRequest.builder("POST", "/chat/completions")
            .body(params)
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
     * Create chat completion
     *
     * <p>Generates a model response for the given conversation. Compatible with the OpenAI chat completions API.
     *
     * <p>{@code POST /chat/completions}
     *
     * @param params Chat completion request
     * @return a future of the raw response
     */
    public CompletableFuture<RawResponse<ChatCompletionResponse>> create(
        ChatCompletionRequest params) {
      return create(params, RequestOptions.none());
    }

    /**
     * Create chat completion
     *
     * <p>Generates a model response for the given conversation. Compatible with the OpenAI chat completions API.
     *
     * <p>{@code POST /chat/completions}
     *
     * @param params Chat completion request
     * @param options per-request headers, query parameters, timeout, retries and extra body properties
     * @return a future of the raw response
     */
    public CompletableFuture<RawResponse<ChatCompletionResponse>> create(
        ChatCompletionRequest params, RequestOptions options) {
      return runtime.executeRawAsync(createRequest(params), CREATE_CHAT_COMPLETION, options);
    }
  }
}
