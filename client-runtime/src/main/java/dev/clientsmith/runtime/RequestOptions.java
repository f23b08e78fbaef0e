package dev.clientsmith.runtime;

import dev.clientsmith.runtime.http.Arguments;
import dev.clientsmith.runtime.http.Headers;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;

/**
 * Adjustments for a single call, passed as the last argument of a generated method: extra headers
 * and query parameters, a different timeout or number of retries, and extra body properties.
 *
 * <p>Extra body properties are merged into the top level of the JSON object body after the
 * parameters object has been serialized, so they can carry fields the OpenAPI document does not
 * know (a provider's new or undocumented option); one with the name of a known field replaces it.
 * The parameters object itself is never modified. A {@code null} value is sent as JSON
 * {@code null}.
 *
 * <p>Immutable.
 */
public final class RequestOptions {

  private static final RequestOptions NONE = new Builder().build();

  private final Headers headers;
  private final Map<String, List<String>> queryParams;
  private final Duration timeout;
  private final Integer maxRetries;
  private final Duration streamIdleTimeout;
  private final Duration deadline;
  private final Long maxResponseBodySize;
  private final Map<String, Object> extraBodyProperties;

  private RequestOptions(Builder builder) {
    this.headers = builder.headers.build();
    Map<String, List<String>> query = new LinkedHashMap<>();
    builder.queryParams.forEach((name, values) -> query.put(name, List.copyOf(values)));
    this.queryParams = Collections.unmodifiableMap(query);
    this.timeout = builder.timeout;
    this.maxRetries = builder.maxRetries;
    this.streamIdleTimeout = builder.streamIdleTimeout;
    this.deadline = builder.deadline;
    this.maxResponseBodySize = builder.maxResponseBodySize;
    // Not Map.copyOf: null values are meaningful (explicit JSON null) and order is kept.
    this.extraBodyProperties = Collections.unmodifiableMap(new LinkedHashMap<>(builder.extraBodyProperties));
  }

  /** Returns options that change nothing. */
  public static RequestOptions none() {
    return NONE;
  }

  /** Returns a builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Returns a builder initialised with these options. */
  public Builder toBuilder() {
    Builder builder = new Builder();
    builder.headers = headers.toBuilder();
    queryParams.forEach((name, values) -> builder.queryParams.put(name, new ArrayList<>(values)));
    builder.timeout = timeout;
    builder.maxRetries = maxRetries;
    builder.streamIdleTimeout = streamIdleTimeout;
    builder.deadline = deadline;
    builder.maxResponseBodySize = maxResponseBodySize;
    builder.extraBodyProperties.putAll(extraBodyProperties);
    return builder;
  }

  /** Returns headers that override the client's and the operation's headers of the same name. */
  public Headers headers() {
    return headers;
  }

  /**
   * Returns extra query parameters, unencoded. A name given here replaces the operation's values
   * of that name.
   */
  public Map<String, List<String>> queryParams() {
    return queryParams;
  }

  /** Returns the per-attempt timeout for this call, if it differs from the client's. */
  public Optional<Duration> timeout() {
    return Optional.ofNullable(timeout);
  }

  /** Returns the number of retries for this call, if it differs from the client's. */
  public OptionalInt maxRetries() {
    return maxRetries == null ? OptionalInt.empty() : OptionalInt.of(maxRetries);
  }

  /** Returns the longest silence allowed on this call's stream, if it differs from the client's. */
  public Optional<Duration> streamIdleTimeout() {
    return Optional.ofNullable(streamIdleTimeout);
  }

  /**
   * Returns the time this whole call may take, retries, back-off waits and the stream included,
   * if it differs from the client's {@link ClientOptions#deadline()}.
   */
  public Optional<Duration> deadline() {
    return Optional.ofNullable(deadline);
  }

  /** Returns the largest 2xx body accepted for this call, if it differs from the client's. */
  public OptionalLong maxResponseBodySize() {
    return maxResponseBodySize == null ? OptionalLong.empty() : OptionalLong.of(maxResponseBodySize);
  }

