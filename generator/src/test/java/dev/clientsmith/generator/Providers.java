package dev.clientsmith.generator;

import dev.clientsmith.generator.config.ConfigLoader;
import dev.clientsmith.generator.config.ProviderConfig;
import dev.clientsmith.generator.config.ProvidersConfig;
import java.nio.file.Path;

/** The real provider configuration and documents of the repository, for tests. */
public final class Providers {
  private Providers() {}

  /** The reactor root: set by the build, or found from the working directory when run from an IDE. */
  public static Path root() {
    String configured = System.getProperty("clientsmith.root");
    Path start = configured != null ? Path.of(configured) : Path.of("").toAbsolutePath();
    for (Path p = start.toAbsolutePath(); p != null; p = p.getParent()) {
      if (p.resolve("specs/providers.yaml").toFile().isFile()) {
        return p;
      }
    }
    throw new IllegalStateException("cannot find specs/providers.yaml above " + start);
  }

  public static ProvidersConfig config() {
    return ConfigLoader.load(root().resolve("specs/providers.yaml"), Generator.passIds());
  }

  public static ProviderConfig provider(String id) {
    return config().find(id).orElseThrow(() -> new IllegalArgumentException("no provider " + id));
  }
}
