package dev.clientsmith.generator.emit;

import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.TypeSpec;
import dev.clientsmith.generator.model.ApiModel;
import dev.clientsmith.generator.model.TypeDef;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.lang.model.element.Modifier;

/**
 * Emits every type of the model that generated code needs: one Java file per top-level type, with
 * its nested types inside. Aliases are not emitted (uses refer to what they stand for). Pure: the
 * same model gives the same files.
 */
public final class TypesEmitter {
  private final JavaTypes types;
  private final ObjectEmitter objects;
  private final EnumEmitter enums;
  private final UnionEmitter unions;
  /**
   * {@link ApiModel#nestedIn} of {@link #nestedModel}, by owner: asking the model for each type scanned
   * every type (quadratic; noticeable with OpenAI's thousands of types).
   */
  private Map<String, List<TypeDef>> nested;
  private ApiModel nestedModel;

  public TypesEmitter(JavaTypes types) {
    this.types = types;
    this.objects = new ObjectEmitter(types);
    this.enums = new EnumEmitter(types);
    this.unions = new UnionEmitter(types);
  }

  public List<JavaFile> emitAll() {
    ApiModel model = types.model();
    List<JavaFile> files = new ArrayList<>();
    for (TypeDef def : model.topLevelTypes()) {
      if (def instanceof TypeDef.AliasType) {
        continue;
      }
      files.add(JavaFile.builder(types.modelPackage(), emit(def).build())
          .skipJavaLangImports(true)
          .indent("  ")
          .build());
    }
    return files;
  }

  /** The type with its nested types, recursively. */
  public TypeSpec.Builder emit(TypeDef def) {
    TypeSpec.Builder spec;
    if (def instanceof TypeDef.ObjectType o) {
      spec = objects.emit(o);
    } else if (def instanceof TypeDef.EnumType e) {
      spec = enums.emit(e);
    } else if (def instanceof TypeDef.UnionType u) {
      spec = unions.emit(u);
    } else {
      throw new IllegalArgumentException("aliases are not emitted: " + def.name());
    }
    for (TypeDef nested : nestedIn(def.name())) {
      if (nested instanceof TypeDef.AliasType) {
        continue;
      }
      spec.addType(emit(nested).addModifiers(Modifier.STATIC).build());
    }
    return spec;
  }

  /** The types nested in {@code owner}, in the model's order (as {@link ApiModel#nestedIn}). */
  private List<TypeDef> nestedIn(String owner) {
    ApiModel model = types.model();
    if (model != nestedModel) {
      nested = new HashMap<>();
      for (TypeDef t : model.types().values()) {
        t.nestedIn().ifPresent(o -> nested.computeIfAbsent(o, k -> new ArrayList<>()).add(t));
      }
      nestedModel = model;
    }
    return nested.getOrDefault(owner, List.of());
  }
}
