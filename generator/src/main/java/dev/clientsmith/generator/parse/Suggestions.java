package dev.clientsmith.generator.parse;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;

/** "Did you mean ...?" for a misspelt name: the closest known name, if it is close enough. */
public final class Suggestions {
  private Suggestions() {}

  /** The member name of {@code object} closest to {@code wanted}, or null. */
  static String closest(String wanted, JsonNode object) {
    if (wanted == null || !object.isObject()) {
      return null;
    }
    List<String> names = new ArrayList<>();
    object.fieldNames().forEachRemaining(names::add);
    return closest(wanted, names);
  }

  /** The name of {@code known} closest to {@code wanted} (a third of its letters may differ), or null. */
  public static String closest(String wanted, Collection<String> known) {
    String best = null;
    int bestDistance = Integer.MAX_VALUE;
    // Sorted, so that ties are broken the same way on every run.
    for (String name : new TreeSet<>(known)) {
      int distance = distance(wanted.toLowerCase(Locale.ROOT), name.toLowerCase(Locale.ROOT));
      if (distance < bestDistance) {
        best = name;
        bestDistance = distance;
      }
    }
    return best != null && bestDistance <= Math.max(1, wanted.length() / 3) ? best : null;
  }

  /** Levenshtein distance. */
  static int distance(String a, String b) {
    int[] previous = new int[b.length() + 1];
    int[] current = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      previous[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      current[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        current[j] = Math.min(Math.min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
      }
      int[] swap = previous;
      previous = current;
      current = swap;
    }
    return previous[b.length()];
  }
}
