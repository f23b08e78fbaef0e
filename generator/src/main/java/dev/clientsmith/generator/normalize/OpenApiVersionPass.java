package dev.clientsmith.generator.normalize;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Declares a 3.1 document OpenAPI 3.0.3, once the passes before it (type arrays, const, null
 * members, $defs...) have rewritten its 3.1 forms: Swagger Parser then reads it, and the later
 * passes see the one shape they know. The normalised document is what most tools read; the
 * library can write the 3.1 form back at the end ({@link OpenApi31Form}).
 */
public final class OpenApiVersionPass implements Pass {
  static final String VERSION = "3.0.3";

  @Override
  public String id() {
    return "openapi-version";
  }

  @Override
  public String description() {
    return "Declares a 3.1 document OpenAPI 3.0.3 once its 3.1 forms are rewritten.";
  }

  @Override
  public void apply(PassContext ctx) {
    ObjectNode doc = ctx.document();
    if (OpenApi31Form.declares31(doc)) {
      String before = doc.get("openapi").asText();
      doc.put("openapi", VERSION);
      ctx.record("/openapi", before, VERSION, "its 3.1 forms are written the 3.0 way by the passes before");
    }
  }
}
