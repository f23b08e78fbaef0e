package dev.clientsmith.generator.normalize;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Repairs path parameters: a {@code {name}} of the path that an operation does not declare is
 * declared on the operation as a required string (the only type a path segment surely is); a
 * declared path parameter without {@code required: true} gets it (a path parameter is always
 * required). Each repair is a warning.
 */
public final class PathParametersPass implements Pass {
  private static final String PARAMETER_REF = "#/components/parameters/";
  private static final Pattern TEMPLATE = Pattern.compile("\\{([^{}/]+)}");

  @Override
  public String id() {
    return "path-parameters";
  }

  @Override
  public String description() {
    return "Declares undeclared path parameters as required strings, and marks declared ones required.";
  }

  @Override
  public void apply(PassContext ctx) {
    ObjectNode doc = ctx.document();
    Operations.forEach(doc, (op, ptr) -> {
      String path = Operations.pathOf(ptr);
      String itemPtr = ptr.substring(0, ptr.lastIndexOf('/'));
      JsonNode item = doc.at(itemPtr);
      List<String> declared = new ArrayList<>();
      markRequired(ctx, item.get("parameters"), itemPtr + "/parameters", declared);
      markRequired(ctx, op.get("parameters"), ptr + "/parameters", declared);
      Matcher m = TEMPLATE.matcher(path);
      while (m.find()) {
        String name = m.group(1);
        if (declared.contains(name)) {
          continue;
        }
        declared.add(name);
        ObjectNode parameter = Json.NODES.objectNode().put("name", name).put("in", "path").put("required", true);
        parameter.putObject("schema").put("type", "string");
        ArrayNode parameters = op.has("parameters") && op.get("parameters").isArray()
            ? (ArrayNode) op.get("parameters") : op.putArray("parameters");
        parameters.add(parameter);
        ctx.repair("normalize.undeclared-path-parameter", itemPtr, "{" + name + "} in the path, not declared", parameter,
            "path parameter '" + name + "' of " + Operations.methodOf(ptr).toUpperCase(java.util.Locale.ROOT) + " " + path
                + " is not declared; declared as a required string",
            "declare it under 'parameters' with \"in\": \"path\", \"required\": true and its schema");
      }
    });
  }

  /** Collects the names of declared path parameters, marking required the ones that are not. */
  private void markRequired(PassContext ctx, JsonNode parameters, String ptr, List<String> declared) {
    if (parameters == null || !parameters.isArray()) {
      return;
    }
    for (int i = 0; i < parameters.size(); i++) {
      String at = ptr + "/" + i;
      JsonNode parameter = parameters.get(i);
      String ref = Json.text(parameter, "$ref");
      if (ref != null && ref.startsWith(PARAMETER_REF)) {
        // Repaired where it is written: the component.
        at = "/components/parameters/" + ref.substring(PARAMETER_REF.length());
        parameter = ctx.document().at(at);
      }
      if (!parameter.isObject() || !"path".equals(Json.text(parameter, "in")) || Json.text(parameter, "name") == null) {
        continue;
      }
      declared.add(Json.text(parameter, "name"));
      if (!Json.isTrue(parameter, "required")) {
        JsonNode before = parameter.get("required");
        ((ObjectNode) parameter).put("required", true);
        at = at + (before == null ? "" : "/required");
        ctx.repair("normalize.path-parameter-required", at, before, true,
            "path parameter '" + Json.text(parameter, "name") + "' is always required; marked required",
            "add \"required\": true");
      }
    }
  }
}
