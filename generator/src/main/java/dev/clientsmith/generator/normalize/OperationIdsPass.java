package dev.clientsmith.generator.normalize;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Gives every operation a Java-safe {@code operationId} and a resource-style address.
 *
 * <p>The address ({@code x-clientsmith-resource}, {@code x-clientsmith-method}): the literal
 * segments of the path are the resource chain ({@code /chat/completions -> chat.completions}); an
 * operation on {@code /} is placed on a resource named after its first tag, else {@code root}. The
 * method is the verb of a meaningful operationId where the HTTP method does not contradict it
 * ({@code modifyAssistant} on {@code POST /assistants/{id}} is {@code assistants.modify}), with
 * the usual synonyms read as the usual verbs ({@code getAssistant -> retrieve},
 * {@code send-chat-completion-request -> create}); otherwise the HTTP method's verb (POST creates,
 * GET lists when the response is a list and retrieves otherwise, PUT/PATCH update, DELETE
 * deletes). A last segment after a parameter that names an action ({@code POST
 * /fine-tunes/{id}/cancel}) is the method, not a resource: {@code fineTunes.cancel}. Two
 * operations at one address ({@code createThreadAndRun} and {@code createRun} on
 * {@code threads.runs.create}) are told apart: the one whose operationId names only its resources
 * keeps the verb, the others take their camel-cased operationId; each is reported.
 *
 * <p>The operationId: a missing one, or a namespace-qualified one
 * ({@code OxenApiWeb.Controllers.ModelController.get_model_response}, which names the server's
 * controller, not the operation), is derived from the address ({@code createChatCompletion}); a
 * meaningful one that is merely not an identifier ({@code send-chat-completion-request}) is
 * camel-cased. Ids are unique within the document.
 */
public final class OperationIdsPass implements Pass {
  public static final String RESOURCE = "x-clientsmith-resource";
  public static final String METHOD = "x-clientsmith-method";
  /**
   * What a streaming operation's second call appends to its method name ({@code create} streams as
   * {@code createStreaming}); a name chosen here must not meet another operation's streaming call.
   */
  public static final String STREAMING_SUFFIX = "Streaming";

  /** Verbs an operationId may start with that are kept as method names; synonyms map to the plain verbs. */
  private static final Set<String> VERBS = Set.of("modify", "cancel", "download", "upload", "archive", "unarchive", "submit",
      "complete", "search", "generate", "tokenize", "detokenize", "embed", "rerank", "classify", "moderate", "transcribe",
      "translate", "validate", "verify", "approve", "reject", "restore", "retry", "pause", "resume", "start", "stop", "count",
      "compute", "estimate", "preview", "publish", "copy", "clone", "move", "rename", "replace", "upsert", "revoke", "invite",
      "detach", "attach", "export", "import");
  private static final Map<String, Set<String>> SYNONYMS = Map.of(
      "create", Set.of("create", "send", "post", "make", "add", "new"),
      "retrieve", Set.of("get", "retrieve", "fetch", "read", "show", "describe"),
      "list", Set.of("list", "get", "fetch", "retrieve"),
      "update", Set.of("update", "put", "patch", "set", "edit"),
      "delete", Set.of("delete", "remove", "destroy"));
  private static final Set<String> READ_OR_DELETE = Set.of("get", "list", "retrieve", "fetch", "read", "show", "describe",
      "delete", "remove", "destroy");
  private static final List<String> PLAIN_VERBS = List.of("create", "retrieve", "list", "update", "delete");
  /** Verbs each HTTP method contradicts: GET never creates, POST never lists, DELETE never retrieves. */
  private static final Map<String, Set<String>> CONTRADICTED = Map.of(
      "get", Set.of("create", "send", "post", "make", "add", "new", "update", "put", "patch", "set", "edit", "modify", "delete",
          "remove", "destroy", "cancel", "submit", "upload", "archive", "unarchive", "upsert", "replace", "revoke", "invite"),
      "post", READ_OR_DELETE,
      "put", READ_OR_DELETE,
      "patch", READ_OR_DELETE,
      "delete", Set.of("create", "send", "post", "make", "add", "new", "get", "list", "retrieve", "fetch", "read", "show",
          "describe", "update", "put", "patch", "set", "edit", "modify", "download", "upload"));
  /** Words an operationId may add to its resources' names and still name only them ({@code createChatCompletionRequest}). */
  private static final Set<String> FILLER = Set.of("a", "an", "the", "new", "one", "all", "by", "id", "for", "of", "request",
      "response", "paginated");

