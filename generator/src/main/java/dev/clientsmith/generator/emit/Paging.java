package dev.clientsmith.generator.emit;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import dev.clientsmith.generator.model.Operation;
import dev.clientsmith.generator.model.Property;
import java.util.ArrayList;
import java.util.List;
import javax.lang.model.element.Modifier;

/**
 * Emits {@code listAutoPaging(..)} for a list operation with a cursor pattern: an {@code AutoPager}
 * that calls the list operation page after page, feeding each page's next cursor (a property, or
 * the last item's id) into the cursor parameter of a copy of the caller's params.
 */
final class Paging {
  private final JavaTypes types;

  Paging(JavaTypes types) {
    this.types = types;
  }

  void addMethods(TypeSpec.Builder spec, Operation op, ClassName paramsClass, List<Operation.Parameter> pathParams) {
    Operation.Pagination pg = op.pagination().orElseThrow();
    Operation.Parameter cursor = op.parameters().stream().filter(p -> p.name().equals(pg.cursorParam())).findFirst().orElseThrow();
    if (cursor.required()) {
      return; // The first page would need a cursor the caller does not have.
    }
    TypeName item = types.typeName(pg.item());
    TypeName page = types.typeName(op.response().orElseThrow());
    TypeName pager = ParameterizedTypeName.get(ClientEmitter.AUTO_PAGER, item);
    String name = op.method() + "AutoPaging";
    List<String> args = new ArrayList<>();
    MethodSpec.Builder plain = MethodSpec.methodBuilder(name).addModifiers(Modifier.PUBLIC).returns(pager);
    MethodSpec.Builder full = MethodSpec.methodBuilder(name).addModifiers(Modifier.PUBLIC).returns(pager);
    for (Operation.Parameter p : pathParams) {
      plain.addParameter(types.typeName(p.type()), p.javaName());
      full.addParameter(types.typeName(p.type()), p.javaName());
      args.add(p.javaName());
    }
    plain.addParameter(paramsClass, "params");
    full.addParameter(paramsClass, "params").addParameter(ClientEmitter.REQUEST_OPTIONS, "options");
    String through = pg.nextCursor().map(p -> Javadocs.code(p.jsonName())).orElse("the last item's {@code "
        + pg.itemId().map(Property::jsonName).orElse("id") + "}");
    String doc = "Every item of {@code " + op.httpMethod() + " " + op.path() + "}, page after page: each page is requested"
        + " when iteration reaches it, its cursor " + Javadocs.code(cursor.name()) + " taken from " + through
        + (pg.hasMore().isPresent() ? " while " + Javadocs.code(pg.hasMore().get().jsonName()) + " is true" : "") + ".\n"
        + "\n<p>Iterating again starts again at the page {@code params} selects; a failed page request throws from"
        + " {@code hasNext()}.\n";
    plain.addJavadoc("$L", doc).addJavadoc("\n@param params the parameters of the first page (later pages change only the cursor)\n")
        .addJavadoc("@return the items, fetched lazily\n");
    List<String> plainArgs = new ArrayList<>(args);
    plainArgs.add("params");
    plainArgs.add("$T.none()");
    plain.addStatement("return $N(" + String.join(", ", plainArgs) + ")", name, ClientEmitter.REQUEST_OPTIONS);
    full.addJavadoc("$L", doc).addJavadoc("\n@param params the parameters of the first page (later pages change only the cursor)\n")
        .addJavadoc("@param options per-request options, applied to every page\n@return the items, fetched lazily\n");
    List<String> callArgs = new ArrayList<>(args);
    callArgs.add("pageCursor == null ? params : params.toBuilder().$N(pageCursor).build()");
    callArgs.add("options");
    CodeBlock.Builder body = CodeBlock.builder()
        .addStatement("$T.requireNonNull(params, $S)", JavaTypes.OBJECTS, "params")
        .add("return $T.of(params.$N().orElse(null), pageCursor -> {\n$>", ClientEmitter.AUTO_PAGER, ParamsEmitter.accessor(cursor))
        .addStatement("$T pageResult = $N(" + String.join(", ", callArgs) + ")", page, op.method(), ParamsEmitter.accessor(cursor))
        .addStatement("$T pageItems = $L", ParameterizedTypeName.get(JavaTypes.LIST, item), read(pg.items(), "pageResult", "$T.of()"));
    CodeBlock next;
    if (pg.nextCursor().isPresent()) {
      next = read(pg.nextCursor().get(), "pageResult", "null");
    } else {
      next = CodeBlock.of("pageItems.isEmpty() ? null : $L", read(pg.itemId().orElseThrow(), "pageItems.get(pageItems.size() - 1)",
          "null"));
    }
    if (pg.hasMore().isPresent()) {
      next = CodeBlock.of("$L ? $L : null", read(pg.hasMore().get(), "pageResult", "false"), next);
    }
    body.addStatement("return $T.Page.of(pageItems, $L)", ClientEmitter.AUTO_PAGER, next).add("$<});\n");
    full.addCode(body.build());
    spec.addMethod(plain.build());
    spec.addMethod(full.build());
  }

  /** {@code owner.prop()}, unwrapped with {@code orElse(fallback)} where the getter returns an Optional. */
  private static CodeBlock read(Property p, String owner, String fallback) {
    if (!Getters.returnsOptional(p)) {
      return CodeBlock.of("$L.$N()", owner, p.javaName());
    }
    return fallback.contains("$T") ? CodeBlock.of("$L.$N().orElse(" + fallback + ")", owner, p.javaName(), JavaTypes.LIST)
        : CodeBlock.of("$L.$N().orElse(" + fallback + ")", owner, p.javaName());
  }
}
