package dev.clientsmith.generator.emit;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import dev.clientsmith.generator.model.ApiModel;
import dev.clientsmith.generator.model.Operation;
import dev.clientsmith.generator.model.Property;
import dev.clientsmith.generator.model.TypeDef;
import dev.clientsmith.generator.model.TypeRef;
import dev.clientsmith.generator.normalize.Names;
import java.util.Set;
import javax.lang.model.element.Modifier;

/**
 * Writes the README's runnable example for a provider: the first operation called with a minimal
 * request (its required properties, plus the model and one user message where the request has
 * them). The example is a complete class, so a test can compile and run it as printed.
 */
public final class ExampleWriter {
  private static final Set<String> ALWAYS = Set.of("model", "messages", "prompt", "role", "content");

  private final JavaTypes types;
  private final ApiModel model;

  public ExampleWriter(JavaTypes types) {
    this.types = types;
    this.model = types.model();
  }

  /** The example class as Java source. */
  public String write() {
    ClassName client = ClassName.get(model.javaPackage(), model.clientName());
    if (model.operations().isEmpty()) {
      // A document without paths still gets a client (its configuration, its models); the example shows building it.
      TypeSpec example = TypeSpec.classBuilder("Example").addModifiers(Modifier.PUBLIC, Modifier.FINAL)
          .addMethod(MethodSpec.methodBuilder("main").addModifiers(Modifier.PUBLIC, Modifier.STATIC)
              .addParameter(String[].class, "args")
              .addComment("The document declares no operations: the client only holds the configuration")
              .beginControlFlow("try ($T client = $T.fromEnv())", client, client)
              .addStatement("$T.out.println(client)", System.class)
              .endControlFlow().build())
          .build();
      return JavaFile.builder("example", example).skipJavaLangImports(true).indent("  ").build().toString();
    }
    Operation op = model.operations().get(0);
    TypeName result = ClientEmitter.valueType(types, op);
    CodeBlock.Builder call = CodeBlock.builder().add("return client");
    for (String segment : op.resource()) {
      call.add(".$N()", ClientEmitter.resourceAccessor(segment));
    }
    call.add(".$N(", op.method());
    boolean first = true;
    boolean paramsObject = ClientEmitter.usesParamsObject(op);
    for (Operation.Parameter p : op.parameters()) {
      if (!paramsObject || p.in() == Operation.Location.PATH) {
        call.add(first ? "$L" : ", $L", value(p.type(), p.name()));
        first = false;
      }
    }
    if (paramsObject) {
      CodeBlock.Builder params = CodeBlock.builder().add("$T.builder()", ClientEmitter.paramsClass(model, op));
      for (Operation.Parameter p : ClientEmitter.nonPathParameters(op)) {
        if (p.required()) {
          params.add(".$N($L)", ParamsEmitter.accessor(p), value(p.type(), p.name()));
        }
      }
      call.add(first ? "$L" : ", $L", params.add(".build()").build());
      first = false;
    }
    if (op.body().isPresent()) {
      call.add(first ? "\n$L" : ",\n$L", value(op.body().get().type(), "params"));
    }
    call.add(")");
    TypeSpec example = TypeSpec.classBuilder("Example").addModifiers(Modifier.PUBLIC, Modifier.FINAL)
        .addMethod(MethodSpec.methodBuilder("main").addModifiers(Modifier.PUBLIC, Modifier.STATIC)
            .addParameter(String[].class, "args")
            .addComment("Reads the API key from $L$L", model.auth().schemes().isEmpty() ? model.apiKeyEnv()
                : String.join(", ", model.auth().schemes().stream().flatMap(sc -> sc.envVars().stream()).toList()),
                model.auth().kind() == ApiModel.Auth.Kind.NONE ? " (optional: the API declares no authentication)" : "")
            .addComment("and another server's URL from $L, when set", model.baseUrlEnv())
            .beginControlFlow("try ($T client = $T.fromEnv())", client, client)
            .addCode(print(op, result))
            .endControlFlow().build())
        .addMethod(MethodSpec.methodBuilder("call").addModifiers(Modifier.STATIC).returns(result)
            .addParameter(client, "client").addStatement(call.build()).build())
        .build();
    return JavaFile.builder("example", example).skipJavaLangImports(true).indent("  ").build().toString();
  }

