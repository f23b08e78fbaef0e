package com.acme.client.resources;

import dev.clientsmith.runtime.ClientRuntime;

/**
 * Calls under {@code /widgets}, returning {@code CompletableFuture}s.
 */
public final class AsyncWidgetsResource {
  private final ClientRuntime runtime;

  private final AsyncWidgetsNotesResource notes;

  /**
   * Used by the client; obtain resources from it.
   *
   * @param runtime the client's runtime
   */
  public AsyncWidgetsResource(ClientRuntime runtime) {
    this.runtime = runtime;
    this.notes = new AsyncWidgetsNotesResource(runtime);
  }

  /**
   * Calls under {@code /widgets/notes}.
   */
  public AsyncWidgetsNotesResource notes() {
    return notes;
  }
}
