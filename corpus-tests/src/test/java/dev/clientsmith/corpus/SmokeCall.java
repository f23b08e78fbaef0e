package dev.clientsmith.corpus;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.clientsmith.generator.model.ApiModel;
import dev.clientsmith.generator.model.Operation;
import dev.clientsmith.runtime.json.ClientJson;
import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The main chat call of a generated module, driven reflectively from the model (so the test
 * follows the names the generator chose): the client is pointed at a {@link LocalServer}, the
 * call's request is read from the document's realistic JSON into the generated request type, and
 * the typed result must write back exactly the reply the server sent.
 */
final class SmokeCall {
  static final String API_KEY = "sk-corpus-smoke-0123456789";

  private final CorpusDocument document;
  private final ApiModel model;
  private final ObjectMapper mapper = ClientJson.mapper();

  SmokeCall(CorpusDocument document, ApiModel model) {
    this.document = document;
    this.model = model;
  }

  /** Why the call failed, or empty when the request and the reply went through intact. */
  Optional<String> run(Path classes) throws IOException {
    Optional<Operation> found = operation();
    if (found.isEmpty()) {
      return Optional.of("no operation " + document.smoke().path("call").asText() + " among the model's " + model.operations().size());
    }
    Operation op = found.get();
    JsonNode request = document.smoke().path("request");
    JsonNode reply = document.smoke().path("reply");
    try (LocalServer server = new LocalServer(mapper.writeValueAsString(reply));
        URLClassLoader loader = new URLClassLoader(new URL[] {url(classes)}, SmokeCall.class.getClassLoader())) {
      Object result;
      try (AutoCloseable client = client(loader, server.url())) {
        result = invoke(client, op, request);
      }
      return check(op, server.received(), request, reply, result);
    } catch (InvocationTargetException e) {
      Throwable cause = e.getCause();
      return Optional.of("the call threw " + cause.getClass().getSimpleName() + ": " + cause.getMessage());
    } catch (ReflectiveOperationException e) {
      return Optional.of("the generated client has no " + e.getMessage());
    } catch (Exception e) {
      return Optional.of(e.getClass().getSimpleName() + ": " + e.getMessage());
    }
  }

  /** The model's operation for the documented call; base paths may have moved into the server URL. */
  private Optional<Operation> operation() {
    return model.operations().stream()
        .filter(o -> o.httpMethod().equalsIgnoreCase(document.httpMethod()) && document.documentPath().endsWith(o.path()))
        .max(Comparator.comparingInt(o -> o.path().length()));
  }

  private AutoCloseable client(ClassLoader loader, String baseUrl) throws ReflectiveOperationException {
    Class<?> clientClass = loader.loadClass(model.javaPackage() + "." + model.clientName());
    Object builder = clientClass.getMethod("builder").invoke(null);
    Class<?> b = builder.getClass();
    // Keys and retries vary with the document's security and the runtime; set what the builder offers.
    if (hasMethod(b, "apiKey", String.class)) {
      b.getMethod("apiKey", String.class).invoke(builder, API_KEY);
    }
    if (hasMethod(b, "maxRetries", int.class)) {
      b.getMethod("maxRetries", int.class).invoke(builder, 0);
    }
    b.getMethod("timeout", Duration.class).invoke(builder, Duration.ofSeconds(20));
    b.getMethod("baseUrl", String.class).invoke(builder, baseUrl);
    return (AutoCloseable) b.getMethod("build").invoke(builder);
  }

  private Object invoke(Object client, Operation op, JsonNode request) throws ReflectiveOperationException, IOException {
    Object target = client;
    for (String segment : op.resource()) {
      target = target.getClass().getMethod(segment).invoke(target);
    }
    Method call = Arrays.stream(target.getClass().getMethods())
        .filter(m -> m.getName().equals(op.method()) && !Modifier.isStatic(m.getModifiers()))
        .filter(m -> Arrays.stream(m.getParameterTypes()).noneMatch(t -> t.getSimpleName().equals("RequestOptions")))
        .min(Comparator.comparingInt(Method::getParameterCount))
        .orElseThrow(() -> new NoSuchMethodException(String.join(".", op.resource()) + "." + op.method() + "(..)"));
    List<Operation.Parameter> pathParams = op.parameters().stream().filter(p -> p.in() == Operation.Location.PATH).toList();
    Class<?>[] types = call.getParameterTypes();
    Object[] args = new Object[types.length];
    JsonNode values = document.smoke().path("pathParams");
    for (int i = 0; i < types.length; i++) {
      if (i < pathParams.size()) {
        args[i] = mapper.convertValue(values.path(pathParams.get(i).name()), types[i]);
      } else {
        args[i] = mapper.treeToValue(request, types[i]);
      }
    }
    return call.invoke(target, args);
  }

  private Optional<String> check(Operation op, List<LocalServer.Received> received, JsonNode request, JsonNode reply, Object result)
      throws IOException {
    if (received.size() != 1) {
      return Optional.of("the server received " + received.size() + " requests, not 1");
    }
    LocalServer.Received r = received.get(0);
    if (!r.method().equals(op.httpMethod()) || !r.path().equals(op.path())) {
      return Optional.of("sent " + r.method() + " " + r.path() + ", not " + op.httpMethod() + " " + op.path());
    }
    JsonNode sent = mapper.readTree(r.body());
    if (!sent.equals(request)) {
      return Optional.of("sent body " + sent + "\n  is not the request " + request);
    }
    boolean keySent = r.headers().values().stream().flatMap(List::stream).anyMatch(v -> v.contains(API_KEY));
    if (!keySent) {
      return Optional.of("the API key was sent in no header: " + r.headers().keySet());
    }
    // Through text, as the server's bytes were: a tree built from objects keeps a long as a long
    // where parsed text holds an int, and trees of different number kinds are never equal.
    JsonNode read = mapper.readTree(mapper.writeValueAsString(result));
    if (!read.equals(reply)) {
      return Optional.of("the typed reply writes back as " + read + "\n  not as the reply " + reply);
    }
    return Optional.empty();
  }

  private static boolean hasMethod(Class<?> type, String name, Class<?>... parameters) {
    try {
      type.getMethod(name, parameters);
      return true;
    } catch (NoSuchMethodException e) {
      return false;
    }
  }

  private static URL url(Path classes) {
    try {
      return classes.toUri().toURL();
    } catch (MalformedURLException e) {
      throw new IllegalArgumentException(e);
    }
  }
}
