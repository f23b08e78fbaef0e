package dev.clientsmith.generator.emit;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import dev.clientsmith.generator.model.ApiModel;
import dev.clientsmith.generator.model.Operation;
import dev.clientsmith.generator.model.Property;
import dev.clientsmith.generator.model.TypeDef;
import dev.clientsmith.generator.model.TypeRef;
import dev.clientsmith.generator.model.TypeRef.PrimitiveKind;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.lang.model.element.Modifier;

/**
 * Emits an accumulator per stream event type that has the chunk shape of a chat completion
 * ({@code choices[].delta}) or of a text completion ({@code choices[].text}):
 * {@code ChatCompletionAccumulator} and {@code CompletionAccumulator} in the module's
 * {@code stream} package. An accumulator is a thin typed adapter: it reads the chunk's getters
 * and hands the values to the runtime's {@code ChatFold}/{@code TextFold}, which hold the folding
 * rules. Fields a provider's chunk lacks are simply not read.
 */
public final class AccumulatorEmitter {
  static final String ACCUMULATE = ClientEmitter.RUNTIME + ".accumulate";
  private static final ClassName CHAT_FOLD = ClassName.get(ACCUMULATE, "ChatFold");
  private static final ClassName TEXT_FOLD = ClassName.get(ACCUMULATE, "TextFold");
  private static final ClassName VOID = ClassName.get(Void.class);

  /** What an accumulator folds: a chat's deltas or a text completion's texts. */
  enum Kind {
    CHAT("ChatCompletionAccumulator", "AccumulatedChat"),
    TEXT("CompletionAccumulator", "AccumulatedText");

    final String preferredName;
    final ClassName result;

    Kind(String preferredName, String result) {
      this.preferredName = preferredName;
      this.result = ClassName.get(ACCUMULATE, result);
    }
  }

  /** One accumulator to emit: its class and the chunk type it reads. */
  record Accumulator(ClassName name, Kind kind, TypeDef.ObjectType chunk, TypeDef.ObjectType choice) {}

  private final JavaTypes types;
  private final ApiModel model;

  public AccumulatorEmitter(JavaTypes types) {
    this.types = types;
    this.model = types.model();
  }

  /**
   * The accumulators of the model, by the model name of their event type, in operation order.
   * Event types of another shape have none.
   */
  public Map<String, Accumulator> accumulators() {
    Map<String, Accumulator> out = new LinkedHashMap<>();
    Set<String> names = new HashSet<>();
    for (Operation op : model.operations()) {
      if (op.streaming().isEmpty() || !(op.streaming().get().event() instanceof TypeRef.Named event) || out.containsKey(event.name())) {
        continue;
      }
      if (!(model.type(event.name()) instanceof TypeDef.ObjectType chunk)) {
        continue;
      }
      Optional<TypeDef.ObjectType> choice = property(chunk, "choices").flatMap(p -> objectOf(p.type()));
      if (choice.isEmpty()) {
        continue;
      }
      Kind kind = property(choice.get(), "delta").isPresent() ? Kind.CHAT : property(choice.get(), "text").isPresent() ? Kind.TEXT : null;
      if (kind == null) {
        continue;
      }
      String name = kind.preferredName;
      if (!names.add(name)) {
        String base = chunk.simpleName().replaceAll("Chunk$", "") + "Accumulator";
        name = base;
        for (int n = 2; !names.add(name); n++) {
          name = base + n;
        }
      }
      out.put(event.name(), new Accumulator(ClassName.get(model.javaPackage() + ".stream", name), kind, chunk, choice.get()));
    }
    return out;
  }

  public List<JavaFile> emitAll() {
    List<JavaFile> files = new ArrayList<>();
    for (Accumulator a : accumulators().values()) {
      files.add(JavaFile.builder(a.name().packageName(), emit(a)).skipJavaLangImports(true).indent("  ").build());
    }
    return files;
  }

