package dev.clientsmith.generator.normalize;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Removes 3.1 {@code webhooks}: requests the provider sends, which a client does not make. OpenAPI
 * 3.0 has no such member. Each webhook is named in the report so the omission is visible.
 */
public final class WebhooksPass implements Pass {
  @Override
  public String id() {
    return "webhooks";
  }

  @Override
  public String description() {
    return "Drops 3.1 webhooks (calls the provider makes, not the client), naming each in the report.";
  }

  @Override
  public void apply(PassContext ctx) {
    JsonNode webhooks = ctx.document().get("webhooks");
    if (webhooks == null) {
      return;
    }
    for (String name : Json.fieldNames(webhooks)) {
      ctx.record(Json.pointer("/webhooks", name), "webhook '" + name + "'", null,
          "a webhook is a request the provider sends; a client does not make it");
    }
    if (!webhooks.isObject() || webhooks.isEmpty()) {
      ctx.record("/webhooks", webhooks, null, "OpenAPI 3.0 has no webhooks");
    }
    ctx.document().remove("webhooks");
  }
}
