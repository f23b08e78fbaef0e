package dev.clientsmith.runtime.testing;

import dev.clientsmith.runtime.BackoffRetryPolicy;
import dev.clientsmith.runtime.ClientOptions;
import java.time.Duration;

/** Options for tests: a local base URL, a fake key, bounded timeouts and fast retries. */
public final class TestClients {

  /** A fake API key; tests assert it never shows up where it must not. */
  public static final String API_KEY = "sk-test-7f3a9c1e5b2d4f60a8e1c3b5d7f9a2c4";

  private TestClients() {
  }

  public static ClientOptions.Builder options(LocalServer server) {
    return options(server.baseUrl());
  }

  public static ClientOptions.Builder options(String baseUrl) {
    return ClientOptions.builder()
        .baseUrl(baseUrl)
        .apiKey(API_KEY)
        .connectTimeout(Duration.ofSeconds(5))
        .timeout(Duration.ofSeconds(10))
        .retryPolicy(BackoffRetryPolicy.builder()
            .initialDelay(Duration.ofMillis(10))
            .maxDelay(Duration.ofMillis(40))
            .build());
  }
}
