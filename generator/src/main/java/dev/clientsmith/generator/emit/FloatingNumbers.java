package dev.clientsmith.generator.emit;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ClassName;
import dev.clientsmith.generator.model.TypeRef;
import java.util.List;

/**
 * Where generated code holds floating-point numbers ({@code Double}, {@code Float}, also in lists
 * and maps), it writes them with the runtime's {@code IntegralDoubleSerializer}: integral values
 * without a fraction ({@code [[1,2],[3]]}, not {@code [[1.0,2.0],[3.0]]}). The serializer is named
 * in the model itself, so a model writes the same with any mapper.
 */
final class FloatingNumbers {
  static final ClassName SERIALIZER = ClassName.get("dev.clientsmith.runtime.json", "IntegralDoubleSerializer");
  private static final ClassName JSON_SERIALIZE = ClassName.get("com.fasterxml.jackson.databind.annotation", "JsonSerialize");

  private FloatingNumbers() {
  }

  /** Whether a value of {@code type} is, or directly contains, a floating-point number (models have their own). */
  static boolean holds(TypeRef type) {
    if (type instanceof TypeRef.ListOf l) {
      return holds(l.element());
    }
    if (type instanceof TypeRef.MapOf m) {
      return holds(m.value());
    }
    return type instanceof TypeRef.Primitive p
        && (p.kind() == TypeRef.PrimitiveKind.DOUBLE || p.kind() == TypeRef.PrimitiveKind.FLOAT);
  }

  /**
   * The serializer annotation for a model property of {@code type}, if it needs one: on the
   * {@code Nullable} wrapper of a nullable property it applies to the content.
   */
  static List<AnnotationSpec> annotations(TypeRef type, boolean nullable) {
    if (!holds(type)) {
      return List.of();
    }
    return List.of(AnnotationSpec.builder(JSON_SERIALIZE).addMember(nullable ? "contentUsing" : "using", "$T.class", SERIALIZER)
        .build());
  }
}
