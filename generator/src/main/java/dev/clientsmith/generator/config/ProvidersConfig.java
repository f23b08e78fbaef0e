package dev.clientsmith.generator.config;

import dev.clientsmith.generator.diag.Diagnostic;
import dev.clientsmith.generator.diag.DiagnosticException;
import dev.clientsmith.generator.diag.Location;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

/** The whole provider configuration file: every provider, in file order, and what their modules share. */
public record ProvidersConfig(Path file, List<ProviderConfig> providers, ModuleDefaults modules) {
  public ProvidersConfig {
    providers = List.copyOf(providers);
    Objects.requireNonNull(modules, "modules");
  }

  public ProvidersConfig(Path file, List<ProviderConfig> providers) {
    this(file, providers, ModuleDefaults.STANDALONE);
  }

  public Optional<ProviderConfig> find(String id) {
    return providers.stream().filter(p -> p.id().equals(id)).findFirst();
  }

  /**
   * The provider with {@code id}, or a located error listing the known ids.
   *
   * @param displayName how the diagnostic names the configuration file
   */
  public ProviderConfig require(String id, String displayName) {
    return find(id).orElseThrow(() -> new DiagnosticException(Diagnostic.error("cli.unknown-provider",
        Location.ofFile(displayName), "/providers",
        "no provider '" + id + "' in the configuration (known: "
            + providers.stream().map(ProviderConfig::id).collect(Collectors.joining(", ")) + ")",
        "use one of the known ids, or add the provider to the configuration")));
  }
}
