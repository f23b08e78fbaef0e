package dev.clientsmith.generator.emit;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import dev.clientsmith.generator.model.Operation;
import java.util.List;
import java.util.Set;
import javax.lang.model.element.Modifier;

/**
 * Emits the params class of an operation that takes its query and header parameters as one object
 * ({@code FilesResource.ListParams}): immutable, with a builder and {@code toBuilder()} (so a pager
 * can change only the cursor), required parameters checked by {@code build()}.
 */
final class ParamsEmitter {
  /** Method names the class itself uses; a parameter with one of them gets {@code Value} appended. */
  private static final Set<String> TAKEN = Set.of("builder", "toBuilder", "build", "toString", "hashCode", "equals", "getClass",
      "notify", "notifyAll", "wait", "clone", "finalize");

  private final JavaTypes types;

  ParamsEmitter(JavaTypes types) {
    this.types = types;
  }

  /** The accessor and builder method name of a parameter. */
  static String accessor(Operation.Parameter p) {
    return TAKEN.contains(p.javaName()) ? p.javaName() + "Value" : p.javaName();
  }

  TypeSpec emit(ClassName self, Operation op, List<Operation.Parameter> params) {
    ClassName builder = self.nestedClass("Builder");
    TypeSpec.Builder spec = TypeSpec.classBuilder(self).addModifiers(Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
        .addJavadoc("The query and header parameters of {@code $L $L}. Immutable; build one with {@link #builder()}.\n",
            op.httpMethod(), op.path());
    TypeSpec.Builder b = TypeSpec.classBuilder(builder).addModifiers(Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
        .addJavadoc("Builds {@link $T}.\n", self);
    MethodSpec.Builder ctor = MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).addParameter(builder, "builder");
    MethodSpec.Builder toBuilder = MethodSpec.methodBuilder("toBuilder").addModifiers(Modifier.PUBLIC).returns(builder)
        .addJavadoc("A builder holding these parameters.\n").addStatement("$T b = new $T()", builder, builder);
    MethodSpec.Builder build = MethodSpec.methodBuilder("build").addModifiers(Modifier.PUBLIC).returns(self)
        .addJavadoc("The parameters.\n");
    CodeBlock.Builder toString = CodeBlock.builder().add("return $S", self.simpleName() + "{");
    boolean first = true;
    for (Operation.Parameter p : params) {
      TypeName type = types.typeName(p.type());
      String field = p.javaName();
      String name = accessor(p);
      CodeBlock doc = Javadocs.of(p.description(), "The " + p.in().name().toLowerCase(java.util.Locale.ROOT) + " parameter {@code "
          + p.name() + "}.");
      spec.addField(FieldSpec.builder(type, field, Modifier.FINAL).build());
      b.addField(FieldSpec.builder(type, field, Modifier.PRIVATE).build());
      ctor.addStatement("this.$N = builder.$N", field, field);
      toBuilder.addStatement("b.$N = $N", field, field);
      if (p.required()) {
        spec.addMethod(MethodSpec.methodBuilder(name).addModifiers(Modifier.PUBLIC).returns(type).addJavadoc(doc)
            .addStatement("return $N", field).build());
        build.beginControlFlow("if ($N == null)", field)
            .addStatement("throw new $T($S)", IllegalStateException.class, self.simpleName() + "." + name + " is required")
            .endControlFlow();
      } else {
        spec.addMethod(MethodSpec.methodBuilder(name).addModifiers(Modifier.PUBLIC)
            .returns(ParameterizedTypeName.get(JavaTypes.OPTIONAL, type)).addJavadoc(doc)
            .addStatement("return $T.ofNullable($N)", JavaTypes.OPTIONAL, field).build());
      }
      b.addMethod(MethodSpec.methodBuilder(name).addModifiers(Modifier.PUBLIC).returns(builder).addJavadoc(doc)
          .addJavadoc(p.required() ? "\n<p>Required.\n" : "\n<p>Optional; {@code null} leaves it out.\n")
          .addParameter(type, field).addStatement("this.$N = $N", field, field).addStatement("return this").build());
      toString.add(" + $S + $N", (first ? "" : ", ") + p.name() + "=", field);
      first = false;
    }
    b.addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).build());
    b.addMethod(build.addStatement("return new $T(this)", self).build());
    spec.addMethod(ctor.build());
    spec.addMethod(MethodSpec.methodBuilder("builder").addModifiers(Modifier.PUBLIC, Modifier.STATIC).returns(builder)
        .addJavadoc("An empty builder.\n").addStatement("return new $T()", builder).build());
    spec.addMethod(toBuilder.addStatement("return b").build());
    spec.addMethod(MethodSpec.methodBuilder("toString").addAnnotation(Override.class).addModifiers(Modifier.PUBLIC)
        .returns(JavaTypes.STRING).addStatement(toString.add(" + $S", "}").build()).build());
    spec.addType(b.build());
    return spec.build();
  }
}
