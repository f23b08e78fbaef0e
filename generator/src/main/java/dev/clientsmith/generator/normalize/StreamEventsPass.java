package dev.clientsmith.generator.normalize;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Derives the event type of streamed responses. Each document here accepts a {@code stream}
 * boolean, but none describes what is streamed, so this pass adds it, following the
 * OpenAI-compatible convention these APIs implement:
 *
 * <ul>
 *   <li>a chat response (its {@code choices[]} carry a {@code message}) streams chunks whose choices
 *       carry a {@code delta} instead: the message's fields, a {@code finish_reason} that is null
 *       until the last chunk, and {@code object: chat.completion.chunk}; the delta's
 *       {@code tool_calls} are fragments ({@code index}, {@code id}, {@code type},
 *       {@code function.name}, {@code function.arguments}), as OpenAI streams them;
 *   <li>any other response (text completions) streams chunks of the response's own shape.
 * </ul>
 *
 * Nothing in a chunk is required: providers leave out, chunk by chunk, what the whole response
 * always has (a usage-only last chunk has no choices, fragments have no id), and a reader must not
 * fail on them. The operation gets {@code x-clientsmith-stream-event} (the event schema) and
 * {@code x-clientsmith-stream-flag} (the request property that turns streaming on), its 200
 * response a {@code text/event-stream} content with the event schema, and the flag property
 * {@code x-clientsmith-set-by-call}: generated clients stream with their streaming call and never
 * otherwise, so their request builders have no such property.
 */
public final class StreamEventsPass implements Pass {
  public static final String STREAM_EVENT = Renamer.STREAM_EVENT;
  public static final String STREAM_FLAG = "x-clientsmith-stream-flag";
  /** On a request property the generated calls set themselves (the stream flag): builders leave it out. */
  public static final String SET_BY_CALL = "x-clientsmith-set-by-call";

  @Override
  public String id() {
    return "stream-events";
  }

  @Override
  public String description() {
    return "Derives the stream event schema (OpenAI-style chunk with choices[].delta, or the response shape) for"
        + " operations whose request has a stream flag.";
  }

  @Override
  public void apply(PassContext ctx) {
    ObjectNode doc = ctx.document();
    Operations.forEach(doc, (op, ptr) -> {
      if (op.has(STREAM_EVENT)) {
        return;
      }
      JsonNode requestSchema = Json.resolve(doc, op.path("requestBody").path("content").path("application/json").path("schema"));
      JsonNode flag = requestSchema.path("properties").path("stream");
      if (!"boolean".equals(Json.text(Json.resolve(doc, flag), "type"))) {
        return;
      }
      JsonNode ok = op.path("responses").path("200").path("content");
      String responseName = Json.refName(ok.path("application/json").path("schema"));
      if (responseName == null) {
        return;
      }
      String event = deriveEvent(ctx, op, responseName);
      markSetByCall(ctx, op, ptr);
      op.put(STREAM_FLAG, "stream");
      op.put(STREAM_EVENT, event);
      ObjectNode sse = Json.NODES.objectNode();
      sse.putObject("schema").put("$ref", Json.ref(event));
      ((ObjectNode) ok).set("text/event-stream", sse);
      ctx.record(ptr, "stream: boolean, no event schema", "events: " + event,
          "the request can ask for a stream, but the document does not say what is streamed");
    });
  }

  private String deriveEvent(PassContext ctx, ObjectNode op, String responseName) {
    ObjectNode doc = ctx.document();
    ObjectNode schemas = Json.schemasForWrite(doc);
    JsonNode response = Json.resolve(doc, Json.refNode(responseName));
    JsonNode choice = Json.resolve(doc, response.path("properties").path("choices").path("items"));
    if (!(choice instanceof ObjectNode) || !choice.path("properties").isObject()) {
      ctx.record(Json.schemaPointer(responseName), responseName, "stream event " + responseName,
          "no choices[] objects: chunks have the response's own shape");
      return responseName;
    }
    boolean chat = choice.path("properties").has("message");
    StringBuilder base = new StringBuilder();
    JsonNode chain = op.get(OperationIdsPass.RESOURCE);
    if (chain != null) {
      for (int i = 0; i < chain.size(); i++) {
        base.append(Names.pascal(i == chain.size() - 1 ? Names.singular(chain.get(i).asText()) : chain.get(i).asText()));
      }
    }
    String chunkName = unique(schemas, base + "Chunk");
    String choiceName = unique(schemas, chunkName + "Choice");

    ObjectNode chunkChoice = optionalCopy(choice);
    ObjectNode choiceProps = (ObjectNode) chunkChoice.get("properties");
    if (chat) {
      String deltaName = unique(schemas, choiceName + "Delta");
      ObjectNode delta = optionalCopy(Json.resolve(doc, choice.path("properties").path("message")));
      delta.put("description", "The part of the message this chunk adds; every field is optional.");
      nest(delta, choiceName, "Delta");
      deltaToolCalls(doc, schemas, delta, deltaName);
      schemas.set(deltaName, delta);
      Json.renameField(choiceProps, "message", "delta", Json.refNode(deltaName));
    }
    JsonNode finish = choiceProps.get("finish_reason");
    if (finish instanceof ObjectNode f && !Nullability.admitsNull(doc, f)) {
      choiceProps.set("finish_reason", nullableVersion(doc, f));
    }
    nest(chunkChoice, chunkName, "Choice");

    ObjectNode chunk = optionalCopy(response);
    chunk.put("description", "One server-sent event of a streamed " + responseName + " (derived: the document defines none).");
    ObjectNode props = (ObjectNode) chunk.get("properties");
    ObjectNode choices = ((ObjectNode) props.get("choices")).deepCopy();
    choices.set("items", Json.refNode(choiceName));
    props.set("choices", choices);
    JsonNode object = props.get("object");
    if (chat && object != null && "chat.completion".equals(Json.singleEnumValue(object))) {
      ObjectNode o = ((ObjectNode) object).deepCopy();
      o.putArray("enum").add("chat.completion.chunk");
      props.set("object", o);
    }
    schemas.set(chunkName, chunk);
    schemas.set(choiceName, chunkChoice);
    ctx.record(Json.schemaPointer(chunkName), "(absent)", chunkName, chat
        ? "derived from " + responseName + " with choices[].delta; nothing required, since chunks carry parts"
        : "derived from " + responseName + ": its shape with nothing required, since chunks carry parts");
    return chunkName;
  }

