package dev.clientsmith.runtime;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.clientsmith.runtime.errors.ApiStatusException;
import dev.clientsmith.runtime.errors.ResponseParseException;
import dev.clientsmith.runtime.http.Headers;
import dev.clientsmith.runtime.http.HttpTransport;
import dev.clientsmith.runtime.http.Redaction;
import java.io.IOException;
import java.lang.reflect.Type;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * Turns received responses into results and exceptions: typed values, {@link RawResponse}s, parse
 * failures and status exceptions. Everything it puts into a message passes through
 * {@link #redact}, so an API key echoed by a server does not end up in an exception.
 */
final class ResponseDecoder {

  /** Error bodies are read up to this size; see {@link HttpTransport#MAX_ERROR_BODY_BYTES}. */
  static final int MAX_ERROR_BODY_BYTES = HttpTransport.MAX_ERROR_BODY_BYTES;
  /** Characters of the error body quoted in an exception message. */
  private static final int SUMMARY_CHARS = 500;

  private final ObjectMapper mapper;
  /** The API key and every credential's secrets, longest first so no part of one is left behind. */
  private final java.util.List<Secret> secrets;

  ResponseDecoder(ClientOptions options) {
    this.mapper = options.jsonMapper();
    java.util.List<Secret> all = new java.util.ArrayList<>();
    options.apiKey().ifPresent(all::add);
    options.credentials().values().forEach(c -> all.addAll(c.secrets()));
    all.sort(java.util.Comparator.comparingInt((Secret s) -> s.reveal().length()).reversed());
    this.secrets = java.util.List.copyOf(all);
  }

  /** Parses a 2xx body already in memory. */
  <T> T parse(Call call, ResponseSpec<T> spec, int status, Headers headers, byte[] bytes) {
    try {
      return spec.read(bytes, mapper, charset(headers));
    } catch (IOException e) {
      throw parseFailure(call, status, e);
    }
  }

  /** Wraps a 2xx response whose body is parsed on demand, once. */
  <T> RawResponse<T> rawResponse(Call call, ResponseSpec<T> spec, int status, Headers headers, byte[] bytes) {
    return new RawResponse<>(status, shown(headers), bytes, charset(headers),
        body -> parse(call, spec, status, headers, body));
  }

  ResponseParseException parseFailure(Call call, int status, IOException e) {
    String reason = e instanceof JsonProcessingException
        ? ((JsonProcessingException) e).getOriginalMessage()
        : e.getClass().getSimpleName() + ": " + e.getMessage();
    String redacted = redact(reason);
    // Jackson quotes offending values and names properties on its path; should the server have
    // echoed the key, the cause that stack traces print is a redacted copy.
    Throwable cause = Redaction.cause(e, this::redact);
    return new ResponseParseException(status, "Could not read the " + status + " response of " + call.describe()
        + ": " + redacted, cause);
  }

  /**
   * Builds the status exception, parsing the declared error type if there is one. A body that does
   * not parse is kept raw: the caller must learn about the status, not about our parser.
   *
   * @param unreadable why the body could not be read completely, or {@code null}
   */
  ApiStatusException statusException(Call call, ResponseSpec<?> spec, int status, Headers headers,
      byte[] bytes, boolean truncated, String unreadable) {
    String raw = new String(bytes, charset(headers));
    Object typed = null;
    Optional<Type> errorType = spec.errorType(status);
    if (errorType.isPresent() && bytes.length > 0 && !truncated && unreadable == null) {
      try {
        typed = mapper.readerFor(mapper.getTypeFactory().constructType(errorType.get())).readValue(bytes);
      } catch (IOException | RuntimeException notMatching) {
        typed = null;
      }
    }
    String summary = unreadable != null ? summarize(raw) + " (the body " + unreadable + ")" : summarize(raw);
    return ApiStatusException.of(ApiStatusException.Details.builder()
        .method(call.method)
        .path(call.path)
        .status(status)
        .headers(shown(headers))
        .rawBody(raw, truncated)
        .body(typed)
        .summary(summary)
        .build());
  }

  /** Headers whose {@code toString()} also hides the API key, should a server echo it in a header. */
  Headers shown(Headers headers) {
    return secrets.isEmpty() ? headers : headers.redactedInToString(this::redact);
  }

  /** Removes the API key from text that came from elsewhere. */
  String redact(String text) {
    String out = text;
    for (Secret secret : secrets) {
      out = secret.redact(out);
    }
    return out;
  }

  /** The start of the body on one line, without the API key should the server echo it. */
  private String summarize(String raw) {
    String oneLine = redact(raw).strip().replaceAll("\\s+", " ");
    return oneLine.length() <= SUMMARY_CHARS ? oneLine : oneLine.substring(0, SUMMARY_CHARS) + "...";
  }

  /** The charset parameter of {@code Content-Type}; UTF-8 (JSON's only encoding) by default. */
  static Charset charset(Headers headers) {
    Optional<String> contentType = headers.first("Content-Type");
    if (contentType.isPresent()) {
      for (String parameter : contentType.get().split(";")) {
        String trimmed = parameter.trim();
        if (trimmed.regionMatches(true, 0, "charset=", 0, 8)) {
          String name = trimmed.substring(8).replace("\"", "").trim();
          try {
            return Charset.forName(name);
          } catch (IllegalArgumentException unsupported) {
            return StandardCharsets.UTF_8;
          }
        }
      }
    }
    return StandardCharsets.UTF_8;
  }
}
