package dev.clientsmith.generator.emit;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import dev.clientsmith.generator.model.ApiModel;
import dev.clientsmith.generator.model.ModelBuilder;
import dev.clientsmith.generator.model.Operation;
import dev.clientsmith.generator.model.TypeRef;
import dev.clientsmith.generator.normalize.Names;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.lang.model.element.Modifier;

/**
 * Emits the client class and its resource classes. Resources follow the operations' resource
 * chains ({@code chat.completions} gives {@code client.chat().completions()}); each resource has an
 * async twin and a raw-response view. Generated code stays declarative: a request description and
 * a {@code ResponseSpec} per operation, executed by the runtime.
 */
public final class ClientEmitter {
  static final String RUNTIME = "dev.clientsmith.runtime";
  static final ClassName CLIENT_RUNTIME = ClassName.get(RUNTIME, "ClientRuntime");
  static final ClassName CLIENT_OPTIONS = ClassName.get(RUNTIME, "ClientOptions");
  static final ClassName REQUEST_OPTIONS = ClassName.get(RUNTIME, "RequestOptions");
  static final ClassName API_REQUEST = ClassName.get(RUNTIME, "ApiRequest");
  static final ClassName RESPONSE_SPEC = ClassName.get(RUNTIME, "ResponseSpec");
  static final ClassName RAW_RESPONSE = ClassName.get(RUNTIME, "RawResponse");
  static final ClassName STREAM_SPEC = ClassName.get(RUNTIME + ".stream", "StreamSpec");
  static final ClassName STREAM_RESPONSE = ClassName.get(RUNTIME + ".stream", "StreamResponse");
  static final ClassName ASYNC_STREAM_RESPONSE = ClassName.get(RUNTIME + ".stream", "AsyncStreamResponse");
  static final ClassName BASE_URL = ClassName.get(RUNTIME + ".http", "BaseUrl");
  static final ClassName HTTP_TRANSPORT = ClassName.get(RUNTIME + ".http", "HttpTransport");
  static final ClassName TYPE_REFERENCE = ClassName.get("com.fasterxml.jackson.core.type", "TypeReference");
  static final ClassName COMPLETABLE_FUTURE = ClassName.get(java.util.concurrent.CompletableFuture.class);
  static final ClassName DURATION = ClassName.get(java.time.Duration.class);

  /** A node of the resource tree. */
  static final class Resource {
    final List<String> chain;
    final Map<String, Resource> children = new LinkedHashMap<>();
    final List<Operation> operations = new ArrayList<>();

    Resource(List<String> chain) {
      this.chain = List.copyOf(chain);
    }

    String baseName() {
      StringBuilder sb = new StringBuilder();
      chain.forEach(c -> sb.append(Names.pascal(c)));
      return sb.toString();
    }
  }

  private final JavaTypes types;
  private final ApiModel model;
  private final String resourcesPackage;
  private final ClassName clientName;
  private final Map<String, AccumulatorEmitter.Accumulator> accumulators;

  public ClientEmitter(JavaTypes types) {
    this.types = types;
    this.accumulators = new AccumulatorEmitter(types).accumulators();
    this.model = types.model();
    this.resourcesPackage = model.javaPackage() + ".resources";
    this.clientName = ClassName.get(model.javaPackage(), model.clientName());
  }

  public List<JavaFile> emitAll() {
    Resource root = tree();
    List<JavaFile> files = new ArrayList<>();
    files.add(file(model.javaPackage(), client(root)));
    emitResources(root, files);
    return files;
  }

  Resource tree() {
    Resource root = new Resource(List.of());
    for (Operation op : model.operations()) {
      Resource node = root;
      List<String> chain = new ArrayList<>();
      for (String segment : op.resource()) {
        chain.add(segment);
        node = node.children.computeIfAbsent(segment, s -> new Resource(chain));
      }
      node.operations.add(op);
    }
    return root;
  }

  private static JavaFile file(String pkg, TypeSpec spec) {
    return JavaFile.builder(pkg, spec).skipJavaLangImports(true).indent("  ").build();
  }

  private ClassName resourceClass(Resource r, boolean async) {
    return ClassName.get(resourcesPackage, (async ? "Async" : "") + r.baseName() + "Resource");
  }

