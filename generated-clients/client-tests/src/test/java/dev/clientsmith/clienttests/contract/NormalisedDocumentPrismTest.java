package dev.clientsmith.clienttests.contract;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Prism as a judge of the normalised documents (issue "the normalised documents as a product"):
 * serving a normalised document, its request-body check is actually on (no {@code nullable}
 * without {@code type} is left to break its schema compiler), so a wrong-typed body gets 400/422,
 * while a valid one gets 200. Served the original document, Prism lets the same wrong body through
 * for Cortecs, Interactive AI and Oxen (its check is silently off there) and only rejects it for
 * Jylo: the test shows both, so the difference is measured, not assumed.
 */
@Timeout(value = 3, unit = TimeUnit.MINUTES)
class NormalisedDocumentPrismTest {
  private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
      .connectTimeout(Duration.ofSeconds(10)).build();
  private static final String UUID = "3f2b8c1e-4d5a-4e6f-8a9b-0c1d2e3f4a5b";

  /**
   * One operation of a provider: its path in the normalised document and in the original one
   * (the base path moved into the server URL differs), a valid body and a wrong-typed one.
   */
  record Case(String module, int originalIndex, String normalisedPath, String originalPath, String valid, String wrongTyped,
      boolean originalChecksBodies) {
    @Override
    public String toString() {
      return module + " " + normalisedPath;
    }
  }

  static Stream<Arguments> cases() {
    return Stream.of(
        new Case("jylo", 0, "/completions/" + UUID, "/inference/completions/" + UUID,
            "{\"messages\":[{\"role\":\"user\",\"content\":\"hi\"}]}", "{\"messages\":\"hi\"}", true),
        new Case("cortecs", 0, "/chat/completions", "/chat/completions",
            "{\"model\":\"m\",\"messages\":[{\"role\":\"user\",\"content\":\"hi\"}]}", "{\"model\":42,\"messages\":\"hi\"}", false),
        new Case("interactive-ai", 0, "/chat/completions", "/chat/completions",
            "{\"model\":\"m\",\"messages\":[{\"role\":\"user\",\"content\":\"hi\"}]}", "{\"model\":\"m\",\"messages\":\"hi\"}", false),
        new Case("interactive-ai", 1, "/completions", "/completions",
            "{\"model\":\"m\",\"prompt\":\"hi\"}", "{\"model\":\"m\",\"prompt\":{\"not\":\"a prompt\"}}", false),
        new Case("oxen", 0, "/chat/completions", "/api/ai/chat/completions",
            "{\"model\":\"m\",\"messages\":[{\"role\":\"user\",\"content\":\"hi\"}]}", "{\"model\":42,\"messages\":\"hi\"}", false))
        .map(Arguments::of);
  }

  private static PrismPool pool;

  /**
   * Takes the run's shared Prism servers, and starts the ones not running yet (the normalised
   * documents, and the originals if no contract test came first) all at once: ten starts one after
   * the other were most of this class's time.
   */
  @RegisterExtension
  static final BeforeAllCallback PRISM = context -> {
    pool = PrismPool.of(context);
    List<OriginalDocument> documents = new ArrayList<>();
    cases().map(a -> (Case) a.get()[0]).forEach(c -> {
      documents.add(OriginalDocument.normalised(c.module()));
      documents.add(OriginalDocument.of(c.module()).get(c.originalIndex()));
    });
    pool.servers(documents);
  };

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void normalisedDocumentRejectsAWrongTypedBodyAndAcceptsAValidOne(Case c) throws Exception {
    PrismServer normalised = pool.server(OriginalDocument.normalised(c.module()));
    PrismServer original = pool.server(OriginalDocument.of(c.module()).get(c.originalIndex()));
    HttpResponse<String> valid = post(normalised, c.normalisedPath(), c.valid());
    assertThat(valid.statusCode()).as("valid body, normalised document: %s\n%s", valid.body(), normalised.output()).isEqualTo(200);

    HttpResponse<String> wrong = post(normalised, c.normalisedPath(), c.wrongTyped());
    assertThat(wrong.statusCode()).as("wrong-typed body, normalised document: %s", wrong.body()).isIn(400, 422);
    // Prism names the violation: in its problem body (422, no error response declared) or, when it
    // answers with the document's own 400, in the sl-violations header.
    assertThat(wrong.headers().firstValue("sl-violations").orElse(wrong.body()))
        .as("Prism names the violation").contains("Request body property");

    HttpResponse<String> sameOnOriginal = post(original, c.originalPath(), c.wrongTyped());
    if (c.originalChecksBodies()) {
      assertThat(sameOnOriginal.statusCode()).as("the original %s document already lets Prism check bodies", c.module()).isIn(400, 422);
    } else {
      assertThat(sameOnOriginal.statusCode())
          .as("served the original %s document, Prism's body check is off (a nullable without type): %s", c.module(),
              sameOnOriginal.body())
          .isEqualTo(200);
    }
    System.out.println("Prism judge " + c + ": normalised document: valid -> " + valid.statusCode() + ", wrong-typed -> "
        + wrong.statusCode() + "; original document: wrong-typed -> " + sameOnOriginal.statusCode());
  }

  private static HttpResponse<String> post(PrismServer prism, String path, String body) throws IOException, InterruptedException {
    HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + prism.port() + path))
        .timeout(Duration.ofSeconds(30))
        .header("Content-Type", "application/json")
        .header("Authorization", "Bearer test-key")
        .POST(HttpRequest.BodyPublishers.ofString(body))
        .build();
    return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
  }
}
