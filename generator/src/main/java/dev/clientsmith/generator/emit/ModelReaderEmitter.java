package dev.clientsmith.generator.emit;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import dev.clientsmith.generator.model.Property;
import dev.clientsmith.generator.model.TypeDef.ObjectType;
import dev.clientsmith.generator.normalize.Names;
import java.util.ArrayList;
import java.util.List;
import javax.lang.model.element.Modifier;

/**
 * Emits how a model is read: {@code Builder.Deserializer}, a subclass of the runtime's
 * {@code ModelDeserializer} that names each JSON property with its type and the builder's setter,
 * so Jackson's reading calls the builder directly instead of through reflection per property.
 * Nested in the builder, where no model type of the document can be named like it.
 */
final class ModelReaderEmitter {
  private static final ClassName MODEL_DESERIALIZER = ClassName.get("dev.clientsmith.runtime.json", "ModelDeserializer");
  private static final ClassName TYPE_REFERENCE = ClassName.get("com.fasterxml.jackson.core.type", "TypeReference");

  private final JavaTypes types;

  ModelReaderEmitter(JavaTypes types) {
    this.types = types;
  }

  /** The builder's private setter that reading calls for {@code p}. */
  static String jsonSetter(Property p) {
    return "json" + Names.pascal(p.javaName());
  }

  /** The builder method that keeps an undeclared property: private where the document allows none. */
  static String extraSetter(ObjectType type) {
    return type.closed() ? "jsonAdditionalProperty" : "putAdditionalProperty";
  }

  /** The class that {@code @JsonDeserialize(using = ..)} names on the model. */
  static ClassName readerOf(ClassName builder) {
    return builder.nestedClass("Deserializer");
  }

  TypeSpec emit(ObjectType type, ClassName self, ClassName builder) {
    List<CodeBlock> properties = new ArrayList<>();
    for (Property p : type.properties()) {
      TypeName valueType = types.typeName(p.type());
      // The value's own type, also for nullable properties: the builder's setter makes the Nullable,
      // so reading needs no Nullable support from the mapper.
      CodeBlock bound = !Getters.isCollection(p.type()) ? CodeBlock.of("$T.class", types.rawType(p.type()))
          : CodeBlock.of("new $T<$T>() { }", TYPE_REFERENCE, valueType);
      properties.add(CodeBlock.of("property($S, $L, $T::$N)", p.jsonName(), bound, builder, jsonSetter(p)));
    }
    CodeBlock list = properties.isEmpty() ? CodeBlock.of("$T.of()", JavaTypes.LIST)
        : CodeBlock.of("$T.of(\n$>$L$<)", JavaTypes.LIST, CodeBlock.join(properties, ",\n"));
    return TypeSpec.classBuilder(readerOf(builder)).addModifiers(Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
        .superclass(ParameterizedTypeName.get(MODEL_DESERIALIZER, builder, self))
        .addJavadoc("Reads {@link $T} from JSON through the builder's setters, keeping undeclared properties.\n", self)
        .addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PUBLIC)
            .addJavadoc("Called by Jackson.\n")
            .addStatement("super($T.class, $T.class, $T::new, $T::buildFromJson, $T::$N, $L)", self, builder, builder, builder,
                builder, extraSetter(type), list)
            .build())
        .build();
  }
}
