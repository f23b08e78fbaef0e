package dev.clientsmith.generator.model;

import java.util.Objects;

/** A reference to a type from a property, parameter, body or union member. */
public sealed interface TypeRef {

  /** Built-in value kinds; each maps to one Java type. */
  enum PrimitiveKind {
    STRING,
    INT32,
    INT64,
    DOUBLE,
    FLOAT,
    BOOLEAN,
    UUID,
    /** {@code type: string, format: binary}: a file, sent as a part of a multipart body. */
    BINARY,
    /** Any JSON value: schemas without a type, free-form objects. */
    JSON
  }

  record Primitive(PrimitiveKind kind) implements TypeRef {
    public Primitive {
      Objects.requireNonNull(kind, "kind");
    }
  }

  record ListOf(TypeRef element) implements TypeRef {
    public ListOf {
      Objects.requireNonNull(element, "element");
    }
  }

  /** A JSON object used as a map from string keys to values of one type. */
  record MapOf(TypeRef value) implements TypeRef {
    public MapOf {
      Objects.requireNonNull(value, "value");
    }
  }

  /** A type defined in the model, by its unique model name (see {@link TypeDef#name()}). */
  record Named(String name) implements TypeRef {
    public Named {
      Objects.requireNonNull(name, "name");
    }
  }

  static TypeRef of(PrimitiveKind kind) {
    return new Primitive(kind);
  }
}
