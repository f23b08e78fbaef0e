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
 *       carry a {@code delta} instead: the message's fields, none of them required, a
 *       {@code finish_reason} that is null until the last chunk, and {@code object:
 *       chat.completion.chunk};
 *   <li>any other response (text completions) streams chunks of the response's own shape.
 * </ul>
 *
 * The operation gets {@code x-clientsmith-stream-event} (the event schema) and
 * {@code x-clientsmith-stream-flag} (the request property that turns streaming on), and its 200
 * response a {@code text/event-stream} content with the event schema.
 */
public final class StreamEventsPass implements Pass {
  public static final String STREAM_EVENT = Renamer.STREAM_EVENT;
  public static final String STREAM_FLAG = "x-clientsmith-stream-flag";

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
    JsonNode choicesItems = response.path("properties").path("choices").path("items");
    JsonNode choice = Json.resolve(doc, choicesItems);
    if (!choice.path("properties").has("message")) {
      ctx.record(Json.schemaPointer(responseName), responseName, "stream event " + responseName,
          "no choices[].message: chunks have the response's own shape");
      return responseName;
    }
    StringBuilder base = new StringBuilder();
    JsonNode chain = op.get(OperationIdsPass.RESOURCE);
    if (chain != null) {
      for (int i = 0; i < chain.size(); i++) {
        base.append(Names.pascal(i == chain.size() - 1 ? Names.singular(chain.get(i).asText()) : chain.get(i).asText()));
      }
    }
    String chunkName = unique(schemas, base + "Chunk");
    String choiceName = unique(schemas, chunkName + "Choice");
    String deltaName = unique(schemas, choiceName + "Delta");

    ObjectNode delta = ((ObjectNode) Json.resolve(doc, choice.path("properties").path("message"))).deepCopy();
    delta.remove("required");
    stripOwnership(delta);
    delta.put("description", "The part of the message this chunk adds; every field is optional.");
    delta.put(Renamer.NESTED_IN, choiceName);
    delta.put(InlineSchemasPass.SIMPLE_NAME, "Delta");

    ObjectNode chunkChoice = ((ObjectNode) choice).deepCopy();
    stripOwnership(chunkChoice);
    ObjectNode choiceProps = (ObjectNode) chunkChoice.get("properties");
    Json.renameField(choiceProps, "message", "delta", Json.refNode(deltaName));
    JsonNode finish = choiceProps.get("finish_reason");
    if (finish instanceof ObjectNode f && !Nullability.admitsNull(doc, f)) {
      choiceProps.set("finish_reason", nullableVersion(doc, f));
    }
    JsonNode required = chunkChoice.get("required");
    if (required instanceof ArrayNode req) {
      for (int i = 0; i < req.size(); i++) {
        if (req.get(i).asText().equals("message") || req.get(i).asText().equals("finish_reason")) {
          req.remove(i--);
        }
      }
      if (req.isEmpty()) {
        chunkChoice.remove("required"); // OpenAPI 3.0 does not allow an empty list here
      }
    }
    chunkChoice.put(Renamer.NESTED_IN, chunkName);
    chunkChoice.put(InlineSchemasPass.SIMPLE_NAME, "Choice");

    ObjectNode chunk = ((ObjectNode) response).deepCopy();
    stripOwnership(chunk);
    chunk.put("description", "One server-sent event of a streamed " + responseName + " (derived: the document defines none).");
    ObjectNode props = (ObjectNode) chunk.get("properties");
    ObjectNode choices = ((ObjectNode) props.get("choices")).deepCopy();
    choices.set("items", Json.refNode(choiceName));
    props.set("choices", choices);
    JsonNode object = props.get("object");
    if (object != null && "chat.completion".equals(Json.singleEnumValue(object))) {
      ObjectNode o = ((ObjectNode) object).deepCopy();
      o.putArray("enum").add("chat.completion.chunk");
      props.set("object", o);
    }
    schemas.set(chunkName, chunk);
    schemas.set(choiceName, chunkChoice);
    schemas.set(deltaName, delta);
    ctx.record(Json.schemaPointer(chunkName), "(absent)", chunkName, "derived from " + responseName + " with choices[].delta");
    return chunkName;
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
