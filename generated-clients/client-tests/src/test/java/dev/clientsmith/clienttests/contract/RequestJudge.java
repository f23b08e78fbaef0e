package dev.clientsmith.clienttests.contract;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.model.SimpleRequest;
import com.atlassian.oai.validator.report.ValidationReport;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.MissingNode;
import dev.clientsmith.runtime.http.HttpTransport;
import dev.clientsmith.runtime.http.JdkHttpTransport;
import dev.clientsmith.runtime.http.TransportRequest;
import dev.clientsmith.runtime.http.TransportResponse;
import java.io.IOException;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;

/**
 * The transport the contract tests give every generated client. Each request the client sends is
 * first judged against the provider's ORIGINAL documents, then forwarded to the Prism server of the
 * document that declares it:
 *
 * <ol>
 *   <li><b>Where it goes.</b> The client sends to its real base URL (no override): the scheme and
 *       host must be what the document's server URL template allows (with its variables), the path
 *       must be the server's path followed by a path of the document.
 *   <li><b>What it is.</b> swagger-request-validator checks method, path and query parameters,
 *       headers, content type and body against the document. Only the messages that
 *       {@link DocumentExceptions} forgives are let through; any other message fails the test.
 *   <li><b>Credentials.</b> The validator does not enforce top-level {@code security}: where the
 *       document asks for a bearer token, the request must carry {@code Authorization: Bearer ...}.
 *   <li><b>Coverage.</b> The body is walked on the document's schema ({@link SchemaCoverage}).
 * </ol>
 *
 * <p>Prism ignores the path of {@code servers} and serves the document's paths at its root, so
 * the forwarded request goes to {@code http://127.0.0.1:<port>} + the document path + the query.
 *
 * <p>A violation is thrown as an {@link AssertionError} out of {@link #send}, which the client does
 * not catch, and is also kept ({@link #violations()}) so a test can check after asynchronous calls.
 */
final class RequestJudge implements HttpTransport {

  private static final ObjectMapper JSON = new ObjectMapper();

  /** A document with its validator and the Prism that mocks it. */
  record Route(OriginalDocument document, OpenApiInteractionValidator validator, PrismServer prism) {
  }

  /** One judged request: where it went in the document and what was wrong with it. */
  record Judged(String method, URI uri, Route route, String pathTemplate, JsonNode body, List<String> problems,
      List<String> forgiven) {
  }

  private final String provider;
  private final List<Route> routes;
  private final HttpTransport delegate = JdkHttpTransport.create();
  private final List<String> violations = Collections.synchronizedList(new ArrayList<>());
  private final List<String> expectedViolations = Collections.synchronizedList(new ArrayList<>());
  private final Map<String, Integer> forgivenCounts = new TreeMap<>();
  private final ThreadLocal<String> expectedViolation = new ThreadLocal<>();
  private volatile SchemaCoverage coverage;
  private volatile Judged last;
  private int validated;

  RequestJudge(String provider, List<Route> routes) {
    this.provider = provider;
    this.routes = List.copyOf(routes);
  }

  /** Builds the validator of a document: every check on, undeclared properties rejected. */
  static OpenApiInteractionValidator validatorFor(OriginalDocument document) {
    return OpenApiInteractionValidator.createForSpecificationUrl(document.jsonFile().toUri().toString()).build();
  }

  @Override
  public TransportResponse send(TransportRequest request) {
    return delegate.send(judgeAndForward(request));
  }

  @Override
  public CompletableFuture<TransportResponse> sendAsync(TransportRequest request) {
    return delegate.sendAsync(judgeAndForward(request));
  }

  @Override
  public void close() {
    delegate.close();
  }

  /** How many requests were judged. */
  synchronized int validatedCount() {
    return validated;
  }

  /** How often each exception of {@link DocumentExceptions} was used. */
  synchronized Map<String, Integer> forgivenCounts() {
    return new TreeMap<>(forgivenCounts);
  }

