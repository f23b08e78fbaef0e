package dev.clientsmith.generator.source;

import dev.clientsmith.generator.diag.Location;

/** Maps a JSON pointer (RFC 6901) of a document to where it was written. */
@FunctionalInterface
public interface Locator {
  /**
   * The position of the value at {@code pointer} (for a member of an object: where its key is
   * written, the line a reader looks for); for a pointer that did not exist in the original
   * text (a value added by normalisation), the position of its nearest existing ancestor. Never
   * null: at worst the file itself ({@link Location#ofFile(String)}).
   */
  Location locate(String pointer);
}
