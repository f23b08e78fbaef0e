package com.example.app;

import com.example.providers.echo.EchoClient;
import com.example.providers.vectors.VectorsClient;

/** The project's own code, compiled against both generated clients. */
public final class Clients {
  private Clients() {}

  /** One client of each provider, both against the given server. */
  public static AutoCloseable[] both(String baseUrl) {
    return new AutoCloseable[] {
      EchoClient.builder().apiKey("echo-key").baseUrl(baseUrl).build(),
      VectorsClient.builder().apiKey("vectors-key").baseUrl(baseUrl).build()
    };
  }
}
