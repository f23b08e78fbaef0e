package dev.clientsmith.runtime;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.clientsmith.runtime.auth.Credential;
import dev.clientsmith.runtime.http.Arguments;
import dev.clientsmith.runtime.http.BaseUrl;
import dev.clientsmith.runtime.http.Headers;
import dev.clientsmith.runtime.http.HttpTransport;
import dev.clientsmith.runtime.json.ClientJson;
import java.time.Duration;
import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * The configuration of one client: where it sends requests, how it authenticates, its timeouts and
 * retries. Immutable; a generated client's builder fills one in and hands it to
 * {@link ClientRuntime#create(ClientOptions)}.
 *
 * <p>The API key is held as a {@link Secret} and sent as {@code Authorization: Bearer <key>};
 * {@link #toString()} never prints it.
 */
public final class ClientOptions {

  /** The {@code User-Agent} sent unless overridden: {@code clientsmith-java/<runtime version>}. */
  public static final String DEFAULT_USER_AGENT = "clientsmith-java/" + ClientsmithVersion.VERSION;
  /** Default time allowed to establish a connection. */
  public static final Duration DEFAULT_CONNECT_TIMEOUT = Duration.ofSeconds(10);
  /**
   * Default time allowed for one attempt, response body included. Generous because a long,
   * non-streamed completion from a large model can take minutes.
   */
  public static final Duration DEFAULT_TIMEOUT = Duration.ofMinutes(10);
  /**
   * Default longest silence on an open stream (no byte, not even a keep-alive comment). Minutes,
   * not seconds: a reasoning model may think for a long time between two events.
   */
  public static final Duration DEFAULT_STREAM_IDLE_TIMEOUT = Duration.ofMinutes(5);
  /** Default largest server-sent event accepted: far above any chunk, far below a memory problem. */
  public static final int DEFAULT_MAX_EVENT_SIZE = 8 * 1024 * 1024;
  /** Default largest 2xx body accepted: generous for JSON, far from exhausting a small heap. */
  public static final long DEFAULT_MAX_RESPONSE_BODY_SIZE = 64L * 1024 * 1024;
  /** Default number of retries after the first attempt. */
  public static final int DEFAULT_MAX_RETRIES = 2;

  private final BaseUrl baseUrl;
  private final Secret apiKey;
  private final Headers defaultHeaders;
  private final Duration connectTimeout;
  private final Duration timeout;
  private final int maxRetries;
  private final Duration streamIdleTimeout;
  private final int maxEventSize;
  private final long maxResponseBodySize;
  private final Duration deadline;
  private final RetryPolicy retryPolicy;
  private final String userAgent;
  private final HttpTransport transport;
  private final ObjectMapper jsonMapper;
  private final Map<String, Credential> credentials;

  private ClientOptions(Builder builder) {
    if (builder.baseUrl == null) {
      throw new IllegalStateException("the base URL is not set; call baseUrl(...) on the builder");
    }
    this.baseUrl = builder.baseUrl;
    this.apiKey = builder.apiKey;
    this.defaultHeaders = builder.defaultHeaders.build();
    this.connectTimeout = builder.connectTimeout;
    this.timeout = builder.timeout;
    this.maxRetries = builder.maxRetries;
    this.streamIdleTimeout = builder.streamIdleTimeout;
    this.maxEventSize = builder.maxEventSize;
    this.maxResponseBodySize = builder.maxResponseBodySize;
    this.deadline = builder.deadline;
    this.retryPolicy = builder.retryPolicy;
    this.userAgent = builder.userAgent;
    this.transport = builder.transport;
    this.jsonMapper = builder.jsonMapper;
    this.credentials = Collections.unmodifiableMap(new TreeMap<>(builder.credentials));
  }

  /** Returns a builder with the defaults and no base URL. */
  public static Builder builder() {
    return new Builder();
  }

  /** Returns a builder initialised with these options. */
  public Builder toBuilder() {
    Builder builder = new Builder();
    builder.baseUrl = baseUrl;
    builder.apiKey = apiKey;
    builder.defaultHeaders = defaultHeaders.toBuilder();
    builder.connectTimeout = connectTimeout;
    builder.timeout = timeout;
    builder.maxRetries = maxRetries;
    builder.streamIdleTimeout = streamIdleTimeout;
    builder.maxEventSize = maxEventSize;
    builder.maxResponseBodySize = maxResponseBodySize;
    builder.deadline = deadline;
    builder.retryPolicy = retryPolicy;
    builder.userAgent = userAgent;
    builder.transport = transport;
    builder.jsonMapper = jsonMapper;
    builder.credentials.putAll(credentials);
    return builder;
  }

  /** Returns the base URL every operation path is appended to. */
  public BaseUrl baseUrl() {
    return baseUrl;
  }

  /** Returns the API key, if one is configured (some APIs need none). */
  public Optional<Secret> apiKey() {
    return Optional.ofNullable(apiKey);
  }

  /**
   * Returns the credentials by security scheme name, for operations that declare which schemes
   * they accept (see {@link ApiRequest.Builder#security}).
   */
  public Map<String, Credential> credentials() {
    return credentials;
  }

  /** Returns headers sent with every request (operation and per-request headers override them). */
  public Headers defaultHeaders() {
    return defaultHeaders;
  }

  /**
   * Returns the time allowed to establish a connection. Applies to the transport the runtime
   * creates; a transport given to the builder has its own settings.
   */
  public Duration connectTimeout() {
    return connectTimeout;
  }

  /** Returns the time allowed for one attempt, from sending to having read the whole response. */
  public Duration timeout() {
    return timeout;
  }

  /** Returns the number of retries after the first attempt. */
  public int maxRetries() {
    return maxRetries;
  }

  /**
   * Returns the longest silence allowed on an open stream before it fails with an
   * {@link dev.clientsmith.runtime.errors.ApiTimeoutException}; any received byte, keep-alive
   * comments included, counts as activity.
   */
  public Duration streamIdleTimeout() {
    return streamIdleTimeout;
  }

  /** Returns the largest server-sent event accepted, in bytes. */
  public int maxEventSize() {
    return maxEventSize;
  }

  /**
   * Returns the largest 2xx body accepted, in bytes; a larger one fails with
   * {@link dev.clientsmith.runtime.errors.ResponseTooLargeException}, without retry.
   */
  public long maxResponseBodySize() {
    return maxResponseBodySize;
  }

  /**
   * Returns the time a whole call may take, retries, back-off waits and a stream included; empty
   * (the default) for no limit beyond the per-attempt and idle timeouts.
   */
  public Optional<Duration> deadline() {
    return Optional.ofNullable(deadline);
  }

  /** Returns the policy deciding which failures are retried and when. */
  public RetryPolicy retryPolicy() {
    return retryPolicy;
  }

  /** Returns the {@code User-Agent} header value. */
  public String userAgent() {
    return userAgent;
  }

  /**
   * Returns the transport given to the builder, if any. When empty, the runtime creates a
   * {@link dev.clientsmith.runtime.http.JdkHttpTransport} and closes it with the client; a transport
   * given here belongs to the caller and is not closed by the client.
   */
  public Optional<HttpTransport> transport() {
    return Optional.ofNullable(transport);
  }

  /** Returns the Jackson mapper for bodies; {@link ClientJson#mapper()} unless replaced. */
  public ObjectMapper jsonMapper() {
    return jsonMapper;
  }

  @Override
  public String toString() {
    return "ClientOptions{baseUrl=" + baseUrl
        + ", apiKey=" + (apiKey == null ? "none" : "***")
        + (credentials.isEmpty() ? "" : ", credentials=" + credentials)
        + ", defaultHeaders=" + defaultHeaders
        + ", connectTimeout=" + connectTimeout
        + ", timeout=" + timeout
        + ", maxRetries=" + maxRetries
        + ", streamIdleTimeout=" + streamIdleTimeout
        + ", maxResponseBodySize=" + maxResponseBodySize
        + (deadline == null ? "" : ", deadline=" + deadline)
        + ", retryPolicy=" + retryPolicy
        + ", userAgent=" + userAgent
        + ", transport=" + (transport == null ? "default" : transport.getClass().getSimpleName())
        + "}";
  }

  /** Builds {@link ClientOptions}. Only the base URL is required. */
  public static final class Builder {
    private BaseUrl baseUrl;
    private Secret apiKey;
    private Headers.Builder defaultHeaders = Headers.builder();
    private Duration connectTimeout = DEFAULT_CONNECT_TIMEOUT;
    private Duration timeout = DEFAULT_TIMEOUT;
    private int maxRetries = DEFAULT_MAX_RETRIES;
    private Duration streamIdleTimeout = DEFAULT_STREAM_IDLE_TIMEOUT;
    private int maxEventSize = DEFAULT_MAX_EVENT_SIZE;
    private long maxResponseBodySize = DEFAULT_MAX_RESPONSE_BODY_SIZE;
    private Duration deadline;
    private RetryPolicy retryPolicy = RetryPolicy.standard();
    private String userAgent = DEFAULT_USER_AGENT;
    private HttpTransport transport;
    private ObjectMapper jsonMapper = ClientJson.mapper();
    private final Map<String, Credential> credentials = new TreeMap<>();

    private Builder() {
    }

    /**
     * Sets the credential of a security scheme, replacing an earlier one of that scheme.
     *
     * @param scheme the scheme's name in the document's {@code components.securitySchemes}
     */
    public Builder credential(String scheme, Credential credential) {
      credentials.put(Objects.requireNonNull(scheme, "scheme"), Objects.requireNonNull(credential, "credential"));
      return this;
    }

    /** Removes the credential of a security scheme. */
    public Builder noCredential(String scheme) {
      credentials.remove(Objects.requireNonNull(scheme, "scheme"));
      return this;
    }

    /**
     * Sets the base URL, e.g. {@code https://api.example.com/v1}; a trailing slash is optional.
     *
     * @throws IllegalArgumentException when it is not an absolute http(s) URL without query
     */
    public Builder baseUrl(String baseUrl) {
      this.baseUrl = BaseUrl.parse(baseUrl);
      return this;
    }

    /** Sets the base URL. */
    public Builder baseUrl(BaseUrl baseUrl) {
      this.baseUrl = Objects.requireNonNull(baseUrl, "baseUrl");
      return this;
    }

    /**
     * Sets the API key, sent as {@code Authorization: Bearer <key>}.
     *
     * @throws IllegalArgumentException when blank or containing control characters
     */
    public Builder apiKey(String apiKey) {
      this.apiKey = Secret.of(apiKey);
      return this;
    }

    /** Sets the API key. */
    public Builder apiKey(Secret apiKey) {
      this.apiKey = Objects.requireNonNull(apiKey, "apiKey");
      return this;
    }

    /** Removes the API key: no {@code Authorization} header is sent. */
    public Builder noApiKey() {
      this.apiKey = null;
      return this;
    }

    /**
     * Reads the API key from an environment variable.
     *
     * @param variable the variable name, e.g. {@code CORTECS_API_KEY}
     * @throws IllegalStateException when the variable is not set or blank
     */
    public Builder apiKeyFromEnv(String variable) {
      return apiKeyFromEnv(variable, System::getenv);
    }

    /**
     * Reads the API key through {@code environment}, a stand-in for {@link System#getenv(String)}.
     *
     * @param variable the variable name
     * @param environment returns the value of a variable, or {@code null} when it is not set
     * @throws IllegalStateException when the variable is not set or blank; the message names the
     *     variable and never its value
     */
    public Builder apiKeyFromEnv(String variable, Function<String, String> environment) {
      Objects.requireNonNull(variable, "variable");
      String value = environment.apply(variable);
      if (value == null) {
        throw new IllegalStateException("Environment variable " + variable + " is not set."
            + " Set it to your API key, or pass the key to apiKey(...).");
      }
      if (value.isBlank()) {
        throw new IllegalStateException("Environment variable " + variable + " is set but blank."
            + " Set it to your API key, or pass the key to apiKey(...).");
      }
      try {
        this.apiKey = Secret.of(value);
      } catch (IllegalArgumentException e) {
        throw new IllegalStateException("Environment variable " + variable + " does not hold a usable API key: "
            + e.getMessage(), e);
      }
      return this;
    }

    /** Sets a header sent with every request, replacing any earlier value of that name. */
    public Builder putHeader(String name, String value) {
      if (Headers.isRestrictedRequestHeader(name)) {
        throw new IllegalArgumentException("header '" + name + "' cannot be set: the HTTP client manages it");
      }
      defaultHeaders.set(name, value);
      return this;
    }

    /** Removes a default header. */
    public Builder removeHeader(String name) {
      defaultHeaders.remove(name);
      return this;
    }

    /** Replaces all default headers. */
    public Builder headers(Headers headers) {
      this.defaultHeaders = headers.toBuilder();
      return this;
    }

    /** Sets the time allowed to establish a connection; must be positive. */
    public Builder connectTimeout(Duration connectTimeout) {
      this.connectTimeout = Arguments.positive(connectTimeout, "connectTimeout");
      return this;
    }

    /** Sets the time allowed for one attempt, response body included; must be positive. */
    public Builder timeout(Duration timeout) {
      this.timeout = Arguments.positive(timeout, "timeout");
      return this;
    }

    /** Sets the number of retries after the first attempt; 0 disables retries. */
    public Builder maxRetries(int maxRetries) {
      this.maxRetries = Arguments.notNegative(maxRetries, "maxRetries");
      return this;
    }

    /** Sets the longest silence allowed on an open stream; must be positive. */
    public Builder streamIdleTimeout(Duration streamIdleTimeout) {
      this.streamIdleTimeout = Arguments.positive(streamIdleTimeout, "streamIdleTimeout");
      return this;
    }

    /** Sets the largest server-sent event accepted, in bytes; must be positive. */
    public Builder maxEventSize(int maxEventSize) {
      if (maxEventSize < 1) {
        throw new IllegalArgumentException("maxEventSize must be positive, was " + maxEventSize);
      }
      this.maxEventSize = maxEventSize;
      return this;
    }

    /** Sets the largest 2xx body accepted, in bytes; must be positive. */
    public Builder maxResponseBodySize(long maxResponseBodySize) {
      this.maxResponseBodySize = Arguments.positive(maxResponseBodySize, "maxResponseBodySize");
      return this;
    }

    /** Sets the time a whole call may take, retries and stream included; {@code null} for none. */
    public Builder deadline(Duration deadline) {
      this.deadline = deadline == null ? null : Arguments.positive(deadline, "deadline");
      return this;
    }

    /** Sets the retry policy; {@link RetryPolicy#standard()} by default. */
    public Builder retryPolicy(RetryPolicy retryPolicy) {
      this.retryPolicy = Objects.requireNonNull(retryPolicy, "retryPolicy");
      return this;
    }

    /** Sets the {@code User-Agent} header value. */
    public Builder userAgent(String userAgent) {
      Objects.requireNonNull(userAgent, "userAgent");
      Headers.builder().set("User-Agent", userAgent); // Validates: no CR/LF.
      this.userAgent = userAgent;
      return this;
    }

    /** Sets the transport; the caller keeps ownership and closes it. */
    public Builder transport(HttpTransport transport) {
      this.transport = Objects.requireNonNull(transport, "transport");
      return this;
    }

    /**
     * Sets the Jackson mapper. It must have the {@link dev.clientsmith.runtime.json.NullableModule}
     * registered; start from {@link ClientJson#newMapper()}.
     */
    public Builder jsonMapper(ObjectMapper jsonMapper) {
      this.jsonMapper = Objects.requireNonNull(jsonMapper, "jsonMapper");
      return this;
    }

    /**
     * Returns the options.
     *
     * @throws IllegalStateException when no base URL was set
     */
    public ClientOptions build() {
      return new ClientOptions(this);
    }
  }
}