  private void emitResources(Resource node, List<JavaFile> files) {
    for (Resource child : node.children.values()) {
      files.add(file(resourcesPackage, resource(child, false)));
      files.add(file(resourcesPackage, resource(child, true)));
      emitResources(child, files);
    }
  }

  // ---- client ------------------------------------------------------------------------------------

  private TypeSpec client(Resource root) {
    ApiModel.Server server = model.servers().isEmpty() ? new ApiModel.Server("http://localhost", Optional.empty(), List.of())
        : model.servers().get(0);
    ClassName builder = clientName.nestedClass("Builder");
    ClassName async = clientName.nestedClass("Async");
    boolean bearer = model.auth().kind() == ApiModel.Auth.Kind.BEARER;
    TypeSpec.Builder spec = TypeSpec.classBuilder(clientName).addModifiers(Modifier.PUBLIC, Modifier.FINAL)
        .addSuperinterface(AutoCloseable.class)
        .addJavadoc("Client for the $L API.\n\n", model.displayName())
        .addJavadoc("<pre>{@code\n$L client = $L.builder().apiKey(key).build();\n}</pre>\n\n", model.clientName(), model.clientName())
        .addJavadoc("<p>Thread-safe; share one instance. {@link #close()} releases its HTTP resources.\n");
    if (!bearer) {
      spec.addJavadoc("\n<p>The document declares no authentication; an API key is optional and, when given, is sent as a bearer"
          + " token.\n");
    }
    spec.addField(FieldSpec.builder(String.class, "DEFAULT_BASE_URL", Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
        .addJavadoc(server.variables().isEmpty() ? "The server URL from the document.\n"
            : "The server URL template from the document; its variables are builder options.\n")
        .initializer("$S", server.url()).build());
    spec.addField(FieldSpec.builder(String.class, "API_KEY_ENV", Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
        .addJavadoc("The environment variable {@link Builder#fromEnv()} reads the API key from.\n")
        .initializer("$S", model.apiKeyEnv()).build());
    spec.addField(CLIENT_RUNTIME, "runtime", Modifier.PRIVATE, Modifier.FINAL);
    spec.addField(async, "async", Modifier.PRIVATE, Modifier.FINAL);
    MethodSpec.Builder ctor = MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE)
        .addParameter(CLIENT_RUNTIME, "runtime").addStatement("this.runtime = runtime");
    TypeSpec.Builder asyncSpec = TypeSpec.classBuilder(async).addModifiers(Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
        .addJavadoc("The same calls, returning {@code CompletableFuture}s.\n");
    MethodSpec.Builder asyncCtor = MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).addParameter(CLIENT_RUNTIME, "runtime");
    for (Resource child : root.children.values()) {
      String accessor = Names.camel(child.chain.get(child.chain.size() - 1));
      ClassName syncType = resourceClass(child, false);
      ClassName asyncType = resourceClass(child, true);
      spec.addField(syncType, accessor, Modifier.PRIVATE, Modifier.FINAL);
      ctor.addStatement("this.$N = new $T(runtime)", accessor, syncType);
      spec.addMethod(MethodSpec.methodBuilder(accessor).addModifiers(Modifier.PUBLIC).returns(syncType)
          .addJavadoc("Calls under {@code /$L}.\n", String.join("/", child.chain)).addStatement("return $N", accessor).build());
      asyncSpec.addField(asyncType, accessor, Modifier.PRIVATE, Modifier.FINAL);
      asyncCtor.addStatement("this.$N = new $T(runtime)", accessor, asyncType);
      asyncSpec.addMethod(MethodSpec.methodBuilder(accessor).addModifiers(Modifier.PUBLIC).returns(asyncType)
          .addJavadoc("Calls under {@code /$L}, asynchronously.\n", String.join("/", child.chain)).addStatement("return $N", accessor).build());
    }
    // Operations directly at the root (a path with no literal segment) are rare; they stay on the resources.
    ctor.addStatement("this.async = new $T(runtime)", async);
    spec.addMethod(ctor.build());
    asyncSpec.addMethod(asyncCtor.build());
    spec.addMethod(MethodSpec.methodBuilder("builder").addModifiers(Modifier.PUBLIC, Modifier.STATIC).returns(builder)
        .addJavadoc("A builder with the document's server URL and the runtime's defaults.\n")
        .addStatement("return new $T()", builder).build());
    spec.addMethod(MethodSpec.methodBuilder("fromEnv").addModifiers(Modifier.PUBLIC, Modifier.STATIC).returns(clientName)
        .addJavadoc("A client with the API key from {@code $L} and defaults for everything else.\n", model.apiKeyEnv())
        .addJavadoc(bearer ? "\n@throws IllegalStateException if the variable is not set\n" : "")
        .addStatement("return builder().fromEnv().build()").build());
    spec.addMethod(MethodSpec.methodBuilder("async").addModifiers(Modifier.PUBLIC).returns(async)
        .addJavadoc("The asynchronous twin of this client.\n").addStatement("return async").build());
    spec.addMethod(MethodSpec.methodBuilder("options").addModifiers(Modifier.PUBLIC).returns(CLIENT_OPTIONS)
        .addJavadoc("The configuration this client was built with (the API key is never printed).\n")
        .addStatement("return runtime.options()").build());
    spec.addMethod(MethodSpec.methodBuilder("close").addAnnotation(Override.class).addModifiers(Modifier.PUBLIC)
        .addJavadoc("Releases the HTTP resources this client created; a transport given to the builder stays open.\n")
        .addStatement("runtime.close()").build());
    spec.addMethod(MethodSpec.methodBuilder("toString").addAnnotation(Override.class).addModifiers(Modifier.PUBLIC)
        .returns(String.class).addStatement("return $S + runtime.options() + $S", model.clientName() + "{", "}").build());
    spec.addType(asyncSpec.build());
    spec.addType(clientBuilder(builder, server));
    for (ApiModel.ServerVariable v : server.variables()) {
      if (!v.allowed().isEmpty()) {
        spec.addType(serverVariableEnum(v));
      }
    }
    return spec.build();
  }

  private TypeSpec clientBuilder(ClassName builder, ApiModel.Server server) {
    TypeSpec.Builder b = TypeSpec.classBuilder(builder).addModifiers(Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
        .addJavadoc("Configures a {@link $T}.\n", clientName);
    b.addField(FieldSpec.builder(CLIENT_OPTIONS.nestedClass("Builder"), "options", Modifier.PRIVATE, Modifier.FINAL)
        .initializer("$T.builder()", CLIENT_OPTIONS).build());
    b.addField(FieldSpec.builder(String.class, "baseUrl", Modifier.PRIVATE).build());
    b.addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).build());
    b.addMethod(setter(builder, "apiKey", String.class, "apiKey", "The API key, sent as a bearer token. Never printed or logged.",
        CodeBlock.of("options.apiKey(apiKey)")));
    if (model.auth().kind() == ApiModel.Auth.Kind.NONE) {
      // No authentication declared: the key is optional, so a missing variable is not an error.
      b.addMethod(MethodSpec.methodBuilder("fromEnv").addModifiers(Modifier.PUBLIC).returns(builder)
          .addJavadoc("Reads the optional API key from the environment variable {@code $L}, if it is set.\n", model.apiKeyEnv())
          .addStatement("$T key = $T.getenv(API_KEY_ENV)", String.class, System.class)
          .beginControlFlow("if (key != null && !key.isBlank())").addStatement("options.apiKey(key)").endControlFlow()
          .addStatement("return this").build());
    } else {
      b.addMethod(MethodSpec.methodBuilder("fromEnv").addModifiers(Modifier.PUBLIC).returns(builder)
          .addJavadoc("Reads the API key from the environment variable {@code $L}.\n\n", model.apiKeyEnv())
          .addJavadoc("@throws IllegalStateException if the variable is not set or blank\n")
          .addStatement("options.apiKeyFromEnv(API_KEY_ENV)").addStatement("return this").build());
    }
    b.addMethod(MethodSpec.methodBuilder("baseUrl").addModifiers(Modifier.PUBLIC).returns(builder)
        .addJavadoc("Overrides the server URL (a proxy, a mock server). Replaces any server variables.\n")
        .addParameter(String.class, "baseUrl")
        .addStatement("this.baseUrl = $T.requireNonNull(baseUrl, $S)", JavaTypes.OBJECTS, "baseUrl").addStatement("return this").build());
    for (ApiModel.ServerVariable v : server.variables()) {
      TypeName type = v.allowed().isEmpty() ? ClassName.get(String.class) : clientName.nestedClass(Names.pascal(v.name()));
      b.addField(FieldSpec.builder(type, v.javaName(), Modifier.PRIVATE)
          .initializer(v.allowed().isEmpty() ? CodeBlock.of("$S", v.defaultValue())
              : CodeBlock.of("$T.$N", type, ModelBuilder.constantName(v.defaultValue()))).build());
      b.addMethod(MethodSpec.methodBuilder(v.javaName()).addModifiers(Modifier.PUBLIC).returns(builder)
          .addJavadoc(Javadocs.of(v.description(), "The server variable {@code " + v.name() + "}."))
          .addJavadoc("\n<p>Default: {@code $L}.\n", v.defaultValue())
          .addParameter(type, v.javaName())
          .addStatement("this.$N = $T.requireNonNull($N, $S)", v.javaName(), JavaTypes.OBJECTS, v.javaName(), v.javaName())
          .addStatement("return this").build());
    }
    b.addMethod(setter(builder, "timeout", DURATION, "timeout", "How long one attempt of a request may take (each retry gets the same again).",
        CodeBlock.of("options.timeout(timeout)")));
    b.addMethod(setter(builder, "connectTimeout", DURATION, "connectTimeout", "How long connecting may take.",
        CodeBlock.of("options.connectTimeout(connectTimeout)")));
    b.addMethod(MethodSpec.methodBuilder("maxRetries").addModifiers(Modifier.PUBLIC).returns(builder)
        .addJavadoc("How many times a failed request is retried.\n").addParameter(TypeName.INT, "maxRetries")
        .addStatement("options.maxRetries(maxRetries)").addStatement("return this").build());
    b.addMethod(MethodSpec.methodBuilder("putHeader").addModifiers(Modifier.PUBLIC).returns(builder)
        .addJavadoc("A header sent with every request.\n").addParameter(String.class, "name").addParameter(String.class, "value")
        .addStatement("options.putHeader(name, value)").addStatement("return this").build());
    b.addMethod(setter(builder, "transport", HTTP_TRANSPORT, "transport",
        "The HTTP transport to use instead of the JDK client; it is not closed with the client.",
        CodeBlock.of("options.transport(transport)")));
    MethodSpec.Builder build = MethodSpec.methodBuilder("build").addModifiers(Modifier.PUBLIC).returns(clientName)
        .addJavadoc("The client.\n");
    if (server.variables().isEmpty()) {
      build.addStatement("options.baseUrl(baseUrl != null ? baseUrl : DEFAULT_BASE_URL)");
    } else {
      build.beginControlFlow("if (baseUrl != null)").addStatement("options.baseUrl(baseUrl)").nextControlFlow("else");
      CodeBlock.Builder vars = CodeBlock.builder();
      for (int i = 0; i < server.variables().size(); i++) {
        ApiModel.ServerVariable v = server.variables().get(i);
        vars.add(i == 0 ? "" : ", ").add("$S, $L", v.name(), v.allowed().isEmpty() ? CodeBlock.of("$N", v.javaName())
            : CodeBlock.of("$N.value()", v.javaName()));
      }
      build.addStatement("options.baseUrl($T.fromTemplate(DEFAULT_BASE_URL, $T.of($L)))", BASE_URL, JavaTypes.MAP, vars.build())
          .endControlFlow();
    }
    build.addStatement("return new $T($T.create(options.build()))", clientName, CLIENT_RUNTIME);
    b.addMethod(build.build());
    return b.build();
  }

