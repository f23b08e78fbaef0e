package dev.clientsmith.generator.normalize;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Records how a document without authentication ({@code security: []}, Oxen) is served: the
 * generated client still takes an optional API key (sent as a bearer token when given), since a
 * deployment may sit behind one even if the document does not say so.
 */
public final class SecurityPass implements Pass {
  @Override
  public String id() {
    return "security";
  }

  @Override
  public String description() {
    return "Records that documents declaring no authentication get clients with an optional API key.";
  }

  @Override
  public void apply(PassContext ctx) {
    JsonNode security = ctx.document().get("security");
    if (security == null || (security.isArray() && security.size() == 0)) {
      ctx.record("/security", security == null ? "(absent)" : "[]", "optional bearer API key",
          "the document declares no authentication; the client sends a key only when one is given");
    }
  }
}
