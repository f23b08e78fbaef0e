package dev.clientsmith.generator.normalize;

/**
 * One named normalisation step. A pass rewrites the JSON tree of one document in place and records
 * every change it makes through {@link PassContext#record}. Passes are small and ordered (see
 * {@link Passes}); each has its own fixture test.
 */
public interface Pass {
  /** Stable id, used in reports and in the provider configuration's {@code skipPasses}. */
  String id();

  /** One sentence: what the pass fixes and why. Printed in the README and NORMALIZATION.md. */
  String description();

  void apply(PassContext context);
}
