package dev.clientsmith.generator.normalize;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.clientsmith.generator.diag.Diagnostic;
import dev.clientsmith.generator.diag.DiagnosticException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Moves the deployment prefix shared by every path into the servers' URLs, so that paths name only
 * resources ({@code /api/ai/chat/completions} with server {@code https://h} becomes
 * {@code /chat/completions} with server {@code https://h/api/ai}) and calls read
 * {@code client.chat().completions()}.
 *
 * <p>Inference: a leading path segment belongs to the base URL when it is a version
 * ({@code v1}) or when no operation's summary or tags mention it; the first segment they mention
 * starts the resource. (Descriptions are not used: they talk about "the API" in general.) At least
 * one segment always stays in the path. The provider configuration's {@code basePath} overrides
 * the inference.
 */
public final class BasePathPass implements Pass {
  private static final Pattern VERSION = Pattern.compile("v\\d+(\\.\\d+)*");

  @Override
  public String id() {
    return "base-path";
  }

  @Override
  public String description() {
    return "Moves the path prefix shared by all operations that no operation's summary or tags mention"
        + " (or a version segment) into the server URLs.";
  }

  @Override
  public void apply(PassContext ctx) {
    ObjectNode doc = ctx.document();
    JsonNode paths = doc.get("paths");
    if (paths == null || !paths.isObject() || paths.size() == 0) {
      return;
    }
    String base = ctx.overrides().basePath().orElseGet(() -> infer(doc));
    if (base.isEmpty() || base.equals("/")) {
      return;
    }
    String prefix = base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
    for (String path : Json.fieldNames(paths)) {
      if (!path.startsWith(prefix + "/")) {
        throw new DiagnosticException(Diagnostic.error("normalize.base-path", ctx.locate(Json.pointer("/paths", path)),
            Json.pointer("/paths", path), "path '" + path + "' does not start with the configured basePath '" + prefix + "'",
            "fix overrides.basePath in the provider configuration, or remove it to let it be inferred"));
      }
    }
    ObjectNode rebuilt = Json.NODES.objectNode();
    for (String path : Json.fieldNames(paths)) {
      String shortened = path.substring(prefix.length());
      rebuilt.set(shortened, paths.get(path));
      ctx.record(Json.pointer("/paths", path), path, shortened, "'" + prefix + "' is the deployment's base path, moved into the server URL");
    }
    ((ObjectNode) paths).removeAll();
    ((ObjectNode) paths).setAll(rebuilt);
    JsonNode servers = doc.get("servers");
    if (servers == null || !servers.isArray() || servers.size() == 0) {
      ctx.record("/servers", "(absent)", "[{\"url\":\"" + prefix + "\"}]", "the base path needs a server entry to live in");
      doc.putArray("servers").addObject().put("url", prefix);
      return;
    }
    for (int i = 0; i < servers.size(); i++) {
      ObjectNode server = (ObjectNode) servers.get(i);
      String url = Json.text(server, "url");
      String joined = (url == null ? "" : url.endsWith("/") ? url.substring(0, url.length() - 1) : url) + prefix;
      ctx.record("/servers/" + i + "/url", url, joined, "receives the base path moved out of the paths");
      server.put("url", joined);
    }
  }

  private static String infer(ObjectNode doc) {
    JsonNode paths = doc.get("paths");
    List<List<String>> segmentLists = new ArrayList<>();
    for (String path : Json.fieldNames(paths)) {
      List<String> segs = new ArrayList<>();
      for (String s : path.split("/")) {
        if (!s.isEmpty()) {
          segs.add(s);
        }
      }
      segmentLists.add(segs);
    }
    Map<String, Set<String>> wordsByOp = new LinkedHashMap<>();
    Operations.forEach(doc, (op, ptr) -> {
      Set<String> words = new HashSet<>();
      String summary = Json.text(op, "summary");
      if (summary != null) {
        Names.words(summary).forEach(w -> words.add(Names.singular(w)));
      }
      JsonNode tags = op.get("tags");
      if (tags != null && tags.isArray()) {
        tags.forEach(t -> Names.words(t.asText()).forEach(w -> words.add(Names.singular(w))));
      }
      wordsByOp.put(ptr, words);
    });
    Set<String> mentioned = new HashSet<>();
    wordsByOp.values().forEach(mentioned::addAll);
    StringBuilder base = new StringBuilder();
    int shortest = segmentLists.stream().mapToInt(List::size).min().orElse(0);
    for (int i = 0; i < shortest - 1; i++) {
      String seg = segmentLists.get(0).get(i);
      for (List<String> other : segmentLists) {
        if (!other.get(i).equals(seg)) {
          return base.toString();
        }
      }
      if (seg.startsWith("{")) {
        return base.toString();
      }
      boolean version = VERSION.matcher(seg).matches();
      boolean named = Names.words(seg).stream().anyMatch(w -> mentioned.contains(Names.singular(w)));
      if (!version && named) {
        break;
      }
      base.append('/').append(seg);
    }
    return base.toString();
  }
}
