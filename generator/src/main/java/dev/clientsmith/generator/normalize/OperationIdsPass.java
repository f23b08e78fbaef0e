package dev.clientsmith.generator.normalize;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Gives every operation a Java-safe {@code operationId} and a resource-style address.
 *
 * <p>The address ({@code x-clientsmith-resource}, {@code x-clientsmith-method}) comes from the
 * path and the HTTP method: the literal segments are the resource chain
 * ({@code /chat/completions -> chat.completions}), the method the verb (POST creates, GET lists a
 * collection or retrieves an item, PUT/PATCH update, DELETE deletes). Generated clients read
 * {@code client.chat().completions().create(..)}.
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

  @Override
  public String id() {
    return "operation-ids";
  }

  @Override
  public String description() {
    return "Derives resource-style addresses (chat.completions / create) from paths and gives every operation a"
        + " Java-safe operationId.";
  }

  @Override
  public void apply(PassContext ctx) {
    Set<String> used = new HashSet<>();
    Operations.forEach(ctx.document(), (op, ptr) -> {
      String id = op.path("operationId").asText(null);
      if (id != null && Names.isJavaIdentifier(id)) {
        used.add(id);
      }
    });
    Operations.forEach(ctx.document(), (op, ptr) -> {
      String path = Operations.pathOf(ptr);
      String method = Operations.methodOf(ptr);
      List<String> resource = new ArrayList<>();
      boolean endsWithParam = false;
      for (String seg : path.split("/")) {
        if (seg.isEmpty()) {
          continue;
        }
        endsWithParam = seg.startsWith("{");
        if (!endsWithParam) {
          resource.add(Names.camel(seg));
        }
      }
      String verb = verb(method, endsWithParam);
      ArrayNode chain = Json.NODES.arrayNode();
      resource.forEach(chain::add);
      op.set(RESOURCE, chain);
      op.put(METHOD, verb);
      ctx.record(ptr, "(none)", String.join(".", resource) + "." + verb, "resource-style address derived from the path and HTTP method");

      String id = op.path("operationId").asText(null);
      if (id != null && Names.isJavaIdentifier(id)) {
        return;
      }
      String derived;
      String reason;
      if (id == null || id.isBlank()) {
        derived = derive(verb, resource);
        reason = "the operation has no operationId; derived from its address";
      } else if (id.contains(".")) {
        derived = derive(verb, resource);
        reason = "a dotted operationId names the server's controller, not the operation; derived from its address";
      } else {
        derived = Names.camel(id);
        reason = "operationIds become Java method names in generated code";
      }
      String unique = derived;
      for (int n = 2; used.contains(unique) || !Names.isJavaIdentifier(unique); n++) {
        unique = derived + n;
      }
      used.add(unique);
      ctx.record(ptr + "/operationId", id == null ? "(absent)" : id, unique, reason);
      if (op.has("operationId")) {
        op.put("operationId", unique);
      } else {
        Json.insertAfter(op, op.has("description") ? "description" : "summary", "operationId", Json.NODES.textNode(unique));
      }
    });
  }

  private static String verb(String method, boolean item) {
    switch (method) {
      case "post":
        return "create";
      case "get":
        return item ? "retrieve" : "list";
      case "put":
      case "patch":
        return "update";
      case "delete":
        return "delete";
      default:
        return method;
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
