package dev.clientsmith.generator.emit;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import com.palantir.javapoet.TypeVariableName;
import dev.clientsmith.generator.model.Property;
import dev.clientsmith.generator.model.TypeDef;
import dev.clientsmith.generator.model.TypeDef.ObjectType;
import dev.clientsmith.generator.model.TypeDef.UnionType;
import dev.clientsmith.generator.model.TypeDef.Variant;
import dev.clientsmith.generator.model.TypeRef;
import dev.clientsmith.generator.normalize.Names;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.lang.model.element.Modifier;

/**
 * Emits a union ({@code oneOf}) as a sealed interface with one record per variant
 * ({@code Message.OfUser}) and an {@code Unknown} record that keeps JSON matching no variant.
 * Factories ({@code ofUser(..)}), {@code isUser()/asUser()}, a visitor, and, where it reads
 * naturally, shortcuts such as {@code Message.user("hi")}.
 *
 * <p>Reading picks the variant by the discriminator's value where the union has one, else by the
 * JSON's shape (type of value, array element types, required properties present and not null
 * unless nullable, constants and the known values of required enums), first match in document
 * order.
 */
final class UnionEmitter {
  private static final ClassName JSON_DESERIALIZE = ClassName.get("com.fasterxml.jackson.databind.annotation", "JsonDeserialize");
  private static final ClassName JSON_SERIALIZE = ClassName.get("com.fasterxml.jackson.databind.annotation", "JsonSerialize");
  private static final ClassName STD_DESERIALIZER = ClassName.get("com.fasterxml.jackson.databind.deser.std", "StdDeserializer");
  private static final ClassName STD_SERIALIZER = ClassName.get("com.fasterxml.jackson.databind.ser.std", "StdSerializer");
  private static final ClassName JSON_PARSER = ClassName.get("com.fasterxml.jackson.core", "JsonParser");
  private static final ClassName JSON_GENERATOR = ClassName.get("com.fasterxml.jackson.core", "JsonGenerator");
  private static final ClassName DESER_CONTEXT = ClassName.get("com.fasterxml.jackson.databind", "DeserializationContext");
  private static final ClassName SER_PROVIDER = ClassName.get("com.fasterxml.jackson.databind", "SerializerProvider");
  private static final ClassName IO_EXCEPTION = ClassName.get(java.io.IOException.class);
  private static final ClassName ILLEGAL_STATE = ClassName.get(IllegalStateException.class);

  /** A variant prints as its value ({@code content=Hello!}), not as a record ({@code OfString[value=Hello!]}). */
  private static final MethodSpec VALUE_TO_STRING = MethodSpec.methodBuilder("toString").addAnnotation(Override.class)
      .addModifiers(Modifier.PUBLIC).returns(JavaTypes.STRING).addStatement("return $T.valueOf(value)", JavaTypes.STRING).build();

  private final JavaTypes types;

  UnionEmitter(JavaTypes types) {
    this.types = types;
  }