  @Override
  public String id() {
    return "operation-ids";
  }

  @Override
  public String description() {
    return "Derives resource-style addresses (chat.completions / create) from paths, tags and operationIds, and gives"
        + " every operation a Java-safe operationId.";
  }

  /** What is decided for one operation before addresses are made unique. */
  private static final class Address {
    final ObjectNode op;
    final String ptr;
    final List<String> resource;
    final String verb;
    final String id;
    final boolean namesOnlyResources;
    String method;
    String why;

    Address(ObjectNode op, String ptr, List<String> resource, String verb, String id, boolean namesOnlyResources, String why) {
      this.op = op;
      this.ptr = ptr;
      this.resource = resource;
      this.verb = verb;
      this.method = verb;
      this.id = id;
      this.namesOnlyResources = namesOnlyResources;
      this.why = why;
    }
  }

  @Override
  public void apply(PassContext ctx) {
    ObjectNode doc = ctx.document();
    Set<String> used = new HashSet<>();
    List<Address> addresses = new ArrayList<>();
    Operations.forEach(doc, (op, ptr) -> {
      String id = op.path("operationId").asText(null);
      if (id != null && Names.isJavaIdentifier(id)) {
        used.add(id);
      }
      addresses.add(address(doc, op, ptr));
    });
    disambiguate(addresses);
    for (Address a : addresses) {
      ArrayNode chain = Json.NODES.arrayNode();
      a.resource.forEach(chain::add);
      a.op.set(RESOURCE, chain);
      a.op.put(METHOD, a.method);
      ctx.record(a.ptr, a.id == null ? "(none)" : "operationId " + a.id, String.join(".", a.resource) + "." + a.method, a.why);
      operationId(ctx, a, used);
    }
  }

  private static Address address(ObjectNode doc, ObjectNode op, String ptr) {
    String path = Operations.pathOf(ptr);
    String http = Operations.methodOf(ptr);
    List<String> segments = new ArrayList<>();
    for (String seg : path.split("/")) {
      if (!seg.isEmpty()) {
        segments.add(seg);
      }
    }
    List<String> resource = new ArrayList<>();
    for (String seg : segments) {
      if (!seg.startsWith("{")) {
        resource.add(Names.camel(seg));
      }
    }
    String rawId = op.path("operationId").asText(null);
    boolean meaningful = rawId != null && !rawId.isBlank() && !rawId.contains(".");
    List<String> idWords = meaningful ? Names.words(rawId) : List.of();
    String idVerb = idWords.isEmpty() ? null : idWords.get(0);
    String why = "resource-style address derived from the path and HTTP method";

    // POST /batches/{id}/cancel: the last segment is what is done to the batch, not a resource.
    int n = segments.size();
    if (http.equals("post") && n >= 2 && !segments.get(n - 1).startsWith("{") && segments.get(n - 2).startsWith("{")) {
      String action = Names.camel(segments.get(n - 1));
      List<String> actionWords = Names.words(segments.get(n - 1));
      if (!actionWords.isEmpty() && (actionWords.get(0).equals(idVerb) || (idVerb == null && VERBS.contains(actionWords.get(0))))
          && Names.isJavaIdentifier(action)) {
        resource.remove(resource.size() - 1);
        return new Address(op, ptr, resource, action, rawId, true, "the last path segment names an action on the resource");
      }
    }
    if (resource.isEmpty()) {
      JsonNode tag = op.path("tags").path(0);
      String named = tag.isTextual() ? Names.camel(tag.asText()) : "";
      resource.add(Names.isJavaIdentifier(named) ? named : "root");
      why = tag.isTextual() && Names.isJavaIdentifier(named)
          ? "an operation on '/' is placed on the resource of its first tag"
          : "an operation on '/' is placed on the resource 'root'";
    }
    String verb = httpVerb(doc, op, http, n > 0 && segments.get(n - 1).startsWith("{"));
    boolean namesOnly = idWords.size() <= 1 || namesOnly(idWords.subList(1, idWords.size()), resource);
    // An id that is just the last segment ({@code generate_stream} on /generate_stream) has no verb of its own.
    if (idVerb != null && !CONTRADICTED.getOrDefault(http, Set.of()).contains(idVerb)
        && !idWords.equals(Names.words(resource.get(resource.size() - 1)))) {
      if (SYNONYMS.getOrDefault(verb, Set.of()).contains(idVerb)) {
        return new Address(op, ptr, resource, verb, rawId, namesOnly, idVerb.equals(verb) ? why
            : why + "; the operationId's '" + idVerb + "' is the usual '" + verb + "'");
      }
      for (String plain : PLAIN_VERBS) {
        if (SYNONYMS.get(plain).contains(idVerb)) {
          return new Address(op, ptr, resource, plain, rawId, namesOnly, "the verb of the operationId, on the resource of the path");
        }
      }
      if (VERBS.contains(idVerb) && Names.isJavaIdentifier(idVerb)) {
        return new Address(op, ptr, resource, idVerb, rawId, namesOnly, "the verb of the operationId, on the resource of the path");
      }
    }
    return new Address(op, ptr, resource, verb, rawId, namesOnly, why);
  }

