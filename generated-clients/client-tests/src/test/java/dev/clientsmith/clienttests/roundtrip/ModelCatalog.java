package dev.clientsmith.clienttests.roundtrip;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The component schemas of a provider's document that have a Java class, and the class each maps
 * to: {@code <package>.model.<SchemaName>}, or, for a component with
 * {@code x-clientsmith-nested-in: Owner} and {@code x-clientsmith-simple-name: Simple}, the class
 * {@code Simple} nested in Owner's class (Owner may itself be nested).
 *
 * <p>A component has a class when it is an object (declares {@code properties} or
 * {@code type: object}), an enum ({@code enum} or {@code x-extensible-enum}) or a union
 * ({@code oneOf}, {@code anyOf}); anything else (e.g. {@code ModelName: {type: string}}) is a plain
 * alias, inlined by the generator.
 */
public final class ModelCatalog {

  private static final String NESTED_IN = "x-clientsmith-nested-in";
  private static final String SIMPLE_NAME = "x-clientsmith-simple-name";

  private ModelCatalog() {
  }

  /**
   * A component schema with a class.
   *
   * @param provider the provider
   * @param schemaName the component's name
   * @param className the binary name of its class ({@code Owner$Simple} when nested)
   */
  public record Model(Provider provider, String schemaName, String className) {

    /** The class, loaded without initialising it. */
    public Class<?> load() throws ClassNotFoundException {
      return Class.forName(className, false, ModelCatalog.class.getClassLoader());
    }

    /** The class name without its package. */
    public String simpleClassName() {
      return className.substring(className.lastIndexOf('.') + 1);
    }
  }

  /** The provider's components that have a class, in document order. */
  public static List<Model> models(Provider provider) {
    List<Model> models = new ArrayList<>();
    classNames(provider.document(), provider.modelPackage(), provider.id())
        .forEach((schema, className) -> models.add(new Model(provider, schema, className)));
    return models;
  }

  /**
   * The binary class name of each component of {@code document} that has a class, in document
   * order, for a module whose models are in {@code modelPackage}.
   */
  public static java.util.Map<String, String> classNames(JsonNode document, String modelPackage, String label) {
    JsonNode schemas = document.path("components").path("schemas");
    java.util.Map<String, String> names = new java.util.LinkedHashMap<>();
    schemas.fieldNames().forEachRemaining(name -> {
      if (hasClass(schemas.get(name))) {
        names.put(name, className(label, modelPackage, schemas, name, new HashSet<>()));
      }
    });
    return names;
  }

  /** Whether the component is generated as a class rather than inlined as an alias. */
  public static boolean hasClass(JsonNode schema) {
    return schema.has("properties") || schema.has("enum") || schema.has("x-extensible-enum")
        || schema.has("oneOf") || schema.has("anyOf") || schema.has("allOf")
        || "object".equals(schema.path("type").asText());
  }

  private static String className(String label, String modelPackage, JsonNode schemas, String name, Set<String> seen) {
    if (!seen.add(name)) {
      throw new IllegalStateException(label + ": " + NESTED_IN + " forms a cycle at " + name);
    }
    JsonNode schema = schemas.get(name);
    if (schema == null) {
      throw new IllegalStateException(label + ": " + NESTED_IN + " names no component: " + name);
    }
    JsonNode owner = schema.get(NESTED_IN);
    if (owner == null) {
      return modelPackage + "." + name;
    }
    String simple = schema.path(SIMPLE_NAME).asText(name);
    return className(label, modelPackage, schemas, owner.asText(), seen) + "$" + simple;
  }
}
