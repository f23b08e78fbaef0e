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
    if (id == null) {
      return providers.providers();
    }
    return List.of(providers.find(id).orElseThrow(() -> unknownProvider(providers, id, config)));
  }

  private static DiagnosticException unknownProvider(ProvidersConfig providers, String id, String config) {
    String known = providers.providers().stream().map(ProviderConfig::id).collect(Collectors.joining(", "));
    return new DiagnosticException(Diagnostic.error("cli.unknown-provider",
        Location.ofFile(config), "/providers",
        "no provider '" + id + "' in the configuration (known: " + known + ")",
        "use one of the known ids, or add the provider to the configuration"));
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
