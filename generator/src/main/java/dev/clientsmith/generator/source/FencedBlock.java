package dev.clientsmith.generator.source;

import java.util.Locale;

/**
 * One fenced code block of a Markdown page.
 *
 * @param fenceLine 1-based line of the opening fence
 * @param info the info string after the fence, trimmed (may be empty)
 * @param content the lines between the fences, exactly as in the page (indentation kept, so columns
 *     reported inside the block are columns of the page)
 */
record FencedBlock(int fenceLine, String info, String content) {
  /** The first word of the info string, lower-cased: the block's language. */
  String language() {
    int space = info.indexOf(' ');
    String word = space < 0 ? info : info.substring(0, space);
    return word.toLowerCase(Locale.ROOT);
  }
}
