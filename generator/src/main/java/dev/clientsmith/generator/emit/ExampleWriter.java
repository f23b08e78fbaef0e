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
    TypeName result = op.response().map(types::typeName).orElse(ClassName.get(Void.class));
    CodeBlock.Builder call = CodeBlock.builder().add("return client");
    for (String segment : op.resource()) {
      call.add(".$N()", Names.camel(segment));
    }
    call.add(".$N(", op.method());
    boolean first = true;
    for (Operation.Parameter p : op.parameters()) {
      call.add(first ? "$L" : ", $L", value(p.type(), p.name()));
      first = false;
    }
    if (op.body().isPresent()) {
      call.add(first ? "\n$L" : ",\n$L", value(op.body().get().type(), "params"));
    }
    call.add(")");
    TypeSpec example = TypeSpec.classBuilder("Example").addModifiers(Modifier.PUBLIC, Modifier.FINAL)
        .addMethod(MethodSpec.methodBuilder("main").addModifiers(Modifier.PUBLIC, Modifier.STATIC)
            .addParameter(String[].class, "args")
            .addComment("Reads the API key from $L$L", model.apiKeyEnv(),
                model.auth().kind() == ApiModel.Auth.Kind.NONE ? " (optional: the API declares no authentication)" : "")
            .beginControlFlow("try ($T client = $T.fromEnv())", client, client)
            .addStatement("$T.out.println(call(client))", System.class)
            .endControlFlow().build())
        .addMethod(MethodSpec.methodBuilder("call").addModifiers(Modifier.STATIC).returns(result)
            .addParameter(client, "client").addStatement(call.build()).build())
        .build();
    return JavaFile.builder("example", example).skipJavaLangImports(true).indent("  ").build().toString();
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