  /** Every violation found so far (also thrown when found). */
  List<String> violations() {
    synchronized (violations) {
      return List.copyOf(violations);
    }
  }

  /** The last request judged. */
  Judged last() {
    return last;
  }

  /** Starts measuring coverage: every body sent from now on is recorded into the returned object. */
  SchemaCoverage startCoverage() {
    SchemaCoverage fresh = new SchemaCoverage();
    for (Route route : routes) {
      for (Map.Entry<String, JsonNode> path : route.document().tree().path("paths").properties()) {
        for (Map.Entry<String, JsonNode> operation : path.getValue().properties()) {
          JsonNode schema = operation.getValue().path("requestBody").path("content").path("application/json").path("schema");
          if (!schema.isMissingNode()) {
            fresh.expect(route.document().tree(), route.document().name(), schema);
          }
        }
      }
    }
    this.coverage = fresh;
    return fresh;
  }

  /**
   * Runs {@code call} expecting the judge to find a violation whose text contains
   * {@code expected}: it is recorded, not thrown. Returns what {@code call} returned.
   *
   * @throws AssertionError when no such violation was found
   */
  <T> T expectingViolation(String expected, Supplier<T> call) {
    expectedViolation.set(expected);
    int before = expectedViolations.size();
    try {
      return call.get();
    } finally {
      expectedViolation.remove();
      if (expectedViolations.size() == before) {
        throw new AssertionError("the judge was expected to find a violation containing '" + expected + "'");
      }
    }
  }

  /** How many violations tests provoked on purpose (to show the judge catches them). */
  int expectedViolationCount() {
    return expectedViolations.size();
  }

  private TransportRequest judgeAndForward(TransportRequest request) {
    Judged judged = judge(request);
    last = judged;
    if (!judged.problems().isEmpty()) {
      String text = provider + ": " + request.method() + " " + request.uri().getRawPath() + " violates "
          + (judged.route() == null ? "every original document" : judged.route().document().page().getFileName())
          + ":\n  - " + String.join("\n  - ", judged.problems())
          + "\n  body: " + (judged.body().isMissingNode() ? "(none)" : judged.body().toString());
      String expected = expectedViolation.get();
      if (expected == null || !text.contains(expected)) {
        violations.add(text);
        throw new AssertionError(text);
      }
      expectedViolations.add(text);
    }
    if (judged.route() == null) {
      throw new AssertionError("no original document declares " + request.describe());
    }
    String documentPath = request.uri().getRawPath().substring(judged.route().document().serverPath().length());
    URI target = URI.create("http://127.0.0.1:" + judged.route().prism().port() + documentPath
        + (request.uri().getRawQuery() == null ? "" : "?" + request.uri().getRawQuery()));
    return TransportRequest.builder(request.method(), target)
        .headers(request.headers())
        .body(request.body().orElse(null))
        .timeout(request.timeout())
        .build();
  }

