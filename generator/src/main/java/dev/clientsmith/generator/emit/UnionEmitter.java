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
 * order. The runtime's {@code UnionDeserializer} does it on tokens, never on a tree: the first
 * token alone usually decides, and otherwise tokens are buffered only as far as the decision needs.
 */
final class UnionEmitter {
  private static final ClassName JSON_DESERIALIZE = ClassName.get("com.fasterxml.jackson.databind.annotation", "JsonDeserialize");
  private static final ClassName JSON_SERIALIZE = ClassName.get("com.fasterxml.jackson.databind.annotation", "JsonSerialize");
  private static final ClassName UNION_DESERIALIZER = ClassName.get("dev.clientsmith.runtime.json", "UnionDeserializer");
  private static final ClassName JSON_SHAPE = ClassName.get("dev.clientsmith.runtime.json", "JsonShape");
  private static final ClassName TYPE_REFERENCE = ClassName.get("com.fasterxml.jackson.core.type", "TypeReference");
  private static final ClassName STD_SERIALIZER = ClassName.get("com.fasterxml.jackson.databind.ser.std", "StdSerializer");
  private static final ClassName JSON_GENERATOR = ClassName.get("com.fasterxml.jackson.core", "JsonGenerator");
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
          .addJavadoc("The $L variant.\n", Javadocs.code(variantLabel(v))).addParameter(valueType, "value")
          .addStatement("return new $T(value)", record).build());
      spec.addMethod(MethodSpec.methodBuilder("is" + v.javaName()).addModifiers(Modifier.PUBLIC, Modifier.DEFAULT)
          .returns(TypeName.BOOLEAN).addJavadoc("Whether this is the $L variant.\n", Javadocs.code(variantLabel(v)))
          .addStatement("return this instanceof $T", record).build());
      spec.addMethod(MethodSpec.methodBuilder("as" + v.javaName()).addModifiers(Modifier.PUBLIC, Modifier.DEFAULT)
          .returns(valueType)
          .addJavadoc("The value of the $L variant.\n\n@throws IllegalStateException if this is another variant\n", Javadocs.code(variantLabel(v)))
          .beginControlFlow("if (this instanceof $T variant)", record).addStatement("return variant.value()").endControlFlow()
          .addStatement("throw new $T($S + this)", ILLEGAL_STATE, type.simpleName() + " is not " + v.javaName() + ": ")
          .build());
      visitorSpec.addMethod(MethodSpec.methodBuilder("visit" + v.javaName()).addModifiers(Modifier.PUBLIC, Modifier.ABSTRACT)
          .returns(r).addParameter(valueType, "value").build());
      spec.addType(TypeSpec.recordBuilder(record).addModifiers(Modifier.PUBLIC, Modifier.STATIC)
          .addSuperinterface(self)
          .addJavadoc("The $L variant.\n\n@param value the value\n", Javadocs.code(variantLabel(v)))
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
    spec.addType(serializer(self, type));
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
          .addJavadoc("A $L $L with text content.\n", Javadocs.code(v.discriminatorValue().get()), type.simpleName())
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

  /**
   * The union's reader: a subclass of the runtime's {@code UnionDeserializer} naming the variants,
   * by discriminator value where every variant has one, else by {@code JsonShape} in document order.
   */
  private TypeSpec deserializer(ClassName self, UnionType type) {
    List<CodeBlock> variants = new ArrayList<>();
    CodeBlock head;
    CodeBlock doc;
    if (type.discriminator().isPresent() && type.variants().stream().allMatch(v -> v.discriminatorValue().isPresent())) {
      for (Variant v : type.variants()) {
        CodeBlock tags = CodeBlock.join(v.discriminatorValues().stream().map(t -> CodeBlock.of("$S", t)).toList(), ", ");
        variants.add(CodeBlock.of("tagged($T.of($L), $L, $T::new)", JavaTypes.LIST, tags, valueType(v.type()),
            self.nestedClass("Of" + v.javaName())));
      }
      head = CodeBlock.of("$T.class, $S, $T::new", self, type.discriminator().get(), self.nestedClass("Unknown"));
      doc = CodeBlock.of("Picks the variant from the value of $L, buffering only the properties before it, and binds it.\n",
          Javadocs.code(type.discriminator().get()));
    } else {
      for (Variant v : type.variants()) {
        variants.add(CodeBlock.of("variant($L, $L, $T::new)", shape(v.type()), valueType(v.type()),
            self.nestedClass("Of" + v.javaName())));
      }
      head = CodeBlock.of("$T.class, $T::new", self, self.nestedClass("Unknown"));
      doc = CodeBlock.of("Picks the first variant whose shape the JSON has, looking at its tokens (not a tree), and binds it.\n");
    }
    return TypeSpec.classBuilder("Deserializer").addModifiers(Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
        .superclass(ParameterizedTypeName.get(UNION_DESERIALIZER, self))
        .addJavadoc(doc)
        .addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PUBLIC)
            .addJavadoc("Called by Jackson.\n")
            .addStatement("super($L, $T.of(\n$>$L$<))", head, JavaTypes.LIST, CodeBlock.join(variants, ",\n"))
            .build())
        .build();
  }

  /** The variant's value type as the runtime takes it: a class literal, or a TypeReference for generic types. */
  private CodeBlock valueType(TypeRef type) {
    if (type instanceof TypeRef.ListOf || type instanceof TypeRef.MapOf) {
      return CodeBlock.of("new $T<$T>() { }", TYPE_REFERENCE, types.typeName(type));
    }
    return CodeBlock.of("$T.class", types.rawType(type));
  }

  /** The {@code JsonShape} a value of {@code type} has, as the tokens of the JSON show it. */
  private CodeBlock shape(TypeRef type) {
    if (type instanceof TypeRef.ListOf l) {
      return CodeBlock.of("$T.arrayOf($L)", JSON_SHAPE, shape(l.element()));
    }
    if (type instanceof TypeRef.MapOf) {
      return CodeBlock.of("$T.object()", JSON_SHAPE);
    }
    if (type instanceof TypeRef.Primitive p) {
      switch (p.kind()) {
        case STRING:
        case UUID:
        case BINARY:
          return CodeBlock.of("$T.string()", JSON_SHAPE);
        case INT32:
        case INT64:
          return CodeBlock.of("$T.integral()", JSON_SHAPE);
        case DOUBLE:
        case FLOAT:
          return CodeBlock.of("$T.number()", JSON_SHAPE);
        case BOOLEAN:
          return CodeBlock.of("$T.bool()", JSON_SHAPE);
        default:
          return CodeBlock.of("$T.any()", JSON_SHAPE);
      }
    }
    TypeDef def = types.model().type(((TypeRef.Named) type).name());
    if (def instanceof TypeDef.EnumType e) {
      return CodeBlock.of(e.valueKind() == TypeRef.PrimitiveKind.INT64 ? "$T.integral()" : "$T.string()", JSON_SHAPE);
    }
    if (def instanceof ObjectType o) {
      CodeBlock.Builder shape = CodeBlock.builder().add("$T.object()", JSON_SHAPE);
      for (Property p : o.properties()) {
        if (p.constant().isPresent()) {
          // Required: must be the constant; optional: absent is fine, anything else (null included)
          // must be the constant.
          shape.add(p.required() ? ".constant($S, $S)" : ".optionalConstant($S, $S)", p.jsonName(), p.constant().get());
        } else if (p.required() && p.type() instanceof TypeRef.Named n && types.model().type(n.name()) instanceof TypeDef.EnumType e
            && e.valueKind() == TypeRef.PrimitiveKind.STRING && !e.documentedOpen()) {
          // Where no discriminator tells members apart, a required enum's known values do
          // ({role: tool} is not the member whose role is system or developer).
          shape.add(".oneOf($S, $L)", p.jsonName(),
              CodeBlock.join(e.values().stream().map(v -> CodeBlock.of("$S", v.json())).toList(), ", "));
        } else if (p.required()) {
          // An explicit null only counts as present where the property admits null: with
          // {"content": null, "tool_calls": [..]} the text variant (content required) is not the one.
          shape.add(p.nullable() ? ".requires($S)" : ".requiresNonNull($S)", p.jsonName());
        }
      }
      return shape.build();
    }
    if (def instanceof UnionType u) {
      if (u.discriminator().isPresent()) {
        // A discriminated union keeps objects of kinds it does not know as Unknown: any object fits.
        return CodeBlock.of("$T.object()", JSON_SHAPE);
      }
      return CodeBlock.of("$T.anyOf($L)", JSON_SHAPE,
          CodeBlock.join(u.variants().stream().map(v -> shape(v.type())).toList(), ", "));
    }
    return CodeBlock.of("$T.any()", JSON_SHAPE);
  }

  private TypeSpec serializer(ClassName self, UnionType type) {
    MethodSpec.Builder write = MethodSpec.methodBuilder("serialize").addAnnotation(Override.class).addModifiers(Modifier.PUBLIC)
        .addParameter(self, "value").addParameter(JSON_GENERATOR, "generator").addParameter(SER_PROVIDER, "provider")
        .addException(IO_EXCEPTION);
    List<CodeBlock> floating = type.variants().stream().filter(v -> FloatingNumbers.holds(v.type()))
        .map(v -> CodeBlock.of("value instanceof $T", self.nestedClass("Of" + v.javaName()))).toList();
    if (!floating.isEmpty()) {
      // Numbers in these variants go out as the document's integers where they are integral.
      write.beginControlFlow("if ($L)", CodeBlock.join(floating, " || "))
          .addStatement("$T.INSTANCE.serialize(value.value(), generator, provider)", FloatingNumbers.SERIALIZER)
          .addStatement("return").endControlFlow();
    }
    write.addStatement("provider.defaultSerializeValue(value.value(), generator)");
    return TypeSpec.classBuilder("Serializer").addModifiers(Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
        .superclass(ParameterizedTypeName.get(STD_SERIALIZER, self))
        .addJavadoc("Writes the wrapped value as it is: a union has no JSON shape of its own.\n")
        .addField(FieldSpec.builder(TypeName.LONG, "serialVersionUID", Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
            .initializer("1L").build())
        .addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PUBLIC).addStatement("super($T.class)", self).build())
        .addMethod(write.build())
        .build();
  }
}
