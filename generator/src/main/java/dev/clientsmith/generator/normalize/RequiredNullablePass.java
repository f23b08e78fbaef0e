package dev.clientsmith.generator.normalize;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashSet;
import java.util.Set;

/**
 * Records how a property that is both {@code required} and {@code nullable} is read (Jylo's
 * {@code messages}, {@code Message.role}/{@code content}, {@code ChatCompletionResponse.choices}).
 * The document is left as it is, so it accepts exactly what the provider accepts; the rule is
 * applied by generated code:
 *
 * <ul>
 *   <li><b>Request builders</b> demand the property: {@code build()} fails, naming it, unless it was
 *       set, either to a value or, explicitly, to null (the key must be present; null is allowed).
 *   <li><b>Response readers</b> accept the property absent or null and expose it as
 *       {@code Optional}: a reader must not fail on what a server actually sends.
 * </ul>
 */
public final class RequiredNullablePass implements Pass {
  @Override
  public String id() {
    return "required-nullable";
  }

  @Override
  public String description() {
    return "Records the rule for required + nullable properties: request builders demand them (a value or an"
        + " explicit null); response readers accept them absent or null.";
  }

  @Override
  public void apply(PassContext ctx) {
    SchemaWalker.walk(ctx.document(), (schema, ptr, site) -> {
      JsonNode props = schema.get("properties");
      JsonNode required = schema.get("required");
      if (props == null || required == null) {
        return;
      }
      Set<String> req = new HashSet<>();
      required.forEach(r -> req.add(r.asText()));
      for (String p : Json.fieldNames(props)) {
        if (req.contains(p) && Nullability.admitsNull(ctx.document(), props.get(p))) {
          ctx.record(Json.pointer(ptr + "/properties", p), "required + nullable",
              "request: must be set (value or explicit null); response: may be absent or null, read as Optional",
              "'required' says the key is present, 'nullable' that its value may be null; readers stay lenient");
        }
      }
    });
  }
}
