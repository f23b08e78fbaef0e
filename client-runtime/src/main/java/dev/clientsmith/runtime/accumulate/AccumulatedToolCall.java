package dev.clientsmith.runtime.accumulate;

import java.util.Objects;
import java.util.Optional;

/**
 * A tool call assembled from its fragments.
 *
 * @param index its position among the choice's tool calls
 * @param id the call's id, to answer it with a tool message
 * @param type the call's type ({@code function})
 * @param name the function to call
 * @param arguments the function's arguments (JSON text), its fragments joined
 */
public record AccumulatedToolCall(int index, Optional<String> id, Optional<String> type, Optional<String> name, String arguments) {
  public AccumulatedToolCall {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(arguments, "arguments");
  }
}