  /** Prints the answer's text where the response has one (a chat or completion reply), else the response. */
  private CodeBlock print(Operation op, TypeName result) {
    java.util.Optional<CodeBlock> answer = op.responseFormat() == Operation.ResponseFormat.JSON ? op.response().flatMap(this::answer)
        : java.util.Optional.empty();
    if (answer.isEmpty()) {
      return CodeBlock.builder().addStatement("$T.out.println(call(client))", System.class).build();
    }
    return CodeBlock.builder()
        .addStatement("$T response = call(client)", result)
        .addStatement("$T.out.println(response$L)", System.class, answer.get())
        .build();
  }

  /**
   * The accessor chain from a response to its first answer's text, as a user would write it: the
   * first element of its list of choices, then {@code message}/{@code delta} and {@code content},
   * or {@code text}. Optional steps are chained with {@code map}/{@code flatMap} and end in
   * {@code orElse("")}; lists are indexed directly (they read as empty when absent).
   */
  private java.util.Optional<CodeBlock> answer(TypeRef response) {
    if (!(response instanceof TypeRef.Named named) || !(model.type(named.name()) instanceof TypeDef.ObjectType top)) {
      return java.util.Optional.empty();
    }
    java.util.Optional<Property> choices = top.properties().stream()
        .filter(p -> p.type() instanceof TypeRef.ListOf l && objectType(l.element()) != null)
        .min(java.util.Comparator.comparing(p -> p.jsonName().equals("choices") ? 0 : 1));
    if (choices.isEmpty() || !choices.get().jsonName().equals("choices")) {
      return java.util.Optional.empty();
    }
    TypeDef.ObjectType choice = objectType(((TypeRef.ListOf) choices.get().type()).element());
    java.util.List<Property> path = new java.util.ArrayList<>();
    Property text = property(choice, "text");
    Property message = property(choice, "message");
    if (message != null && objectType(message.type()) != null && property(objectType(message.type()), "content") != null) {
      path.add(message);
      path.add(property(objectType(message.type()), "content"));
    } else if (text != null) {
      path.add(text);
    } else {
      return java.util.Optional.empty();
    }
    Property last = path.get(path.size() - 1);
    boolean isText = last.type() instanceof TypeRef.Primitive prim && prim.kind() == TypeRef.PrimitiveKind.STRING;
    if (!isText && !(last.type() instanceof TypeRef.Named n && model.type(n.name()) instanceof TypeDef.UnionType)) {
      return java.util.Optional.empty();
    }
    CodeBlock.Builder chain = CodeBlock.builder().add(".$N().get(0)", choices.get().javaName());
    boolean inOptional = false;
    for (Property p : path) {
      boolean optional = Getters.returnsOptional(p);
      String it = p == path.get(0) ? "c" : "m";
      if (!inOptional) {
        chain.add(".$N()", p.javaName());
      } else {
        chain.add(optional ? ".flatMap($L -> $L.$N())" : ".map($L -> $L.$N())", it, it, p.javaName());
      }
      inOptional |= optional;
    }
    if (inOptional) {
      chain.add(isText ? CodeBlock.of(".orElse($S)", "") : CodeBlock.of(".map($T::valueOf).orElse($S)", String.class, ""));
    }
    return java.util.Optional.of(chain.build());
  }

  private TypeDef.ObjectType objectType(TypeRef type) {
    return type instanceof TypeRef.Named n && model.type(n.name()) instanceof TypeDef.ObjectType o ? o : null;
  }

