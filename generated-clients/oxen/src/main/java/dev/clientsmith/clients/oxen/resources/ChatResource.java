package dev.clientsmith.clients.oxen.resources;

import dev.clientsmith.runtime.ClientRuntime;

/**
 * Calls under {@code /chat}.
 */
public final class ChatResource {
  private final ClientRuntime runtime;

  private final ChatCompletionsResource completions;

  /**
   * Used by the client; obtain resources from it.
   *
   * @param runtime the client's runtime
   */
  public ChatResource(ClientRuntime runtime) {
    this.runtime = runtime;
    this.completions = new ChatCompletionsResource(runtime);
  }

  /**
   * Calls under {@code /chat/completions}.
   */
  public ChatCompletionsResource completions() {
    return completions;
  }
}
