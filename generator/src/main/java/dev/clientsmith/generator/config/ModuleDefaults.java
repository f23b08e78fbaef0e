package dev.clientsmith.generator.config;

import java.util.Objects;
import java.util.Optional;

/**
 * What the configuration's {@code modules:} block says about every module it generates. Without
 * it a module is standalone: no parent pom, groupId from the provider's package. This repository's
 * own configuration names its {@code generated-clients} parent, so the checked-in modules build in
 * its reactor; a user's configuration usually names none.
 *
 * @param groupId the groupId of every module
 * @param parent {@code groupId:artifactId} of the parent pom; its version is the generator's
 */
public record ModuleDefaults(Optional<String> groupId, Optional<String> parent) {
  public static final ModuleDefaults STANDALONE = new ModuleDefaults(Optional.empty(), Optional.empty());

  public ModuleDefaults {
    Objects.requireNonNull(groupId, "groupId");
    Objects.requireNonNull(parent, "parent");
  }
}