  private static Property property(TypeDef.ObjectType type, String jsonName) {
    return type.properties().stream().filter(p -> p.jsonName().equals(jsonName)).findFirst().orElse(null);
  }

  private CodeBlock value(TypeRef type, String name) {
    if (type instanceof TypeRef.Primitive p) {
      switch (p.kind()) {
        case STRING:
          return CodeBlock.of("$S", sampleText(name));
        case INT32:
          return CodeBlock.of("1");
        case INT64:
          return CodeBlock.of("1L");
        case DOUBLE:
          return CodeBlock.of("1.0");
        case FLOAT:
          return CodeBlock.of("1.0f");
        case BOOLEAN:
          return CodeBlock.of("true");
        case UUID:
          return CodeBlock.of("$T.fromString($S)", java.util.UUID.class, "3f2b8c1e-4d5a-4e6f-8a9b-0c1d2e3f4a5b");
        case BINARY:
          return CodeBlock.of("$T.of($T.of($S))", JavaTypes.FILE_PART, java.nio.file.Path.class, "path/to/" + name);
        default:
          return CodeBlock.of("$T.instance.textNode($S)", ClassName.get("com.fasterxml.jackson.databind.node", "JsonNodeFactory"),
              sampleText(name));
      }
    }
    if (type instanceof TypeRef.ListOf l) {
      return CodeBlock.of("$T.of($L)", JavaTypes.LIST, value(l.element(), Names.singular(name)));
    }
    if (type instanceof TypeRef.MapOf m) {
      return CodeBlock.of("$T.of($S, $L)", JavaTypes.MAP, "key", value(m.value(), name));
    }
    String typeName = ((TypeRef.Named) type).name();
    TypeDef def = model.type(typeName);
    ClassName cls = types.className(typeName);
    if (def instanceof TypeDef.EnumType e) {
      String constant = e.values().stream().filter(v -> v.json().equals("user")).map(TypeDef.EnumValue::javaName).findFirst()
          .orElse(e.values().get(0).javaName());
      return CodeBlock.of("$T.$N", cls, constant);
    }
    if (def instanceof TypeDef.UnionType u) {
      for (TypeDef.Variant v : u.variants()) {
        if (v.discriminatorValue().filter("user"::equals).isPresent()) {
          return CodeBlock.of("$T.user($S)", cls, sampleText("content"));
        }
      }
      for (TypeDef.Variant v : u.variants()) {
        if (v.type() instanceof TypeRef.Primitive p && p.kind() == TypeRef.PrimitiveKind.STRING) {
          return CodeBlock.of("$T.of$L($S)", cls, v.javaName(), sampleText(name));
        }
      }
      TypeDef.Variant v = u.variants().get(0);
      return CodeBlock.of("$T.of$L($L)", cls, v.javaName(), value(v.type(), name));
    }
    TypeDef.ObjectType o = (TypeDef.ObjectType) def;
    CodeBlock.Builder b = CodeBlock.builder().add("$T.builder()$>", cls);
    for (Property p : o.properties()) {
      if (p.constant().isPresent() || !(p.required() || ALWAYS.contains(p.jsonName()))) {
        continue;
      }
      if (p.type() instanceof TypeRef.ListOf l && !p.nullable()) {
        String singular = Names.singular(p.javaName());
        String adder = "add" + Names.pascal(singular.equals(p.javaName()) ? p.javaName() + "Item" : singular);
        b.add("\n.$N($L)", adder, value(l.element(), Names.singular(p.jsonName())));
      } else {
        b.add("\n.$N($L)", p.javaName(), value(p.type(), p.jsonName()));
      }
    }
    return b.add("\n.build()$<").build();
  }

  private static String sampleText(String property) {
    switch (property) {
      case "model":
        return "model-id";
      case "role":
        return "user";
      case "content":
      case "prompt":
      case "message":
        return "Say hello.";
      default:
        return "text";
    }
  }
}