  TypeSpec.Builder emit(UnionType type) {
    ClassName self = types.className(type.name());
    ClassName visitor = self.nestedClass("Visitor");
    ClassName unknown = self.nestedClass("Unknown");
    TypeVariableName r = TypeVariableName.get("R");
    TypeSpec.Builder spec = TypeSpec.interfaceBuilder(self).addModifiers(Modifier.PUBLIC, Modifier.SEALED)
        .addJavadoc(Javadocs.of(type.description(), "One of several shapes."))
        .addJavadoc("\n<p>Variants: $L. JSON that matches none is kept as {@link Unknown}.\n",
            String.join(", ", type.variants().stream().map(v -> "{@link Of" + v.javaName() + "}").toList()))
        .addAnnotation(AnnotationSpec.builder(JSON_DESERIALIZE).addMember("using", "$T.class", self.nestedClass("Deserializer")).build())
        .addAnnotation(AnnotationSpec.builder(JSON_SERIALIZE).addMember("using", "$T.class", self.nestedClass("Serializer")).build());
    spec.addMethod(MethodSpec.methodBuilder("value").addModifiers(Modifier.PUBLIC, Modifier.ABSTRACT).returns(Object.class)
        .addJavadoc("The wrapped value: the variant's value, or the raw JSON of an {@link Unknown}.\n").build());
    spec.addMethod(MethodSpec.methodBuilder("accept").addModifiers(Modifier.PUBLIC, Modifier.ABSTRACT).addTypeVariable(r)
        .returns(r).addParameter(ParameterizedTypeName.get(visitor, r), "visitor")
        .addJavadoc("Calls the visitor method for this variant.\n").build());
    TypeSpec.Builder visitorSpec = TypeSpec.interfaceBuilder(visitor).addModifiers(Modifier.PUBLIC, Modifier.STATIC).addTypeVariable(r)
        .addJavadoc("One method per variant of {@link $T}.\n\n@param <R> the result type\n", self);

    for (Variant v : type.variants()) {
      TypeName valueType = types.typeName(v.type());
      ClassName record = self.nestedClass("Of" + v.javaName());
      String factory = "of" + v.javaName();
      spec.addPermittedSubclass(record);
      spec.addMethod(MethodSpec.methodBuilder(factory).addModifiers(Modifier.PUBLIC, Modifier.STATIC).returns(self)
          .addJavadoc("The {@code $L} variant.\n", variantLabel(v)).addParameter(valueType, "value")
          .addStatement("return new $T(value)", record).build());
      spec.addMethod(MethodSpec.methodBuilder("is" + v.javaName()).addModifiers(Modifier.PUBLIC, Modifier.DEFAULT)
          .returns(TypeName.BOOLEAN).addJavadoc("Whether this is the {@code $L} variant.\n", variantLabel(v))
          .addStatement("return this instanceof $T", record).build());
      spec.addMethod(MethodSpec.methodBuilder("as" + v.javaName()).addModifiers(Modifier.PUBLIC, Modifier.DEFAULT)
          .returns(valueType)
          .addJavadoc("The value of the {@code $L} variant.\n\n@throws IllegalStateException if this is another variant\n", variantLabel(v))
          .beginControlFlow("if (this instanceof $T variant)", record).addStatement("return variant.value()").endControlFlow()
          .addStatement("throw new $T($S + this)", ILLEGAL_STATE, type.simpleName() + " is not " + v.javaName() + ": ")
          .build());
      visitorSpec.addMethod(MethodSpec.methodBuilder("visit" + v.javaName()).addModifiers(Modifier.PUBLIC, Modifier.ABSTRACT)
          .returns(r).addParameter(valueType, "value").build());
      spec.addType(TypeSpec.recordBuilder(record).addModifiers(Modifier.PUBLIC, Modifier.STATIC)
          .addSuperinterface(self)
          .addJavadoc("The {@code $L} variant.\n\n@param value the value\n", variantLabel(v))
          .recordConstructor(MethodSpec.constructorBuilder().addModifiers(Modifier.PUBLIC).addParameter(valueType, "value")
              .addStatement("this.value = $T.requireNonNull(value, $S)", JavaTypes.OBJECTS, "value").build())
          .addMethod(MethodSpec.methodBuilder("accept").addAnnotation(Override.class).addModifiers(Modifier.PUBLIC)
              .addTypeVariable(r).returns(r).addParameter(ParameterizedTypeName.get(visitor, r), "visitor")
              .addStatement("return visitor.visit$L(value)", v.javaName()).build())
          .addMethod(VALUE_TO_STRING)
          .build());
    }
    // Unknown: keeps what no variant matched, so a new server-side shape never breaks a read.
    spec.addPermittedSubclass(unknown);
    spec.addMethod(MethodSpec.methodBuilder("unknown").addModifiers(Modifier.PUBLIC, Modifier.STATIC).returns(self)
        .addJavadoc("A value of a shape this client does not know, sent as given.\n").addParameter(JavaTypes.JSON_NODE, "json")
        .addStatement("return new $T(json)", unknown).build());
    spec.addMethod(MethodSpec.methodBuilder("isUnknown").addModifiers(Modifier.PUBLIC, Modifier.DEFAULT).returns(TypeName.BOOLEAN)
        .addJavadoc("Whether the JSON matched no known variant.\n").addStatement("return this instanceof $T", unknown).build());
    visitorSpec.addMethod(MethodSpec.methodBuilder("visitUnknown").addModifiers(Modifier.PUBLIC, Modifier.DEFAULT).returns(r)
        .addJavadoc("Called for JSON that matched no variant; fails unless overridden.\n").addParameter(JavaTypes.JSON_NODE, "json")
        .addStatement("throw new $T($S + json)", ILLEGAL_STATE, "unknown " + type.simpleName() + ": ").build());
    spec.addType(TypeSpec.recordBuilder(unknown).addModifiers(Modifier.PUBLIC, Modifier.STATIC).addSuperinterface(self)
        .addJavadoc("JSON that matched no variant, kept as it was.\n\n@param value the raw JSON\n")
        .recordConstructor(MethodSpec.constructorBuilder().addModifiers(Modifier.PUBLIC).addParameter(JavaTypes.JSON_NODE, "value")
            .addStatement("this.value = $T.requireNonNull(value, $S)", JavaTypes.OBJECTS, "value").build())
        .addMethod(MethodSpec.methodBuilder("accept").addAnnotation(Override.class).addModifiers(Modifier.PUBLIC)
            .addTypeVariable(r).returns(r).addParameter(ParameterizedTypeName.get(visitor, r), "visitor")
            .addStatement("return visitor.visitUnknown(value)").build())
        .addMethod(VALUE_TO_STRING)
        .build());
    spec.addType(visitorSpec.build());
    shortcuts(spec, self, type);
    spec.addType(deserializer(self, type));
    spec.addType(serializer(self));
    return spec;
  }