  private TypeSpec emit(Accumulator a) {
    ClassName chunk = types.className(a.chunk().name());
    ClassName choice = types.className(a.choice().name());
    TypeName finish = property(a.choice(), "finishReason").map(p -> types.typeName(p.type())).orElse(VOID);
    TypeName usage = property(a.chunk(), "usage").map(p -> types.typeName(p.type())).orElse(VOID);
    ClassName fold = a.kind() == Kind.CHAT ? CHAT_FOLD : TEXT_FOLD;
    List<String> folded = new ArrayList<>();
    TypeName foldType = ParameterizedTypeName.get(fold, finish, usage);
    TypeName resultType = ParameterizedTypeName.get(a.kind().result, finish, usage);
    TypeName choiceFold = ParameterizedTypeName.get(fold.nestedClass("Choice"), finish);

    MethodSpec.Builder add = MethodSpec.methodBuilder("add").addModifiers(Modifier.PUBLIC).addParameter(chunk, "chunk")
        .addJavadoc("Folds one chunk in, in the order the stream delivered it.\n\n@param chunk the next chunk\n")
        .addStatement("$T.requireNonNull(chunk, $S)", JavaTypes.OBJECTS, "chunk")
        .addStatement("fold.chunk($L,$W$L,$W$L,$W$L)", read(a.chunk(), "chunk", "id", PrimitiveKind.STRING),
            read(a.chunk(), "chunk", "model", PrimitiveKind.STRING), readNumber(a.chunk(), "chunk", "created"),
            read(a.chunk(), "chunk", "usage", null));
    TypeName choiceList = ParameterizedTypeName.get(JavaTypes.LIST, choice);
    add.addStatement("$T choices = $L", choiceList, optional(property(a.chunk(), "choices").orElseThrow(), "chunk")
            .toBuilder().add(".orElse($T.of())", JavaTypes.LIST).build())
        .beginControlFlow("for (int i = 0; i < choices.size(); i++)")
        .addStatement("$T c = choices.get(i)", choice)
        .addStatement("$T choice = fold.choice($L, i)", choiceFold, readNumber(a.choice(), "c", "index"));
    property(a.choice(), "finishReason").ifPresent(p -> add.addStatement("$L.ifPresent(choice::finishReason)", optional(p, "c")));
    property(a.choice(), "finishReason").ifPresent(p -> folded.add(p.jsonName()));
    property(a.chunk(), "usage").ifPresent(p -> folded.add(p.jsonName()));
    if (a.kind() == Kind.CHAT) {
      Property deltaProperty = property(a.choice(), "delta").orElseThrow();
      objectOf(deltaProperty.type()).ifPresent(delta -> {
        CodeBlock.Builder body = CodeBlock.builder();
        textInto(body, delta, "d", "role", "role", folded);
        textInto(body, delta, "d", "content", "content", folded);
        textInto(body, delta, "d", "refusal", "refusal", folded);
        textInto(body, delta, "d", "reasoning", "reasoning", folded);
        textInto(body, delta, "d", "reasoningContent", "reasoning", folded);
        toolCalls(body, delta, folded);
        if (!body.isEmpty()) {
          add.addCode("$L.ifPresent(d -> {\n$>", optional(deltaProperty, "c")).addCode(body.build()).addCode("$<});\n");
        }
      });
    } else {
      CodeBlock.Builder body = CodeBlock.builder();
      textInto(body, a.choice(), "c", "text", "text", folded);
      textInto(body, a.choice(), "c", "reasoning", "reasoning", folded);
      add.addCode(body.build());
    }
    add.endControlFlow();

    String what = a.kind() == Kind.CHAT ? "chat completion" : "text completion";
    String call = streamingCall(a);
    TypeSpec.Builder spec = TypeSpec.classBuilder(a.name()).addModifiers(Modifier.PUBLIC, Modifier.FINAL)
        .addJavadoc("Folds the chunks of a streamed $L ({@link $T}) into its final $L: $L.\n\n", what, chunk,
            a.kind() == Kind.CHAT ? "message" : "text", folded.stream().map(Javadocs::code).collect(java.util.stream.Collectors.joining(", ")))
        .addJavadoc("<pre>{@code\n$T acc = new $T();\ntry ($L<$T> stream = $L) {\n  stream.forEach(acc::add);\n}\n"
            + "acc.result()$L\n}</pre>\n\n", a.name(), a.name(), "StreamResponse", chunk, call,
            a.kind() == Kind.CHAT ? ".content()" : ".text()")
        .addJavadoc("<p>Tolerant of what OpenAI-compatible servers are known to send: a missing {@code index}, an empty or"
            + " repeated tool-call id, empty chunks, usage in a last chunk without choices (the rules: {@link $T}).\n"
            + "Not thread-safe: one accumulator per stream.\n", a.kind() == Kind.CHAT ? CHAT_FOLD : TEXT_FOLD);
    spec.addField(FieldSpec.builder(foldType, "fold", Modifier.PRIVATE, Modifier.FINAL).initializer("new $T<>()", fold).build());
    spec.addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PUBLIC).addJavadoc("An accumulator with nothing folded yet.\n")
        .build());
    spec.addMethod(add.build());
    spec.addMethod(MethodSpec.methodBuilder("result").addModifiers(Modifier.PUBLIC).returns(resultType)
        .addJavadoc("What the chunks folded so far add up to; usually asked once the stream has ended.\n")
        .addStatement("return fold.result()").build());
    return spec.build();
  }

  /** The streaming call of the first operation streaming this chunk, for the example in the javadoc. */
  private String streamingCall(Accumulator a) {
    for (Operation op : model.operations()) {
      if (op.streaming().map(s -> s.event().equals(new TypeRef.Named(a.chunk().name()))).orElse(false)) {
        StringBuilder chain = new StringBuilder("client");
        op.resource().forEach(r -> chain.append('.').append(ClientEmitter.resourceAccessor(r)).append("()"));
        List<String> args = new ArrayList<>();
        op.parameters().forEach(p -> args.add(p.javaName()));
        op.body().ifPresent(b -> args.add("params"));
        return chain + "." + ClientEmitter.streamingName(op) + "(" + String.join(", ", args) + ")";
      }
    }
    throw new IllegalStateException("no operation streams " + a.chunk().name());
  }

  /** Tool-call fragments, when the delta has them in OpenAI's chunk shape. */
  private void toolCalls(CodeBlock.Builder body, TypeDef.ObjectType delta, List<String> folded) {
    Optional<Property> list = property(delta, "toolCalls");
    if (list.isEmpty() || !(list.get().type() instanceof TypeRef.ListOf l)) {
      return;
    }
    Optional<TypeDef.ObjectType> call = objectOf(l.element());
    if (call.isEmpty()) {
      return;
    }
    Optional<TypeDef.ObjectType> function = property(call.get(), "function").flatMap(p -> objectOf(p.type()));
    ClassName callType = types.className(call.get().name());
    folded.add(list.get().jsonName() + " (merged by index)");
    CodeBlock name = CodeBlock.of("null");
    CodeBlock arguments = CodeBlock.of("null");
    body.add("$L.ifPresent(calls -> {\n$>", optional(list.get(), "d")).beginControlFlow("for ($T t : calls)", callType);
    if (function.isPresent()) {
      Property fn = property(call.get(), "function").orElseThrow();
      ClassName functionType = types.className(function.get().name());
      body.addStatement("$T<$T> function = $L", JavaTypes.OPTIONAL, functionType, optional(fn, "t"));
      name = stringOf(function.get(), "name", functionType);
      arguments = stringOf(function.get(), "arguments", functionType);
    }
    body.addStatement("choice.toolCall($L,$W$L,$W$L,$W$L,$W$L)", readNumber(call.get(), "t", "index"),
            read(call.get(), "t", "id", PrimitiveKind.STRING), read(call.get(), "t", "type", PrimitiveKind.STRING), name, arguments)
        .endControlFlow()
        .add("$<});\n");
  }

  /** {@code function.flatMap(Function::name).orElse(null)}; {@code null} when the function has no such text. */
  private static CodeBlock stringOf(TypeDef.ObjectType function, String javaName, ClassName functionType) {
    Optional<Property> p = property(function, javaName).filter(x -> isPrimitive(x.type(), PrimitiveKind.STRING));
    if (p.isEmpty()) {
      return CodeBlock.of("null");
    }
    return p.get().nullable() || !p.get().required()
        ? CodeBlock.of("function.flatMap($T::$N).orElse(null)", functionType, p.get().javaName())
        : CodeBlock.of("function.map($T::$N).orElse(null)", functionType, p.get().javaName());
  }

  /** {@code d.content().ifPresent(choice::content);} for a text property, or a union's text variant. */
  private void textInto(CodeBlock.Builder body, TypeDef.ObjectType owner, String var, String javaName, String foldMethod,
      List<String> folded) {
    Optional<Property> p = property(owner, javaName);
    if (p.isEmpty()) {
      return;
    }
    CodeBlock value = optional(p.get(), var);
    if (isPrimitive(p.get().type(), PrimitiveKind.STRING)) {
      body.addStatement("$L.ifPresent(choice::$L)", value, foldMethod);
      folded.add(p.get().jsonName());
      return;
    }
    // Content that is a union (text, or a list of parts): deltas carry text, which is folded; a
    // list of parts has no text to append.
    if (p.get().type() instanceof TypeRef.Named n && model.type(n.name()) instanceof TypeDef.UnionType u) {
      for (TypeDef.Variant v : u.variants()) {
        if (isPrimitive(v.type(), PrimitiveKind.STRING)) {
          ClassName union = types.className(u.name());
          body.addStatement("$L.filter($T::is$L).map($T::as$L).ifPresent(choice::$L)", value, union, v.javaName(), union, v.javaName(),
              foldMethod);
          folded.add(p.get().jsonName() + " (text)");
          return;
        }
      }
    }
  }

  /** A String property as a nullable value: {@code chunk.id().orElse(null)}; {@code null} if the type lacks it. */
  private static CodeBlock read(TypeDef.ObjectType owner, String var, String javaName, PrimitiveKind kind) {
    Optional<Property> p = property(owner, javaName).filter(x -> kind == null || isPrimitive(x.type(), kind));
    return p.map(x -> CodeBlock.of("$L.orElse(null)", optional(x, var))).orElse(CodeBlock.of("null"));
  }

  /** A numeric property as a nullable {@code Number}; {@code null} if the type lacks it. */
  private static CodeBlock readNumber(TypeDef.ObjectType owner, String var, String javaName) {
    Optional<Property> p = property(owner, javaName).filter(x -> x.type() instanceof TypeRef.Primitive prim
        && Set.of(PrimitiveKind.INT32, PrimitiveKind.INT64, PrimitiveKind.DOUBLE, PrimitiveKind.FLOAT).contains(prim.kind()));
    return p.map(x -> CodeBlock.of("$L.orElse(null)", optional(x, var))).orElse(CodeBlock.of("null"));
  }

  /**
   * The property's value as an {@code Optional}: optional and nullable getters return one, required
   * ones the value, and lists and maps the collection itself (empty when absent).
   */
  private static CodeBlock optional(Property p, String var) {
    if (Getters.returnsOptional(p)) {
      return CodeBlock.of("$N.$N()", var, p.javaName());
    }
    return CodeBlock.of("$T.of($N.$N())", JavaTypes.OPTIONAL, var, p.javaName());
  }

  private static boolean isPrimitive(TypeRef type, PrimitiveKind kind) {
    return type instanceof TypeRef.Primitive p && p.kind() == kind;
  }

  private static Optional<Property> property(TypeDef.ObjectType type, String javaName) {
    return type.properties().stream().filter(p -> p.javaName().equals(javaName)).findFirst();
  }

  /** The object type a property refers to, directly or as the elements of a list. */
  private Optional<TypeDef.ObjectType> objectOf(TypeRef type) {
    TypeRef t = type instanceof TypeRef.ListOf l ? l.element() : type;
    if (t instanceof TypeRef.Named n && model.type(n.name()) instanceof TypeDef.ObjectType o) {
      return Optional.of(o);
    }
    return Optional.empty();
  }
}
