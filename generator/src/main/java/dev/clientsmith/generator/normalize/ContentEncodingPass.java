package dev.clientsmith.generator.normalize;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * 3.1 describes encoded strings with {@code contentEncoding} / {@code contentMediaType}; 3.0 with
 * {@code format}: {@code base64} is {@code format: byte}, raw content of a media type (a file in a
 * multipart body) is {@code format: binary}. A JSON media type without an encoding is text and
 * keeps no format.
 */
public final class ContentEncodingPass implements Pass {
  @Override
  public String id() {
    return "content-encoding";
  }

  @Override
  public String description() {
    return "Turns 3.1 contentEncoding/contentMediaType into the 3.0 formats byte and binary.";
  }

  @Override
  public void apply(PassContext ctx) {
    RawSchemas.forEach(ctx.document(), (schema, ptr) -> {
      JsonNode encoding = schema.get("contentEncoding");
      JsonNode mediaType = schema.get("contentMediaType");
      if (encoding == null && mediaType == null) {
        return;
      }
      JsonNode before = schema.deepCopy();
      schema.remove("contentEncoding");
      schema.remove("contentMediaType");
      schema.remove("contentSchema");
      String format = null;
      if (encoding != null && encoding.asText().toLowerCase(java.util.Locale.ROOT).startsWith("base64")) {
        format = "byte";
      } else if (encoding != null || !mediaType.asText().toLowerCase(java.util.Locale.ROOT).contains("json")) {
        format = "binary";
      }
      if (format != null && !schema.has("format")) {
        schema.put("format", format);
      }
      if (!schema.has("type")) {
        schema.put("type", "string");
      }
      ctx.record(ptr + "/" + (encoding != null ? "contentEncoding" : "contentMediaType"), before, schema,
          format == null ? "OpenAPI 3.0 has no contentMediaType: JSON text is a plain string"
              : "OpenAPI 3.0 says " + (format.equals("byte") ? "base64 content" : "raw content") + " with format: " + format);
    });
  }
}
