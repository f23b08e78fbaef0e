package dev.clientsmith.generator.config;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/** The whole provider configuration file: every provider, in file order. */
public record ProvidersConfig(Path file, List<ProviderConfig> providers) {
  public ProvidersConfig {
    providers = List.copyOf(providers);
  }

  public Optional<ProviderConfig> find(String id) {
    return providers.stream().filter(p -> p.id().equals(id)).findFirst();
  }
}
