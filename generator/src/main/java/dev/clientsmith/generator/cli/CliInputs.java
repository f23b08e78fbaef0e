package dev.clientsmith.generator.cli;

import dev.clientsmith.generator.Generator;
import dev.clientsmith.generator.config.ConfigLoader;
import dev.clientsmith.generator.config.ProviderConfig;
import dev.clientsmith.generator.config.ProvidersConfig;
import dev.clientsmith.generator.diag.Diagnostic;
import dev.clientsmith.generator.diag.DiagnosticException;
import dev.clientsmith.generator.diag.Location;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

/** What the commands share: reading the provider configuration and turning names into paths. */
final class CliInputs {
  private CliInputs() {}

  static ProvidersConfig providers(String config) {
    return ConfigLoader.load(path(config), Generator.passIds(), config);
  }

  /** The providers a command works on: one by id, or all of them. */
  static List<ProviderConfig> select(ProvidersConfig providers, String id, String config) {
    return id == null ? providers.providers() : List.of(providers.require(id, config));
  }

  /** A path as the user would write it: relative to the working directory when it is below it. */
  static String display(Path path) {
    return Location.ofPath(path).file();
  }

  static Path path(String name) {
    try {
      return Path.of(name);
    } catch (InvalidPathException e) {
      throw new DiagnosticException(Diagnostic.error("cli.invalid-path",
          Location.ofFile(name.replace('\0', '?')), null,
          "not a valid file name", "check the file name"));
    }
  }
}
