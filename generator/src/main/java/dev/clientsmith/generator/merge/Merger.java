package dev.clientsmith.generator.merge;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.clientsmith.generator.diag.Diagnostic;
import dev.clientsmith.generator.diag.DiagnosticException;
import dev.clientsmith.generator.diag.Location;
import dev.clientsmith.generator.normalize.Json;
import dev.clientsmith.generator.normalize.Names;
import dev.clientsmith.generator.normalize.Renamer;
import dev.clientsmith.generator.normalize.Report;
import dev.clientsmith.generator.normalize.ReportEntry;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Makes one API of a provider's normalised documents (Interactive AI publishes chat and text
 * completions separately).
 *
 * <ul>
 *   <li>Schemas with the same name and the same structure are shared ({@code ErrorResponse},
 *       {@code ModelName}, ...).
 *   <li>Schemas with different names but the same structure are unified under the shortest
 *       common trailing words of their names that no other schema uses
 *       ({@code ChatGenerationParamsStop} + {@code CompletionCreateParamsStop} -&gt; {@code Stop}).
 *       Structure is compared with references followed through the unification, so shapes that
 *       refer to unified shapes unify too.
 *   <li>Schemas with the same name but different structures are a real conflict: the later
 *       document's is renamed with its document's distinguishing word, and reported.
 *   <li>Paths are united; the same path and method in two documents is an error. Servers must agree;
 *       where they do not, the later document's paths keep their own servers.
 * </ul>
 */
public final class Merger {
  private static final String PASS = "merge";

  private Merger() {}

  /** A normalised document and the name reports use for it. */
  public record Input(String name, ObjectNode document) {}

  public static ObjectNode merge(String title, List<Input> inputs, Report report) {
    ObjectNode merged = inputs.get(0).document().deepCopy();
    for (int i = 1; i < inputs.size(); i++) {
      mergeInto(merged, inputs.get(0).name(), inputs.get(i), report);
    }
    ObjectNode info = merged.has("info") ? (ObjectNode) merged.get("info") : merged.putObject("info");
    List<String> versions = new ArrayList<>();
    for (Input in : inputs) {
      String v = in.document().path("info").path("version").asText("");
      if (!v.isEmpty() && !versions.contains(v)) {
        versions.add(v);
      }
    }
    String beforeTitle = info.path("title").asText("");
    info.put("title", title);
    info.put("version", String.join(" + ", versions));
    report.add(new ReportEntry(PASS, inputs.get(0).name(), "/info", beforeTitle, title,
        "one API made of " + inputs.size() + " documents"));
    return merged;
  }

  private static void mergeInto(ObjectNode base, String baseName, Input input, Report report) {
    ObjectNode other = input.document().deepCopy();
    ObjectNode baseSchemas = Json.schemasForWrite(base);
    ObjectNode otherSchemas = Json.schemas(other);

    // 1. Decide which schemas of `other` are the same as a schema of `base`.
    Map<String, String> same = new LinkedHashMap<>();
    boolean progress = true;
    while (progress) {
      progress = false;
      for (String o : Json.fieldNames(otherSchemas)) {
        if (same.containsKey(o)) {
          continue;
        }
        JsonNode oStructure = canonical(otherSchemas.get(o), same, true);
        String match = null;
        if (baseSchemas.has(o) && canonical(baseSchemas.get(o), same, false).equals(oStructure)) {
          match = o;
        } else {
          for (String b : Json.fieldNames(baseSchemas)) {
            if (!same.containsValue(b) && canonical(baseSchemas.get(b), same, false).equals(oStructure)) {
              match = b;
              break;
            }
          }
        }
        if (match != null) {
          same.put(o, match);
          progress = true;
        }
      }
    }

    // 2. Names: unified shapes with different names get their common name; conflicts get renamed.
    Set<String> taken = new HashSet<>(Json.fieldNames(baseSchemas));
    taken.addAll(Json.fieldNames(otherSchemas));
    Map<String, String> baseRenames = new LinkedHashMap<>();
    Map<String, String> otherRenames = new LinkedHashMap<>();
    for (Map.Entry<String, String> e : same.entrySet()) {
      String o = e.getKey();
      String b = e.getValue();
      if (o.equals(b)) {
        report.add(new ReportEntry(PASS, input.name(), Json.schemaPointer(o), o, "shared " + b,
            "identical in " + baseName + " and " + input.name()));
        continue;
      }
      String common = commonName(o, b, taken);
      if (common != null && !baseRenames.containsValue(common)) {
        taken.add(common);
        baseRenames.put(b, common);
        report.add(new ReportEntry(PASS, baseName, Json.schemaPointer(b), b, common,
            "same structure as " + o + " in " + input.name() + "; one type under their common name"));
        report.add(new ReportEntry(PASS, input.name(), Json.schemaPointer(o), o, common,
            "same structure as " + b + " in " + baseName + "; one type under their common name"));
      } else {
        report.add(new ReportEntry(PASS, input.name(), Json.schemaPointer(o), o, b,
            "same structure as " + b + " in " + baseName));
      }
    }
    String word = distinguishingWord(input.name());
    for (String o : Json.fieldNames(otherSchemas)) {
      if (!same.containsKey(o) && baseSchemas.has(o)) {
        String renamed = word + o;
        for (int n = 2; taken.contains(renamed); n++) {
          renamed = word + o + n;
        }
        taken.add(renamed);
        otherRenames.put(o, renamed);
        report.add(new ReportEntry(PASS, input.name(), Json.schemaPointer(o), o, renamed,
            "a different schema named " + o + " exists in " + baseName));
      }
    }
    Renamer.rename(base, baseRenames);
    Renamer.rename(other, otherRenames);
    Map<String, String> redirect = new HashMap<>();
    same.forEach((o, b) -> redirect.put(otherRenames.getOrDefault(o, o), baseRenames.getOrDefault(b, b)));
    redirect.forEach((from, to) -> {
      if (!from.equals(to)) {
        Renamer.redirect(other, from, to);
      } else {
        Json.schemas(other).remove(from);
      }
    });

    // 3. Copy what is new.
    ObjectNode targetSchemas = Json.schemasForWrite(base);
    Json.schemas(other).properties().forEach(e -> targetSchemas.set(e.getKey(), e.getValue()));
    mergeSecuritySchemes(base, other, input.name());
    mergePaths(base, other, input, report);
    mergeTags(base, other);
  }

