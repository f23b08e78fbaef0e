package dev.clientsmith.generator.emit;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import dev.clientsmith.generator.model.Property;
import dev.clientsmith.generator.model.TypeDef;
import dev.clientsmith.generator.model.TypeDef.ObjectType;
import dev.clientsmith.generator.model.TypeRef;
import dev.clientsmith.generator.normalize.Names;
import java.util.ArrayList;
import java.util.List;
import javax.lang.model.element.Modifier;

/**
 * Emits an immutable model class with a builder for an {@link ObjectType}.
 *
 * <p>Shape: one private final field per property (a {@code Nullable<T>} where the document allows
 * null, so absent, null and a value stay distinct; otherwise a plain reference where null means
 * absent); getters returning the value for required properties and {@code Optional} otherwise
 * (plus {@code xField()} with the three states); a builder with one method per property,
 * {@code addX} for lists and {@code putX} for maps; unknown properties kept in
 * {@code additionalProperties()}. Jackson binds JSON straight to the builder (no intermediate
 * tree) through {@code Builder.Deserializer} ({@link ModelReaderEmitter}); reading is lenient (a server's omissions never fail a read), while {@code build()} demands
 * the required properties.
 */
final class ObjectEmitter {
  private static final ClassName JSON_PROPERTY = ClassName.get("com.fasterxml.jackson.annotation", "JsonProperty");
  private static final ClassName JSON_INCLUDE = ClassName.get("com.fasterxml.jackson.annotation", "JsonInclude");
  private static final ClassName JSON_ANY_GETTER = ClassName.get("com.fasterxml.jackson.annotation", "JsonAnyGetter");
  private static final ClassName JSON_ANY_SETTER = ClassName.get("com.fasterxml.jackson.annotation", "JsonAnySetter");
  private static final ClassName JSON_DESERIALIZE = ClassName.get("com.fasterxml.jackson.databind.annotation", "JsonDeserialize");
  private static final ClassName JSON_POJO_BUILDER = ClassName.get("com.fasterxml.jackson.databind.annotation", "JsonPOJOBuilder");
  private static final ClassName ARRAY_LIST = ClassName.get(java.util.ArrayList.class);
  private static final ClassName LINKED_HASH_MAP = ClassName.get(java.util.LinkedHashMap.class);
  private static final ClassName COLLECTIONS = ClassName.get(java.util.Collections.class);
  private static final ClassName ILLEGAL_STATE = ClassName.get(IllegalStateException.class);
  private static final TypeName EXTRA_MAP = ParameterizedTypeName.get(JavaTypes.MAP, JavaTypes.STRING, JavaTypes.JSON_NODE);
  private static final ClassName MODEL_STRINGS = ClassName.get("dev.clientsmith.runtime.json", "ModelStrings");
  /** On the model and its builder: Jackson binds only what is annotated, with any mapper (see the runtime's Javadoc). */
  private static final AnnotationSpec NOTHING_DETECTED = AnnotationSpec.builder(
      ClassName.get("dev.clientsmith.runtime.json", "ExplicitJson")).build();

  private final JavaTypes types;

  ObjectEmitter(JavaTypes types) {
    this.types = types;
  }

