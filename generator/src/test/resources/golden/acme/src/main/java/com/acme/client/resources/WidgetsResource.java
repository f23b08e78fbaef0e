package com.acme.client.resources;

import dev.clientsmith.runtime.ClientRuntime;

/**
 * Calls under {@code /widgets}.
 */
public final class WidgetsResource {
  private final ClientRuntime runtime;

  private final WidgetsNotesResource notes;

  /**
   * Used by the client; obtain resources from it.
   *
   * @param runtime the client's runtime
   */
  public WidgetsResource(ClientRuntime runtime) {
    this.runtime = runtime;
    this.notes = new WidgetsNotesResource(runtime);
  }

  /**
   * Calls under {@code /widgets/notes}.
   */
  public WidgetsNotesResource notes() {
    return notes;
  }
}