  /** Returns properties merged into the JSON body; values may be {@code null} (sent as JSON null). */
  public Map<String, Object> extraBodyProperties() {
    return extraBodyProperties;
  }

  @Override
  public String toString() {
    return "RequestOptions{headers=" + headers + ", queryParams=" + queryParams.keySet()
        + ", timeout=" + timeout + ", maxRetries=" + maxRetries + ", streamIdleTimeout=" + streamIdleTimeout
        + ", deadline=" + deadline + ", maxResponseBodySize=" + maxResponseBodySize
        + ", extraBodyProperties=" + extraBodyProperties.keySet() + "}";
  }

  /** Builds {@link RequestOptions}. */
  public static final class Builder {
    private Headers.Builder headers = Headers.builder();
    private final Map<String, List<String>> queryParams = new LinkedHashMap<>();
    private Duration timeout;
    private Integer maxRetries;
    private Duration streamIdleTimeout;
    private Duration deadline;
    private Long maxResponseBodySize;
    private final Map<String, Object> extraBodyProperties = new LinkedHashMap<>();

    private Builder() {
    }

    /** Sets a header for this call, replacing any value of that name. */
    public Builder putHeader(String name, String value) {
      if (Headers.isRestrictedRequestHeader(name)) {
        throw new IllegalArgumentException("header '" + name + "' cannot be set: the HTTP client manages it");
      }
      headers.set(name, value);
      return this;
    }

    /** Sets a query parameter for this call, replacing the operation's values of that name. */
    public Builder putQueryParam(String name, String value) {
      Objects.requireNonNull(name, "name");
      Objects.requireNonNull(value, "value");
      List<String> values = new ArrayList<>(1);
      values.add(value);
      queryParams.put(name, values);
      return this;
    }

    /** Adds a value to a query parameter of this call (for repeated parameters). */
    public Builder addQueryParam(String name, String value) {
      Objects.requireNonNull(name, "name");
      Objects.requireNonNull(value, "value");
      queryParams.computeIfAbsent(name, n -> new ArrayList<>()).add(value);
      return this;
    }

    /** Sets the per-attempt timeout of this call; must be positive. */
    public Builder timeout(Duration timeout) {
      this.timeout = Arguments.positive(timeout, "timeout");
      return this;
    }

    /** Sets the number of retries of this call; 0 disables retries. */
    public Builder maxRetries(int maxRetries) {
      this.maxRetries = Arguments.notNegative(maxRetries, "maxRetries");
      return this;
    }

    /** Sets the longest silence allowed on this call's stream; must be positive. */
    public Builder streamIdleTimeout(Duration streamIdleTimeout) {
      this.streamIdleTimeout = Arguments.positive(streamIdleTimeout, "streamIdleTimeout");
      return this;
    }

    /** Sets the time this whole call may take, retries and stream included; must be positive. */
    public Builder deadline(Duration deadline) {
      this.deadline = Arguments.positive(deadline, "deadline");
      return this;
    }

    /** Sets the largest 2xx body accepted for this call, in bytes; must be positive. */
    public Builder maxResponseBodySize(long maxResponseBodySize) {
      this.maxResponseBodySize = Arguments.positive(maxResponseBodySize, "maxResponseBodySize");
      return this;
    }

    /**
     * Adds a property to the top level of the JSON body.
     *
     * @param name the JSON property name
     * @param value any value Jackson can serialize (map, list, string, number, boolean,
     *     {@code JsonNode}, generated model), or {@code null} to send JSON {@code null}
     */
    public Builder putExtraBodyProperty(String name, Object value) {
      extraBodyProperties.put(Objects.requireNonNull(name, "name"), value);
      return this;
    }

    /** Adds every entry of {@code properties} to the top level of the JSON body. */
    public Builder putAllExtraBodyProperties(Map<String, ?> properties) {
      properties.forEach(this::putExtraBodyProperty);
      return this;
    }

    /** Returns the options. */
    public RequestOptions build() {
      return new RequestOptions(this);
    }
  }
}
