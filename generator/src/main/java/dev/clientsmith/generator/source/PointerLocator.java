package dev.clientsmith.generator.source;

import dev.clientsmith.generator.diag.Location;
import java.util.Map;

/**
 * A {@link Locator} backed by the positions recorded while the document was read. A pointer that
 * was not in the original text (a value added later, or a member Swagger Parser says is missing)
 * falls back to its nearest recorded ancestor, so a diagnostic always lands somewhere useful.
 */
final class PointerLocator implements Locator {
  private final String file;
  private final Map<String, Location> positions;

  PointerLocator(String file, Map<String, Location> positions) {
    this.file = file;
    this.positions = Map.copyOf(positions);
  }

  @Override
  public Location locate(String pointer) {
    String current = pointer;
    while (current != null) {
      Location found = positions.get(current);
      if (found != null) {
        return found;
      }
      current = current.startsWith("/") || current.isEmpty() ? JsonPointers.parent(current) : null;
    }
    return Location.ofFile(file);
  }
}
