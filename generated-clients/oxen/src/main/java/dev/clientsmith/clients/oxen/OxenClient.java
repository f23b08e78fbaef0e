package dev.clientsmith.clients.oxen;

import dev.clientsmith.clients.oxen.resources.AsyncChatResource;
import dev.clientsmith.clients.oxen.resources.ChatResource;
import dev.clientsmith.runtime.ClientOptions;
import dev.clientsmith.runtime.ClientRuntime;
import dev.clientsmith.runtime.http.HttpTransport;
import java.time.Duration;
import java.util.Objects;
import java.util.function.Function;

/**
 * Client for the Oxen API.
 *
 * <pre>{@code
 * OxenClient client = OxenClient.builder().apiKey(key).build();
 * }</pre>
 *
 * <p>Thread-safe; share one instance. {@link #close()} releases its HTTP resources.
 *
 * <p>The document declares no authentication; an API key is optional and, when given, is sent as a bearer token.
 */
public final class OxenClient implements AutoCloseable {
  /**
   * The server URL from the document.
   */
  public static final String DEFAULT_BASE_URL = "https://dev.hub.oxen.ai/api/ai";

  /**
   * The environment variable {@link Builder#fromEnv()} reads the API key from.
   */
  public static final String API_KEY_ENV = "OXEN_API_KEY";

  /**
   * The environment variable {@link Builder#fromEnv()} reads a server URL from, when it is set.
   */
  public static final String BASE_URL_ENV = "OXEN_BASE_URL";

  private final ClientRuntime runtime;

  private final Async async;

  private final ChatResource chat;

  private OxenClient(ClientRuntime runtime) {
    this.runtime = runtime;
    this.chat = new ChatResource(runtime);
    this.async = new Async(runtime);
  }

  /**
   * Calls under {@code /chat}.
   */
  public ChatResource chat() {
    return chat;
  }

  /**
   * A builder with the document's server URL and the runtime's defaults.
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * A client with the API key from {@code OXEN_API_KEY} and defaults for everything else.
   */
  public static OxenClient fromEnv() {
    return builder().fromEnv().build();
  }

  /**
   * The asynchronous twin of this client.
   */
  public Async async() {
    return async;
  }

  /**
   * The configuration this client was built with (the API key is never printed).
   */
  public ClientOptions options() {
    return runtime.options();
  }

  /**
   * Releases the HTTP resources this client created; a transport given to the builder stays open.
   */
  @Override
  public void close() {
    runtime.close();
  }

  @Override
  public String toString() {
    return "OxenClient{" + runtime.options() + "}";
  }

  /**
   * The same calls, returning {@code CompletableFuture}s.
   */
  public static final class Async {
    private final AsyncChatResource chat;

    private Async(ClientRuntime runtime) {
      this.chat = new AsyncChatResource(runtime);
    }

    /**
     * Calls under {@code /chat}, asynchronously.
     */
    public AsyncChatResource chat() {
      return chat;
    }
  }

  /**
   * Configures a {@link OxenClient}.
   */
  public static final class Builder {
    private final ClientOptions.Builder options = ClientOptions.builder();

    private String baseUrl;

    private Builder() {
    }

    /**
     * The API key, sent as a bearer token. Never printed or logged.
     */
    public Builder apiKey(String apiKey) {
      options.apiKey(apiKey);
      return this;
    }

    /**
     * Reads the optional API key from the environment variable {@code OXEN_API_KEY}, if it is set, and the server URL from {@code OXEN_BASE_URL}, each when set.
     */
    public Builder fromEnv() {
      String key = System.getenv(API_KEY_ENV);
      if (key != null && !key.isBlank()) {
        options.apiKey(key);
      }
      serverFromEnv(System::getenv);
      return this;
    }

    private void serverFromEnv(Function<String, String> environment) {
      String url = environment.apply(BASE_URL_ENV);
      if (url != null && !url.isBlank()) {
        this.baseUrl = url.strip();
      }
    }

    /**
     * Overrides the server URL (a proxy, a mock server). Replaces any server variables.
     */
    public Builder baseUrl(String baseUrl) {
      this.baseUrl = Objects.requireNonNull(baseUrl, "baseUrl");
      return this;
    }

    /**
     * How long one attempt of a request may take (each retry gets the same again).
     */
    public Builder timeout(Duration timeout) {
      options.timeout(timeout);
      return this;
    }

    /**
     * How long connecting may take.
     */
    public Builder connectTimeout(Duration connectTimeout) {
      options.connectTimeout(connectTimeout);
      return this;
    }

    /**
     * How many times a failed request is retried.
     */
    public Builder maxRetries(int maxRetries) {
      options.maxRetries(maxRetries);
      return this;
    }

    /**
     * A header sent with every request.
     */
    public Builder putHeader(String name, String value) {
      options.putHeader(name, value);
      return this;
    }

    /**
     * The HTTP transport to use instead of the JDK client; it is not closed with the client.
     */
    public Builder transport(HttpTransport transport) {
      options.transport(transport);
      return this;
    }

    /**
     * The client.
     */
    public OxenClient build() {
      options.baseUrl(baseUrl != null ? baseUrl : DEFAULT_BASE_URL);
      return new OxenClient(ClientRuntime.create(options.build()));
    }
  }
}
