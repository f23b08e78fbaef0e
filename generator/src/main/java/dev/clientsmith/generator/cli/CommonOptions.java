package dev.clientsmith.generator.cli;

import picocli.CommandLine.Option;

/** Options every command takes: where the provider configuration is, and how to report bugs. */
final class CommonOptions {
  @Option(names = "--config", paramLabel = "FILE", defaultValue = "specs/providers.yaml",
      description = "Provider configuration (default: ${DEFAULT-VALUE}, relative to the current directory).")
  String config;

  @Option(names = "--debug", description = "Show stack traces of internal errors.")
  boolean debug;
}
