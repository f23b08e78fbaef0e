package dev.clientsmith.generator.emit;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import dev.clientsmith.generator.model.ApiModel;
import dev.clientsmith.generator.model.TypeDef;
import dev.clientsmith.generator.model.TypeRef;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Maps model types to Java types for one provider. Model types live in {@code <package>.model};
 * nested types inside their owner ({@code CompletionResponse.Choice}).
 */
public final class JavaTypes {
  static final ClassName STRING = ClassName.get(String.class);
  static final ClassName LIST = ClassName.get(List.class);
  static final ClassName MAP = ClassName.get(java.util.Map.class);
  static final ClassName OPTIONAL = ClassName.get(java.util.Optional.class);
  static final ClassName OBJECTS = ClassName.get(java.util.Objects.class);
  static final ClassName JSON_NODE = ClassName.get("com.fasterxml.jackson.databind", "JsonNode");
  static final ClassName FILE_PART = ClassName.get("dev.clientsmith.runtime", "FilePart");
  static final ClassName NULLABLE = ClassName.get("dev.clientsmith.runtime.json", "Nullable");

  private final ApiModel model;
  private final String modelPackage;

  public JavaTypes(ApiModel model) {
    this.model = model;
    this.modelPackage = model.javaPackage() + ".model";
  }

  public ApiModel model() {
    return model;
  }

  public String modelPackage() {
    return modelPackage;
  }

  public ClassName className(String typeName) {
    TypeDef def = model.type(typeName);
    List<String> chain = new ArrayList<>();
    chain.add(def.simpleName());
    TypeDef current = def;
    while (current.nestedIn().isPresent()) {
      current = model.type(current.nestedIn().get());
      chain.add(current.simpleName());
    }
    Collections.reverse(chain);
    ClassName name = ClassName.get(modelPackage, chain.get(0));
    for (int i = 1; i < chain.size(); i++) {
      name = name.nestedClass(chain.get(i));
    }
    return name;
  }

  public TypeName typeName(TypeRef ref) {
    if (ref instanceof TypeRef.Named n) {
      return className(n.name());
    }
    if (ref instanceof TypeRef.ListOf l) {
      return ParameterizedTypeName.get(LIST, typeName(l.element()));
    }
    if (ref instanceof TypeRef.MapOf m) {
      return ParameterizedTypeName.get(MAP, STRING, typeName(m.value()));
    }
    switch (((TypeRef.Primitive) ref).kind()) {
      case STRING:
        return STRING;
      case INT32:
        return ClassName.get(Integer.class);
      case INT64:
        return ClassName.get(Long.class);
      case DOUBLE:
        return ClassName.get(Double.class);
      case FLOAT:
        return ClassName.get(Float.class);
      case BOOLEAN:
        return ClassName.get(Boolean.class);
      case UUID:
        return ClassName.get(java.util.UUID.class);
      case BINARY:
        return FILE_PART;
      default:
        return JSON_NODE;
    }
  }

  /** The type as a raw class literal usable in {@code $T.class} (erasing type arguments). */
  public TypeName rawType(TypeRef ref) {
    TypeName t = typeName(ref);
    return t instanceof ParameterizedTypeName p ? p.rawType() : t;
  }
}