  private static String variantLabel(Variant v) {
    return v.discriminatorValue().orElse(v.javaName());
  }

  /** {@code Message.user("hi")}: for variants whose only free required input is a string-capable {@code content}. */
  private void shortcuts(TypeSpec.Builder spec, ClassName self, UnionType type) {
    for (Variant v : type.variants()) {
      if (v.discriminatorValue().isEmpty() || !(v.type() instanceof TypeRef.Named n)
          || !(types.model().type(n.name()) instanceof ObjectType object)) {
        continue;
      }
      Optional<Property> content = object.property("content");
      boolean othersFree = object.properties().stream()
          .allMatch(p -> !p.required() || p.constant().isPresent() || p.jsonName().equals("content"));
      if (content.isEmpty() || !othersFree) {
        continue;
      }
      CodeBlock contentValue = stringValue(content.get().type(), "text");
      if (contentValue == null) {
        continue;
      }
      String name = Names.camel(v.javaName());
      if (Names.isKeyword(name)) {
        continue;
      }
      spec.addMethod(MethodSpec.methodBuilder(name).addModifiers(Modifier.PUBLIC, Modifier.STATIC).returns(self)
          .addJavadoc("A {@code $L} $L with text content.\n", v.discriminatorValue().get(), type.simpleName())
          .addParameter(JavaTypes.STRING, "text")
          .addStatement("return of$L($T.builder().$N($L).build())", v.javaName(), types.className(n.name()),
              content.get().javaName(), contentValue)
          .build());
    }
  }

  /** An expression turning String {@code var} into a value of {@code type}, or null when it cannot. */
  private CodeBlock stringValue(TypeRef type, String var) {
    if (type instanceof TypeRef.Primitive p && p.kind() == TypeRef.PrimitiveKind.STRING) {
      return CodeBlock.of("$N", var);
    }
    if (type instanceof TypeRef.Named n && types.model().type(n.name()) instanceof UnionType u) {
      for (Variant v : u.variants()) {
        if (v.type() instanceof TypeRef.Primitive p && p.kind() == TypeRef.PrimitiveKind.STRING) {
          return CodeBlock.of("$T.of$L($N)", types.className(n.name()), v.javaName(), var);
        }
      }
    }
    return null;
  }

