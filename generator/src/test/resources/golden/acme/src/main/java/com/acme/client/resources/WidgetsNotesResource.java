package com.acme.client.resources;

import com.acme.client.model.Note;
import com.acme.client.model.NoteRequest;
import com.acme.client.model.Problem;
import com.acme.client.model.WidgetsNoteChunk;
import com.acme.client.stream.ChatCompletionAccumulator;
import dev.clientsmith.runtime.ApiRequest;
import dev.clientsmith.runtime.ClientRuntime;
import dev.clientsmith.runtime.RawResponse;
import dev.clientsmith.runtime.RequestOptions;
import dev.clientsmith.runtime.ResponseSpec;
import dev.clientsmith.runtime.stream.StreamResponse;
import dev.clientsmith.runtime.stream.StreamSpec;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * Calls under {@code /widgets/notes}.
 */
public final class WidgetsNotesResource {
  private static final ResponseSpec<Note> CREATE_WIDGETS_NOTE = ResponseSpec.of(Note.class)
      .error("404", Problem.class);

  private static final StreamSpec<WidgetsNoteChunk> CREATE_WIDGETS_NOTE_STREAM = StreamSpec.of(WidgetsNoteChunk.class)
      .error("404", Problem.class);

  private final ClientRuntime runtime;

  /**
   * Used by the client; obtain resources from it.
   *
   * @param runtime the client's runtime
   */
  public WidgetsNotesResource(ClientRuntime runtime) {
    this.runtime = runtime;
  }

  /**
   * Add a note to a widget
   *
   * <p>{@code POST /widgets/{widgetId}/notes}
   *
   * @param widgetId the {@code widgetId} parameter
   * @param params the request body
   * @return the response
   */
  public Note create(UUID widgetId, NoteRequest params) {
    return create(widgetId, params, RequestOptions.none());
  }

  /**
   * Add a note to a widget
   *
   * <p>{@code POST /widgets/{widgetId}/notes}
   *
   * @param widgetId the {@code widgetId} parameter
   * @param params the request body
   * @param options per-request headers, query parameters, timeout, retries and extra body properties
   * @return the response
   */
  public Note create(UUID widgetId, NoteRequest params, RequestOptions options) {
    return runtime.execute(createRequest(widgetId, params), CREATE_WIDGETS_NOTE, options);
  }

  /**
   * Add a note to a widget
   *
   * <p>{@code POST /widgets/{widgetId}/notes}
   *
   * <p>Streams the response: the request is sent with {@code "stream": true} and {@code Accept: text/event-stream}, and each server-sent event is read as a {@link WidgetsNoteChunk}. Use it with try-with-resources: closing it early aborts the exchange and releases the connection.
   * {@link ChatCompletionAccumulator} folds the chunks into the final result.
   *
   * @param widgetId the {@code widgetId} parameter
   * @param params the request body
   * @return the open stream of chunks; close it
   */
  public StreamResponse<WidgetsNoteChunk> createStreaming(UUID widgetId, NoteRequest params) {
    return createStreaming(widgetId, params, RequestOptions.none());
  }

  /**
   * Add a note to a widget
   *
   * <p>{@code POST /widgets/{widgetId}/notes}
   *
   * <p>Streams the response: the request is sent with {@code "stream": true} and {@code Accept: text/event-stream}, and each server-sent event is read as a {@link WidgetsNoteChunk}. Use it with try-with-resources: closing it early aborts the exchange and releases the connection.
   * {@link ChatCompletionAccumulator} folds the chunks into the final result.
   *
   * @param widgetId the {@code widgetId} parameter
   * @param params the request body
   * @param options per-request headers, query parameters, timeout, retries and extra body properties
   * @return the open stream of chunks; close it
   */
  public StreamResponse<WidgetsNoteChunk> createStreaming(UUID widgetId, NoteRequest params,
      RequestOptions options) {
    return runtime.executeStreaming(createRequest(widgetId, params), CREATE_WIDGETS_NOTE_STREAM, options);
  }

  private static ApiRequest createRequest(UUID widgetId, NoteRequest params) {
    return ApiRequest.builder("POST", "/widgets/{widgetId}/notes")
            .pathParam("widgetId", Objects.requireNonNull(widgetId, "widgetId"))
            .body(Objects.requireNonNull(params, "params"))
            .security(List.of(List.of("bearer")))
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
     * Add a note to a widget
     *
     * <p>{@code POST /widgets/{widgetId}/notes}
     *
     * @param widgetId the {@code widgetId} parameter
     * @param params the request body
     * @return the raw response
     */
    public RawResponse<Note> create(UUID widgetId, NoteRequest params) {
      return create(widgetId, params, RequestOptions.none());
    }

    /**
     * Add a note to a widget
     *
     * <p>{@code POST /widgets/{widgetId}/notes}
     *
     * @param widgetId the {@code widgetId} parameter
     * @param params the request body
     * @param options per-request headers, query parameters, timeout, retries and extra body properties
     * @return the raw response
     */
    public RawResponse<Note> create(UUID widgetId, NoteRequest params, RequestOptions options) {
      return runtime.executeRaw(createRequest(widgetId, params), CREATE_WIDGETS_NOTE, options);
    }
  }
}
