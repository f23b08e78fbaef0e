package dev.clientsmith.generator.emit;

import java.util.Objects;
import java.util.Optional;

/**
 * The Maven coordinates of a generated module, and whether it builds under a parent pom.
 *
 * @param groupId the module's groupId
 * @param artifactId the module's artifactId
 * @param version the module's own version (ignored under a parent, which gives it)
 * @param parent {@code groupId:artifactId} of a parent pom whose version is {@code runtimeVersion};
 *     absent for a standalone module
 * @param runtimeVersion the version of {@code client-runtime} the module depends on: the generator's own
 */
public record ModuleCoordinates(String groupId, String artifactId, String version, Optional<String> parent, String runtimeVersion) {
  public ModuleCoordinates {
    Objects.requireNonNull(groupId, "groupId");
    Objects.requireNonNull(artifactId, "artifactId");
    Objects.requireNonNull(version, "version");
    Objects.requireNonNull(parent, "parent");
    Objects.requireNonNull(runtimeVersion, "runtimeVersion");
  }

  /** The version a module has: its parent's when it has one. */
  public String effectiveVersion() {
    return parent.isPresent() ? runtimeVersion : version;
  }
}
