package dev.clientsmith.generator.emit;

import dev.clientsmith.generator.model.Property;
import dev.clientsmith.generator.model.TypeRef;

/**
 * What a model's getter returns, in one place for the emitters that call getters (paging,
 * accumulators, the README example) and the one that writes them ({@link ObjectEmitter}).
 */
final class Getters {
  private Getters() {}

  /** Lists and maps read as collections, empty when absent or null. */
  static boolean isCollection(TypeRef type) {
    return type instanceof TypeRef.ListOf || type instanceof TypeRef.MapOf;
  }

  /** Whether {@code x()} returns an {@code Optional}: an optional or nullable property that is not a collection. */
  static boolean returnsOptional(Property p) {
    return !isCollection(p.type()) && (p.nullable() || !p.required());
  }
}
