package dev.clientsmith.generator.normalize;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;

/**
 * OpenAPI Generator form: a string enum of two or more values that a response can hold becomes a
 * plain string, its values named in its description. Providers send values before they document
 * them ({@code "finish_reason": "end_turn"}); OpenAPI Generator's Java enums have no place for
 * them: a nullable enum reads such a value as null without a word, any other fails the whole
 * response. As a string the value is kept. One-value enums stay: they are the constants
 * ({@code "object": "chat.completion"}) and the kinds by which the client tells a union's members
 * apart ({@code "type": "reasoning.summary"}); enums only requests use stay too, so that the
 * client still offers the documented values to send.
 */
public final class OpenEnumsPass implements Pass {
  @Override
  public String id() {
    return "openapi-generator-open-enums";
  }

  @Override
  public String description() {
    return "Makes each string enum of two or more values that a response can hold a plain string (OpenAPI Generator's"
        + " Java client then keeps values the document does not list).";
  }

  @Override
  public void apply(PassContext ctx) {
    OpenApiGeneratorForm.forEachReadSchema(ctx.document(), (schema, pointer) -> {
      List<String> values = values(schema);
      if (values.size() < 2 || !"string".equals(Json.text(schema, "type"))) {
        return;
      }
      JsonNode before = schema.deepCopy();
      schema.remove("enum");
      String known = "Known values: `" + String.join("`, `", values) + "`; others may come.";
      String description = Json.text(schema, "description");
      schema.put("description", description == null || description.isBlank() ? known : description.strip() + "\n\n" + known);
      ctx.record(pointer, before, schema,
          "OpenAPI Generator's Java client loses a value its enum does not list (or the whole response); as a string"
              + " it keeps it");
    });
  }

  /** The string values of the schema's {@code enum}; empty when it has none or one is not a string. */
  private static List<String> values(ObjectNode schema) {
    List<String> values = new ArrayList<>();
    JsonNode list = schema.get("enum");
    if (list == null || !list.isArray()) {
      return values;
    }
    for (JsonNode value : list) {
      if (!value.isTextual()) {
        return List.of();
      }
      values.add(value.asText());
    }
    return values;
  }
}