  /** Whether every word is a resource's (singular or plural) or a filler word. */
  private static boolean namesOnly(List<String> words, List<String> resource) {
    Set<String> known = new HashSet<>(FILLER);
    for (String r : resource) {
      for (String w : Names.words(r)) {
        known.add(w);
        known.add(Names.singular(w));
      }
    }
    return words.stream().allMatch(w -> known.contains(w) || known.contains(Names.singular(w)));
  }

  /** POST creates; GET lists when it answers a list and retrieves otherwise; PUT/PATCH update; DELETE deletes. */
  private static String httpVerb(ObjectNode doc, ObjectNode op, String http, boolean item) {
    switch (http) {
      case "post":
        return "create";
      case "get":
        return item || !answersList(doc, op) ? "retrieve" : "list";
      case "put":
      case "patch":
        return "update";
      case "delete":
        return "delete";
      default:
        return http;
    }
  }

  /**
   * Whether the first success response is a list: an array, or a page object ({@code object:
   * list}, or a {@code data} array). Without a JSON response nothing says it is a list
   * ({@code GET /health}); an operation without a success response lists, as its path suggests.
   */
  private static boolean answersList(ObjectNode doc, ObjectNode op) {
    JsonNode responses = op.path("responses");
    for (String code : Json.fieldNames(responses)) {
      if (!code.startsWith("2")) {
        continue;
      }
      JsonNode content = responses.get(code).path("content");
      JsonNode schema = content.path("application/json").path("schema");
      if (schema.isMissingNode()) {
        return false;
      }
      JsonNode s = Json.resolve(doc, schema);
      JsonNode props = s.path("properties");
      return "array".equals(Json.text(s, "type")) || "array".equals(Json.text(Json.resolve(doc, props.path("data")), "type"))
          || "list".equals(Json.singleEnumValue(props.path("object")));
    }
    return true;
  }

