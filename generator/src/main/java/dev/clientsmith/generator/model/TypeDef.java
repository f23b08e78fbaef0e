package dev.clientsmith.generator.model;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A named type of the API. {@link #name()} is unique in the model; {@link #simpleName()} is the
 * Java simple name, and {@link #nestedIn()} the model name of the type it is nested in (for inline
 * schemas and inline enums), so {@code CompletionResponse.Choice} has name
 * {@code CompletionResponseChoice}, simple name {@code Choice}, nested in {@code CompletionResponse}.
 */
public sealed interface TypeDef {
  String name();

  String simpleName();

  Optional<String> nestedIn();

  /** The schema it comes from ({@code #/components/schemas/X} or a pointer for inline enums). */
  String origin();

  Optional<String> description();

  /** Where the type is used; generated code differs for request-only and response-only types. */
  Usage usage();

  /** Which directions a type travels in. */
  record Usage(boolean request, boolean response) {
    public static final Usage NONE = new Usage(false, false);

    public Usage or(Usage other) {
      return new Usage(request || other.request, response || other.response);
    }
  }

  /** An object with named properties. */
  record ObjectType(
      String name,
      String simpleName,
      Optional<String> nestedIn,
      String origin,
      Optional<String> description,
      Usage usage,
      List<Property> properties,
      boolean closed,
      Optional<TypeRef> additionalProperties) implements TypeDef {
    public ObjectType {
      Objects.requireNonNull(name, "name");
      properties = List.copyOf(properties);
    }

    public Optional<Property> property(String jsonName) {
      return properties.stream().filter(p -> p.jsonName().equals(jsonName)).findFirst();
    }
  }

  /**
   * An enum of string (or integer) values. Generated enums are always open: a value the document
   * does not list is kept, not rejected. {@link #documentedOpen()} says the document itself says
   * other values are allowed ({@code x-extensible-enum}); the request validator then accepts any
   * value too.
   */
  record EnumType(
      String name,
      String simpleName,
      Optional<String> nestedIn,
      String origin,
      Optional<String> description,
      Usage usage,
      TypeRef.PrimitiveKind valueKind,
      List<EnumValue> values,
      boolean documentedOpen) implements TypeDef {
    public EnumType {
      values = List.copyOf(values);
    }
  }

  record EnumValue(String json, String javaName) {}

  /** A {@code oneOf}: exactly one of the variants. */
  record UnionType(
      String name,
      String simpleName,
      Optional<String> nestedIn,
      String origin,
      Optional<String> description,
      Usage usage,
      List<Variant> variants,
      Optional<String> discriminator) implements TypeDef {
    public UnionType {
      variants = List.copyOf(variants);
    }
  }

  /**
   * One union variant.
   *
   * @param javaName suffix for factories and accessors: {@code ofString}, {@code isString}
   * @param discriminatorValues the values of the union's discriminator that select this variant
   *     (several when the document maps more than one value to it: {@code role: system | developer})
   */
  record Variant(String javaName, TypeRef type, List<String> discriminatorValues) {
    public Variant {
      discriminatorValues = List.copyOf(discriminatorValues);
    }

    /** The first value that selects this variant, the one factories and documentation name it by. */
    public Optional<String> discriminatorValue() {
      return discriminatorValues.stream().findFirst();
    }
  }

  /** A named alias of another type ({@code ModelName} is a string). */
  record AliasType(
      String name,
      String simpleName,
      Optional<String> nestedIn,
      String origin,
      Optional<String> description,
      Usage usage,
      TypeRef target) implements TypeDef {}
}
