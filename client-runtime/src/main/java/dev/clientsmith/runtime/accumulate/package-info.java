/**
 * Folding streamed chunks into the final result, once for every generated client: the generated
 * {@code ChatCompletionAccumulator} of a module reads its chunk type's getters and hands the values
 * to a {@link dev.clientsmith.runtime.accumulate.ChatFold} (or a
 * {@link dev.clientsmith.runtime.accumulate.TextFold} for text completions), which knows the
 * folding rules and the ways OpenAI-compatible providers deviate from them.
 *
 * <p>The rules, for both folds:
 *
 * <ul>
 *   <li>text ({@code content}, {@code refusal}, {@code reasoning}, {@code text}) and tool-call
 *       {@code arguments} are concatenated in arrival order;
 *   <li>{@code id}, {@code model}, {@code created} and a choice's {@code role} keep the first
 *       non-empty value; {@code finish_reason} and {@code usage} the last one (usage usually comes
 *       in a last chunk whose {@code choices} is empty);
 *   <li>a choice without an {@code index} is the one at its position in its chunk's {@code choices};
 *   <li>tool calls are merged by {@code index}; an empty id counts as none; an id repeated in every
 *       fragment is kept once; a new id at an index that already holds another call starts a new
 *       call (some servers send every parallel call at index 0); a fragment with neither index nor
 *       id continues the call before it; a function name sent again in full is kept once;
 *   <li>{@code reasoning} and {@code reasoning_content} fill the same text; a delta that carries the
 *       same text under both names adds it once;
 *   <li>empty chunks, chunks without choices and deltas without fields change nothing.
 * </ul>
 */
package dev.clientsmith.runtime.accumulate;
