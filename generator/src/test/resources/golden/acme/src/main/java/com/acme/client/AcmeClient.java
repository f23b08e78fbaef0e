package com.acme.client;

import com.acme.client.resources.AsyncWidgetsResource;
import com.acme.client.resources.WidgetsResource;
import dev.clientsmith.runtime.ClientOptions;
import dev.clientsmith.runtime.ClientRuntime;
import dev.clientsmith.runtime.Secret;
import dev.clientsmith.runtime.auth.Credential;
import dev.clientsmith.runtime.http.BaseUrl;
import dev.clientsmith.runtime.http.HttpTransport;
import java.time.Duration;
import java.util.Arrays;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/**
 * Client for the Acme API.
 *
 * <pre>{@code
 * AcmeClient client = AcmeClient.builder().apiKey(key).build();
 * }</pre>
 *
 * <p>Thread-safe; share one instance. {@link #close()} releases its HTTP resources.
 */
public final class AcmeClient implements AutoCloseable {
  /**
   * The server URL template from the document; its variables are builder options.
   */
  public static final String DEFAULT_BASE_URL = "https://{region}.acme.test/api/v2";

  /**
   * The environment variable {@link Builder#fromEnv()} reads the API key from.
   */
  public static final String API_KEY_ENV = "ACME_API_KEY";

  /**
   * The environment variable {@link Builder#fromEnv()} reads a server URL from, when it is set.
   */
  public static final String BASE_URL_ENV = "ACME_BASE_URL";

  private final ClientRuntime runtime;

  private final Async async;

  private final WidgetsResource widgets;

  private AcmeClient(ClientRuntime runtime) {
    this.runtime = runtime;
    this.widgets = new WidgetsResource(runtime);
    this.async = new Async(runtime);
  }

  /**
   * Calls under {@code /widgets}.
   */
  public WidgetsResource widgets() {
    return widgets;
  }

  /**
   * A builder with the document's server URL and the runtime's defaults.
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * A client with the API key from {@code ACME_API_KEY} and defaults for everything else.
   *
   * @throws IllegalStateException if the variable is not set
   */
  public static AcmeClient fromEnv() {
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
    return "AcmeClient{" + runtime.options() + "}";
  }

  /**
   * The same calls, returning {@code CompletableFuture}s.
   */
  public static final class Async {
    private final AsyncWidgetsResource widgets;

    private Async(ClientRuntime runtime) {
      this.widgets = new AsyncWidgetsResource(runtime);
    }

    /**
     * Calls under {@code /widgets}, asynchronously.
     */
    public AsyncWidgetsResource widgets() {
      return widgets;
    }
  }

  /**
   * Configures a {@link AcmeClient}.
   */
  public static final class Builder {
    private final ClientOptions.Builder options = ClientOptions.builder();

    private String baseUrl;

    private Region region = Region.EU;

    private Builder() {
    }

    /**
     * The API key, sent as a bearer token. Never printed or logged.
     *
     * <p>{@link #fromEnv()} reads it from {@code ACME_API_KEY}.
     */
    public Builder apiKey(String apiKey) {
      Secret secret = Secret.of(apiKey);
      options.apiKey(secret);
      options.credential("bearer", Credential.bearer(secret));
      return this;
    }

    /**
     * Reads the credentials from the environment: {@code ACME_API_KEY} ({@link #apiKey}); and the server URL from {@code ACME_BASE_URL}, the server variable {@code region} from {@code ACME_REGION}, each when set.
     *
     * @throws IllegalStateException if the variables the API requires are not set or blank
     */
    public Builder fromEnv() {
      return fromEnv(System::getenv);
    }

    /**
     * Reads the credentials through {@code environment}, a stand-in for {@link System#getenv(String)}: {@code ACME_API_KEY} ({@link #apiKey}). A variable that is not set or blank is skipped.
     *
     * @param environment returns a variable's value, or {@code null} when it is not set
     * @throws IllegalStateException if no alternative the API accepts is complete; the message names the variables, never a value
     */
    public Builder fromEnv(Function<String, String> environment) {
      serverFromEnv(environment);
      String v0_0 = environment.apply("ACME_API_KEY");
      boolean has0 = v0_0 != null && !v0_0.isBlank();
      if (has0) {
        apiKey(v0_0);
      }
      if (!has0) {
        throw new IllegalStateException(v0_0 == null ? "Environment variable ACME_API_KEY is not set. Set it to your API key, or pass the key to apiKey(...)." : "Environment variable ACME_API_KEY is set but blank. Set it to your API key, or pass the key to apiKey(...).");
      }
      return this;
    }

    private void serverFromEnv(Function<String, String> environment) {
      String url = environment.apply(BASE_URL_ENV);
      if (url != null && !url.isBlank()) {
        this.baseUrl = url.strip();
      }
      String regionValue = environment.apply("ACME_REGION");
      if (regionValue != null && !regionValue.isBlank()) {
        this.region = Arrays.stream(Region.values()).filter(c -> c.value().equals(regionValue.strip())).findFirst().orElseThrow(() -> new IllegalStateException("Environment variable ACME_REGION is '" + regionValue.strip() + "'; the document allows eu, us."));
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
     * The server variable {@code region}.
     *
     * <p>Default: {@code eu}.
     */
    public Builder region(Region region) {
      this.region = Objects.requireNonNull(region, "region");
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
    public AcmeClient build() {
      if (baseUrl != null) {
        options.baseUrl(baseUrl);
      } else {
        options.baseUrl(BaseUrl.fromTemplate(DEFAULT_BASE_URL, Map.of("region", region.value())));
      }
      return new AcmeClient(ClientRuntime.create(options.build()));
    }
  }

  /**
   * Values of the server variable {@code region}.
   */
  public enum Region {
    EU("eu"),

    US("us");

    private final String value;

    Region(String value) {
      this.value = value;
    }

    /**
     * The value put into the server URL.
     */
    public String value() {
      return value;
    }
  }
}
