package dev.clientsmith.generator.parse;

import com.fasterxml.jackson.databind.JsonNode;
import dev.clientsmith.generator.source.JsonPointers;
import java.util.ArrayList;
import java.util.List;

/**
 * Turns the dotted locations of Swagger Parser's messages into JSON pointers, guided by the tree.
 *
 * <p>Swagger Parser writes {@code paths.'/x'(post).responses.200}: path keys quoted, the method in
 * parentheses, other keys joined by dots without escaping (a schema named {@code Jylo.Models.Message}
 * is indistinguishable from nesting) and array indexes left out ({@code servers.url}). So the
 * location is read against the document: at each object the longest run of segments that is a key
 * wins, and an array is searched for the one element in which the rest of the location exists.
 */
final class SwaggerPath {
  private SwaggerPath() {}

  /** Where a location led: the deepest pointer found, and the segments that matched nothing. */
  record Resolved(String pointer, List<String> rest) {
    boolean complete() {
      return rest.isEmpty();
    }
  }

  private record Segment(String text, boolean exact) {}

  static Resolved resolve(JsonNode root, String location) {
    List<Segment> segments = split(location);
    Resolved best = walk(root, "", segments, 0);
    return best;
  }

  /** Splits on dots outside quotes; {@code 'quoted'} and {@code (method)} are single exact keys. */
  private static List<Segment> split(String location) {
    List<Segment> segments = new ArrayList<>();
    StringBuilder plain = new StringBuilder();
    int i = 0;
    while (i < location.length()) {
      char c = location.charAt(i);
      if (c == '\'' || c == '(') {
        char close = c == '\'' ? '\'' : ')';
        int end = location.indexOf(close, i + 1);
        if (end > i && plain.length() == 0) {
          segments.add(new Segment(location.substring(i + 1, end), true));
          i = end + 1;
          continue;
        }
      }
      if (c == '.') {
        if (plain.length() > 0) {
          segments.add(new Segment(plain.toString(), false));
          plain.setLength(0);
        }
      } else {
        plain.append(c);
      }
      i++;
    }
    if (plain.length() > 0) {
      segments.add(new Segment(plain.toString(), false));
    }
    return segments;
  }

  private static Resolved walk(JsonNode node, String pointer, List<Segment> segments, int index) {
    if (index == segments.size()) {
      return new Resolved(pointer, List.of());
    }
    Resolved stop = new Resolved(pointer, rest(segments, index));
    if (node.isObject()) {
      return walkObject(node, pointer, segments, index, stop);
    }
    if (node.isArray()) {
      Segment segment = segments.get(index);
      if (!segment.exact() && segment.text().matches("\\d{1,9}") && Integer.parseInt(segment.text()) < node.size()) {
        int element = Integer.parseInt(segment.text());
        return walk(node.get(element), JsonPointers.child(pointer, element), segments, index + 1);
      }
      // Indexes are left out: the element in which the rest exists is the one meant.
      for (int i = 0; i < node.size(); i++) {
        Resolved inElement = walk(node.get(i), JsonPointers.child(pointer, i), segments, index);
        if (inElement.complete()) {
          return inElement;
        }
      }
    }
    return stop;
  }

  private static Resolved walkObject(JsonNode node, String pointer, List<Segment> segments, int index, Resolved stop) {
    Resolved best = stop;
    if (segments.get(index).exact()) {
      String key = segments.get(index).text();
      return node.has(key) ? walk(node.get(key), JsonPointers.child(pointer, key), segments, index + 1) : stop;
    }
    int end = index;
    while (end < segments.size() && !segments.get(end).exact()) {
      end++;
    }
    // Longest key first: "Jylo.Models.Message" before "Jylo".
    for (int last = end; last > index; last--) {
      String key = join(segments, index, last);
      if (node.has(key)) {
        Resolved found = walk(node.get(key), JsonPointers.child(pointer, key), segments, last);
        if (found.complete()) {
          return found;
        }
        if (found.rest().size() < best.rest().size()) {
          best = found;
        }
      }
    }
    return best;
  }

  private static String join(List<Segment> segments, int from, int to) {
    StringBuilder key = new StringBuilder();
    for (int i = from; i < to; i++) {
      key.append(i == from ? "" : ".").append(segments.get(i).text());
    }
    return key.toString();
  }

  private static List<String> rest(List<Segment> segments, int from) {
    List<String> rest = new ArrayList<>();
    for (int i = from; i < segments.size(); i++) {
      rest.add(segments.get(i).text());
    }
    return rest;
  }
}
