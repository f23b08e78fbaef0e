package dev.clientsmith.interoptests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.assertj.core.api.Assertions.fail;

import com.atlassian.oai.validator.report.ValidationReport;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.clientsmith.interoptests.Documents.Page;
import dev.clientsmith.interoptests.Exchanges.Exchange;
import dev.clientsmith.interoptests.OpenApiGeneratorJava.Compilation;
import dev.clientsmith.interoptests.OpenApiGeneratorJava.Sources;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.math.BigDecimal;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * OpenAPI Generator as a judge: its Java client ({@code native} library) is generated from each
 * document, compiled in-process, and (where it compiles) made to read realistic responses from a
 * local server.
 *
 * <ol>
 *   <li>The five ORIGINAL documents, as published: three give a client that does not compile.
 *   <li>The NORMALISED documents, with OpenAPI Generator's default options and its spec validation on
 *       (which they pass):
 *       the only javac errors left are in the classes of unions with an array member, a construct the
 *       {@code native} library cannot write (it emits {@code List<X>.class}); Jylo's and Cortecs'
 *       clients compile.
 *   <li>The same documents in OpenAPI Generator's form ({@code normalize --for openapi-generator}),
 *       generated with {@code generateAliasAsModel=true}: every provider's client compiles, sends
 *       requests the plain normalised document accepts, and reads every realistic response (our client
 *       tests' payloads, values and kinds the document does not list included), with Jackson's scalar
 *       coercion turned off on its mapper, the one step no document can take ({@link Workarounds}).
 *       Each rewrite of the form is checked to be still needed, so that the README stays true.
 *   <li>The original documents in the same form: their clients compile, and read less.
 * </ol>
 */
@ExtendWith(InteropReport.class)
class OpenApiGeneratorJavaClientTest {
  /** Which original documents give a client that compiles, as published. */
  private static final Map<String, Boolean> ORIGINAL_COMPILES = Map.of(
      "jylo", true,
      "cortecs", true,
      "interactive-ai-chat", false,
      "interactive-ai-completions", false,
      "oxen", false);

  /** What OpenAPI Generator writes for a union member that is an array: not Java. */
  private static final Pattern CLASS_LITERAL_OF_GENERIC = Pattern.compile("List<[^;\\n]*>\\.class");

  @TempDir static Path work;

  private static final Map<String, Compilation> COMPILED = new ConcurrentHashMap<>();
  /** One class loader per compiled client, open until the end: what it read may load classes later. */
  private static final Map<Path, URLClassLoader> LOADERS = new ConcurrentHashMap<>();
  private static final List<String> RECORD = new ArrayList<>();
  private static LocalServer server;

  @BeforeAll
  static void startServer() throws IOException {
    server = new LocalServer();
  }

  @AfterAll
  static void stopServerAndReport() throws IOException {
    server.close();
    for (URLClassLoader loader : LOADERS.values()) {
      loader.close();
    }
    synchronized (RECORD) {
      RECORD.sort(Comparator.naturalOrder());
      // The verdicts go to the report, not the console: many read like failures ("does not compile")
      // and are exactly what the tests above expect.
      InteropReport.section("1 openapi-generator", "OpenAPI Generator "
          + org.openapitools.codegen.DefaultGenerator.class.getPackage().getImplementationVersion()
          + ", Java client, native library", RECORD, false, "OpenAPI Generator", RECORD.size());
    }
  }

  static List<Page> pages() {
    return Documents.pages();
  }

  static List<String> providers() {
    return Documents.providerIds();
  }

  /** Each provider's normalised document, and each page's alone where a provider has several. */
  static List<String> normalisedDocuments() {
    List<String> ids = new ArrayList<>(Documents.providerIds());
    Map<String, Long> pagesPerProvider = new HashMap<>();
    Documents.pages().forEach(p -> pagesPerProvider.merge(p.providerId(), 1L, Long::sum));
    for (Page page : Documents.pages()) {
      if (pagesPerProvider.get(page.providerId()) > 1) {
        ids.add("page:" + page.id());
      }
    }
    return ids;
  }

  static List<Exchange> exchanges() {
    return Exchanges.all();
  }

  // 1. The original documents, as published.

  @ParameterizedTest(name = "{0}")
  @MethodSource("pages")
  void originalDocument(Page page) {
    assertThat(ORIGINAL_COMPILES).containsKey(page.id());
    Compilation compilation = compiled("original " + page.id(), () -> Documents.original(page), false, false);
    record("original " + page.id() + ", as published: " + describe(compilation));
    if (ORIGINAL_COMPILES.get(page.id())) {
      assertThat(compilation.errors()).as("javac errors of the client from the original %s", page).isEmpty();
    } else {
      assertThat(compilation.errors()).as("javac errors of the client from the original %s", page).isNotEmpty();
    }
  }

  // 2. The normalised documents, OpenAPI Generator's default options.

  @ParameterizedTest(name = "{0}")
  @MethodSource("normalisedDocuments")
  void normalisedDocumentCompilesButForUnionsWithAnArrayMember(String id) {
    ObjectNode document = normalised(id);
    List<String> unionsWithArrays = Workarounds.unionsWithArrays(document);
    Compilation compilation = compiled("normalised " + id, () -> normalised(id), true, false);
    record("normalised " + id + ", default options: " + describe(compilation)
        + (unionsWithArrays.isEmpty() ? "" : "; unions with an array member: " + unionsWithArrays));

    // Every file javac complains about is a union class holding OpenAPI Generator's List<X>.class...
    Set<String> filesWithErrors = compilation.errorsByFile().keySet();
    for (String file : filesWithErrors) {
      String source = read(compilation.sources().root().resolve(file));
      assertThat(CLASS_LITERAL_OF_GENERIC.matcher(source).find())
          .as("%s: javac errors outside a union with an array member, in %s:\n%s", id, file, compilation.summary())
          .isTrue();
    }
    // ...and there is one such class per union of the document that has an array member.
    long brokenClasses = compilation.sources().files().stream()
        .filter(f -> CLASS_LITERAL_OF_GENERIC.matcher(read(f)).find()).count();
    assertThat(brokenClasses).as("%s: classes with List<X>.class, against unions with an array member %s",
        id, unionsWithArrays).isEqualTo(unionsWithArrays.size());
    assertThat(filesWithErrors).hasSize(unionsWithArrays.size());
  }

  // 3. The normalised documents in OpenAPI Generator's form (normalize --for openapi-generator).

  /**
   * Each provider's document in OpenAPI Generator's form gives a client that compiles with the tool's
   * default options plus {@code generateAliasAsModel=true}, its spec validation on. The form is what the
   * library (and so the command) writes: the plain document with the form's passes applied, as the
   * tests below rebuild it pass by pass.
   */
  @ParameterizedTest(name = "{0}")
  @MethodSource("providers")
  void openApiGeneratorFormCompiles(String providerId) {
    assertThat(Documents.formWithout(Documents.normalised(providerId), Set.of()))
        .as("the plain %s document with every pass of the form", providerId).isEqualTo(Documents.forOpenApiGenerator(providerId));
    Compilation compilation = form(providerId);
    record("normalised " + providerId + " --for openapi-generator, generateAliasAsModel: " + describe(compilation));
    assertThat(compilation.errors()).as("javac errors of the client from the %s document in OpenAPI Generator's form:\n%s",
        providerId, compilation.summary()).isEmpty();
  }

  /**
   * {@code generateAliasAsModel=true} is still needed: without it, a union's named array member is
   * written as {@code List<X>.class} again (Oxen's message content).
   */
  @Test
  void openApiGeneratorFormNeedsAliasesAsModels() {
    Compilation compilation = compiled("form oxen", () -> Documents.forOpenApiGenerator("oxen"), true, false);
    record("oxen in OpenAPI Generator's form, without generateAliasAsModel: " + describe(compilation));
    assertThat(compilation.errors()).as("javac errors without generateAliasAsModel").isNotEmpty();
    for (String file : compilation.errorsByFile().keySet()) {
      assertThat(CLASS_LITERAL_OF_GENERIC.matcher(read(compilation.sources().root().resolve(file))).find())
          .as("javac errors outside a union with an array member, in %s:\n%s", file, compilation.summary()).isTrue();
    }
  }

  /**
   * The client from the document in OpenAPI Generator's form sends each realistic request (built from
   * its JSON with the client's own mapper, scalar coercion off) to a local server, to the same URL as
   * the original document gives, with a body the plain normalised document accepts; and reads every
   * realistic response.
   */
  @ParameterizedTest(name = "{0}")
  @MethodSource("exchanges")
  void openApiGeneratorFormClientSendsAndReadsRealisticExchanges(Exchange exchange) throws IOException {
    ObjectNode document = Documents.forOpenApiGenerator(exchange.providerId());
    Compilation compilation = form(exchange.providerId());
    assertThat(compilation.errors()).as("client from the %s document in OpenAPI Generator's form compiles", exchange.providerId()).isEmpty();

    Object response = call(compilation, document, exchange, false);
    exchange.expected().forEach((path, value) -> assertValue(exchange, response, path, value));

    LocalServer.Received sent = server.received();
    assertThat(sent.path()).as("URL path the client sent to").isEqualTo(exchange.request().path());
    ValidationReport report = RequestValidationTest.validator(Documents.normalised(exchange.providerId()), RequestValidationTest.Mode.LENIENT)
        .validateRequest(RequestValidationTest.http(new RequestCorpus.Request(exchange.requestName() + " as sent",
            sent.path(), Optional.of(Documents.JSON.readTree(sent.body())), false)));
    assertThat(report.hasErrors()).as("the request body OpenAPI Generator's client sent, against the normalised document: %s\n%s",
        RequestValidationTest.describe(report), sent.body()).isFalse();
  }

  /**
   * A rewrite of the form, and an exchange its client cannot do without it.
   *
   * @param outcome part of what the client does then: the message it fails with, or the wrong value it reads
   */
  record Limit(String pass, Exchange exchange, String outcome) {
    @Override
    public String toString() {
      return "without " + pass + ": " + exchange;
    }
  }

  static List<Limit> limits() {
    return List.of(
        // A union's null folded into a member that also takes values: a response, and two requests.
        new Limit("openapi-generator-null-members", Exchanges.find("interactive-ai", "chat-tools", "chat-completion-tool-call.json"),
            "AssistantMessageContent cannot be null"),
        new Limit("openapi-generator-null-members", Exchanges.find("cortecs", "logprobs-null", "chat-completion.json"),
            "CompletionRequestLogprobs cannot be null"),
        new Limit("openapi-generator-null-members", Exchanges.find("oxen", "tool-choice-null", "chat-completion.json"),
            "ChatCompletionRequestToolChoice cannot be null"),
        // "max_price": {"request": 0} for number | string.
        new Limit("openapi-generator-union-numbers", Exchanges.find("interactive-ai", "chat-provider-routing",
            "chat-completion-without-reasoning.json"), "Failed deserialization for Price: 0 classes match result"),
        // "finish_reason": "end_turn", a value the document does not list.
        new Limit("openapi-generator-open-enums", Exchanges.find("interactive-ai", "chat-every-role", "chat-completion-content-parts.json"),
            "reads choices[0].finishReason as null"),
        // A reasoning detail and a content part of kinds the document does not list.
        new Limit("openapi-generator-open-unions", Exchanges.find("interactive-ai", "chat-realistic", "chat-completion.json"),
            "Failed deserialization for ReasoningDetail"),
        // (The part's union fails, and with it the message content's union around it.)
        new Limit("openapi-generator-open-unions", Exchanges.find("interactive-ai", "chat-every-role", "chat-completion-unknown-part.json"),
            "Failed deserialization for AssistantMessageContent"));
  }

  /**
   * Each rewrite of the form is still needed: the document with every other rewrite gives a client
   * that compiles, but cannot do the exchange (when this fails, OpenAPI Generator has lost that limit:
   * drop the rewrite and update the README).
   */
  @ParameterizedTest(name = "{0}")
  @MethodSource("limits")
  void eachRewriteOfTheFormIsNeeded(Limit limit) {
    String providerId = limit.exchange().providerId();
    ObjectNode document = Documents.formWithout(Documents.normalised(providerId), Set.of(limit.pass()));
    Compilation compilation = compiled("form without " + limit.pass() + " " + providerId, () -> document, true, true);
    assertThat(compilation.errors()).as("javac errors of the %s client without %s:\n%s", providerId, limit.pass(), compilation.summary())
        .isEmpty();
    String outcome = outcome(compilation, document, limit.exchange(), false);
    record(providerId + " in the form without " + limit.pass() + ", " + limit.exchange().requestName() + " -> "
        + limit.exchange().payload() + ", the limit it steps around: " + outcome);
    assertThat(outcome).as("%s", limit).contains(limit.outcome());
  }

  /**
   * What the form cannot step around: the client's mapper leaves Jackson's scalar coercion on, and
   * then {@code "logprobs": 5} matches integer and boolean (a mapper setting, no document says it).
   */
  @Test
  void scalarUnionsNeedCoercionOff() {
    Exchange exchange = Exchanges.find("cortecs", "logprobs-integer", "chat-completion.json");
    Throwable thrown = catchThrowable(() -> call(form("cortecs"), Documents.forOpenApiGenerator("cortecs"), exchange, true));
    assertThat(thrown).as("building %s with scalar coercion on", exchange).isNotNull();
    assertThat(rootMessage(thrown)).as("building %s with scalar coercion on", exchange).contains("2 classes match");
  }

  // 4. The original documents in the same form: the comparison is fair.

  /** With the same rewrites, the original documents' clients compile too. */
  @ParameterizedTest(name = "{0}")
  @MethodSource("pages")
  void originalDocumentCompilesInTheForm(Page page) {
    Compilation compilation = originalInTheForm(page);
    assertThat(compilation.errors()).as("javac errors of the client from the original %s in OpenAPI Generator's form:\n%s",
        page, compilation.summary()).isEmpty();
  }

  /**
   * The original documents in the same form, as far as they go: the comparison is recorded, and what
   * the normalised documents add is checked: the original Interactive AI chat document's unions of
   * reasoning details and content parts have no discriminator mapping (its members are unnamed), so
   * the form cannot open them, and its client refuses both responses with a kind the document does not
   * list.
   */
  @Test
  void originalClientsFailOnOrdinaryExchanges() {
    List<String> failures = new ArrayList<>();
    for (Exchange exchange : Exchanges.all()) {
      Page page = Documents.pages().stream().filter(p -> p.providerId().equals(exchange.providerId()))
          .filter(p -> RequestCorpus.serves(Documents.original(p), exchange.request().path())).findFirst().orElseThrow();
      Compilation compilation = originalInTheForm(page);
      String outcome = compilation.compiles() ? outcome(compilation, originalFormDocument(page), exchange, false) : "does not compile";
      if (!outcome.equals(READS_IT)) {
        failures.add(exchange.toString());
      }
      record("original " + page.id() + " in the form, " + exchange.requestName() + " -> " + exchange.payload() + ": " + outcome);
    }
    assertThat(failures).as("exchanges the clients from the original documents cannot do")
        .contains("interactive-ai chat-completion.json", "interactive-ai chat-completion-unknown-part.json");
  }

  // Helpers.

  private static ObjectNode normalised(String id) {
    return id.startsWith("page:") ? Documents.normalised(Documents.page(id.substring(5))) : Documents.normalised(id);
  }

  private interface DocumentSource {
    ObjectNode get();
  }

  /** A client generated and compiled takes one to several seconds; this class makes some thirty of them. */
  private static final Duration PROGRESS_EVERY = Duration.ofSeconds(15);
  private static long lastProgress = System.nanoTime();

  private static Compilation compiled(String key, DocumentSource source, boolean validate, boolean aliasesAsModels) {
    return COMPILED.computeIfAbsent(key + (aliasesAsModels ? " named" : ""), k -> {
      Path folder = work.resolve(k.replaceAll("[^A-Za-z0-9-]+", "-"));
      Sources sources = OpenApiGeneratorJava.generate(source.get(), folder, validate,
          aliasesAsModels ? Map.of("generateAliasAsModel", true) : Map.of());
      Compilation compilation = OpenApiGeneratorJava.compile(sources, folder.resolve("classes"));
      // Progress, at most every PROGRESS_EVERY: the class runs for a minute or more without a test ending.
      long now = System.nanoTime();
      if (now - lastProgress >= PROGRESS_EVERY.toNanos()) {
        lastProgress = now;
        System.out.println("interop: " + (COMPILED.size() + 1) + " OpenAPI Generator clients generated and compiled so far (latest: "
            + k + ")");
      }
      return compilation;
    });
  }

  /** The client of a provider's document in OpenAPI Generator's form, generated as the README says. */
  private static Compilation form(String providerId) {
    return compiled("form " + providerId, () -> Documents.forOpenApiGenerator(providerId), true, true);
  }

  private static ObjectNode originalFormDocument(Page page) {
    return Documents.formWithout(Documents.original(page), Set.of());
  }

  /** The client of an original document in OpenAPI Generator's form (generated without validation, as published). */
  private static Compilation originalInTheForm(Page page) {
    return compiled("original " + page.id() + " in the form", () -> originalFormDocument(page), false, true);
  }

  private static final String READS_IT = "reads it";

  /**
   * What a client does with an exchange: {@value #READS_IT}, or the first expected value it reads
   * otherwise ({@code reads choices[0].finishReason as null}), or the message it fails with.
   */
  private static String outcome(Compilation compilation, JsonNode document, Exchange exchange, boolean scalarCoercion) {
    try {
      Object response = call(compilation, document, exchange, scalarCoercion);
      for (Map.Entry<String, Object> expected : exchange.expected().entrySet()) {
        Object actual = Reflect.get(response, expected.getKey());
        if (!matches(expected.getValue(), actual)) {
          return "reads " + expected.getKey() + " as " + actual;
        }
      }
      return READS_IT;
    } catch (RuntimeException | AssertionError e) {
      return rootMessage(e);
    }
  }

  /**
   * Calls the operation at the exchange's path with the generated client, against the local server
   * answering with the exchange's payload; returns what the client read.
   */
  private static Object call(Compilation compilation, JsonNode document, Exchange exchange, boolean scalarCoercion) {
    RequestCorpus.Request request = exchange.request();
    server.respond(exchange.response().toString());
    String base = Documents.serverBasePath(document);
    Operation operation = operation(compilation.sources(), document, request.path().substring(base.length()));
    URLClassLoader loader = LOADERS.computeIfAbsent(compilation.classes(), k -> compilation.load());
    try {
      Class<?> apiClientClass = loader.loadClass(OpenApiGeneratorJava.PACKAGE + ".ApiClient");
      Object apiClient = apiClientClass.getConstructor().newInstance();
      Reflect.invoke(apiClient, Reflect.method(apiClientClass, "updateBaseUri", String.class), server.baseUri() + base);
      ObjectMapper mapper = (ObjectMapper) Reflect.invoke(apiClient, Reflect.method(apiClientClass, "getObjectMapper"));
      if (!scalarCoercion) {
        Workarounds.withoutScalarCoercion(mapper);
      }
      Class<?> apiClass = loader.loadClass(OpenApiGeneratorJava.PACKAGE + ".api." + operation.apiClass());
      Object api = apiClass.getConstructor(apiClientClass).newInstance(apiClient);
      Method method = Arrays.stream(apiClass.getMethods()).filter(m -> m.getName().equals(operation.method()))
          .filter(m -> Modifier.isPublic(m.getModifiers()))
          .min(Comparator.comparingInt(Method::getParameterCount)).orElseThrow();
      Class<?>[] types = method.getParameterTypes();
      Object[] args = new Object[types.length];
      for (int i = 0; i < types.length; i++) {
        if (i < operation.pathParameters().size()) {
          String value = operation.pathParameters().get(i);
          args[i] = types[i] == UUID.class ? UUID.fromString(value) : value;
        } else if (request.body().isPresent()) {
          args[i] = mapper.readValue(request.body().get().toString(), types[i]);
        }
      }
      return Reflect.invoke(api, method, args);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException(e);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The generated API class and method of one operation, and the path parameters' values. */
  private record Operation(String apiClass, String method, List<String> pathParameters) {}

  private static final Pattern REQUEST_BUILDER =
      Pattern.compile("HttpRequest\\.Builder (\\w+)RequestBuilder\\([^{]*\\{.*?String localVarPath = \"([^\"]*)\"", Pattern.DOTALL);

  /** Finds, in the generated API sources, the method that builds a request for {@code path}. */
  private static Operation operation(Sources sources, JsonNode document, String path) {
    List<String> seen = new ArrayList<>();
    for (Path file : sources.files()) {
      if (!file.getParent().getFileName().toString().equals("api")) {
        continue;
      }
      Matcher m = REQUEST_BUILDER.matcher(read(file));
      while (m.find()) {
        String template = m.group(2);
        seen.add(template);
        List<String> names = new ArrayList<>();
        StringBuilder regex = new StringBuilder();
        for (String part : template.split("(?=\\{)|(?<=\\})")) {
          if (part.startsWith("{") && part.endsWith("}")) {
            names.add(part);
            regex.append("([^/]+)");
          } else {
            regex.append(Pattern.quote(part));
          }
        }
        Matcher values = Pattern.compile(regex.toString()).matcher(path);
        if (values.matches() && document.path("paths").has(template)) {
          List<String> parameters = new ArrayList<>();
          for (int i = 1; i <= names.size(); i++) {
            parameters.add(values.group(i));
          }
          String className = file.getFileName().toString().replace(".java", "");
          return new Operation(className, m.group(1), parameters);
        }
      }
    }
    return fail("no generated operation for " + path + " among " + seen);
  }

  private static void assertValue(Exchange exchange, Object response, String path, Object expected) {
    Object actual = Reflect.get(response, path);
    assertThat(matches(expected, actual)).as("%s: %s is %s, expected %s", exchange, path, actual, expected).isTrue();
  }

  /** Numbers compare by value ({@code 14} and {@code 14.0} and a {@code BigDecimal} of 14 alike). */
  private static boolean matches(Object expected, Object actual) {
    if (expected instanceof Number number && actual instanceof Number) {
      return new BigDecimal(actual.toString()).compareTo(new BigDecimal(number.toString())) == 0;
    }
    return Objects.equals(expected, actual);
  }

  private static String describe(Compilation compilation) {
    if (compilation.compiles()) {
      return "compiles (" + compilation.sources().files().size() + " files)";
    }
    Set<String> files = new TreeSet<>();
    compilation.errorsByFile().keySet().forEach(f -> files.add(Path.of(f).getFileName().toString().replace(".java", "")));
    return "does not compile: " + compilation.errors().size() + " javac errors in " + files;
  }

  private static void record(String line) {
    synchronized (RECORD) {
      RECORD.add(line);
    }
  }

  private static String rootMessage(Throwable e) {
    Throwable root = e;
    while (root.getCause() != null && root.getCause() != root) {
      root = root.getCause();
    }
    String message = String.valueOf(root.getMessage());
    return root.getClass().getSimpleName() + ": " + message.lines().findFirst().orElse("");
  }

  private static String read(Path file) {
    try {
      return Files.readString(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