  private TypeSpec serverVariableEnum(ApiModel.ServerVariable v) {
    TypeSpec.Builder e = TypeSpec.enumBuilder(Names.pascal(v.name())).addModifiers(Modifier.PUBLIC)
        .addJavadoc(Javadocs.of(v.description(), "Values of the server variable {@code " + v.name() + "}."));
    for (String value : v.allowed()) {
      e.addEnumConstant(ModelBuilder.constantName(value), TypeSpec.anonymousClassBuilder("$S", value).build());
    }
    e.addField(String.class, "value", Modifier.PRIVATE, Modifier.FINAL);
    e.addMethod(MethodSpec.constructorBuilder().addParameter(String.class, "value").addStatement("this.value = value").build());
    e.addMethod(MethodSpec.methodBuilder("value").addModifiers(Modifier.PUBLIC).returns(String.class)
        .addJavadoc("The value put into the server URL.\n").addStatement("return value").build());
    return e.build();
  }

  private static MethodSpec setter(ClassName builder, String name, java.lang.reflect.Type type, String param, String doc, CodeBlock call) {
    return setter(builder, name, TypeName.get(type), param, doc, call);
  }

  private static MethodSpec setter(ClassName builder, String name, TypeName type, String param, String doc, CodeBlock call) {
    return MethodSpec.methodBuilder(name).addModifiers(Modifier.PUBLIC).returns(builder).addJavadoc("$L\n", doc)
        .addParameter(type, param).addStatement(call).addStatement("return this").build();
  }

