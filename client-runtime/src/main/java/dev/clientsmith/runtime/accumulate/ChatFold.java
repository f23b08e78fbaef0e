package dev.clientsmith.runtime.accumulate;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Folds the chunks of a streamed chat completion into the final message of each choice. A
 * generated {@code ChatCompletionAccumulator} feeds it: {@link #chunk} once per chunk, then
 * {@link #choice} once per element of the chunk's {@code choices} and the delta's fields on what
 * that returns. The rules are those of the {@linkplain dev.clientsmith.runtime.accumulate package}.
 * Not thread-safe: one fold per stream.
 *
 * @param <F> the module's finish-reason type
 * @param <U> the module's usage type
 */
public final class ChatFold<F, U> extends StreamFold<ChatFold.Choice<F>, U> {
  public ChatFold() {
    super(Choice::new);
  }

  /**
   * The choice a chunk's element of {@code choices} adds to, opening a new delta of it.
   *
   * @param index the element's {@code index}, or null when the server left it out
   * @param position where the element stands in the chunk's {@code choices}
   * @return the choice, to hand the delta's fields to
   */
  public Choice<F> choice(Number index, int position) {
    Choice<F> choice = slot(index, position);
    choice.reasoningOfDelta = null;
    return choice;
  }

  /** The message of every choice so far (usually called once the stream has ended). */
  public AccumulatedChat<F, U> result() {
    return new AccumulatedChat<>(id(), model(), created(), choices((index, choice) -> choice.result(index)), usage(), chunks());
  }

  /**
   * The state of one choice: what its deltas have said so far.
   *
   * @param <F> the module's finish-reason type
   */
  public static final class Choice<F> {
    private final List<ToolCall> toolCalls = new ArrayList<>();
    private ToolCall lastToolCall;
    private String role;
    private StringBuilder content;
    private StringBuilder refusal;
    private StringBuilder reasoning;
    private String reasoningOfDelta;
    private F finishReason;

    private Choice() {}

    /** The delta's {@code role}; the first non-empty one is kept. */
    public void role(String role) {
      this.role = StreamFold.first(this.role, role);
    }

    /** A fragment of the message's {@code content}. */
    public void content(String fragment) {
      content = StreamFold.append(content, fragment);
    }

    /** A fragment of the {@code refusal}. */
    public void refusal(String fragment) {
      refusal = StreamFold.append(refusal, fragment);
    }

    /**
     * A fragment of the reasoning, under either name a provider uses ({@code reasoning},
     * {@code reasoning_content}); the same text under both names in one delta counts once.
     */
    public void reasoning(String fragment) {
      if (fragment == null || fragment.equals(reasoningOfDelta)) {
        return;
      }
      reasoningOfDelta = fragment;
      reasoning = StreamFold.append(reasoning, fragment);
    }

    /** The {@code finish_reason}; the last non-null one is kept. */
    public void finishReason(F finishReason) {
      if (finishReason != null) {
        this.finishReason = finishReason;
      }
    }

    /**
     * A fragment of a tool call; any argument may be null.
     *
     * @param index the fragment's {@code index}
     * @param id the call's {@code id} (empty counts as none)
     * @param type the call's {@code type} ({@code function})
     * @param name the function's {@code name}
     * @param arguments a fragment of the function's {@code arguments}
     */
    public void toolCall(Number index, String id, String type, String name, String arguments) {
      ToolCall call = toolCallFor(StreamFold.validIndex(index).orElse(null), id == null || id.isEmpty() ? null : id);
      call.type = StreamFold.first(call.type, type);
      if (name != null && !name.isEmpty() && !name.equals(call.name)) {
        // Servers send the name once, or again in full with every fragment: only a new part is added.
        call.name = call.name == null ? name : call.name + name;
      }
      call.arguments.append(arguments == null ? "" : arguments);
      lastToolCall = call;
    }

    private ToolCall toolCallFor(Integer index, String id) {
      if (id != null) {
        for (ToolCall call : toolCalls) {
          if (id.equals(call.id)) {
            return call;
          }
        }
      }
      if (index != null) {
        ToolCall atIndex = null;
        for (ToolCall call : toolCalls) {
          if (index.equals(call.index)) {
            atIndex = call; // the latest call at this index, should several share it
          }
        }
        if (atIndex != null && (id == null || atIndex.id == null)) {
          if (atIndex.id == null) {
            atIndex.id = id;
          }
          return atIndex;
        }
        return newToolCall(index, id);
      }
      if (id == null && lastToolCall != null) {
        return lastToolCall;
      }
      return newToolCall(null, id);
    }

    private ToolCall newToolCall(Integer index, String id) {
      ToolCall call = new ToolCall(index, id);
      toolCalls.add(call);
      return call;
    }

    private AccumulatedChatChoice<F> result(int index) {
      List<AccumulatedToolCall> calls = new ArrayList<>();
      for (ToolCall call : toolCalls) {
        calls.add(new AccumulatedToolCall(calls.size(), Optional.ofNullable(call.id), Optional.ofNullable(call.type),
            Optional.ofNullable(call.name), call.arguments.toString()));
      }
      return new AccumulatedChatChoice<>(index, Optional.ofNullable(role), StreamFold.text(content), StreamFold.text(refusal),
          StreamFold.text(reasoning), calls, Optional.ofNullable(finishReason));
    }
  }

  /** One tool call being assembled. */
  private static final class ToolCall {
    private final Integer index;
    private final StringBuilder arguments = new StringBuilder();
    private String id;
    private String type;
    private String name;

    ToolCall(Integer index, String id) {
      this.index = index;
      this.id = id;
    }
  }
}
