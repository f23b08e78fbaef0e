package dev.clientsmith.generator.parse;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.clientsmith.generator.diag.Diagnostic;
import dev.clientsmith.generator.source.JsonPointers;
import dev.clientsmith.generator.source.Locator;
import dev.clientsmith.generator.source.SourceReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * An operation's {@code tags} must be a list of strings. Swagger Parser checks that the value is an
 * array but silently turns {@code [["chat"]]} into an empty list, losing the tag; we report it, so
 * such a document can only get through after a normalisation pass has fixed it (and said so).
 */
final class TagsCheck {
  static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "options", "head", "patch", "trace");

  private TagsCheck() {}

  static List<Diagnostic> check(ObjectNode root, Locator locator) {
    List<Diagnostic> problems = new ArrayList<>();
    JsonNode paths = root.path("paths");
    if (!paths.isObject()) {
      return problems;
    }
    for (Map.Entry<String, JsonNode> path : paths.properties()) {
      if (!path.getValue().isObject()) {
        continue;
      }
      String pathPointer = JsonPointers.child("/paths", path.getKey());
      for (Map.Entry<String, JsonNode> operation : path.getValue().properties()) {
        JsonNode tags = operation.getValue().path("tags");
        if (METHODS.contains(operation.getKey()) && tags.isArray()) {
          String tagsPointer = JsonPointers.child(JsonPointers.child(pathPointer, operation.getKey()), "tags");
          for (int i = 0; i < tags.size(); i++) {
            if (!tags.get(i).isTextual()) {
              String at = JsonPointers.child(tagsPointer, i);
              problems.add(Diagnostic.error("parse.wrong-type", locator.locate(at), at,
                  "an operation's tags must be strings, but tag " + i + " is " + SourceReader.describe(tags.get(i)),
                  "write the tags as a flat list of names, e.g. \"tags\": [\"chat\"]"));
            }
          }
        }
      }
    }
    return problems;
  }
}
