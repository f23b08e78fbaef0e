package dev.clientsmith.generator.config;

import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The few things a provider's configuration may tell the normaliser instead of letting it infer
 * them. Kept deliberately small: every entry here is a place where inference was not good enough.
 *
 * @param basePath the part of every path that belongs to the base URL (e.g. {@code /api/ai}); empty
 *     means "infer it"
 * @param schemaNames schema renames applied when a name cannot be derived from usage (original name
 *     to new name)
 * @param skipPasses ids of normalisation passes not to run for this provider
 */
public record Overrides(Optional<String> basePath, SortedMap<String, String> schemaNames, Set<String> skipPasses) {
  public static final Overrides NONE = new Overrides(Optional.empty(), new TreeMap<>(), Set.of());

  public Overrides {
    schemaNames = new TreeMap<>(schemaNames);
    skipPasses = Set.copyOf(skipPasses);
  }

  public static Overrides of(Optional<String> basePath, Map<String, String> schemaNames, Set<String> skipPasses) {
    return new Overrides(basePath, new TreeMap<>(schemaNames), skipPasses);
  }
}