  /**
   * The delta's {@code tool_calls} are fragments of calls, not calls: OpenAI's chunk shape, with the
   * {@code index} that tells parallel calls apart and nothing required.
   */
  private static void deltaToolCalls(ObjectNode doc, ObjectNode schemas, ObjectNode delta, String deltaName) {
    JsonNode toolCalls = delta.path("properties").get("tool_calls");
    if (toolCalls == null || !"array".equals(Json.text(Json.resolve(doc, toolCalls), "type"))) {
      return;
    }
    String callName = unique(schemas, deltaName + "ToolCall");
    String functionName = unique(schemas, callName + "Function");
    ObjectNode function = Json.NODES.objectNode().put("type", "object")
        .put("description", "The function a tool-call fragment names, and a fragment of its arguments.");
    ObjectNode functionProps = function.putObject("properties");
    functionProps.putObject("name").put("type", "string").put("description", "The function's name (in the call's first fragment).");
    functionProps.putObject("arguments").put("type", "string").put("description", "A fragment of the arguments' JSON text.");
    nest(function, callName, "Function");
    ObjectNode call = Json.NODES.objectNode().put("type", "object")
        .put("description", "A fragment of a tool call: the first one names the call, the next ones add to its arguments.");
    ObjectNode callProps = call.putObject("properties");
    callProps.putObject("index").put("type", "integer").put("description", "Which of the message's tool calls this fragment belongs to.");
    callProps.putObject("id").put("type", "string");
    callProps.putObject("type").put("type", "string");
    callProps.set("function", Json.refNode(functionName));
    nest(call, deltaName, "ToolCall");
    ObjectNode list = Json.resolve(doc, toolCalls).deepCopy();
    list.set("items", Json.refNode(callName));
    ((ObjectNode) delta.get("properties")).set("tool_calls", list);
    schemas.set(callName, call);
    schemas.set(functionName, function);
  }

  /** A copy that belongs to no owner and requires nothing. */
  private static ObjectNode optionalCopy(JsonNode schema) {
    ObjectNode copy = ((ObjectNode) schema).deepCopy();
    copy.remove("required");
    stripOwnership(copy);
    return copy;
  }

  private static void nest(ObjectNode schema, String owner, String simpleName) {
    schema.put(Renamer.NESTED_IN, owner);
    schema.put(InlineSchemasPass.SIMPLE_NAME, simpleName);
  }

  /** The call decides whether to stream, so the flag is marked as the call's, once per request schema. */
  private static void markSetByCall(PassContext ctx, ObjectNode op, String ptr) {
    JsonNode schema = op.path("requestBody").path("content").path("application/json").path("schema");
    String name = Json.refName(schema);
    JsonNode resolved = Json.resolve(ctx.document(), schema);
    if (!(resolved.path("properties").get("stream") instanceof ObjectNode flag) || flag.has(SET_BY_CALL)) {
      return;
    }
    flag.put(SET_BY_CALL, true);
    String at = name != null ? Json.schemaPointer(name)
        : Json.pointer(Json.pointer(Json.pointer(Json.pointer(ptr, "requestBody"), "content"), "application/json"), "schema");
    ctx.record(Json.pointer(Json.pointer(at, "properties"), "stream"), "stream: boolean", "set by the call",
        "create() never streams and createStreaming() always does, so request builders have no stream property");
  }

  private static JsonNode nullableVersion(ObjectNode doc, ObjectNode schema) {
    String target = Json.refName(schema);
    ObjectNode copy = ((ObjectNode) Json.resolve(doc, schema)).deepCopy();
    Nullability.makeNullable(doc, copy);
    if (target != null) {
      copy.put(Renamer.SAME_TYPE_AS, target);
    }
    return copy;
  }

  private static void stripOwnership(ObjectNode schema) {
    schema.remove(Renamer.NESTED_IN);
    schema.remove(InlineSchemasPass.SIMPLE_NAME);
  }

  private static String unique(ObjectNode schemas, String name) {
    String candidate = name;
    for (int n = 2; schemas.has(candidate); n++) {
      candidate = name + n;
    }
    return candidate;
  }
}