  // ---- resources -----------------------------------------------------------------------------------

  private TypeSpec resource(Resource r, boolean async) {
    ClassName self = resourceClass(r, async);
    ClassName raw = self.nestedClass("WithRawResponse");
    TypeSpec.Builder spec = TypeSpec.classBuilder(self).addModifiers(Modifier.PUBLIC, Modifier.FINAL)
        .addJavadoc("Calls under {@code /$L}$L.\n", String.join("/", r.chain), async ? ", returning {@code CompletableFuture}s" : "");
    spec.addField(CLIENT_RUNTIME, "runtime", Modifier.PRIVATE, Modifier.FINAL);
    MethodSpec.Builder ctor = MethodSpec.constructorBuilder().addModifiers(Modifier.PUBLIC)
        .addJavadoc("Used by the client; obtain resources from it.\n\n@param runtime the client's runtime\n")
        .addParameter(CLIENT_RUNTIME, "runtime").addStatement("this.runtime = runtime");
    for (Resource child : r.children.values()) {
      String accessor = Names.camel(child.chain.get(child.chain.size() - 1));
      ClassName childType = resourceClass(child, async);
      spec.addField(childType, accessor, Modifier.PRIVATE, Modifier.FINAL);
      ctor.addStatement("this.$N = new $T(runtime)", accessor, childType);
      spec.addMethod(MethodSpec.methodBuilder(accessor).addModifiers(Modifier.PUBLIC).returns(childType)
          .addJavadoc("Calls under {@code /$L}.\n", String.join("/", child.chain)).addStatement("return $N", accessor).build());
    }
    spec.addMethod(ctor.build());
    TypeSpec.Builder rawSpec = TypeSpec.classBuilder(raw).addModifiers(Modifier.PUBLIC, Modifier.FINAL)
        .addJavadoc("The same calls, returning the status, headers and body along with the parsed value.\n");
    for (Operation op : r.operations) {
      String specName = Names.camel(op.operationId()).replaceAll("([a-z0-9])([A-Z])", "$1_$2").toUpperCase(java.util.Locale.ROOT);
      TypeName value = op.response().map(types::typeName).orElse(ClassName.get(Void.class));
      spec.addField(FieldSpec.builder(ParameterizedTypeName.get(RESPONSE_SPEC, value), specName, Modifier.PRIVATE, Modifier.STATIC,
          Modifier.FINAL).initializer(responseSpec(op)).build());
      spec.addMethod(call(op, value, specName, async, false, false));
      spec.addMethod(call(op, value, specName, async, false, true));
      rawSpec.addMethod(call(op, value, specName, async, true, false));
      rawSpec.addMethod(call(op, value, specName, async, true, true));
      spec.addMethod(requestFactory(op));
      addStreamingCalls(spec, op, specName, async);
    }
    if (!r.operations.isEmpty()) {
      spec.addMethod(MethodSpec.methodBuilder("withRawResponse").addModifiers(Modifier.PUBLIC).returns(raw)
          .addJavadoc("These calls with access to the raw HTTP response.\n").addStatement("return new $T()", raw).build());
      rawSpec.addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).build());
      spec.addType(rawSpec.build());
    }
    return spec.build();
  }

  private CodeBlock responseSpec(Operation op) {
    CodeBlock.Builder b = CodeBlock.builder();
    if (op.response().isEmpty()) {
      b.add("$T.none()", RESPONSE_SPEC);
    } else {
      b.add("$T.of($L)", RESPONSE_SPEC, typeToken(op.response().get()));
    }
    return b.add(errorDeclarations(op)).build();
  }

  /** {@code .error("400", ErrorResponse.class)...}: the typed error bodies, for a response or a stream spec. */
  private CodeBlock errorDeclarations(Operation op) {
    CodeBlock.Builder b = CodeBlock.builder().add("$>$>");
    for (Operation.ErrorResponse e : op.errors()) {
      if (e.body().isPresent()) {
        b.add("\n.error($S, $L)", e.status(), typeToken(e.body().get()));
      }
    }
    return b.add("$<$<").build();
  }

  /** The name of an operation's streaming call: {@code create} streams as {@code createStreaming}. */
  static String streamingName(Operation op) {
    return op.method() + "Streaming";
  }

  /**
   * {@code createStreaming(..)} with and without {@code RequestOptions}, for an operation with a
   * stream event type: the same request as {@code create}, which the runtime sends with
   * {@code "stream": true} and {@code Accept: text/event-stream}.
   */
  private void addStreamingCalls(TypeSpec.Builder spec, Operation op, String specName, boolean async) {
    if (op.streaming().isEmpty()) {
      return;
    }
    TypeRef event = op.streaming().get().event();
    TypeName chunk = types.typeName(event);
    String streamSpec = specName + "_STREAM";
    spec.addField(FieldSpec.builder(ParameterizedTypeName.get(STREAM_SPEC, chunk), streamSpec, Modifier.PRIVATE, Modifier.STATIC,
        Modifier.FINAL).initializer(CodeBlock.builder().add("$T.of($L)", STREAM_SPEC, typeToken(event)).add(errorDeclarations(op)).build())
        .build());
    TypeName result = ParameterizedTypeName.get(async ? ASYNC_STREAM_RESPONSE : STREAM_RESPONSE, chunk);
    List<String> args = new ArrayList<>();
    parameters(op).forEach(p -> args.add(p.name()));
    Optional<ClassName> accumulator = event instanceof TypeRef.Named n
        ? Optional.ofNullable(accumulators.get(n.name())).map(AccumulatorEmitter.Accumulator::name) : Optional.empty();
    for (boolean withOptions : new boolean[] {false, true}) {
      MethodSpec.Builder m = MethodSpec.methodBuilder(streamingName(op)).addModifiers(Modifier.PUBLIC).returns(result)
          .addParameters(parameters(op));
      describe(m, op);
      m.addJavadoc("\n<p>Streams the response: the request is sent with {@code \"$L\": true} and {@code Accept: text/event-stream},"
          + " and each server-sent event is read as a {@link $T}.", op.streaming().get().flagProperty(), chunk);
      m.addJavadoc(async ? " Chunks go to the handler given to {@code subscribe}, on the runtime's stream threads, never on the"
          + " caller's; closing the stream or cancelling its {@code onComplete()} future aborts the exchange.\n"
          : " Use it with try-with-resources: closing it early aborts the exchange and releases the connection.\n");
      accumulator.ifPresent(a -> m.addJavadoc("{@link $T} folds the chunks into the final result.\n", a));
      m.addJavadoc("\n");
      documentParameters(m, op);
      List<String> delegated = new ArrayList<>(args);
      if (withOptions) {
        m.addParameter(REQUEST_OPTIONS, "options");
        m.addJavadoc("@param options per-request headers, query parameters, timeout, retries and extra body properties\n");
      }
      m.addJavadoc(async ? "@return the stream, already under way; subscribe a handler to receive its chunks\n"
          : "@return the open stream of chunks; close it\n");
      if (withOptions) {
        m.addStatement("return runtime.$L($N($L), $N, options)", async ? "executeStreamingAsync" : "executeStreaming",
            op.method() + "Request", String.join(", ", args), streamSpec);
      } else {
        delegated.add("$T.none()");
        m.addStatement("return $N(" + String.join(", ", delegated) + ")", streamingName(op), REQUEST_OPTIONS);
      }
      spec.addMethod(m.build());
    }
  }

  /** {@code X.class}, or an anonymous {@code TypeReference} for generic types. */
  private CodeBlock typeToken(TypeRef type) {
    TypeName name = types.typeName(type);
    if (name instanceof ParameterizedTypeName) {
      return CodeBlock.of("new $T<$T>() {}", TYPE_REFERENCE, name);
    }
    return CodeBlock.of("$T.class", name);
  }

  /** The parameters a call takes, in order: path and other parameters, then the body. */
  private List<ParameterSpec> parameters(Operation op) {
    List<ParameterSpec> out = new ArrayList<>();
    for (Operation.Parameter p : op.parameters()) {
      out.add(ParameterSpec.builder(types.typeName(p.type()), p.javaName()).build());
    }
    op.body().ifPresent(b -> out.add(ParameterSpec.builder(types.typeName(b.type()), "params").build()));
    return out;
  }

  private void document(MethodSpec.Builder m, Operation op) {
    describe(m, op);
    m.addJavadoc("\n");
    documentParameters(m, op);
  }

  private static void describe(MethodSpec.Builder m, Operation op) {
    m.addJavadoc(Javadocs.of(op.summary().or(op::description), op.httpMethod() + " " + op.path()));
    if (op.summary().isPresent() && op.description().isPresent() && !op.description().equals(op.summary())) {
      m.addJavadoc("\n<p>$L\n", Javadocs.escape(op.description().get()));
    }
    m.addJavadoc("\n<p>{@code $L $L}\n", op.httpMethod(), op.path());
  }

  private static void documentParameters(MethodSpec.Builder m, Operation op) {
    for (Operation.Parameter p : op.parameters()) {
      m.addJavadoc("@param $N $L\n", p.javaName(), p.description().map(Javadocs::escape).orElse("the {@code " + p.name() + "} parameter"));
    }
    op.body().ifPresent(b -> m.addJavadoc("@param params $L\n", b.description().map(Javadocs::escape).orElse("the request body")));
  }

  /** {@code private static ApiRequest createRequest(..)}: the one place the HTTP request of an operation is described. */
  private MethodSpec requestFactory(Operation op) {
    MethodSpec.Builder m = MethodSpec.methodBuilder(op.method() + "Request").addModifiers(Modifier.PRIVATE, Modifier.STATIC)
        .returns(API_REQUEST).addParameters(parameters(op));
    CodeBlock.Builder request = CodeBlock.builder().add("$T.builder($S, $S)$>$>", API_REQUEST, op.httpMethod(), op.path());
    for (Operation.Parameter p : op.parameters()) {
      String method = switch (p.in()) {
        case PATH -> "pathParam";
        case QUERY -> "queryParam";
        case HEADER -> "header";
      };
      if (p.required()) {
        request.add("\n.$L($S, $T.requireNonNull($N, $S))", method, p.name(), JavaTypes.OBJECTS, p.javaName(), p.javaName());
      } else {
        request.add("\n.$L($S, $N)", method, p.name(), p.javaName());
      }
    }
    if (op.body().isPresent()) {
      if (op.body().get().required()) {
        request.add("\n.body($T.requireNonNull(params, $S))", JavaTypes.OBJECTS, "params");
      } else {
        request.add("\n.body(params)");
      }
    }
    request.add("\n.build()$<$<");
    return m.addStatement("return $L", request.build()).build();
  }

  private MethodSpec call(Operation op, TypeName value, String specName, boolean async, boolean raw, boolean withOptions) {
    TypeName result = raw ? ParameterizedTypeName.get(RAW_RESPONSE, value) : value;
    if (async) {
      result = ParameterizedTypeName.get(COMPLETABLE_FUTURE, result);
    }
    MethodSpec.Builder m = MethodSpec.methodBuilder(op.method()).addModifiers(Modifier.PUBLIC).returns(result)
        .addParameters(parameters(op));
    document(m, op);
    List<String> args = new ArrayList<>();
    parameters(op).forEach(p -> args.add(p.name()));
    if (!withOptions) {
      m.addJavadoc(async ? "@return a future of the $L\n" : "@return the $L\n", raw ? "raw response" : "response");
      List<String> delegated = new ArrayList<>(args);
      delegated.add("$T.none()");
      return m.addStatement("return $N(" + String.join(", ", delegated) + ")", op.method(), REQUEST_OPTIONS).build();
    }
    m.addParameter(REQUEST_OPTIONS, "options");
    m.addJavadoc("@param options per-request headers, query parameters, timeout, retries and extra body properties\n");
    m.addJavadoc(async ? "@return a future of the $L\n" : "@return the $L\n", raw ? "raw response" : "response");
    String exec = (raw ? "executeRaw" : "execute") + (async ? "Async" : "");
    return m.addStatement("return runtime.$L($N($L), $N, options)", exec, op.method() + "Request", String.join(", ", args), specName)
        .build();
  }
}
