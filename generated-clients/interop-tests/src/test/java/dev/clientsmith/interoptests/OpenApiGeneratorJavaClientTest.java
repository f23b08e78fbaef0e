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
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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
 *   <li>The same documents with the tool's limits stepped around as a user of it would ({@link
 *       Workarounds}): every normalised client compiles, sends requests the normalised document
 *       accepts, and reads every realistic response but those with a value the document does not
 *       list (our client tests' payloads, some of which have one: a known limit); the original
 *       documents, treated alike, do not.
 *       Each limit is also checked to be still there, so that the README stays true.
 * </ol>
 */
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
      System.out.println("OpenAPI Generator " + org.openapitools.codegen.DefaultGenerator.class.getPackage().getImplementationVersion()
          + ", Java client, native library:\n  " + String.join("\n  ", RECORD));
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

  // 3. The tool's limits stepped around, for original and normalised documents alike.

  @ParameterizedTest(name = "{0}")
  @MethodSource("providers")
  void normalisedDocumentCompilesWithTheWorkarounds(String providerId) {
    Compilation compilation = withWorkarounds("normalised " + providerId, () -> Documents.normalised(providerId), true, true);
    assertThat(compilation.errors()).as("javac errors of the client from the normalised %s document, with the workarounds:\n%s",
        providerId, compilation.summary()).isEmpty();
  }

  /** The comparison below is fair: with the same workarounds, the original documents' clients compile too. */
  @ParameterizedTest(name = "{0}")
  @MethodSource("pages")
  void originalDocumentCompilesWithTheWorkarounds(Page page) {
    Compilation compilation = withWorkarounds("original " + page.id(), () -> Documents.original(page), false, true);
    assertThat(compilation.errors()).as("javac errors of the client from the original %s, with the workarounds:\n%s",
        page, compilation.summary()).isEmpty();
  }

  /**
   * The client from the normalised document sends each realistic request (built from its JSON with the
   * client's own mapper) to a local server, to the same URL as the original document gives, with a
   * body the normalised document accepts; and reads the realistic response.
   */
  @ParameterizedTest(name = "{0}")
  @MethodSource("exchanges")
  void normalisedClientSendsAndReadsRealisticExchanges(Exchange exchange) throws IOException {
    ObjectNode document = Documents.normalised(exchange.providerId());
    Compilation compilation = withWorkarounds("normalised " + exchange.providerId(), () -> Documents.normalised(exchange.providerId()), true, true);
    assertThat(compilation.errors()).as("client from the normalised %s document compiles", exchange.providerId()).isEmpty();

    if (exchange.knownLimit().isPresent()) {
      Throwable thrown = catchThrowable(() -> call(compilation, document, exchange, false));
      assertThat(thrown).as("%s: a known limit of OpenAPI Generator's client (when this fails, the limit is gone: "
          + "update the README)", exchange).isNotNull();
      assertThat(rootMessage(thrown)).contains(exchange.knownLimit().get());
      return;
    }
    Object response = call(compilation, document, exchange, false);
    exchange.expected().forEach((path, value) -> assertValue(exchange, response, path, value));

    LocalServer.Received sent = server.received();
    assertThat(sent.path()).as("URL path the client sent to").isEqualTo(exchange.request().path());
    ValidationReport report = RequestValidationTest.validator(document, RequestValidationTest.Mode.LENIENT)
        .validateRequest(RequestValidationTest.http(new RequestCorpus.Request(exchange.requestName() + " as sent",
            sent.path(), Optional.of(Documents.JSON.readTree(sent.body())), false)));
    assertThat(report.hasErrors()).as("the request body OpenAPI Generator's client sent, against the normalised document: %s\n%s",
        RequestValidationTest.describe(report), sent.body()).isFalse();
  }

  /** Where the normalised documents fold a union's null into a member: a response, and two requests. */
  static List<Exchange> foldedNulls() {
    return List.of(
        Exchanges.find("interactive-ai", "chat-tools", "chat-completion-tool-call.json"),
        Exchanges.find("cortecs", "logprobs-null", "chat-completion.json"),
        Exchanges.find("oxen", "tool-choice-null", "chat-completion.json"));
  }

  /**
   * Workaround 2 is still needed: with the null folded into a member of the union ({@code oneOf:
   * [{type: string, nullable: true}, ...]}), as the normalised documents have it, OpenAPI Generator's
   * client refuses the null. The normaliser keeps that form because the alternatives OpenAPI
   * Generator reads ({@code nullable} beside the {@code oneOf}, or a member {@code enum: [null]})
   * both make Prism's schema compiler fail and switch its request check off. (When this fails, the
   * tool reads folded nulls: drop workaround 2 and update the README.)
   */
  @ParameterizedTest(name = "{0}")
  @MethodSource("foldedNulls")
  void aNullFoldedIntoAUnionMemberIsRefused(Exchange exchange) {
    ObjectNode document = Documents.normalised(exchange.providerId());
    Compilation compilation = withWorkarounds("normalised " + exchange.providerId(), () -> Documents.normalised(exchange.providerId()), true, false);
    assertThat(compilation.errors()).isEmpty();
    Throwable thrown = catchThrowable(() -> call(compilation, document, exchange, false));
    assertThat(thrown).as("%s with the null folded into a union member", exchange).isNotNull();
    assertThat(rootMessage(thrown)).as("%s with the null folded into a union member", exchange).contains("cannot be null");
    record("normalised " + exchange.providerId() + " (workaround 1), " + exchange.requestName() + " -> " + exchange.payload()
        + ": its client refuses it, as documented: " + rootMessage(thrown));
  }

  /** Workaround 3 is still needed: with the client's default mapper, {@code "logprobs": 5} matches integer and boolean. */
  @Test
  void scalarUnionsNeedCoercionOff() {
    Exchange exchange = Exchanges.all().stream().filter(e -> e.providerId().equals("cortecs") && e.requestName().equals("logprobs-integer"))
        .findFirst().orElseThrow();
    Compilation compilation = withWorkarounds("normalised cortecs", () -> Documents.normalised("cortecs"), true, true);
    Throwable thrown = catchThrowable(() -> call(compilation, Documents.normalised("cortecs"), exchange, true));
    assertThat(rootMessage(thrown)).as("building %s with scalar coercion on", exchange).contains("2 classes match");
  }

  /**
   * The original documents, with the same workarounds, as far as they go: the comparison is recorded,
   * and the one the issue names is checked: Interactive AI's chat client cannot read
   * {@code "finish_reason":"stop"} (a {@code nullable} one-element {@code oneOf} became an empty class).
   */
  @Test
  void originalClientsFailOnOrdinaryExchanges() {
    List<String> failures = new ArrayList<>();
    for (Exchange exchange : Exchanges.all()) {
      Page page = Documents.pages().stream().filter(p -> p.providerId().equals(exchange.providerId()))
          .filter(p -> RequestCorpus.serves(Documents.original(p), exchange.request().path())).findFirst().orElseThrow();
      Compilation compilation = withWorkarounds("original " + page.id(), () -> Documents.original(page), false, true);
      String outcome;
      if (!compilation.compiles()) {
        outcome = "does not compile";
      } else {
        try {
          Object response = call(compilation, Documents.original(page), exchange, false);
          exchange.expected().forEach((path, value) -> assertValue(exchange, response, path, value));
          outcome = "reads it";
        } catch (RuntimeException | AssertionError e) {
          outcome = "its client cannot read it (a documented tool limit): " + rootMessage(e);
          failures.add(exchange.toString());
        }
      }
      record("original " + page.id() + " with the workarounds, " + exchange.requestName() + " -> " + exchange.payload() + ": " + outcome);
    }
    assertThat(failures).as("exchanges the clients from the original documents cannot do")
        .contains("interactive-ai chat-completion-without-reasoning.json");
  }

  // Helpers.

  private static ObjectNode normalised(String id) {
    return id.startsWith("page:") ? Documents.normalised(Documents.page(id.substring(5))) : Documents.normalised(id);
  }

  private interface DocumentSource {
    ObjectNode get();
  }

  private static Compilation compiled(String key, DocumentSource source, boolean validate, boolean aliasesAsModels) {
    return COMPILED.computeIfAbsent(key + (aliasesAsModels ? " named" : ""), k -> {
      Path folder = work.resolve(k.replaceAll("[^A-Za-z0-9-]+", "-"));
      Sources sources = OpenApiGeneratorJava.generate(source.get(), folder, validate,
          aliasesAsModels ? Map.of("generateAliasAsModel", true) : Map.of());
      return OpenApiGeneratorJava.compile(sources, folder.resolve("classes"));
    });
  }

  /**
   * The client of a document with workaround 1, and with workaround 2 when {@code nullableUnions}
   * (workaround 3 is the mapper's, in {@link #call}).
   */
  private static Compilation withWorkarounds(String key, DocumentSource source, boolean validate, boolean nullableUnions) {
    String variant = key + (nullableUnions ? " (workarounds 1, 2)" : " (workaround 1)");
    boolean first = !COMPILED.containsKey(variant + " named");
    List<String> named = new ArrayList<>();
    List<String> marked = new ArrayList<>();
    Compilation compilation = compiled(variant, () -> {
      ObjectNode document = source.get();
      named.addAll(Workarounds.nameUnionArrays(document));
      if (nullableUnions) {
        marked.addAll(Workarounds.explicitNullMembers(document));
      }
      return document;
    }, validate, true);
    if (first) {
      record(variant + ": " + describe(compilation) + "; union arrays named: " + named
          + (nullableUnions ? "; unions given an explicit null member: " + marked : ""));
    }
    return compilation;
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
    if (expected instanceof Number number && actual instanceof Number) {
      assertThat(new BigDecimal(actual.toString())).as("%s: %s", exchange, path).isEqualByComparingTo(new BigDecimal(number.toString()));
    } else {
      assertThat(actual).as("%s: %s", exchange, path).isEqualTo(expected);
    }
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
