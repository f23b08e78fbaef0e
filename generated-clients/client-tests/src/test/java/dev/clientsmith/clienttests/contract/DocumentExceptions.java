package dev.clientsmith.clienttests.contract;

import com.atlassian.oai.validator.report.ValidationReport;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The only validator messages the contract tests forgive, each a place where the original document,
 * read literally by a JSON Schema validator, says something other than what it plainly means. Each
 * is narrow: it applies to one message kind, checks the document at the reported schema pointer,
 * and is counted per provider (see {@code CONFORMANCE.md}). Everything else the validator reports
 * fails the test.
 *
 * <ol>
 *   <li>{@link #NULLABLE_WITHOUT_TYPE}: an explicit {@code null} sent for a property whose schema is
 *       {@code {nullable: true, oneOf: [...]}} without a {@code type}. The document states that null
 *       is allowed; OpenAPI 3.0.3 says {@code nullable} only takes effect next to {@code type}, and
 *       the validator follows that letter and rejects the null against every branch.
 *   <li>{@link #OVERLAPPING_ONE_OF}: a value that matches more than one branch of a {@code oneOf}
 *       whose branches overlap by construction: two identical branches (Interactive AI's price:
 *       {@code number | string | number}), or a string {@code enum} next to a plain {@code string}
 *       (Interactive AI's provider names: "a known name or any string"). Every number, or every known
 *       name, then matches two branches, which {@code oneOf} forbids; the authors plainly mean
 *       "any of". The value must still match at least two branches, so it is valid for one of them.
 *   <li>{@link #DISCRIMINATOR_WITHOUT_MAPPING}: Interactive AI's content items
 *       ({@code ChatMessageContentItem}) are a {@code oneOf} of INLINE objects with
 *       {@code discriminator: {propertyName: type}} and no {@code mapping}. OpenAPI then takes the
 *       value of {@code type} as the name of a component ({@code #/components/schemas/text}), which
 *       does not exist: no value can ever pass, and the validator reports "not the name of a valid
 *       definition" instead of checking the branches. The message is forgiven only when the item
 *       matches exactly one of the inline branches, checked here strictly (types, enums, required
 *       and no undeclared property, recursively), and there is no component of that name.
 *   <li>A {@code oneOf} that no branch matched is forgiven only when, for one of its branches, every
 *       reason the validator gives is itself forgiven by the two rules above (this is how the two
 *       rules reach values nested in a {@code nullable} one-branch wrapper).
 * </ol>
 */
final class DocumentExceptions {

  static final String NULLABLE_WITHOUT_TYPE = "nullable-without-type";
  static final String OVERLAPPING_ONE_OF = "overlapping-oneOf";
  static final String DISCRIMINATOR_WITHOUT_MAPPING = "discriminator-without-mapping";

  private static final String ONE_OF_KEY = "validation.request.body.schema.oneOf";
  private static final String DISCRIMINATOR_KEY = "validation.request.body.schema.discriminator";
  private static final String COMPONENTS = "/components/schemas/";
  private static final Pattern MATCHED = Pattern.compile("matched (\\d+) out of (\\d+)");

  private final JsonNode document;
  private final JsonNode bodySchema;
  private final JsonNode body;
  /** Per instance pointer: whether its discriminator message was forgiven (the validator follows it with a second one). */
  private final Map<String, Boolean> discriminatorOutcome = new HashMap<>();

  /**
   * @param document the original document
   * @param bodySchema the operation's request body schema in it
   * @param body the body that was sent
   */
  DocumentExceptions(JsonNode document, JsonNode bodySchema, JsonNode body) {
    this.document = document;
    this.bodySchema = bodySchema;
    this.body = body;
  }

  /**
   * The rules that forgive {@code message} (every rule used on the way), or empty when it is not
   * forgiven.
   */
  Optional<List<String>> forgive(ValidationReport.Message message) {
    List<String> used = new ArrayList<>();
    return forgive(message, used) ? Optional.of(used) : Optional.empty();
  }

  private boolean forgive(ValidationReport.Message message, List<String> used) {
    if (bodySchema != null && DISCRIMINATOR_KEY.equals(message.getKey())) {
      return forgiveDiscriminator(message, used);
    }
    if (bodySchema == null || !ONE_OF_KEY.equals(message.getKey())) {
      return false;
    }
    Optional<ValidationReport.MessageContext.Pointers> pointers =
        message.getContext().flatMap(ValidationReport.MessageContext::getPointers);
    if (pointers.isEmpty()) {
      return false;
    }
    String schemaPointer = pointers.get().getSchema();
    JsonNode schema = Schemas.at(document, bodySchema, schemaPointer);
    JsonNode instance = body.at(pointers.get().getInstance());
    if (schema.isMissingNode() || instance.isMissingNode()) {
      return false;
    }
    if (instance.isNull() && schema.path("nullable").asBoolean(false) && !schema.has("type")) {
      used.add(NULLABLE_WITHOUT_TYPE);
      return true;
    }
    Matcher matched = MATCHED.matcher(message.getMessage());
    if (!matched.find()) {
      return false;
    }
    int matches = Integer.parseInt(matched.group(1));
    int branches = Integer.parseInt(matched.group(2));
    if (matches >= 2) {
      if (overlapping(Schemas.branches(schema))) {
        used.add(OVERLAPPING_ONE_OF);
        return true;
      }
      return false;
    }
    for (int i = 0; i < branches; i++) {
      String prefix = schemaPointer + "/oneOf/" + i;
      List<ValidationReport.Message> reasons = new ArrayList<>();
      for (ValidationReport.Message nested : message.getNestedMessages()) {
        String nestedSchema = nested.getContext().flatMap(ValidationReport.MessageContext::getPointers)
            .map(ValidationReport.MessageContext.Pointers::getSchema).orElse("");
        if (nestedSchema.equals(prefix) || nestedSchema.startsWith(prefix + "/")) {
          reasons.add(nested);
        }
      }
      List<String> branchUsed = new ArrayList<>();
      boolean all = !reasons.isEmpty();
      for (ValidationReport.Message reason : reasons) {
        all &= forgive(reason, branchUsed);
      }
      if (all) {
        used.addAll(branchUsed);
        return true;
      }
    }
    return false;
  }

  private boolean forgiveDiscriminator(ValidationReport.Message message, List<String> used) {
    Optional<ValidationReport.MessageContext.Pointers> pointers =
        message.getContext().flatMap(ValidationReport.MessageContext::getPointers);
    if (pointers.isEmpty()) {
      return false;
    }
    String instancePointer = pointers.get().getInstance();
    String schemaPointer = pointers.get().getSchema();
    boolean forgiven;
    if (schemaPointer.startsWith(COMPONENTS)) {
      // The second message: "Could not find any schema spec for type '/components/schemas/<value>'".
      forgiven = document.at(schemaPointer).isMissingNode()
          && Boolean.TRUE.equals(discriminatorOutcome.get(instancePointer));
    } else {
      JsonNode schema = Schemas.at(document, bodySchema, schemaPointer);
      JsonNode instance = body.at(instancePointer);
      JsonNode discriminator = schema.path("discriminator");
      List<JsonNode> branches = Schemas.branches(schema);
      boolean inline = !branches.isEmpty() && branches.stream().noneMatch(b -> b.has("$ref"));
      String value = instance.path(discriminator.path("propertyName").asText()).asText("");
      long fitting = branches.stream().filter(b -> Schemas.fitsStrictly(document, b, instance)).count();
      forgiven = discriminator.isObject() && !discriminator.has("mapping") && inline && fitting == 1
          && document.path("components").path("schemas").path(value).isMissingNode();
      discriminatorOutcome.put(instancePointer, forgiven);
    }
    if (forgiven) {
      used.add(DISCRIMINATOR_WITHOUT_MAPPING);
    }
    return forgiven;
  }

  /** Two identical branches, or a string enum next to an unconstrained string. */
  private boolean overlapping(List<JsonNode> branches) {
    List<JsonNode> resolved = new ArrayList<>();
    for (JsonNode branch : branches) {
      resolved.add(withoutDescription(Schemas.resolve(document, branch)));
    }
    for (int i = 0; i < resolved.size(); i++) {
      for (int j = 0; j < resolved.size(); j++) {
        if (i == j) {
          continue;
        }
        JsonNode a = resolved.get(i);
        JsonNode b = resolved.get(j);
        if (i < j && a.equals(b)) {
          return true;
        }
        boolean stringEnum = "string".equals(a.path("type").asText()) && a.has("enum");
        boolean anyString = "string".equals(b.path("type").asText()) && b.size() == 1;
        if (stringEnum && anyString) {
          return true;
        }
      }
    }
    return false;
  }

  private static JsonNode withoutDescription(JsonNode schema) {
    if (!schema.isObject() || !schema.has("description")) {
      return schema;
    }
    com.fasterxml.jackson.databind.node.ObjectNode copy = schema.deepCopy();
    copy.remove("description");
    return copy;
  }
}
