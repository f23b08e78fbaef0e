package dev.clientsmith.generator.emit;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeName;
import java.util.List;
import javax.lang.model.element.Modifier;

/** Small method builders shared by the emitters. */
final class Emitters {
  private Emitters() {}

  static MethodSpec equalsMethod(ClassName self, List<CodeBlock> comparisons) {
    MethodSpec.Builder m = MethodSpec.methodBuilder("equals").addAnnotation(Override.class).addModifiers(Modifier.PUBLIC)
        .returns(TypeName.BOOLEAN).addParameter(Object.class, "other")
        .beginControlFlow("if (this == other)").addStatement("return true").endControlFlow()
        .beginControlFlow("if (!(other instanceof $T that))", self).addStatement("return false").endControlFlow();
    m.addStatement("return $L", CodeBlock.join(comparisons, "\n    && "));
    return m.build();
  }

  static MethodSpec hashCodeMethod(List<String> fields) {
    return MethodSpec.methodBuilder("hashCode").addAnnotation(Override.class).addModifiers(Modifier.PUBLIC)
        .returns(TypeName.INT).addStatement("return $T.hash($L)", JavaTypes.OBJECTS, String.join(", ", fields)).build();
  }
}
