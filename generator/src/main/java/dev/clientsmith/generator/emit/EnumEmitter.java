package dev.clientsmith.generator.emit;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import dev.clientsmith.generator.model.TypeDef.EnumType;
import dev.clientsmith.generator.model.TypeDef.EnumValue;
import dev.clientsmith.generator.model.TypeRef;
import java.util.List;
import javax.lang.model.element.Modifier;

/**
 * Emits an open enum: a final class with one constant per documented value, which also accepts and
 * keeps values the document does not list (servers add finish reasons and providers faster than
 * documents change). {@code known()} gives a Java enum for exhaustive {@code switch}es.
 */
final class EnumEmitter {
  private static final ClassName JSON_CREATOR = ClassName.get("com.fasterxml.jackson.annotation", "JsonCreator");
  private static final ClassName JSON_VALUE = ClassName.get("com.fasterxml.jackson.annotation", "JsonValue");
  private static final ClassName LINKED_HASH_MAP = ClassName.get(java.util.LinkedHashMap.class);
  private static final ClassName COLLECTIONS = ClassName.get(java.util.Collections.class);

  private final JavaTypes types;

  EnumEmitter(JavaTypes types) {
    this.types = types;
  }

  TypeSpec.Builder emit(EnumType type) {
    ClassName self = types.className(type.name());
    ClassName known = self.nestedClass("Known");
    TypeName valueType = type.valueKind() == TypeRef.PrimitiveKind.INT64 ? ClassName.get(Long.class) : JavaTypes.STRING;
    TypeSpec.Builder spec = TypeSpec.classBuilder(self).addModifiers(Modifier.PUBLIC, Modifier.FINAL)
        .addJavadoc(Javadocs.of(type.description(), "Values of " + Javadocs.code(type.simpleName()) + "."))
        .addJavadoc("\n<p>An open enum: values the document does not list are kept, not rejected; {@link #known()} is empty"
            + " for them.\n");
    TypeSpec.Builder knownEnum = TypeSpec.enumBuilder(known).addModifiers(Modifier.PUBLIC)
        .addJavadoc("The values the document lists, for {@code switch}.\n");
    CodeBlock.Builder byValue = CodeBlock.builder()
        .addStatement("$T<$T, $T> map = new $T<>()", JavaTypes.MAP, valueType, self, LINKED_HASH_MAP);
    for (EnumValue v : type.values()) {
      CodeBlock literal = valueType.equals(JavaTypes.STRING) ? CodeBlock.of("$S", v.json()) : CodeBlock.of("$LL", v.json());
      spec.addField(FieldSpec.builder(self, v.javaName(), Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
          .addJavadoc("$L\n", Javadocs.code(v.json()))
          .initializer("new $T($L, $T.$N)", self, literal, known, v.javaName()).build());
      knownEnum.addEnumConstant(v.javaName(), TypeSpec.anonymousClassBuilder("").addJavadoc("$L\n", Javadocs.code(v.json())).build());
      byValue.addStatement("map.put($N.value, $N)", v.javaName(), v.javaName());
    }
    byValue.addStatement("BY_VALUE = $T.unmodifiableMap(map)", COLLECTIONS);
    TypeName mapType = ParameterizedTypeName.get(JavaTypes.MAP, valueType, self);
    spec.addField(FieldSpec.builder(mapType, "BY_VALUE", Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL).build());
    spec.addStaticBlock(byValue.build());
    spec.addField(valueType, "value", Modifier.PRIVATE, Modifier.FINAL);
    spec.addField(known, "known", Modifier.PRIVATE, Modifier.FINAL);
    spec.addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE)
        .addParameter(valueType, "value").addParameter(known, "known")
        .addStatement("this.value = value").addStatement("this.known = known").build());
    spec.addMethod(MethodSpec.methodBuilder("of").addModifiers(Modifier.PUBLIC, Modifier.STATIC).returns(self)
        .addAnnotation(JSON_CREATOR)
        .addJavadoc("The constant for {@code value}, or a new instance keeping an undocumented value.\n")
        .addParameter(valueType, "value")
        .addStatement("$T.requireNonNull(value, $S)", JavaTypes.OBJECTS, "value")
        .addStatement("$T constant = BY_VALUE.get(value)", self)
        .addStatement("return constant != null ? constant : new $T(value, null)", self).build());
    spec.addMethod(MethodSpec.methodBuilder("values").addModifiers(Modifier.PUBLIC, Modifier.STATIC)
        .returns(ParameterizedTypeName.get(JavaTypes.LIST, self))
        .addJavadoc("The documented values, in document order.\n")
        .addStatement("return $T.copyOf(BY_VALUE.values())", JavaTypes.LIST).build());
    spec.addMethod(MethodSpec.methodBuilder("value").addModifiers(Modifier.PUBLIC).returns(valueType)
        .addAnnotation(JSON_VALUE).addJavadoc("The value as sent on the wire.\n").addStatement("return value").build());
    spec.addMethod(MethodSpec.methodBuilder("known").addModifiers(Modifier.PUBLIC)
        .returns(ParameterizedTypeName.get(JavaTypes.OPTIONAL, known))
        .addJavadoc("The documented value this is, or empty for a value the document does not list.\n")
        .addStatement("return $T.ofNullable(known)", JavaTypes.OPTIONAL).build());
    spec.addMethod(MethodSpec.methodBuilder("isKnown").addModifiers(Modifier.PUBLIC).returns(TypeName.BOOLEAN)
        .addJavadoc("Whether the document lists this value.\n").addStatement("return known != null").build());
    spec.addMethod(Emitters.equalsMethod(self, List.of(CodeBlock.of("value.equals(that.value)"))));
    spec.addMethod(Emitters.hashCodeMethod(List.of("value")));
    spec.addMethod(MethodSpec.methodBuilder("toString").addAnnotation(Override.class).addModifiers(Modifier.PUBLIC)
        .returns(JavaTypes.STRING).addStatement("return $T.valueOf(value)", JavaTypes.STRING).build());
    spec.addType(knownEnum.build());
    return spec;
  }
}
