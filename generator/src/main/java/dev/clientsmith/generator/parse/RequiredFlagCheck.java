package dev.clientsmith.generator.parse;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.clientsmith.generator.diag.Diagnostic;
import dev.clientsmith.generator.source.JsonPointers;
import dev.clientsmith.generator.source.Locator;
import java.util.ArrayList;
import java.util.List;

/**
 * A property that says {@code required: true} (the Swagger 2.0 parameter habit, or JSON Schema
 * draft 3). In OpenAPI 3.0 {@code required} is the object's list of property names, so the flag
 * has no meaning where it is; it most likely asks for the property to be required, but a document
 * whose object already lists its required properties may just as well mean the list, so it is not
 * guessed. Swagger Parser reports it as "'required' must be an array" at the wrong object; this
 * check names the property and its place.
 */
final class RequiredFlagCheck {
  static final String CODE = "parse.required-flag";

  private RequiredFlagCheck() {}

  static List<Diagnostic> check(ObjectNode root, Locator locator) {
    List<Diagnostic> problems = new ArrayList<>();
    TreeWalker.walk(root, (pointer, object) -> {
      JsonNode required = object.get("required");
      String parent = JsonPointers.parent(pointer);
      if (required == null || !required.isBoolean() || parent == null || !parent.endsWith("/properties")) {
        return;
      }
      List<String> tokens = JsonPointers.tokens(pointer);
      String property = tokens.get(tokens.size() - 1);
      String owner = JsonPointers.parent(parent);
      String at = JsonPointers.child(pointer, "required");
      String ownerName = owner.isEmpty() ? "(document root)" : owner;
      boolean listed = false;
      for (JsonNode name : root.at(owner).path("required")) {
        listed |= name.asText().equals(property);
      }
      String hint;
      if (listed) {
        hint = "remove it: '" + property + "' is already in the 'required' list of the object at " + ownerName;
      } else if (required.asBoolean()) {
        hint = "remove it and add '" + property + "' to the 'required' list of the object at " + ownerName;
      } else {
        hint = "remove it";
      }
      problems.add(Diagnostic.error(CODE, locator.locate(at), at,
          "property '" + property + "' says 'required: " + required.asBoolean() + "', but in OpenAPI 3.0 'required' is"
              + " the list of required property names of the object that holds the property", hint));
    });
    return problems;
  }
}
