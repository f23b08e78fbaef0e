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
import dev.clientsmith.generator.normalize.OperationIdsPass;
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
  static final ClassName SECRET = ClassName.get(RUNTIME, "Secret");
  static final ClassName CREDENTIAL = ClassName.get(RUNTIME + ".auth", "Credential");
  static final ClassName AUTO_PAGER = ClassName.get(RUNTIME, "AutoPager");
  static final ClassName INPUT_STREAM = ClassName.get(java.io.InputStream.class);
  static final ClassName FUNCTION = ClassName.get(java.util.function.Function.class);
  /** Members of the client class an operation on {@code /} must not take as its method name. */
  private static final java.util.Set<String> CLIENT_MEMBERS = java.util.Set.of("builder", "fromEnv", "async", "options", "close",
      "toString", "withRawResponse", "equals", "hashCode", "getClass", "notify", "notifyAll", "wait");

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
      // A path segment may start with a digit (/2fa/...); a class name cannot.
      return sb.length() > 0 && Character.isJavaIdentifierStart(sb.charAt(0)) ? sb.toString() : "Path" + sb;
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

  private TypeName valueType(Operation op) {
    return valueType(types, op);
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
    boolean bearer = model.auth().kind() != ApiModel.Auth.Kind.NONE;
    TypeSpec.Builder spec = TypeSpec.classBuilder(clientName).addModifiers(Modifier.PUBLIC, Modifier.FINAL)
        .addSuperinterface(AutoCloseable.class)
        .addJavadoc("Client for the $L API.\n\n", model.displayName())
        .addJavadoc("<pre>{@code\n$L client = $L.builder().$L.build();\n}</pre>\n\n", model.clientName(), model.clientName(),
            primaryOptionExample())
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
        .initializer("$S", apiKeyEnv()).build());
    spec.addField(FieldSpec.builder(String.class, "BASE_URL_ENV", Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
        .addJavadoc("The environment variable {@link Builder#fromEnv()} reads a server URL from, when it is set.\n")
        .initializer("$S", model.baseUrlEnv()).build());
    spec.addField(CLIENT_RUNTIME, "runtime", Modifier.PRIVATE, Modifier.FINAL);
    spec.addField(async, "async", Modifier.PRIVATE, Modifier.FINAL);
    MethodSpec.Builder ctor = MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE)
        .addParameter(CLIENT_RUNTIME, "runtime").addStatement("this.runtime = runtime");
    TypeSpec.Builder asyncSpec = TypeSpec.classBuilder(async).addModifiers(Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
        .addJavadoc("The same calls, returning {@code CompletableFuture}s.\n");
    MethodSpec.Builder asyncCtor = MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).addParameter(CLIENT_RUNTIME, "runtime");
    for (Resource child : root.children.values()) {
      String accessor = resourceAccessor(child.chain.get(child.chain.size() - 1));
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
    // Operations on / (an empty resource address) are methods of the client itself.
    ctor.addStatement("this.async = new $T(runtime)", async);
    spec.addMethod(ctor.build());
    if (!root.operations.isEmpty()) {
      asyncSpec.addField(CLIENT_RUNTIME, "runtime", Modifier.PRIVATE, Modifier.FINAL);
      asyncCtor.addStatement("this.runtime = runtime");
      List<Operation> ops = root.operations.stream().map(this::clientSafe).toList();
      addOperations(spec, ops, clientName, false, true);
      addOperations(asyncSpec, ops, clientName, true, false);
    }
    asyncSpec.addMethod(asyncCtor.build());
    spec.addMethod(MethodSpec.methodBuilder("builder").addModifiers(Modifier.PUBLIC, Modifier.STATIC).returns(builder)
        .addJavadoc("A builder with the document's server URL and the runtime's defaults.\n")
        .addStatement("return new $T()", builder).build());
    spec.addMethod(MethodSpec.methodBuilder("fromEnv").addModifiers(Modifier.PUBLIC, Modifier.STATIC).returns(clientName)
        .addJavadoc(model.auth().schemes().size() > 1 || model.auth().kind() == ApiModel.Auth.Kind.BASIC
            ? CodeBlock.of("A client with the credentials from the environment (see {@link Builder#fromEnv()}) and defaults for"
                + " everything else.\n")
            : CodeBlock.of("A client with the API key from {@code $L} and defaults for everything else.\n", apiKeyEnv()))
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
    if (model.auth().kind() != ApiModel.Auth.Kind.NONE) {
      authOptions(b, builder, server);
    } else {
      b.addMethod(setter(builder, "apiKey", String.class, "apiKey", "The API key, sent as a bearer token. Never printed or logged.",
          CodeBlock.of("options.apiKey(apiKey)")));
    }
    if (model.auth().kind() == ApiModel.Auth.Kind.NONE) {
      // No authentication declared: the key is optional, so a missing variable is not an error.
      b.addMethod(MethodSpec.methodBuilder("fromEnv").addModifiers(Modifier.PUBLIC).returns(builder)
          .addJavadoc("Reads the optional API key from the environment variable {@code $L}, if it is set, and $L.\n",
              model.apiKeyEnv(), serverEnvText(server))
          .addStatement("$T key = $T.getenv(API_KEY_ENV)", String.class, System.class)
          .beginControlFlow("if (key != null && !key.isBlank())").addStatement("options.apiKey(key)").endControlFlow()
          .addStatement("serverFromEnv($T::getenv)", System.class)
          .addStatement("return this").build());
    }
    b.addMethod(serverFromEnv(server));
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
          .addJavadoc(Javadocs.of(v.description(), "The server variable " + Javadocs.code(v.name()) + "."))
          .addJavadoc("\n<p>Default: $L.\n", Javadocs.code(v.defaultValue()))
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

  /** What fromEnv reads besides credentials, for its Javadoc. */
  private String serverEnvText(ApiModel.Server server) {
    StringBuilder text = new StringBuilder("the server URL from " + Javadocs.code(model.baseUrlEnv()));
    for (ApiModel.ServerVariable v : server.variables()) {
      text.append(", the server variable {@code ").append(v.name()).append("} from {@code ").append(model.serverVariableEnv(v))
          .append('}');
    }
    return text.append(", each when set").toString();
  }

  /**
   * The builder's reading of the server from the environment, shared by every {@code fromEnv}: a
   * README example or a deployment then points the client at another server (a proxy, a local
   * model server, a tenant) without code. A variable that is not set or blank changes nothing.
   */
  private MethodSpec serverFromEnv(ApiModel.Server server) {
    ParameterizedTypeName env = ParameterizedTypeName.get(FUNCTION, JavaTypes.STRING, JavaTypes.STRING);
    MethodSpec.Builder m = MethodSpec.methodBuilder("serverFromEnv").addModifiers(Modifier.PRIVATE).returns(TypeName.VOID)
        .addParameter(env, "environment")
        .addStatement("$T url = environment.apply(BASE_URL_ENV)", String.class)
        .beginControlFlow("if (url != null && !url.isBlank())").addStatement("this.baseUrl = url.strip()").endControlFlow();
    for (ApiModel.ServerVariable v : server.variables()) {
      String local = v.javaName() + "Value";
      m.addStatement("$T $N = environment.apply($S)", String.class, local, model.serverVariableEnv(v));
      m.beginControlFlow("if ($N != null && !$N.isBlank())", local, local);
      if (v.allowed().isEmpty()) {
        m.addStatement("this.$N = $N.strip()", v.javaName(), local);
      } else {
        ClassName type = clientName.nestedClass(Names.pascal(v.name()));
        m.addStatement("this.$N = $T.stream($T.values()).filter(c -> c.value().equals($N.strip())).findFirst()"
                + ".orElseThrow(() -> new $T($S + $N.strip() + $S))",
            v.javaName(), java.util.Arrays.class, type, local, IllegalStateException.class,
            "Environment variable " + model.serverVariableEnv(v) + " is '", local,
            "'; the document allows " + String.join(", ", v.allowed()) + ".");
      }
      m.endControlFlow();
    }
    return m.build();
  }

  private TypeSpec serverVariableEnum(ApiModel.ServerVariable v) {
    TypeSpec.Builder e = TypeSpec.enumBuilder(Names.pascal(v.name())).addModifiers(Modifier.PUBLIC)
        .addJavadoc(Javadocs.of(v.description(), "Values of the server variable " + Javadocs.code(v.name()) + "."));
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
      String accessor = resourceAccessor(child.chain.get(child.chain.size() - 1));
      ClassName childType = resourceClass(child, async);
      spec.addField(childType, accessor, Modifier.PRIVATE, Modifier.FINAL);
      ctor.addStatement("this.$N = new $T(runtime)", accessor, childType);
      spec.addMethod(MethodSpec.methodBuilder(accessor).addModifiers(Modifier.PUBLIC).returns(childType)
          .addJavadoc("Calls under {@code /$L}.\n", String.join("/", child.chain)).addStatement("return $N", accessor).build());
    }
    spec.addMethod(ctor.build());
    addOperations(spec, r.operations, resourceClass(r, false), async, true);
    return spec.build();
  }

  /**
   * Adds the calls of {@code ops} to {@code spec}: the plain and raw-response methods and, when
   * {@code withStatics}, the response specs, request factories and params classes they use
   * ({@code paramsOwner} is the class that holds those).
   */
  private void addOperations(TypeSpec.Builder spec, List<Operation> ops, ClassName paramsOwner, boolean async, boolean withStatics) {
    if (ops.isEmpty()) {
      return;
    }
    ClassName raw = ClassName.get("", "WithRawResponse");
    TypeSpec.Builder rawSpec = TypeSpec.classBuilder(raw).addModifiers(Modifier.PUBLIC, Modifier.FINAL)
        .addJavadoc("The same calls, returning the status, headers and body along with the parsed value.\n");
    for (Operation op : ops) {
      String specName = specName(op, ops);
      Signature sig = signature(op, paramsOwner);
      TypeName value = valueType(op);
      if (withStatics) {
        spec.addField(FieldSpec.builder(ParameterizedTypeName.get(RESPONSE_SPEC, value), specName, Modifier.PRIVATE, Modifier.STATIC,
            Modifier.FINAL).initializer(responseSpec(op)).build());
      }
      spec.addMethod(call(op, sig, value, specName, async, false, false));
      spec.addMethod(call(op, sig, value, specName, async, false, true));
      if (sig.paramsClass != null && sig.paramsOptional) {
        spec.addMethod(withoutParams(op, sig, value, async, false));
        spec.addMethod(withoutParams(op, sig, value, async, true));
      }
      rawSpec.addMethod(call(op, sig, value, specName, async, true, false));
      rawSpec.addMethod(call(op, sig, value, specName, async, true, true));
      addStreamingCalls(spec, op, sig, specName, streamSpecName(specName, ops), async, withStatics);
      if (!async && op.responseFormat() == Operation.ResponseFormat.BINARY) {
        spec.addMethod(streamCall(op, sig, specName, false));
        spec.addMethod(streamCall(op, sig, specName, true));
      }
      if (!async && op.pagination().isPresent() && sig.paramsClass != null) {
        new Paging(types).addMethods(spec, op, sig.paramsClass, sig.pathParams);
      }
      if (withStatics) {
        spec.addMethod(requestFactory(op, sig));
        if (sig.paramsClass != null && !async) {
          // The async twin uses the sync resource's params class: one type for both.
          spec.addType(new ParamsEmitter(types).emit(sig.paramsClass, op, nonPathParameters(op)));
        }
      }
    }
    spec.addMethod(MethodSpec.methodBuilder("withRawResponse").addModifiers(Modifier.PUBLIC).returns(raw)
        .addJavadoc("These calls with access to the raw HTTP response.\n").addStatement("return new $T()", raw).build());
    rawSpec.addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).build());
    spec.addType(rawSpec.build());
  }

  private static String specName(Operation op) {
    String name = Names.camel(op.operationId()).replaceAll("([a-z0-9])([A-Z])", "$1_$2").toUpperCase(java.util.Locale.ROOT);
    return name.isEmpty() || !Character.isJavaIdentifierStart(name.charAt(0)) ? "_" + name : name;
  }

  /**
   * The method that returns the resource of a path segment ({@code chat} gives {@code chat()}), the
   * one rule for the client, its README and examples: a segment that starts with a digit or is a
   * Java keyword gets the underscore a property name would.
   */
  static String resourceAccessor(String segment) {
    String name = Names.camel(segment);
    if (name.isEmpty() || !Character.isJavaIdentifierStart(name.charAt(0))) {
      name = "_" + name;
    }
    return Names.isKeyword(name) ? name + "_" : name;
  }

  /**
   * The constant of an operation's response spec among the operations of its class: operationIds
   * that differ only in punctuation or case ({@code create-item}, {@code create_item}) give one
   * constant name, so each later one takes the first free {@code _2}, {@code _3}... in the order of
   * {@code ops}, which is fixed.
   */
  private static String specName(Operation op, List<Operation> ops) {
    java.util.Set<String> taken = new java.util.HashSet<>();
    ops.forEach(o -> taken.add(specName(o)));
    java.util.Set<String> given = new java.util.HashSet<>();
    for (Operation o : ops) {
      String name = specName(o);
      for (int n = 2; given.contains(name); n++) {
        String candidate = specName(o) + "_" + n;
        name = taken.contains(candidate) ? name : candidate;
      }
      given.add(name);
      if (o == op) {
        return name;
      }
    }
    throw new IllegalArgumentException(op.operationId() + " is not among the operations of its class");
  }

  /** The Java type a call returns (before any raw or future wrapping). */
  static TypeName valueType(JavaTypes types, Operation op) {
    switch (op.responseFormat()) {
      case TEXT:
        return JavaTypes.STRING;
      case BINARY:
        return com.palantir.javapoet.ArrayTypeName.of(TypeName.BYTE);
      case JSON:
        return types.typeName(op.response().orElseThrow());
      default:
        return ClassName.get(Void.class);
    }
  }

  /** An operation on / renamed where its method would hide a member of the client. */
  private Operation clientSafe(Operation op) {
    if (!CLIENT_MEMBERS.contains(op.method())) {
      return op;
    }
    return new Operation(op.operationId(), op.resource(), op.method() + "Call", op.httpMethod(), op.path(), op.parameters(), op.body(),
        op.response(), op.responseFormat(), op.responseMediaType(), op.security(), op.pagination(), op.streaming(), op.errors(),
        op.summary(), op.description());
  }

  private CodeBlock responseSpec(Operation op) {
    CodeBlock.Builder b = CodeBlock.builder();
    switch (op.responseFormat()) {
      case TEXT -> b.add("$T.text()", RESPONSE_SPEC);
      case BINARY -> b.add("$T.bytes()", RESPONSE_SPEC);
      case JSON -> b.add("$T.of($L)", RESPONSE_SPEC, typeToken(op.response().orElseThrow()));
      default -> b.add("$T.none()", RESPONSE_SPEC);
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
    return op.method() + OperationIdsPass.STREAMING_SUFFIX;
  }

  /**
   * The constant of an operation's stream spec: {@code X_STREAM}, unless another operation of the
   * class is itself named so (Mistral has both {@code append} and {@code appendStream}).
   */
  private static String streamSpecName(String specName, List<Operation> ops) {
    java.util.Set<String> taken = new java.util.HashSet<>();
    ops.forEach(o -> taken.add(specName(o, ops)));
    String name = specName + "_STREAM";
    while (taken.contains(name)) {
      name = name + "_EVENTS";
    }
    return name;
  }

  private void addStreamingCalls(TypeSpec.Builder spec, Operation op, Signature sig, String specName, String streamSpec, boolean async,
      boolean withStatics) {
    if (op.streaming().isEmpty()) {
      return;
    }
    TypeRef event = op.streaming().get().event();
    TypeName chunk = types.typeName(event);
    if (withStatics) {
      spec.addField(FieldSpec.builder(ParameterizedTypeName.get(STREAM_SPEC, chunk), streamSpec, Modifier.PRIVATE, Modifier.STATIC,
          Modifier.FINAL).initializer(CodeBlock.builder().add("$T.of($L)", STREAM_SPEC, typeToken(event)).add(errorDeclarations(op)).build())
          .build());
    }
    TypeName result = ParameterizedTypeName.get(async ? ASYNC_STREAM_RESPONSE : STREAM_RESPONSE, chunk);
    List<String> args = new ArrayList<>();
    sig.parameters.forEach(p -> args.add(p.name()));
    Optional<ClassName> accumulator = event instanceof TypeRef.Named n
        ? Optional.ofNullable(accumulators.get(n.name())).map(AccumulatorEmitter.Accumulator::name) : Optional.empty();
    for (boolean withOptions : new boolean[] {false, true}) {
      MethodSpec.Builder m = MethodSpec.methodBuilder(streamingName(op)).addModifiers(Modifier.PUBLIC).returns(result)
          .addParameters(sig.parameters);
      describe(m, op);
      m.addJavadoc("\n<p>Streams the response: the request is sent with {@code \"$L\": true} and {@code Accept: text/event-stream},"
          + " and each server-sent event is read as a {@link $T}.", op.streaming().get().flagProperty(), chunk);
      m.addJavadoc(async ? " Chunks go to the handler given to {@code subscribe}, on the runtime's stream threads, never on the"
          + " caller's; closing the stream or cancelling its {@code onComplete()} future aborts the exchange.\n"
          : " Use it with try-with-resources: closing it early aborts the exchange and releases the connection.\n");
      accumulator.ifPresent(a -> m.addJavadoc("{@link $T} folds the chunks into the final result.\n", a));
      m.addJavadoc("\n");
      documentParameters(m, op, sig);
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

  /**
   * How a call takes its inputs: each parameter as an argument (path parameters, then the others,
   * then the body), or, for an operation without a body that has two or more query, header or
   * cookie parameters or pages, path parameters as arguments and the rest in a params object.
   */
  static final class Signature {
    final List<ParameterSpec> parameters = new ArrayList<>();
    final List<Operation.Parameter> pathParams = new ArrayList<>();
    ClassName paramsClass;
    /** Every parameter in the params object is optional, so calls without it are offered too. */
    boolean paramsOptional;
  }

  /** Whether a call takes its query, header and cookie parameters as one params object (see {@link Signature}). */
  static boolean usesParamsObject(Operation op) {
    List<Operation.Parameter> others = nonPathParameters(op);
    return op.body().isEmpty() && (others.size() >= 2 || op.pagination().isPresent() && !others.isEmpty());
  }

  /** The class holding an operation's params class: its sync resource, or the client for operations on /. */
  static ClassName paramsOwner(ApiModel model, Operation op) {
    if (op.resource().isEmpty()) {
      return ClassName.get(model.javaPackage(), model.clientName());
    }
    StringBuilder base = new StringBuilder();
    op.resource().forEach(c -> base.append(Names.pascal(c)));
    return ClassName.get(model.javaPackage() + ".resources", base + "Resource");
  }

  static ClassName paramsClass(ApiModel model, Operation op) {
    return paramsOwner(model, op).nestedClass(Names.pascal(op.method()) + "Params");
  }

  private Signature signature(Operation op, ClassName paramsOwner) {
    Signature sig = new Signature();
    List<Operation.Parameter> others = nonPathParameters(op);
    boolean paramsObject = usesParamsObject(op);
    for (Operation.Parameter p : op.parameters()) {
      if (!paramsObject || p.in() == Operation.Location.PATH) {
        sig.parameters.add(ParameterSpec.builder(types.typeName(p.type()), p.javaName()).build());
        if (p.in() == Operation.Location.PATH) {
          sig.pathParams.add(p);
        }
      }
    }
    if (paramsObject) {
      sig.paramsClass = paramsOwner.nestedClass(Names.pascal(op.method()) + "Params");
      sig.paramsOptional = others.stream().noneMatch(Operation.Parameter::required);
      sig.parameters.add(ParameterSpec.builder(sig.paramsClass, "params").build());
    }
    op.body().ifPresent(b -> sig.parameters.add(ParameterSpec.builder(types.typeName(b.type()), "params").build()));
    return sig;
  }

  static List<Operation.Parameter> nonPathParameters(Operation op) {
    return op.parameters().stream().filter(p -> p.in() != Operation.Location.PATH).toList();
  }

  private void document(MethodSpec.Builder m, Operation op, Signature sig) {
    describe(m, op);
    m.addJavadoc("\n");
    documentParameters(m, op, sig);
  }

  private void describe(MethodSpec.Builder m, Operation op) {
    m.addJavadoc(Javadocs.of(op.summary().or(op::description), op.httpMethod() + " " + op.path()));
    if (op.summary().isPresent() && op.description().isPresent() && !op.description().equals(op.summary())) {
      m.addJavadoc("\n<p>$L\n", Javadocs.escape(op.description().get()));
    }
    m.addJavadoc("\n<p>{@code $L $L}\n", op.httpMethod(), op.path());
    if (op.security().isPresent() && !op.security().get().equals(model.auth().global())) {
      // Only where the operation differs from the document's rule, which the builder options describe.
      m.addJavadoc("\n<p>Authentication: $L.\n", authText(op.security().get()));
    }
  }

  private static void documentParameters(MethodSpec.Builder m, Operation op, Signature sig) {
    for (ParameterSpec ps : sig.parameters) {
      Optional<Operation.Parameter> p = op.parameters().stream().filter(x -> x.javaName().equals(ps.name())).findFirst();
      if (p.isPresent() && !(sig.paramsClass != null && ps.name().equals("params"))) {
        m.addJavadoc("@param $N $L\n", ps.name(), p.get().description().map(Javadocs::escape)
            .orElse("the " + Javadocs.code(p.get().name()) + " parameter"));
      } else if (sig.paramsClass != null && ps.name().equals("params")) {
        m.addJavadoc("@param params the query and header parameters\n");
      } else {
        m.addJavadoc("@param params $L\n", op.body().flatMap(Operation.Body::description).map(Javadocs::escape).orElse("the request body"));
      }
    }
  }

  /** {@code private static ApiRequest createRequest(..)}: the one place the HTTP request of an operation is described. */
  private MethodSpec requestFactory(Operation op, Signature sig) {
    MethodSpec.Builder m = MethodSpec.methodBuilder(op.method() + "Request").addModifiers(Modifier.PRIVATE, Modifier.STATIC)
        .returns(API_REQUEST).addParameters(sig.parameters);
    if (sig.paramsClass != null) {
      m.addStatement("$T.requireNonNull(params, $S)", JavaTypes.OBJECTS, "params");
    }
    CodeBlock.Builder request = CodeBlock.builder().add("$T.builder($S, $S)$>$>", API_REQUEST, op.httpMethod(), op.path());
    for (Operation.Parameter p : op.parameters()) {
      String method = switch (p.in()) {
        case PATH -> "pathParam";
        case QUERY -> p.explode() || !(p.type() instanceof TypeRef.ListOf) ? "queryParam" : "queryParamJoined";
        case HEADER -> "header";
        case COOKIE -> "cookie";
      };
      boolean inParams = sig.paramsClass != null && p.in() != Operation.Location.PATH;
      CodeBlock value = inParams ? CodeBlock.of("params.$N", p.javaName()) : CodeBlock.of("$N", p.javaName());
      if (p.required() && !inParams) {
        request.add("\n.$L($S, $T.requireNonNull($L, $S))", method, p.name(), JavaTypes.OBJECTS, value, p.javaName());
      } else {
        request.add("\n.$L($S, $L)", method, p.name(), value);
      }
    }
    op.responseMediaType().filter(t -> op.responseFormat() == Operation.ResponseFormat.TEXT
        || op.responseFormat() == Operation.ResponseFormat.BINARY).ifPresent(t -> request.add("\n.header($S, $S)", "Accept", t));
    if (op.body().isPresent()) {
      String contentType = op.body().get().contentType();
      String setter = contentType.startsWith("multipart/form-data") ? "multipartBody"
          : contentType.startsWith("application/x-www-form-urlencoded") ? "formBody" : "body";
      if (op.body().get().required()) {
        request.add("\n.$L($T.requireNonNull(params, $S))", setter, JavaTypes.OBJECTS, "params");
      } else {
        request.add("\n.$L(params)", setter);
      }
    }
    op.security().ifPresent(alternatives -> request.add("\n.security($L)", security(alternatives)));
    request.add("\n.build()$<$<");
    return m.addStatement("return $L", request.build()).build();
  }

  /** {@code List.of(List.of("a"), List.of("b", "c"))}. */
  private static CodeBlock security(List<List<String>> alternatives) {
    List<CodeBlock> outer = new ArrayList<>();
    for (List<String> alternative : alternatives) {
      List<CodeBlock> names = alternative.stream().map(n -> CodeBlock.of("$S", n)).toList();
      outer.add(CodeBlock.of("$T.of($L)", JavaTypes.LIST, CodeBlock.join(names, ", ")));
    }
    return CodeBlock.of("$T.of($L)", JavaTypes.LIST, CodeBlock.join(outer, ", "));
  }

  private MethodSpec call(Operation op, Signature sig, TypeName value, String specName, boolean async, boolean raw, boolean withOptions) {
    TypeName result = raw ? ParameterizedTypeName.get(RAW_RESPONSE, value) : value;
    if (async) {
      result = ParameterizedTypeName.get(COMPLETABLE_FUTURE, result);
    }
    MethodSpec.Builder m = MethodSpec.methodBuilder(op.method()).addModifiers(Modifier.PUBLIC).returns(result)
        .addParameters(sig.parameters);
    document(m, op, sig);
    List<String> args = new ArrayList<>();
    sig.parameters.forEach(p -> args.add(p.name()));
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

  /** The call without its params object, when every parameter in it is optional. */
  private MethodSpec withoutParams(Operation op, Signature sig, TypeName value, boolean async, boolean withOptions) {
    TypeName result = async ? ParameterizedTypeName.get(COMPLETABLE_FUTURE, value) : value;
    MethodSpec.Builder m = MethodSpec.methodBuilder(op.method()).addModifiers(Modifier.PUBLIC).returns(result);
    List<String> args = new ArrayList<>();
    for (Operation.Parameter p : sig.pathParams) {
      m.addParameter(types.typeName(p.type()), p.javaName());
      args.add(p.javaName());
    }
    m.addJavadoc("$L with no query or header parameters: {@code $L $L}.\n", Names.pascal(op.method()), op.httpMethod(), op.path());
    sig.pathParams.forEach(p -> m.addJavadoc("\n@param $N the $L parameter", p.javaName(), Javadocs.code(p.name())));
    args.add("$T.builder().build()");
    if (withOptions) {
      m.addParameter(REQUEST_OPTIONS, "options");
      m.addJavadoc("\n@param options per-request headers, query parameters, timeout and retries");
      args.add("options");
      m.addJavadoc(async ? "\n@return a future of the response\n" : "\n@return the response\n");
      return m.addStatement("return $N(" + String.join(", ", args) + ")", op.method(), sig.paramsClass).build();
    }
    m.addJavadoc(async ? "\n@return a future of the response\n" : "\n@return the response\n");
    args.add("$T.none()");
    return m.addStatement("return $N(" + String.join(", ", args) + ")", op.method(), sig.paramsClass, REQUEST_OPTIONS).build();
  }

  /**
   * {@code contentStream(..)}: a binary body as the network stream, not buffered; the caller closes
   * it (closing early releases the connection). The timeout bounds the wait for the headers only.
   */
  private MethodSpec streamCall(Operation op, Signature sig, String specName, boolean withOptions) {
    MethodSpec.Builder m = MethodSpec.methodBuilder(op.method() + "Stream").addModifiers(Modifier.PUBLIC).returns(INPUT_STREAM)
        .addParameters(sig.parameters);
    document(m, op, sig);
    List<String> args = new ArrayList<>();
    sig.parameters.forEach(p -> args.add(p.name()));
    if (!withOptions) {
      m.addJavadoc("@return the body as it arrives; close it\n");
      // An operation without parameters has none to pass before the options.
      String leading = args.isEmpty() ? "" : String.join(", ", args) + ", ";
      return m.addStatement("return $N($L$T.none())", op.method() + "Stream", leading, REQUEST_OPTIONS).build();
    }
    m.addParameter(REQUEST_OPTIONS, "options");
    m.addJavadoc("@param options per-request headers, query parameters, timeout (until the headers arrive) and retries\n");
    m.addJavadoc("@return the body as it arrives, unbuffered; the caller must close it, which releases the connection\n");
    return m.addStatement("return runtime.executeStreamed($N($L), $N, options).body()", op.method() + "Request",
        String.join(", ", args), specName).build();
  }

  // ---- authentication options --------------------------------------------------------------------

  /** {@code none}, or the builder options of each alternative: {@code admin(..)}, or {@code queryKey(..)} and {@code cookieKey(..)}. */
  private String authText(List<List<String>> alternatives) {
    if (alternatives.isEmpty() || alternatives.stream().anyMatch(List::isEmpty)) {
      return alternatives.isEmpty() ? "none, no credential is sent" : "optional";
    }
    List<String> parts = new ArrayList<>();
    for (List<String> alternative : alternatives) {
      parts.add(String.join(" and ", alternative.stream()
          .map(name -> "{@link " + clientName.canonicalName() + ".Builder#" + model.auth().schemes().get(indexOf(name)).option() + "}")
          .toList()));
    }
    return String.join(", or ", parts);
  }

  /** {@code apiKey(key)}, or the primary scheme's option when that is basic. */
  private String primaryOptionExample() {
    List<ApiModel.Auth.Scheme> schemes = model.auth().schemes();
    if (!schemes.isEmpty() && schemes.get(0).kind() == ApiModel.Auth.Kind.BASIC) {
      return schemes.get(0).option() + "(user, password)";
    }
    return "apiKey(key)";
  }

  private String apiKeyEnv() {
    return model.auth().schemes().isEmpty() ? model.apiKeyEnv() : model.auth().schemes().get(0).envVars().get(0);
  }

  /** One builder option per security scheme, and {@code fromEnv} reading them all. */
  private void authOptions(TypeSpec.Builder b, ClassName builder, ApiModel.Server server) {
    List<ApiModel.Auth.Scheme> schemes = model.auth().schemes();
    for (int i = 0; i < schemes.size(); i++) {
      ApiModel.Auth.Scheme sc = schemes.get(i);
      boolean primary = i == 0;
      MethodSpec.Builder m = MethodSpec.methodBuilder(sc.option()).addModifiers(Modifier.PUBLIC).returns(builder);
      m.addJavadoc(primary && sc.kind() == ApiModel.Auth.Kind.BEARER && schemes.size() == 1
          ? CodeBlock.of("The API key, sent as a bearer token. Never printed or logged.\n")
          : CodeBlock.of("The credential of the security scheme $L, sent as $L. Never printed or logged.\n", Javadocs.code(sc.name()),
              placementText(sc)));
      sc.description().ifPresent(d -> m.addJavadoc("\n<p>$L\n", Javadocs.escape(d)));
      m.addJavadoc("\n<p>{@link #fromEnv()} reads it from {@code $L}.\n", String.join("} and {@code ", sc.envVars()));
      if (sc.kind() == ApiModel.Auth.Kind.BASIC) {
        m.addParameter(String.class, "username").addParameter(String.class, "password")
            .addStatement("options.credential($S, $T.basic(username, $T.ofPassword(password)))", sc.name(), CREDENTIAL, SECRET);
      } else {
        m.addParameter(String.class, sc.option()).addStatement("$T secret = $T.of($N)", SECRET, SECRET, sc.option());
        if (primary) {
          m.addStatement("options.apiKey(secret)");
        }
        if (sc.kind() == ApiModel.Auth.Kind.BEARER) {
          m.addStatement("options.credential($S, $T.bearer(secret))", sc.name(), CREDENTIAL);
        } else {
          m.addStatement("options.credential($S, $T.apiKey($T.Placement.$L, $S, secret))", sc.name(), CREDENTIAL, CREDENTIAL,
              sc.placement().name(), sc.paramName());
        }
      }
      b.addMethod(m.addStatement("return this").build());
    }
    b.addMethod(MethodSpec.methodBuilder("fromEnv").addModifiers(Modifier.PUBLIC).returns(builder)
        .addJavadoc("Reads the credentials from the environment: $L; and $L.\n\n", envList(), serverEnvText(server))
        .addJavadoc("@throws IllegalStateException if the variables the API requires are not set or blank\n")
        .addStatement("return fromEnv($T::getenv)", System.class).build());
    ParameterizedTypeName env = ParameterizedTypeName.get(FUNCTION, JavaTypes.STRING, JavaTypes.STRING);
    MethodSpec.Builder m = MethodSpec.methodBuilder("fromEnv").addModifiers(Modifier.PUBLIC).returns(builder)
        .addParameter(env, "environment")
        .addJavadoc("Reads the credentials through {@code environment}, a stand-in for {@link System#getenv(String)}: $L. A"
            + " variable that is not set or blank is skipped.\n\n", envList())
        .addJavadoc("@param environment returns a variable's value, or {@code null} when it is not set\n")
        .addJavadoc("@throws IllegalStateException if no alternative the API accepts is complete; the message names the"
            + " variables, never a value\n")
        .addStatement("serverFromEnv(environment)");
    for (int i = 0; i < schemes.size(); i++) {
      ApiModel.Auth.Scheme sc = schemes.get(i);
      List<CodeBlock> reads = new ArrayList<>();
      for (int j = 0; j < sc.envVars().size(); j++) {
        m.addStatement("$T $N = environment.apply($S)", String.class, "v" + i + "_" + j, sc.envVars().get(j));
        reads.add(CodeBlock.of("$N != null && !$N.isBlank()", "v" + i + "_" + j, "v" + i + "_" + j));
      }
      m.addStatement("boolean $N = $L", "has" + i, CodeBlock.join(reads, " && "));
      m.beginControlFlow("if ($N)", "has" + i);
      if (sc.kind() == ApiModel.Auth.Kind.BASIC) {
        m.addStatement("$N($N, $N)", sc.option(), "v" + i + "_0", "v" + i + "_1");
      } else {
        m.addStatement("$N($N)", sc.option(), "v" + i + "_0");
      }
      m.endControlFlow();
    }
    List<List<String>> global = model.auth().global();
    if (!global.isEmpty() && global.stream().noneMatch(List::isEmpty)) {
      List<CodeBlock> alternatives = new ArrayList<>();
      List<String> needed = new ArrayList<>();
      for (List<String> alternative : global) {
        List<CodeBlock> all = new ArrayList<>();
        List<String> vars = new ArrayList<>();
        for (String name : alternative) {
          int index = indexOf(name);
          all.add(CodeBlock.of("$N", "has" + index));
          vars.addAll(schemes.get(index).envVars());
        }
        alternatives.add(all.size() == 1 ? all.get(0) : CodeBlock.of("($L)", CodeBlock.join(all, " && ")));
        needed.add(String.join(" and ", vars));
      }
      boolean single = needed.size() == 1 && !needed.get(0).contains(" and ");
      m.beginControlFlow(alternatives.size() == 1 && global.get(0).size() == 1 ? "if (!$L)" : "if (!($L))",
          CodeBlock.join(alternatives, " || "));
      if (single) {
        // The same wording as the runtime's apiKeyFromEnv, telling an unset variable from a blank one.
        int index = indexOf(global.get(0).get(0));
        String advice = " Set it to your API key, or pass the key to " + schemes.get(index).option() + "(...).";
        m.addStatement("throw new $T($N == null ? $S : $S)", IllegalStateException.class, "v" + index + "_0",
            "Environment variable " + needed.get(0) + " is not set." + advice,
            "Environment variable " + needed.get(0) + " is set but blank." + advice);
      } else {
        m.addStatement("throw new $T($S)", IllegalStateException.class,
            "The credentials this API needs are not in the environment: set " + String.join(", or ", needed) + ".");
      }
      m.endControlFlow();
    }
    b.addMethod(m.addStatement("return this").build());
  }

  private int indexOf(String scheme) {
    List<ApiModel.Auth.Scheme> schemes = model.auth().schemes();
    for (int i = 0; i < schemes.size(); i++) {
      if (schemes.get(i).name().equals(scheme)) {
        return i;
      }
    }
    throw new IllegalArgumentException("no scheme " + scheme);
  }

  private String envList() {
    List<String> parts = new ArrayList<>();
    for (ApiModel.Auth.Scheme sc : model.auth().schemes()) {
      parts.add("{@code " + String.join("} and {@code ", sc.envVars()) + "} ({@link #" + sc.option() + "})");
    }
    return String.join(", ", parts);
  }

  private static String placementText(ApiModel.Auth.Scheme sc) {
    return switch (sc.kind()) {
      case BEARER -> "{@code Authorization: Bearer <token>}";
      case BASIC -> "{@code Authorization: Basic <user:password in base64>}";
      default -> "the " + sc.placement().name().toLowerCase(java.util.Locale.ROOT) + " " + Javadocs.code(sc.paramName());
    };
  }
}