  TypeSpec.Builder emit(ObjectType type) {
    ClassName self = types.className(type.name());
    ClassName builder = self.nestedClass("Builder");
    TypeSpec.Builder spec = TypeSpec.classBuilder(self)
        .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
        .addJavadoc(Javadocs.of(type.description(), "The " + Javadocs.code(type.name()) + " object of the API."))
        .addAnnotation(AnnotationSpec.builder(JSON_DESERIALIZE)
            .addMember("using", "$T.class", ModelReaderEmitter.readerOf(builder)).build())
        .addAnnotation(NOTHING_DETECTED)
        .addAnnotation(AnnotationSpec.builder(JSON_INCLUDE).addMember("value", "$T.Include.NON_ABSENT", JSON_INCLUDE).build());

    MethodSpec.Builder ctor = MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).addParameter(builder, "b");
    TypeSpec.Builder b = TypeSpec.classBuilder(builder)
        .addModifiers(Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
        .addJavadoc("Builds {@link $T}; {@link #build()} fails naming any required property that was not set.\n", self)
        .addAnnotation(NOTHING_DETECTED)
        .addAnnotation(AnnotationSpec.builder(JSON_POJO_BUILDER)
            .addMember("withPrefix", "$S", "")
            .addMember("buildMethodName", "$S", "buildFromJson")
            .build());
    MethodSpec.Builder newBuilder = MethodSpec.methodBuilder("builder").addModifiers(Modifier.PUBLIC, Modifier.STATIC).returns(builder)
        .addJavadoc("A builder for a new {@link $T}.\n", self)
        .addStatement("$T b = new $T()", builder, builder);
    MethodSpec.Builder toBuilder = MethodSpec.methodBuilder("toBuilder").addModifiers(Modifier.PUBLIC).returns(builder)
        .addJavadoc("A builder holding this object's values, to make a changed copy.\n")
        .addStatement("$T b = new $T()", builder, builder);
    MethodSpec.Builder build = MethodSpec.methodBuilder("build").addModifiers(Modifier.PUBLIC).returns(self)
        .addJavadoc("The immutable object.\n\n@throws IllegalStateException if a required property was not set\n");
    List<CodeBlock> equalsParts = new ArrayList<>();
    List<String> hashParts = new ArrayList<>();
    List<CodeBlock> shown = new ArrayList<>();

    for (Property p : type.properties()) {
      TypeName valueType = types.typeName(p.type());
      String f = p.javaName();
      boolean tri = p.nullable();
      TypeName fieldType = tri ? ParameterizedTypeName.get(JavaTypes.NULLABLE, valueType) : valueType;
      spec.addField(FieldSpec.builder(fieldType, f, Modifier.PRIVATE, Modifier.FINAL)
          .addAnnotation(AnnotationSpec.builder(JSON_PROPERTY).addMember("value", "$S", p.jsonName()).build())
          .addAnnotations(FloatingNumbers.annotations(p.type(), tri))
          .build());
      ctor.addStatement("this.$N = $L", f, frozen(p, CodeBlock.of("b.$N", f)));
      FieldSpec.Builder bf = FieldSpec.builder(fieldType, f, Modifier.PRIVATE);
      if (tri) {
        bf.initializer("$T.absent()", JavaTypes.NULLABLE);
      } else if (p.constant().isPresent()) {
        // Only builders made by builder() start with the constant; Jackson's reads what was sent.
        newBuilder.addStatement("b.$N = $S", f, p.constant().get());
      }
      b.addField(bf.build());
      toBuilder.addStatement("b.$N = $L", f, copied(p, CodeBlock.of("this.$N", f)));
      equalsParts.add(CodeBlock.of("$T.equals($N, that.$N)", JavaTypes.OBJECTS, f, f));
      hashParts.add(f);
      shown.add(CodeBlock.of("$S, $N", f, f));

      addGetters(spec, type, p, valueType);
      addBuilderMethods(b, builder, p, valueType);
      if (p.required()) {
        if (tri) {
          build.beginControlFlow("if ($N.isAbsent())", f)
              .addStatement("throw new $T($S)", ILLEGAL_STATE,
                  type.simpleName() + "." + f + " is required but was not set (set it to a value, or to null)")
              .endControlFlow();
        } else {
          build.beginControlFlow("if ($N == null)", f)
              .addStatement("throw new $T($S)", ILLEGAL_STATE, type.simpleName() + "." + f + " is required but was not set")
              .endControlFlow();
        }
      }
    }

    // Unknown properties: kept on read, sendable on write.
    spec.addField(FieldSpec.builder(EXTRA_MAP, "additionalProperties", Modifier.PRIVATE, Modifier.FINAL).build());
    // Most objects have no undeclared properties: share the empty map instead of copying one per object.
    ctor.addStatement("this.additionalProperties = b.additionalProperties.isEmpty() ? $T.emptyMap()\n: $T.unmodifiableMap(new $T<>(b.additionalProperties))",
        COLLECTIONS, COLLECTIONS, LINKED_HASH_MAP);
    b.addField(FieldSpec.builder(EXTRA_MAP, "additionalProperties", Modifier.PRIVATE)
        .initializer("new $T<>()", LINKED_HASH_MAP).build());
    toBuilder.addStatement("b.additionalProperties.putAll(this.additionalProperties)");
    equalsParts.add(CodeBlock.of("additionalProperties.equals(that.additionalProperties)"));
    hashParts.add("additionalProperties");
    spec.addMethod(MethodSpec.methodBuilder("additionalProperties").addModifiers(Modifier.PUBLIC).returns(EXTRA_MAP)
        .addAnnotation(JSON_ANY_GETTER)
        .addJavadoc("Properties the document does not declare: kept when read, sent when written.\n")
        .addStatement("return additionalProperties").build());
    if (type.closed()) {
      // The document allows no other properties (additionalProperties: false): the builder offers no
      // way to add one, but what a server sends anyway is still kept when read.
      spec.addJavadoc("\n<p>The document allows no properties besides these; undeclared ones a server sends are kept in"
          + " {@link #additionalProperties()}.\n");
      b.addMethod(MethodSpec.methodBuilder(ModelReaderEmitter.extraSetter(type)).addModifiers(Modifier.PRIVATE).returns(builder)
          .addAnnotation(JSON_ANY_SETTER)
          .addParameter(JavaTypes.STRING, "name").addParameter(JavaTypes.JSON_NODE, "value")
          .addStatement("additionalProperties.put(name, value)")
          .addStatement("return this").build());
    } else {
      b.addMethod(MethodSpec.methodBuilder(ModelReaderEmitter.extraSetter(type)).addModifiers(Modifier.PUBLIC).returns(builder)
          .addAnnotation(JSON_ANY_SETTER)
          .addJavadoc("Adds a property the document does not declare; it is sent as given.\n")
          .addParameter(JavaTypes.STRING, "name").addParameter(JavaTypes.JSON_NODE, "value")
          .addStatement("additionalProperties.put($T.requireNonNull(name, $S), value)", JavaTypes.OBJECTS, "name")
          .addStatement("return this").build());
      b.addMethod(MethodSpec.methodBuilder("additionalProperties").addModifiers(Modifier.PUBLIC).returns(builder)
          .addJavadoc("Replaces all undeclared properties.\n")
          .addParameter(EXTRA_MAP, "properties")
          .addStatement("additionalProperties.clear()")
          .addStatement("additionalProperties.putAll(properties)")
          .addStatement("return this").build());
    }

    spec.addMethod(ctor.build());
    spec.addMethod(newBuilder.addStatement("return b").build());
    spec.addMethod(toBuilder.addStatement("return b").build());

    build.addStatement("return new $T(this)", self);
    b.addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).build());
    b.addMethod(build.build());
    b.addMethod(MethodSpec.methodBuilder("buildFromJson").addModifiers(Modifier.PRIVATE).returns(self)
        .addJavadoc("Used by Jackson: reading is lenient, a server's omissions never fail a read.\n")
        .addStatement("return new $T(this)", self).build());
    // Jackson reads through the reader below; the builder's annotations serve values that are not objects.
    b.addType(new ModelReaderEmitter(types).emit(type, self, builder));
    spec.addType(b.build());

    spec.addMethod(Emitters.equalsMethod(self, equalsParts));
    spec.addMethod(Emitters.hashCodeMethod(hashParts));
    spec.addMethod(MethodSpec.methodBuilder("toString").addAnnotation(Override.class).addModifiers(Modifier.PUBLIC)
        .addJavadoc("The properties that are set, with their values; absent ones are left out.\n")
        .returns(JavaTypes.STRING)
        .addStatement("return $T.of($S, additionalProperties$L)", MODEL_STRINGS, type.simpleName(),
            shown.isEmpty() ? CodeBlock.of("") : CodeBlock.of(",$W$L", CodeBlock.join(shown, ",$W")))
        .build());
    return spec;
  }

  private void addGetters(TypeSpec.Builder spec, ObjectType type, Property p, TypeName valueType) {
    String f = p.javaName();
    CodeBlock doc = Javadocs.of(p.description(), "The " + Javadocs.code(p.jsonName()) + " property.");
    if (Getters.isCollection(p.type()) && (p.nullable() || !p.required())) {
      // A list or map reads as one: empty when absent (or null), so that response.choices().get(0)
      // needs no unwrapping; xField() still tells the states apart.
      CodeBlock empty = CodeBlock.of("$T.of()", p.type() instanceof TypeRef.ListOf ? JavaTypes.LIST : JavaTypes.MAP);
      spec.addMethod(MethodSpec.methodBuilder(f).addModifiers(Modifier.PUBLIC).returns(valueType)
          .addJavadoc(doc).addJavadoc("\n<p>Empty when absent$L; {@link #$N()} tells which.\n", p.nullable() ? " or null" : "",
              f + "Field")
          .addStatement(p.nullable() ? "return $N.isPresent() ? $N.get() : $L" : "return $N != null ? $N : $L", f, f, empty)
          .build());
      if (p.nullable()) {
        spec.addMethod(threeStates(p, valueType));
      } else {
        spec.addMethod(MethodSpec.methodBuilder(f + "Field").addModifiers(Modifier.PUBLIC)
            .returns(ParameterizedTypeName.get(JavaTypes.OPTIONAL, valueType))
            .addJavadoc("The $L property, empty when absent (as opposed to present and empty).\n", Javadocs.code(p.jsonName()))
            .addStatement("return $T.ofNullable($N)", JavaTypes.OPTIONAL, f).build());
      }
    } else if (p.nullable()) {
      spec.addMethod(MethodSpec.methodBuilder(f).addModifiers(Modifier.PUBLIC)
          .returns(ParameterizedTypeName.get(JavaTypes.OPTIONAL, valueType))
          .addJavadoc(doc).addJavadoc("\n<p>Empty when absent or null; {@link #$N()} tells which.\n", f + "Field")
          .addStatement("return $N.toOptional()", f).build());
      spec.addMethod(threeStates(p, valueType));
    } else if (p.required()) {
      MethodSpec.Builder m = MethodSpec.methodBuilder(f).addModifiers(Modifier.PUBLIC).returns(valueType).addJavadoc(doc);
      m.addJavadoc("\n@throws IllegalStateException if a server response lacked this required property\n")
          .beginControlFlow("if ($N == null)", f)
          .addStatement("throw new $T($S)", ILLEGAL_STATE,
              type.simpleName() + "." + f + " is required, but the response did not contain '" + p.jsonName() + "'")
          .endControlFlow();
      spec.addMethod(m.addStatement("return $N", f).build());
    } else {
      spec.addMethod(MethodSpec.methodBuilder(f).addModifiers(Modifier.PUBLIC)
          .returns(ParameterizedTypeName.get(JavaTypes.OPTIONAL, valueType))
          .addJavadoc(doc).addStatement("return $T.ofNullable($N)", JavaTypes.OPTIONAL, f).build());
    }
  }

  /** {@code xField()} of a nullable property: the field itself, with its three states. */
  private static MethodSpec threeStates(Property p, TypeName valueType) {
    return MethodSpec.methodBuilder(p.javaName() + "Field").addModifiers(Modifier.PUBLIC)
        .returns(ParameterizedTypeName.get(JavaTypes.NULLABLE, valueType))
        .addJavadoc("The $L property with its three states: absent, null, or a value.\n", Javadocs.code(p.jsonName()))
        .addStatement("return $N", p.javaName()).build();
  }

  private void addBuilderMethods(TypeSpec.Builder b, ClassName builder, Property p, TypeName valueType) {
    String f = p.javaName();
    boolean tri = p.nullable();
    // Jackson's setter: takes whatever the server sent, null included, without checks. It takes the
    // value itself, not a Nullable: a present property calls it (with null for a JSON null), an
    // absent one does not, so reading needs no module registered on the mapper.
    b.addMethod(MethodSpec.methodBuilder(ModelReaderEmitter.jsonSetter(p)).addModifiers(Modifier.PRIVATE).returns(builder)
        .addAnnotation(AnnotationSpec.builder(JSON_PROPERTY).addMember("value", "$S", p.jsonName()).build())
        .addParameter(valueType, "value")
        // Jackson hands a JsonNode property a NullNode for a JSON null, not null.
        .addCode(tri ? CodeBlock.builder().addStatement("this.$N = value == null$L ? $T.ofNull() : $T.of(value)", f,
                valueType.equals(JavaTypes.JSON_NODE) ? " || value.isNull()" : "", JavaTypes.NULLABLE, JavaTypes.NULLABLE).build()
            : CodeBlock.builder().addStatement("this.$N = value", f).build())
        .addStatement("return this").build());
    if (p.constant().isPresent()) {
      return; // fixed by the document; the builder already holds it
    }
    CodeBlock doc = Javadocs.of(p.description(), "Sets " + Javadocs.code(p.jsonName()) + ".");
    MethodSpec.Builder set = MethodSpec.methodBuilder(f).addModifiers(Modifier.PUBLIC).returns(builder)
        .addJavadoc(doc).addParameter(valueType, f);
    CodeBlock owned = owned(p.type(), CodeBlock.of("$N", f));
    if (tri) {
      set.addJavadoc("\n@param $N the value, or {@code null} to send an explicit null\n", f)
          .addStatement("this.$N = $N == null ? $T.ofNull() : $T.of($L)", f, f, JavaTypes.NULLABLE, JavaTypes.NULLABLE, owned);
    } else {
      set.addStatement("$T.requireNonNull($N, $S)", JavaTypes.OBJECTS, f, f).addStatement("this.$N = $L", f, owned);
    }
    b.addMethod(set.addStatement("return this").build());
    primitiveOverload(b, builder, f, valueType, "Sets " + Javadocs.code(p.jsonName()));
    if (!tri) {
      // prompt("text") rather than prompt(CompletionCreateParamsPrompt.ofString("text")).
      unionShortcuts(b, builder, p.type(), f, p.jsonName(), "Sets " + Javadocs.code(p.jsonName()) + " to the ", " variant.\n");
    }

    if (p.type() instanceof TypeRef.ListOf list) {
      TypeName element = types.typeName(list.element());
      String singular = Names.singular(f);
      String adder = "add" + Names.pascal(singular.equals(f) ? f + "Item" : singular);
      MethodSpec.Builder add = MethodSpec.methodBuilder(adder).addModifiers(Modifier.PUBLIC).returns(builder)
          .addJavadoc("Adds one element to $L.\n", Javadocs.code(p.jsonName()))
          .addParameter(element, "element");
      // The builder owns its lists (setters copy), so adding never touches a caller's list.
      if (tri) {
        add.addStatement("$T<$T> list = $N.isPresent() ? $N.get() : new $T<>()", JavaTypes.LIST, element, f, f, ARRAY_LIST)
            .addStatement("list.add(element)").addStatement("this.$N = $T.of(list)", f, JavaTypes.NULLABLE);
      } else {
        add.beginControlFlow("if ($N == null)", f).addStatement("$N = new $T<>()", f, ARRAY_LIST).endControlFlow()
            .addStatement("$N.add(element)", f);
      }
      b.addMethod(add.addStatement("return this").build());
      primitiveOverload(b, builder, adder, element, "Adds one element to " + Javadocs.code(p.jsonName()));
      unionShortcuts(b, builder, list.element(), adder, p.jsonName(), "Adds one ", " element to " + Javadocs.code(p.jsonName()) + ".\n");
    } else if (p.type() instanceof TypeRef.MapOf map) {
      TypeName value = types.typeName(map.value());
      MethodSpec.Builder put = MethodSpec.methodBuilder("put" + Names.pascal(f)).addModifiers(Modifier.PUBLIC).returns(builder)
          .addJavadoc("Puts one entry into $L.\n", Javadocs.code(p.jsonName()))
          .addParameter(JavaTypes.STRING, "key").addParameter(value, "value");
      if (tri) {
        put.addStatement("$T<$T, $T> map = $N.isPresent() ? $N.get() : new $T<>()", JavaTypes.MAP, JavaTypes.STRING, value, f, f,
                LINKED_HASH_MAP)
            .addStatement("map.put(key, value)").addStatement("this.$N = $T.of(map)", f, JavaTypes.NULLABLE);
      } else {
        put.beginControlFlow("if ($N == null)", f).addStatement("$N = new $T<>()", f, LINKED_HASH_MAP).endControlFlow()
            .addStatement("$N.put(key, value)", f);
      }
      b.addMethod(put.addStatement("return this").build());
    }
  }

  /** A fresh mutable copy of a list or map value, which the builder then owns; other values as they are. */
  private static CodeBlock owned(TypeRef type, CodeBlock value) {
    if (type instanceof TypeRef.ListOf) {
      return CodeBlock.of("new $T<>($L)", ARRAY_LIST, value);
    }
    if (type instanceof TypeRef.MapOf) {
      return CodeBlock.of("new $T<>($L)", LINKED_HASH_MAP, value);
    }
    return value;
  }

  /** An unmodifiable copy of a list or map, for the immutable object. */
  private static CodeBlock unmodifiable(TypeRef type, CodeBlock value) {
    if (type instanceof TypeRef.ListOf) {
      return CodeBlock.of("$T.unmodifiableList(new $T<>($L))", COLLECTIONS, ARRAY_LIST, value);
    }
    return CodeBlock.of("$T.unmodifiableMap(new $T<>($L))", COLLECTIONS, LINKED_HASH_MAP, value);
  }

  /** Constructor side: the builder's value, frozen. */
  private static CodeBlock frozen(Property p, CodeBlock source) {
    if (!Getters.isCollection(p.type())) {
      return source;
    }
    if (p.nullable()) {
      return CodeBlock.of("$L.isPresent() ? $T.of($L) : $L", source, JavaTypes.NULLABLE,
          unmodifiable(p.type(), CodeBlock.of("$L.get()", source)), source);
    }
    return CodeBlock.of("$L == null ? null : $L", source, unmodifiable(p.type(), source));
  }

  /** toBuilder side: the object's value, copied so the builder owns it. */
  private static CodeBlock copied(Property p, CodeBlock source) {
    if (!Getters.isCollection(p.type())) {
      return source;
    }
    if (p.nullable()) {
      return CodeBlock.of("$L.isPresent() ? $T.of($L) : $L", source, JavaTypes.NULLABLE,
          owned(p.type(), CodeBlock.of("$L.get()", source)), source);
    }
    return CodeBlock.of("$L == null ? null : $L", source, owned(p.type(), source));
  }

  /**
   * For a union-typed setter or adder, one overload per variant whose Java type is distinct after
   * erasure: {@code addMessage(UserMessage)}, {@code stop(String)}. Variants that would clash
   * ({@code List<String>} and {@code List<Double>}) and raw JSON keep only the union form.
   */
  private void unionShortcuts(TypeSpec.Builder b, ClassName builder, TypeRef type, String method, String jsonName,
      String docBefore, String docAfter) {
    if (!(type instanceof TypeRef.Named named) || !(types.model().type(named.name()) instanceof TypeDef.UnionType union)) {
      return;
    }
    ClassName unionClass = types.className(named.name());
    java.util.Map<TypeName, Integer> erasures = new java.util.HashMap<>();
    for (TypeDef.Variant v : union.variants()) {
      erasures.merge(types.rawType(v.type()), 1, Integer::sum);
    }
    for (TypeDef.Variant v : union.variants()) {
      TypeName raw = types.rawType(v.type());
      if (erasures.get(raw) > 1 || raw.equals(JavaTypes.JSON_NODE)) {
        continue;
      }
      b.addMethod(MethodSpec.methodBuilder(method).addModifiers(Modifier.PUBLIC).returns(builder)
          // Text, not a format: the names come from the document and may hold '$'.
          .addJavadoc("$L", docBefore + Javadocs.code(v.discriminatorValue().orElse(v.javaName())) + docAfter)
          .addParameter(types.typeName(v.type()), "value")
          .addStatement("return $N($T.of$L(value))", method, unionClass, v.javaName()).build());
      primitiveOverload(b, builder, method, types.typeName(v.type()), "Sets the " + Javadocs.code(jsonName) + " variant "
          + Javadocs.escape(v.discriminatorValue().orElse(v.javaName())));
    }
  }

  /**
   * Beside a setter taking a boxed number or boolean, the same taking the primitive, so that
   * literals compile: {@code maxTokens(100)} for a {@code Long}, {@code temperature(1)} for a
   * {@code Double}. {@code null} still goes to the boxed form (a primitive never accepts it), and
   * an {@code int} literal prefers {@code long} over {@code double} when both exist.
   */
  private static void primitiveOverload(TypeSpec.Builder b, ClassName builder, String method, TypeName boxed, String doc) {
    if (!boxed.isBoxedPrimitive()) {
      return;
    }
    b.addMethod(MethodSpec.methodBuilder(method).addModifiers(Modifier.PUBLIC).returns(builder)
        .addJavadoc("$L, from a primitive {@code $T}.\n", doc, boxed.unbox())
        .addParameter(boxed.unbox(), "value")
        .addStatement("return $N($T.valueOf(value))", method, boxed).build());
  }
}
