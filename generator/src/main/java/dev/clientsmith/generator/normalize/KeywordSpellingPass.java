package dev.clientsmith.generator.normalize;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;

/**
 * Reads a misspelt schema keyword ({@code min_items}, {@code max_items}, {@code minlength},
 * {@code additional_properties}) as the keyword it spells, when the schema does not also have the
 * keyword itself: the only reading that gives the value any meaning. Each one is a warning. With
 * both present the misspelling is an unknown keyword (see {@link UnknownKeywordsPass}).
 */
public final class KeywordSpellingPass implements Pass {
  @Override
  public String id() {
    return "keyword-spelling";
  }

  @Override
  public String description() {
    return "Reads misspelt schema keywords (min_items, max_items, additional_properties...) as the keyword.";
  }

  @Override
  public void apply(PassContext ctx) {
    RawSchemas.forEach(ctx.document(), (schema, ptr) -> {
      for (String key : List.copyOf(Json.fieldNames(schema))) {
        String keyword = SchemaKeywords.misspelt(key);
        if (keyword == null || schema.has(keyword)) {
          continue;
        }
        JsonNode value = schema.get(key);
        Json.renameField(schema, key, keyword, value);
        ctx.repair("normalize.misspelt-keyword", Json.pointer(ptr, key), key + ": " + value, keyword + ": " + value,
            "'" + key + "' is not a schema keyword; read as '" + keyword + "'",
            "write '" + keyword + "'");
      }
    });
  }
}