  private TypeSpec deserializer(ClassName self, UnionType type) {
    MethodSpec.Builder read = MethodSpec.methodBuilder("deserialize").addAnnotation(Override.class).addModifiers(Modifier.PUBLIC)
        .returns(self).addParameter(JSON_PARSER, "parser").addParameter(DESER_CONTEXT, "context").addException(IO_EXCEPTION)
        .addStatement("$T node = context.readTree(parser)", JavaTypes.JSON_NODE);
    if (type.discriminator().isPresent() && type.variants().stream().allMatch(v -> v.discriminatorValue().isPresent())) {
      read.addStatement("$T tag = node.path($S)", JavaTypes.JSON_NODE, type.discriminator().get());
      read.beginControlFlow("if (tag.isTextual())").beginControlFlow("switch (tag.asText())");
      for (Variant v : type.variants()) {
        for (String value : v.discriminatorValues()) {
          read.addCode("case $S:\n", value);
        }
        read.addCode("$>").addStatement("return new $T($L)", self.nestedClass("Of" + v.javaName()), readAs(v.type()))
            .addCode("$<");
      }
      read.addCode("default:\n$>").addStatement("break").addCode("$<");
      read.endControlFlow().endControlFlow();
    } else {
      for (Variant v : type.variants()) {
        read.beginControlFlow("if ($L)", matches(v.type(), "node", 0))
            .addStatement("return new $T($L)", self.nestedClass("Of" + v.javaName()), readAs(v.type()))
            .endControlFlow();
      }
    }
    read.addStatement("return new $T(node)", self.nestedClass("Unknown"));
    return TypeSpec.classBuilder("Deserializer").addModifiers(Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
        .superclass(ParameterizedTypeName.get(STD_DESERIALIZER, self))
        .addJavadoc("Reads the JSON once into a tree, picks the variant, and binds it.\n")
        .addField(FieldSpec.builder(TypeName.LONG, "serialVersionUID", Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
            .initializer("1L").build())
        .addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PUBLIC).addStatement("super($T.class)", self).build())
        .addMethod(read.build())
        .addMethod(MethodSpec.methodBuilder("getNullValue").addAnnotation(Override.class).addModifiers(Modifier.PUBLIC)
            .returns(self).addParameter(DESER_CONTEXT, "context").addStatement("return null").build())
        .build();
  }

  /** Reads {@code node} as {@code type}; generic types go through a JavaType so element types are kept. */
  private CodeBlock readAs(TypeRef type) {
    if (type instanceof TypeRef.ListOf || type instanceof TypeRef.MapOf) {
      return CodeBlock.of("context.<$T>readTreeAsValue(node, $L)", types.typeName(type), javaType(type));
    }
    return CodeBlock.of("context.readTreeAsValue(node, $T.class)", types.rawType(type));
  }

  private CodeBlock javaType(TypeRef type) {
    if (type instanceof TypeRef.ListOf l) {
      return CodeBlock.of("context.getTypeFactory().constructCollectionType($T.class, $L)", JavaTypes.LIST, javaType(l.element()));
    }
    if (type instanceof TypeRef.MapOf m) {
      return CodeBlock.of("context.getTypeFactory().constructMapType($T.class, context.constructType($T.class), $L)",
          JavaTypes.MAP, JavaTypes.STRING, javaType(m.value()));
    }
    return CodeBlock.of("context.constructType($T.class)", types.rawType(type));
  }