  private Judged judge(TransportRequest request) {
    List<String> problems = new ArrayList<>();
    List<String> forgiven = new ArrayList<>();
    URI uri = request.uri();
    String rawPath = uri.getRawPath() == null ? "" : uri.getRawPath();
    JsonNode body = MissingNode.getInstance();
    if (request.body().isPresent()) {
      try {
        body = JSON.readTree(request.body().get());
      } catch (IOException e) {
        problems.add("the body is not JSON: " + e.getMessage());
      }
    }
    Route route = null;
    String pathTemplate = null;
    for (Route candidate : routes) {
      OriginalDocument document = candidate.document();
      if (!rawPath.startsWith(document.serverPath() + "/")) {
        continue;
      }
      Optional<String> template = document.matchPath(rawPath.substring(document.serverPath().length()));
      if (template.isPresent() && document.tree().path("paths").path(template.get())
          .has(request.method().toLowerCase(Locale.ROOT))) {
        route = candidate;
        pathTemplate = template.get();
        break;
      }
    }
    if (route == null) {
      problems.add("no original document of " + provider + " declares " + request.method() + " " + rawPath);
      synchronized (this) {
        validated++;
      }
      return new Judged(request.method(), uri, null, null, body, problems, forgiven);
    }
    OriginalDocument document = route.document();
    if (!document.serverMatches(uri)) {
      problems.add("the request goes to " + uri.getScheme() + "://" + uri.getRawAuthority()
          + ", which the server URL " + document.serverUrlTemplate() + " does not allow");
    }
    JsonNode operation = document.tree().path("paths").path(pathTemplate).path(request.method().toLowerCase(Locale.ROOT));
    JsonNode bodySchema = operation.path("requestBody").path("content").path("application/json").path("schema");
    ValidationReport report = route.validator().validateRequest(toValidatorRequest(request));
    DocumentExceptions exceptions = new DocumentExceptions(document.tree(),
        bodySchema.isMissingNode() ? null : bodySchema, body);
    for (ValidationReport.Message message : report.getMessages()) {
      if (message.getLevel() == ValidationReport.Level.IGNORE || message.getLevel() == ValidationReport.Level.INFO) {
        continue;
      }
      Optional<List<String>> rules = exceptions.forgive(message);
      if (rules.isPresent()) {
        forgiven.addAll(rules.get());
      } else {
        problems.add(format(message, ""));
      }
    }
    checkCredentials(document, operation, request, problems);
    SchemaCoverage current = coverage;
    if (current != null && !bodySchema.isMissingNode() && !body.isMissingNode()) {
      current.record(document.tree(), document.name(), bodySchema, body);
    }
    synchronized (this) {
      validated++;
      for (String rule : forgiven) {
        forgivenCounts.merge(rule, 1, Integer::sum);
      }
    }
    return new Judged(request.method(), uri, route, pathTemplate, body, problems, forgiven);
  }

  private static void checkCredentials(OriginalDocument document, JsonNode operation, TransportRequest request,
      List<String> problems) {
    JsonNode security = operation.has("security") ? operation.get("security") : document.tree().path("security");
    if (!security.isArray() || security.isEmpty()) {
      return;
    }
    boolean anyAlternativeMet = false;
    for (JsonNode requirement : security) {
      boolean met = true;
      for (Map.Entry<String, JsonNode> scheme : requirement.properties()) {
        JsonNode definition = document.tree().path("components").path("securitySchemes").path(scheme.getKey());
        if ("http".equals(definition.path("type").asText()) && "bearer".equalsIgnoreCase(definition.path("scheme").asText())) {
          met &= request.headers().first("Authorization")
              .filter(v -> v.regionMatches(true, 0, "Bearer ", 0, 7) && v.length() > 7).isPresent();
        }
      }
      anyAlternativeMet |= met;
    }
    if (!anyAlternativeMet) {
      problems.add("security: the document requires a bearer token and the request has no 'Authorization: Bearer ...' header");
    }
  }

  private static Request toValidatorRequest(TransportRequest request) {
    URI uri = request.uri();
    SimpleRequest.Builder builder = new SimpleRequest.Builder(request.method(), uri.getRawPath());
    if (uri.getRawQuery() != null) {
      for (String pair : uri.getRawQuery().split("&")) {
        int eq = pair.indexOf('=');
        String name = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
        String value = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
        builder.withQueryParam(name, value);
      }
    }
    for (String name : request.headers().names()) {
      builder.withHeader(name, request.headers().all(name));
    }
    request.body().ifPresent(bytes -> builder.withBody(bytes));
    return builder.build();
  }

  private static String format(ValidationReport.Message message, String indent) {
    StringBuilder out = new StringBuilder();
    out.append(indent).append(message.getKey()).append(": ").append(message.getMessage());
    message.getContext().flatMap(ValidationReport.MessageContext::getPointers).ifPresent(p ->
        out.append(" (instance ").append(p.getInstance()).append(", schema ").append(p.getSchema()).append(')'));
    for (ValidationReport.Message nested : message.getNestedMessages()) {
      out.append('\n').append(format(nested, indent + "      "));
    }
    return out.toString();
  }
}
