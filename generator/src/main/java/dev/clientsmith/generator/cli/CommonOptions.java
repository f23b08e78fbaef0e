package dev.clientsmith.generator.cli;

import picocli.CommandLine.Option;

/** Options every command takes: where the provider configuration is, and how to report bugs. */
final class CommonOptions {
  static final String DEFAULT_CONFIG = "specs/providers.yaml";

  @Option(names = "--config", paramLabel = "FILE", defaultValue = DEFAULT_CONFIG,
      description = "Provider configuration (default: ${DEFAULT-VALUE}, relative to the current directory).")
  String config;

  @Option(names = "--debug", description = "Show stack traces of internal errors.")
  boolean debug;
}