  /** The schema with documentation removed and references renamed by the unification so far. */
  private static JsonNode canonical(JsonNode schema, Map<String, String> same, boolean fromOther) {
    JsonNode structure = Json.structure(schema);
    return Json.rewrite(structure.deepCopy(), "", (node, ptr) -> {
      String ref = Json.refName(node);
      if (ref != null) {
        String name = fromOther ? (same.containsKey(ref) ? same.get(ref) : "other:" + ref) : ref;
        ((ObjectNode) node).put("$ref", Json.ref(name));
      }
      return null;
    });
  }

  /** The shortest trailing words common to both names that no schema uses yet, or null. */
  static String commonName(String a, String b, Set<String> taken) {
    List<String> wa = Names.words(a);
    List<String> wb = Names.words(b);
    for (int k = 1; k <= Math.min(wa.size(), wb.size()); k++) {
      if (!wa.get(wa.size() - k).equals(wb.get(wb.size() - k))) {
        return null;
      }
      String candidate = Names.pascal(String.join(" ", wa.subList(wa.size() - k, wa.size())));
      if (!taken.contains(candidate)) {
        return candidate;
      }
    }
    return null;
  }

  private static String distinguishingWord(String documentName) {
    String stem = documentName.replaceAll("\\.[A-Za-z]+$", "");
    List<String> words = Names.words(stem);
    return words.isEmpty() ? "Other" : Names.pascal(words.get(words.size() - 1));
  }

  private static void mergeSecuritySchemes(ObjectNode base, ObjectNode other, String name) {
    JsonNode schemes = other.path("components").path("securitySchemes");
    if (!schemes.isObject()) {
      return;
    }
    ObjectNode components = (ObjectNode) base.get("components");
    ObjectNode target = components.has("securitySchemes") ? (ObjectNode) components.get("securitySchemes")
        : components.putObject("securitySchemes");
    for (String s : Json.fieldNames(schemes)) {
      if (target.has(s) && !target.get(s).equals(schemes.get(s))) {
        throw new DiagnosticException(Diagnostic.error("merge.conflict", Location.ofFile(name),
            "/components/securitySchemes/" + Json.escape(s), "security scheme '" + s + "' differs between the provider's documents",
            "give the schemes different names, or make them identical"));
      }
      target.set(s, schemes.get(s));
    }
  }

  private static void mergePaths(ObjectNode base, ObjectNode other, Input input, Report report) {
    ObjectNode paths = base.has("paths") ? (ObjectNode) base.get("paths") : base.putObject("paths");
    boolean sameServers = base.path("servers").equals(other.path("servers"));
    JsonNode otherPaths = other.path("paths");
    for (String path : Json.fieldNames(otherPaths)) {
      ObjectNode item = (ObjectNode) otherPaths.get(path);
      if (!sameServers && other.has("servers")) {
        item.set("servers", other.get("servers"));
        report.add(new ReportEntry(PASS, input.name(), Json.pointer("/paths", path), "document servers", "path servers",
            "the documents' servers differ; this path keeps its own"));
      }
      if (!paths.has(path)) {
        paths.set(path, item);
        continue;
      }
      ObjectNode existing = (ObjectNode) paths.get(path);
      for (String method : Json.fieldNames(item)) {
        if (existing.has(method)) {
          throw new DiagnosticException(Diagnostic.error("merge.conflict", Location.ofFile(input.name()),
              Json.pointer("/paths", path) + "/" + method, "operation " + method.toUpperCase(java.util.Locale.ROOT) + " " + path
                  + " is defined by more than one of the provider's documents",
              "remove it from all but one document"));
        }
        existing.set(method, item.get(method));
      }
    }
  }

  private static void mergeTags(ObjectNode base, ObjectNode other) {
    JsonNode tags = other.get("tags");
    if (tags == null || !tags.isArray() || tags.size() == 0) {
      return;
    }
    ArrayNode target = base.has("tags") && base.get("tags").isArray() ? (ArrayNode) base.get("tags") : base.putArray("tags");
    for (JsonNode t : tags) {
      boolean present = false;
      for (JsonNode existing : target) {
        present |= existing.path("name").equals(t.path("name"));
      }
      if (!present) {
        target.add(t);
      }
    }
  }
}