  /**
   * Operations sharing an address: the first whose operationId names only its resources keeps the
   * verb (else the first); the others take their camel-cased operationId, or the verb numbered.
   */
  private static void disambiguate(List<Address> addresses) {
    Map<String, List<Address>> byAddress = new LinkedHashMap<>();
    for (Address a : addresses) {
      byAddress.computeIfAbsent(String.join(".", a.resource) + "." + a.method, k -> new ArrayList<>()).add(a);
    }
    Set<String> taken = new HashSet<>(byAddress.keySet());
    for (List<Address> group : byAddress.values()) {
      if (group.size() < 2) {
        continue;
      }
      Address keeper = group.stream().filter(a -> a.namesOnlyResources).findFirst().orElse(group.get(0));
      for (Address a : group) {
        if (a == keeper) {
          continue;
        }
        String prefix = String.join(".", a.resource) + ".";
        String candidate = a.id != null && !a.id.contains(".") ? Names.camel(a.id) : a.method;
        if (!Names.isJavaIdentifier(candidate) || clashes(taken, prefix, candidate)) {
          String base = Names.isJavaIdentifier(candidate) ? candidate : a.method;
          candidate = base + 2;
          for (int n = 3; clashes(taken, prefix, candidate); n++) {
            candidate = base + n;
          }
        }
        taken.add(prefix + candidate);
        a.why = "'" + prefix + a.method + "' is also " + (keeper.id == null ? Operations.pathOf(keeper.ptr) : keeper.id)
            + "'s address; this one is named after its operationId";
        a.method = candidate;
      }
    }
  }

  /**
   * Whether {@code method} on the resource {@code prefix} would give a Java method another operation
   * already has: the same name, or either one's streaming call ({@code create} and an operation named
   * {@code createStreaming} both define {@code createStreaming(params)}). Whether an operation streams
   * is decided later, so every name reserves its streaming twin.
   */
  private static boolean clashes(Set<String> taken, String prefix, String method) {
    return taken.contains(prefix + method) || taken.contains(prefix + method + STREAMING_SUFFIX)
        || method.endsWith(STREAMING_SUFFIX)
            && taken.contains(prefix + method.substring(0, method.length() - STREAMING_SUFFIX.length()));
  }

  private static void operationId(PassContext ctx, Address a, Set<String> used) {
    ObjectNode op = a.op;
    String id = a.id;
    if (id != null && Names.isJavaIdentifier(id)) {
      return;
    }
    String derived;
    String reason;
    if (id == null || id.isBlank()) {
      derived = derive(a.verb, a.resource);
      reason = "the operation has no operationId; derived from its address";
    } else if (id.contains(".")) {
      derived = derive(a.verb, a.resource);
      reason = "a dotted operationId names the server's controller, not the operation; derived from its address";
    } else {
      derived = Names.camel(id);
      reason = "operationIds become Java method names in generated code";
    }
    if (derived.isEmpty()) {
      derived = derive(a.verb, a.resource); // an id of punctuation only ('---') gives no word
    }
    // An id starting with a digit ('2faCodes') stays invalid whatever number follows it, so the
    // search below would never end; it gets the underscore a property name would.
    if (!Character.isJavaIdentifierStart(derived.charAt(0))) {
      derived = "_" + derived;
    }
    if (!Names.isJavaIdentifier(derived) && Names.isJavaIdentifier(derived + "_")) {
      derived = derived + "_"; // a keyword ('new', 'class')
    }
    if (!Names.isJavaIdentifier(derived)) {
      derived = derive(a.verb, a.resource); // the search below only adds digits, which cannot mend it
    }
    String unique = derived;
    for (int n = 2; used.contains(unique) || !Names.isJavaIdentifier(unique); n++) {
      unique = derived + n;
    }
    used.add(unique);
    ctx.record(a.ptr + "/operationId", id == null ? "(absent)" : id, unique, reason);
    if (op.has("operationId")) {
      op.put("operationId", unique);
    } else {
      Json.insertAfter(op, op.has("description") ? "description" : "summary", "operationId", Json.NODES.textNode(unique));
    }
  }

  private static String derive(String verb, List<String> resource) {
    StringBuilder sb = new StringBuilder(verb);
    for (int i = 0; i < resource.size(); i++) {
      String word = i == resource.size() - 1 && !verb.equals("list") ? Names.singular(resource.get(i)) : resource.get(i);
      sb.append(Names.pascal(word));
    }
    return sb.toString();
  }
}
