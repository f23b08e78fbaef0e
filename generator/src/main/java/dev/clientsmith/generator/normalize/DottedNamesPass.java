package dev.clientsmith.generator.normalize;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Shortens namespace-qualified schema names ({@code Jylo.Inference.Core.Models.Message -> Message},
 * {@code Microsoft.AspNetCore.Mvc.ProblemDetails -> ProblemDetails}). The namespace is the
 * server's implementation detail; dots are not valid in Java names and confuse other tools. When two
 * names would collide, as many trailing segments are kept as needed to keep them apart.
 */
public final class DottedNamesPass implements Pass {
  @Override
  public String id() {
    return "dotted-schema-names";
  }

  @Override
  public String description() {
    return "Drops the namespace from dotted schema names (Jylo.Inference.Core.Models.Message -> Message).";
  }

  @Override
  public void apply(PassContext ctx) {
    List<String> names = Json.fieldNames(Json.schemas(ctx.document()));
    Set<String> taken = new HashSet<>();
    for (String n : names) {
      if (!n.contains(".")) {
        taken.add(n);
      }
    }
    Map<String, String> renames = new LinkedHashMap<>();
    for (String n : names) {
      if (!n.contains(".")) {
        continue;
      }
      String[] segments = n.split("\\.");
      String candidate = null;
      for (int keep = 1; keep <= segments.length; keep++) {
        StringBuilder sb = new StringBuilder();
        for (int i = segments.length - keep; i < segments.length; i++) {
          sb.append(Names.isJavaIdentifier(segments[i]) ? capitalize(segments[i]) : Names.pascal(segments[i]));
        }
        if (!taken.contains(sb.toString())) {
          candidate = sb.toString();
          break;
        }
      }
      if (candidate == null) {
        candidate = Names.pascal(n) + renames.size();
      }
      taken.add(candidate);
      renames.put(n, candidate);
    }
    Renamer.rename(ctx.document(), renames);
    renames.forEach((from, to) -> ctx.record(Json.schemaPointer(from), from, to,
        "the dotted prefix is the server's namespace, not part of the name; dots are not valid in Java names"));
  }

  private static String capitalize(String s) {
    return Character.toUpperCase(s.charAt(0)) + s.substring(1);
  }
}
