package dev.clientsmith.runtime;

import dev.clientsmith.runtime.testing.ChatParams;
import dev.clientsmith.runtime.testing.RawServer;
import dev.clientsmith.runtime.testing.TestClients;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/** A fresh raw loopback server and a runtime on it (base path {@code /v1}) for each test. */
abstract class RawServerCase {

  RawServer server;
  ClientRuntime runtime;

  @BeforeEach
  void startServer() {
    server = RawServer.start();
    runtime = ClientRuntime.create(TestClients.options(server.baseUrl() + "/v1").build());
  }

  @AfterEach
  void stopServer() {
    runtime.close();
    server.close();
  }

  /** {@code POST /chat} with a small JSON body. */
  static ApiRequest chat() {
    return ApiRequest.builder("POST", "/chat").body(ChatParams.builder().model("m").build()).build();
  }
}
