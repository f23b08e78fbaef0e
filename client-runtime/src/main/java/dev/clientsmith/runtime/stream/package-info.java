/**
 * Server-sent events: the streaming responses of LLM operations.
 *
 * <p>{@link dev.clientsmith.runtime.stream.StreamResponse} (iterate, or {@code stream()}, in
 * try-with-resources) and {@link dev.clientsmith.runtime.stream.AsyncStreamResponse} (a
 * {@link dev.clientsmith.runtime.stream.StreamHandler} fed on the runtime's threads) are returned by
 * {@link dev.clientsmith.runtime.ClientRuntime#executeStreaming} and its async twin, typed by a
 * {@link dev.clientsmith.runtime.stream.StreamSpec}. {@link dev.clientsmith.runtime.stream.SseDecoder}
 * decodes the {@code text/event-stream} format incrementally and
 * {@link dev.clientsmith.runtime.stream.EventReader} binds each event to its chunk type.
 */
package dev.clientsmith.runtime.stream;
