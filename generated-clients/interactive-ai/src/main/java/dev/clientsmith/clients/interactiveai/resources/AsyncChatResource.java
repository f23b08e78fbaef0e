package dev.clientsmith.clients.interactiveai.resources;

import dev.clientsmith.runtime.ClientRuntime;

/**
 * Calls under {@code /chat}, returning {@code CompletableFuture}s.
 */
public final class AsyncChatResource {
  private final ClientRuntime runtime;

  private final AsyncChatCompletionsResource completions;

  /**
   * Used by the client; obtain resources from it.
   *
   * @param runtime the client's runtime
   */
  public AsyncChatResource(ClientRuntime runtime) {
    this.runtime = runtime;
    this.completions = new AsyncChatCompletionsResource(runtime);
  }

  /**
   * Calls under {@code /chat/completions}.
   */
  public AsyncChatCompletionsResource completions() {
    return completions;
  }
}