  /** A boolean expression: does JSON {@code var} have the shape of {@code type}? */
  private CodeBlock matches(TypeRef type, String var, int depth) {
    if (type instanceof TypeRef.ListOf l) {
      String e = "e" + depth;
      CodeBlock inner = matches(l.element(), e, depth + 1);
      return CodeBlock.of("$N.isArray() && $T.stream($N.spliterator(), false).allMatch($N -> $L)", var,
          ClassName.get(java.util.stream.StreamSupport.class), var, e, inner);
    }
    if (type instanceof TypeRef.MapOf) {
      return CodeBlock.of("$N.isObject()", var);
    }
    if (type instanceof TypeRef.Primitive p) {
      switch (p.kind()) {
        case STRING:
        case UUID:
        case BINARY:
          return CodeBlock.of("$N.isTextual()", var);
        case INT32:
        case INT64:
          return CodeBlock.of("$N.isIntegralNumber()", var);
        case DOUBLE:
        case FLOAT:
          return CodeBlock.of("$N.isNumber()", var);
        case BOOLEAN:
          return CodeBlock.of("$N.isBoolean()", var);
        default:
          return CodeBlock.of("true");
      }
    }
    TypeDef def = types.model().type(((TypeRef.Named) type).name());
    if (def instanceof TypeDef.EnumType e) {
      return CodeBlock.of(e.valueKind() == TypeRef.PrimitiveKind.INT64 ? "$N.isIntegralNumber()" : "$N.isTextual()", var);
    }
    if (def instanceof ObjectType o) {
      List<CodeBlock> checks = new ArrayList<>();
      checks.add(CodeBlock.of("$N.isObject()", var));
      for (Property p : o.properties()) {
        if (p.required()) {
          // An explicit null only counts as present where the property admits null: with
          // {"content": null, "tool_calls": [..]} the text variant (content required) is not the one.
          checks.add(p.nullable() ? CodeBlock.of("$N.has($S)", var, p.jsonName())
              : CodeBlock.of("$N.hasNonNull($S)", var, p.jsonName()));
        }
        if (p.constant().isPresent() && p.required()) {
          checks.set(checks.size() - 1, CodeBlock.of("$S.equals($N.path($S).textValue())", p.constant().get(), var, p.jsonName()));
        } else if (p.constant().isPresent()) {
          // Absent is fine for an optional constant; anything else (null included) must be the constant.
          checks.add(CodeBlock.of("($N.path($S).isMissingNode() || $S.equals($N.path($S).textValue()))", var, p.jsonName(),
              p.constant().get(), var, p.jsonName()));
        } else if (p.required() && p.type() instanceof TypeRef.Named n && types.model().type(n.name()) instanceof TypeDef.EnumType e
            && e.valueKind() == TypeRef.PrimitiveKind.STRING && !e.documentedOpen()) {
          // Where no discriminator tells members apart, a required enum's known values do
          // ({role: tool} is not the member whose role is system or developer).
          checks.add(CodeBlock.of("($L)", CodeBlock.join(e.values().stream()
              .map(v -> CodeBlock.of("$S.equals($N.path($S).textValue())", v.json(), var, p.jsonName())).toList(), " || ")));
        }
      }
      return CodeBlock.join(checks, " && ");
    }
    if (def instanceof UnionType u) {
      if (u.discriminator().isPresent()) {
        // A discriminated union keeps objects of kinds it does not know as Unknown: any object fits.
        return CodeBlock.of("$N.isObject()", var);
      }
      List<CodeBlock> any = new ArrayList<>();
      for (Variant v : u.variants()) {
        any.add(CodeBlock.of("($L)", matches(v.type(), var, depth + 1)));
      }
      return CodeBlock.join(any, " || ");
    }
    return CodeBlock.of("true");
  }

  private TypeSpec serializer(ClassName self) {
    return TypeSpec.classBuilder("Serializer").addModifiers(Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
        .superclass(ParameterizedTypeName.get(STD_SERIALIZER, self))
        .addJavadoc("Writes the wrapped value as it is: a union has no JSON shape of its own.\n")
        .addField(FieldSpec.builder(TypeName.LONG, "serialVersionUID", Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
            .initializer("1L").build())
        .addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PUBLIC).addStatement("super($T.class)", self).build())
        .addMethod(MethodSpec.methodBuilder("serialize").addAnnotation(Override.class).addModifiers(Modifier.PUBLIC)
            .addParameter(self, "value").addParameter(JSON_GENERATOR, "generator").addParameter(SER_PROVIDER, "provider")
            .addException(IO_EXCEPTION)
            .addStatement("provider.defaultSerializeValue(value.value(), generator)").build())
        .build();
  }
}
