package dev.clientsmith.corpus;

import java.util.Locale;

/**
 * The stages a corpus document goes through, in order. A document "reaches" a stage when every
 * stage before it passed; {@link #DONE} means all passed.
 */
enum Stage {
  /** Reading the file into a located tree (YAML/JSON syntax, aliases). */
  SOURCE,
  /** Swagger Parser and the structural checks. */
  PARSE,
  /** The normalisation passes (and the check that their output reads back). */
  NORMALIZE,
  /** The intermediate model. */
  MODEL,
  /** The Java sources, the pom and the README of the module. */
  EMIT,
  /** javac --release 17 -Xlint:all -Werror over the module. */
  JAVAC,
  /** The main chat call against a local server. */
  SMOKE,
  DONE;

  String id() {
    return name().toLowerCase(Locale.ROOT);
  }

  static Stage of(String id) {
    return valueOf(id.toUpperCase(Locale.ROOT));
  }

  /**
   * Where a located error stops the pipeline, from its code's prefix: the codes are named by stage
   * ({@code source.yaml-alias}, {@code parse.not-openapi-3}, {@code normalize.*}).
   */
  static Stage ofDiagnosticCode(String code) {
    if (code.startsWith("source.")) {
      return SOURCE;
    }
    return code.startsWith("parse.") ? PARSE : NORMALIZE;
  }
}
