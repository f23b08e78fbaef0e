package dev.clientsmith.generator.model;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.clientsmith.generator.config.ProviderConfig;
import dev.clientsmith.generator.model.TypeDef.AliasType;
import dev.clientsmith.generator.model.TypeDef.EnumType;
import dev.clientsmith.generator.model.TypeDef.EnumValue;
import dev.clientsmith.generator.model.TypeDef.ObjectType;
import dev.clientsmith.generator.model.TypeDef.UnionType;
import dev.clientsmith.generator.model.TypeDef.Usage;
import dev.clientsmith.generator.model.TypeDef.Variant;
import dev.clientsmith.generator.model.TypeRef.PrimitiveKind;
import dev.clientsmith.generator.normalize.EnumBranchesPass;
import dev.clientsmith.generator.normalize.InlineSchemasPass;
import dev.clientsmith.generator.normalize.Json;
import dev.clientsmith.generator.normalize.Names;
import dev.clientsmith.generator.normalize.Nullability;
import dev.clientsmith.generator.normalize.OperationIdsPass;
import dev.clientsmith.generator.normalize.Renamer;
import dev.clientsmith.generator.normalize.Report;
import dev.clientsmith.generator.normalize.ReportEntry;
import dev.clientsmith.generator.normalize.Operations;
import dev.clientsmith.generator.normalize.StreamEventsPass;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * Builds the {@link ApiModel} from a normalised document. Everything it relies on was made explicit
 * by normalisation (names, nesting, nullability in typed form, discriminators, stream events), so
 * this stage only maps shapes to model types and decides Java names:
 *
 * <ul>
 *   <li>objects become {@link ObjectType}s, {@code oneOf}/{@code anyOf} {@link UnionType}s (a
 *       null-only member makes the <em>use</em> nullable, it is not a variant), enums and
 *       {@code x-extensible-enum}s {@link EnumType}s, anything else named an {@link AliasType}
 *       (references to an alias use its target directly);
 *   <li>an enum with a single value on an object property is a constant ({@code role: system});
 *   <li>inline enums and unions on properties become types nested in their owner, named after the
 *       property;
 *   <li>{@code integer} without a format is a 64-bit integer, {@code number} a double: the
 *       document's types are kept, so any value it allows fits.
 * </ul>
 */
public final class ModelBuilder {
  /**
   * Names generated model classes use for their own members; a property with one of these names
   * gets {@code Value} appended ({@code builder -> builderValue}).
   */
  static final Set<String> RESERVED_MEMBERS = Set.of("additionalProperties", "builder", "toBuilder", "build", "buildFromJson",
      "putAdditionalProperty", "equals", "hashCode", "toString", "getClass", "notify", "notifyAll", "wait", "clone", "finalize");

  private final ObjectNode doc;
  private final ObjectNode schemas;
  private final Map<String, TypeDef> types = new LinkedHashMap<>();
  /** Java simple name of each type, known from the moment its definition starts. */
  private final Map<String, String> simpleNames = new HashMap<>();

  /** Where two names of the document became one Java name, recorded for the report (see {@link #numbered}). */
  private final Report report;
  private final String document;

  private ModelBuilder(ObjectNode doc, Report report, String document) {
    this.doc = doc;
    this.schemas = Json.schemas(doc);
    this.report = report;
    this.document = document;
  }

  public static ApiModel build(ProviderConfig provider, ObjectNode normalized) {
    return build(provider, normalized, new Report(), "");
  }

  /**
   * The model, recording in {@code report} (under {@code java-names}, as read from {@code document})
   * each property or enum constant whose Java name had to be numbered because another name of the
   * same type gives it too ({@code user_id} and {@code user-id}, {@code auto} and {@code AUTO}).
   */
  public static ApiModel build(ProviderConfig provider, ObjectNode normalized, Report report, String document) {
    return new ModelBuilder(normalized, report, document).build(provider);
  }

  /**
   * The pointer of a member of the type from {@code origin}: a component's is exact; an inline type's
   * origin names only the component it is nested in ({@code #/components/schemas/A#Simple}), so its
   * members are reported at that component.
   */
  private static String memberPointer(String origin, String member) {
    int nested = origin.indexOf('#', 1);
    return nested < 0 ? origin.substring(1) + member : origin.substring(1, nested);
  }

  /** Records that {@code json} is {@code javaName} in Java because {@code wanted} was taken (by {@code first}, if known). */
  private void numbered(String pointer, String json, String wanted, String javaName, String first) {
    if (javaName.equals(wanted)) {
      return;
    }
    report.add(new ReportEntry("java-names", document, pointer, json, javaName, first != null
        ? "'" + first + "' and '" + json + "' both give the Java name " + wanted + "; the later one is numbered"
        : wanted + " is already a member of the generated class; numbered"));
  }

  private ApiModel build(ProviderConfig provider) {
    for (String name : Json.fieldNames(schemas)) {
      defineComponent(name, (ObjectNode) schemas.get(name));
    }
    ApiModel.Auth auth = auth(provider.apiKeyEnv());
    List<Operation> operations = operations(auth);
    Map<String, TypeDef> withUsage = markUsage(operations);
    return new ApiModel(provider.id(), provider.displayName(), provider.javaPackage(), provider.clientName(),
        provider.apiKeyEnv(), text(doc.path("info"), "description"), servers(), auth, operations, new TreeMap<>(withUsage));
  }

  // ---- types ----------------------------------------------------------------------------------

  private void defineComponent(String name, ObjectNode s) {
    String simple = Optional.ofNullable(Json.text(s, InlineSchemasPass.SIMPLE_NAME)).orElse(name);
    Optional<String> nestedIn = Optional.ofNullable(Json.text(s, InlineSchemasPass.NESTED_IN));
    define(name, simple, nestedIn, Json.ref(name), s);
  }

  private void define(String name, String simple, Optional<String> nestedIn, String origin, ObjectNode s) {
    simpleNames.put(name, simple);
    Optional<String> description = text(s, "description");
    if (s.has("oneOf") || s.has("anyOf")) {
      types.put(name, union(name, simple, nestedIn, origin, description, s));
    } else if (isEnum(s)) {
      types.put(name, enumType(name, simple, nestedIn, origin, description, s));
    } else if (isObject(s)) {
      types.put(name, object(name, simple, nestedIn, origin, description, s));
    } else {
      types.put(name, new AliasType(name, simple, nestedIn, origin, description, Usage.NONE, ref(s, name, "Value")));
    }
  }

  private ObjectType object(String name, String simple, Optional<String> nestedIn, String origin, Optional<String> description, ObjectNode s) {
    Set<String> required = new HashSet<>();
    s.path("required").forEach(r -> required.add(r.asText()));
    List<Property> properties = new ArrayList<>();
    Set<String> javaNames = new HashSet<>(RESERVED_MEMBERS);
    Map<String, String> jsonByJava = new HashMap<>();
    JsonNode props = s.path("properties");
    for (String p : Json.fieldNames(props)) {
      ObjectNode ps = (ObjectNode) props.get(p);
      if (ps.has(StreamEventsPass.SET_BY_CALL)) {
        continue; // the stream flag: the generated calls set it, a request builder offers no way to
      }
      String candidate = javaName(p);
      String wanted = RESERVED_MEMBERS.contains(candidate) ? candidate + "Value" : candidate;
      String javaName = unique(wanted, javaNames);
      numbered(memberPointer(origin, "/properties/" + Json.escape(p)), p, wanted, javaName, jsonByJava.get(wanted));
      jsonByJava.putIfAbsent(javaName, p);
      Optional<String> constant = Optional.empty();
      TypeRef type;
      List<JsonNode> values = enumValues(ps);
      if (ps.has("enum") && values.size() == 1 && values.get(0).isTextual()) {
        constant = Optional.of(values.get(0).asText());
        type = TypeRef.of(PrimitiveKind.STRING);
      } else {
        type = ref(ps, name, Names.pascal(p));
      }
      boolean nullable = Nullability.admitsNull(doc, ps);
      if (nullable) {
        javaNames.add(javaName + "Field"); // its three-state accessor
      }
      properties.add(new Property(p, javaName, type, required.contains(p), nullable, text(ps, "description"), constant,
          Optional.ofNullable(ps.get("default"))));
    }
    JsonNode ap = s.get("additionalProperties");
    boolean closed = ap != null && ap.isBoolean() && !ap.asBoolean();
    Optional<TypeRef> additional = Optional.empty();
    if (ap != null && ap.isObject() && ap.size() > 0) {
      additional = Optional.of(ref((ObjectNode) ap, name, "Value"));
    }
    return new ObjectType(name, simple, nestedIn, origin, description, Usage.NONE, properties, closed, additional);
  }

  private EnumType enumType(String name, String simple, Optional<String> nestedIn, String origin, Optional<String> description, ObjectNode s) {
    List<EnumValue> values = new ArrayList<>();
    Set<String> javaNames = new HashSet<>();
    Map<String, String> jsonByJava = new HashMap<>();
    List<JsonNode> listed = enumValues(s);
    for (int i = 0; i < listed.size(); i++) {
      String value = listed.get(i).asText();
      String wanted = constantName(value);
      String javaName = unique(wanted, javaNames);
      numbered(memberPointer(origin, "/enum/" + i), value, wanted, javaName, jsonByJava.get(wanted));
      jsonByJava.putIfAbsent(javaName, value);
      values.add(new EnumValue(value, javaName));
    }
    PrimitiveKind kind = "integer".equals(Json.text(s, "type")) ? PrimitiveKind.INT64 : PrimitiveKind.STRING;
    return new EnumType(name, simple, nestedIn, origin, description, Usage.NONE, kind, values, s.has(EnumBranchesPass.EXTENSIBLE_ENUM));
  }

  private UnionType union(String name, String simple, Optional<String> nestedIn, String origin, Optional<String> description, ObjectNode s) {
    JsonNode members = s.has("oneOf") ? s.get("oneOf") : s.get("anyOf");
    Optional<String> discriminator = Optional.ofNullable(s.path("discriminator").path("propertyName").asText(null));
    List<ObjectNode> kept = new ArrayList<>();
    List<Integer> positions = new ArrayList<>();
    int index = 0;
    for (JsonNode m : members) {
      index++;
      if (!Nullability.isNullMember(m)) {
        kept.add((ObjectNode) m);
        positions.add(index);
      }
    }
    List<List<String>> values = discriminator.map(d -> discriminatorValues(s, d, kept)).orElse(null);
    if (values == null) {
      discriminator = Optional.empty(); // no usable discriminator: variants are told apart by shape
    }
    List<Variant> variants = new ArrayList<>();
    Set<String> javaNames = new HashSet<>();
    for (int i = 0; i < kept.size(); i++) {
      ObjectNode member = kept.get(i);
      TypeRef type = isEnum(member) && Json.refName(member) == null && !member.has(Renamer.SAME_TYPE_AS)
          ? nested(name, literalHint(member), member)
          : ref(member, name, "Variant" + positions.get(i));
      List<String> selectors = values == null ? List.of() : values.get(i);
      String javaName = selectors.isEmpty() ? variantName(type) : Names.pascal(selectors.get(0));
      variants.add(new Variant(unique(javaName.isEmpty() ? "Value" : javaName, javaNames), type, selectors));
    }
    return new UnionType(name, simple, nestedIn, origin, description, Usage.NONE, variants, discriminator);
  }

  /**
   * For each member, the discriminator values that select it: the declared mapping's entries for it,
   * else the member's enum values for the property. Null when that does not tell every member apart
   * (a member without a value, or a value shared by two), so the union is read by shape instead;
   * normalisation reports such discriminators and removes them, so this only guards skipped passes.
   */
  private List<List<String>> discriminatorValues(ObjectNode union, String property, List<ObjectNode> members) {
    JsonNode mapping = union.path("discriminator").path("mapping");
    Set<String> seen = new HashSet<>();
    List<List<String>> out = new ArrayList<>();
    for (ObjectNode m : members) {
      List<String> values = new ArrayList<>();
      String target = Json.refName(m);
      for (String value : Json.fieldNames(mapping)) {
        String mapped = mapping.get(value).asText();
        if (target != null && (mapped.equals(Json.ref(target)) || mapped.equals(target))) {
          values.add(value);
        }
      }
      if (mapping.isMissingNode()) {
        Json.resolve(doc, m).path("properties").path(property).path("enum").forEach(v -> {
          if (v.isTextual()) {
            values.add(v.asText());
          }
        });
      }
      if (values.isEmpty() || !values.stream().allMatch(seen::add)) {
        return null;
      }
      out.add(values);
    }
    return out;
  }

  /** Simple name of an inline enum member of a union: {@code Literal} for strings, else after its type. */
  private static String literalHint(ObjectNode member) {
    String type = Json.text(member, "type");
    return type == null || type.equals("string") ? "Literal" : Names.pascal(type) + "Literal";
  }

  /** The type of a schema used somewhere inside {@code owner}; inline enums and unions become nested types. */
  private TypeRef ref(ObjectNode s, String owner, String hint) {
    String sameType = Json.text(s, Renamer.SAME_TYPE_AS);
    if (sameType != null) {
      return named(sameType);
    }
    String target = Json.refName(s);
    if (target != null) {
      return named(target);
    }
    if (s.has("oneOf") || s.has("anyOf") || isEnum(s) || (isObject(s) && s.path("properties").size() > 0)) {
      return nested(owner, hint, s);
    }
    String type = Json.text(s, "type");
    String format = Optional.ofNullable(Json.text(s, "format")).orElse("");
    if (type == null) {
      return TypeRef.of(PrimitiveKind.JSON);
    }
    switch (type) {
      case "string":
        if (format.equals("binary")) {
          return TypeRef.of(PrimitiveKind.BINARY);
        }
        return TypeRef.of(format.equals("uuid") ? PrimitiveKind.UUID : PrimitiveKind.STRING);
      case "integer":
        return TypeRef.of(format.equals("int32") ? PrimitiveKind.INT32 : PrimitiveKind.INT64);
      case "number":
        return TypeRef.of(format.equals("float") ? PrimitiveKind.FLOAT : PrimitiveKind.DOUBLE);
      case "boolean":
        return TypeRef.of(PrimitiveKind.BOOLEAN);
      case "array":
        JsonNode items = s.get("items");
        return new TypeRef.ListOf(items instanceof ObjectNode o ? ref(o, owner, Names.singular(hint)) : TypeRef.of(PrimitiveKind.JSON));
      case "object":
        JsonNode ap = s.get("additionalProperties");
        if (ap instanceof ObjectNode o && o.size() > 0) {
          return new TypeRef.MapOf(ref(o, owner, hint + "Value"));
        }
        return TypeRef.of(PrimitiveKind.JSON);
      default:
        return TypeRef.of(PrimitiveKind.JSON);
    }
  }

  private TypeRef nested(String owner, String simpleHint, ObjectNode s) {
    String ownerSimple = simpleNames.getOrDefault(owner, owner);
    String base = simpleHint.equals(ownerSimple) ? simpleHint + "Value" : simpleHint;
    String simple = base;
    for (int n = 2; types.containsKey(owner + simple) || schemas.has(owner + simple); n++) {
      simple = base + n;
    }
    String name = owner + simple;
    types.put(name, null); // reserve the name before nested types of this one are defined
    // Inline schemas of parameters and bodies have an operation, not a type, as owner, and an alias
    // ({@code ChoicesData: {type: array}}) generates no class: what they hold is top-level.
    boolean nest = generatesClass(owner);
    define(name, nest ? simple : name, nest ? Optional.of(owner) : Optional.empty(), Json.ref(owner) + "#" + simple, s);
    return new TypeRef.Named(name);
  }

  /** Whether model type {@code name} becomes a Java class that other types can be nested in. */
  private boolean generatesClass(String name) {
    JsonNode component = schemas.get(name);
    if (component != null) {
      return component.has("oneOf") || component.has("anyOf") || isEnum(component) || isObject(component);
    }
    // Types nested() defines are enums, unions or objects; the entry is null while it is being defined.
    return types.containsKey(name) && !(types.get(name) instanceof AliasType);
  }

  private TypeRef named(String target) {
    JsonNode s = schemas.get(target);
    // A reference with siblings ({$ref: Part, x-oaiExpandable: true}) is that reference; a chain of
    // such components is followed to its end, and a cycle of them stays a named (JSON) alias.
    Set<String> seen = new HashSet<>();
    while (s != null && Json.refName(s) != null && seen.add(target) && schemas.has(Json.refName(s))) {
      target = Json.refName(s);
      s = schemas.get(target);
    }
    if (s != null && !(s.has("oneOf") || s.has("anyOf") || isEnum(s) || isObject(s)) && !s.has("$ref")) {
      // An alias: generated code uses what it stands for ({@code ModelName} is a String).
      return ref((ObjectNode) s, target, "Value");
    }
    return new TypeRef.Named(target);
  }

  private String variantName(TypeRef type) {
    if (type instanceof TypeRef.Named n) {
      // A component defined later than the union still has its simple name in the document.
      JsonNode component = schemas.get(n.name());
      String declared = component == null ? null : Json.text(component, InlineSchemasPass.SIMPLE_NAME);
      return simpleNames.getOrDefault(n.name(), declared == null ? n.name() : declared);
    }
    if (type instanceof TypeRef.ListOf l) {
      return variantName(l.element()).replaceAll("s?$", "") + (l.element() instanceof TypeRef.ListOf ? "Lists" : "s");
    }
    if (type instanceof TypeRef.MapOf m) {
      return variantName(m.value()) + "Map";
    }
    PrimitiveKind kind = ((TypeRef.Primitive) type).kind();
    switch (kind) {
      case STRING:
        return "String";
      case INT32:
      case INT64:
        return "Integer";
      case DOUBLE:
      case FLOAT:
        return "Number";
      case BOOLEAN:
        return "Boolean";
      case UUID:
        return "Uuid";
      case BINARY:
        return "File";
      default:
        return "Json";
    }
  }

  // ---- operations, servers, auth ----------------------------------------------------------------

  private List<Operation> operations(ApiModel.Auth auth) {
    List<Operation> out = new ArrayList<>();
    Operations.forEach(doc, (op, ptr) -> {
      String id = op.path("operationId").asText();
      List<String> resource = new ArrayList<>();
      op.path(OperationIdsPass.RESOURCE).forEach(r -> resource.add(r.asText()));
      String method = op.path(OperationIdsPass.METHOD).asText(Operations.methodOf(ptr));
      List<Operation.Parameter> params = new ArrayList<>();
      Set<String> javaNames = new HashSet<>();
      JsonNode pathItem = doc.path("paths").path(Operations.pathOf(ptr));
      List<JsonNode> declared = new ArrayList<>();
      pathItem.path("parameters").forEach(declared::add);
      op.path("parameters").forEach(declared::add);
      for (JsonNode p : declared) {
        JsonNode param = resolveParameter(p);
        String name = param.path("name").asText();
        Operation.Location in = Operation.Location.valueOf(param.path("in").asText("query").toUpperCase(Locale.ROOT));
        ObjectNode ps = param.get("schema") instanceof ObjectNode o ? o : Json.NODES.objectNode();
        // OpenAPI's default for query parameters is style form with explode: each array element repeated.
        boolean explode = param.path("explode").asBoolean(param.path("style").asText("form").equals("form"));
        params.add(new Operation.Parameter(name, unique(parameterName(name), javaNames), in,
            ref(ps, Names.pascal(id), Names.pascal(name)), param.path("required").asBoolean(in == Operation.Location.PATH),
            explode, text(param, "description")));
      }
      Optional<Operation.Body> body = Optional.empty();
      JsonNode content = op.path("requestBody").path("content");
      if (content.isObject() && content.size() > 0) {
        String contentType = BODY_PREFERENCE.stream().filter(content::has).findFirst().orElse(Json.fieldNames(content).get(0));
        ObjectNode bs = (ObjectNode) content.path(contentType).path("schema");
        body = Optional.of(new Operation.Body(ref(bs, Names.pascal(id), "Request"), op.path("requestBody").path("required").asBoolean(false),
            contentType, text(op.path("requestBody"), "description")));
      }
      Optional<TypeRef> response = Optional.empty();
      Operation.ResponseFormat format = Operation.ResponseFormat.NONE;
      Optional<String> mediaType = Optional.empty();
      List<Operation.ErrorResponse> errors = new ArrayList<>();
      JsonNode responses = op.path("responses");
      boolean success = false;
      for (String code : Json.fieldNames(responses)) {
        JsonNode r = resolveResponse(responses.get(code));
        if (code.startsWith("2") && !success) {
          success = true;
          mediaType = successMediaType(r.path("content"));
          if (mediaType.isPresent()) {
            JsonNode schema = r.path("content").path(mediaType.get()).path("schema");
            format = responseFormat(mediaType.get(), schema);
            if (format == Operation.ResponseFormat.JSON && schema instanceof ObjectNode o) {
              response = Optional.of(ref(o, Names.pascal(id), "Response" + code));
            } else if (format == Operation.ResponseFormat.JSON) {
              format = Operation.ResponseFormat.NONE; // JSON without a schema: nothing to bind it to.
            }
          }
        } else if (!code.startsWith("2")) {
          JsonNode schema = r.path("content").path("application/json").path("schema");
          Optional<TypeRef> type = schema instanceof ObjectNode o ? Optional.of(ref(o, Names.pascal(id), "Response" + code)) : Optional.empty();
          errors.add(new Operation.ErrorResponse(code, type, text(r, "description")));
        }
      }
      Optional<List<List<String>>> security = auth.kind() == ApiModel.Auth.Kind.NONE ? Optional.empty()
          : Optional.of(op.has("security") ? requirement(op.get("security"), auth) : auth.global());
      Optional<Operation.Pagination> pagination = response.flatMap(r -> pagination(r, params));
      Optional<Operation.Streaming> streaming = Optional.empty();
      String event = Json.text(op, StreamEventsPass.STREAM_EVENT);
      if (event != null) {
        streaming = Optional.of(new Operation.Streaming(op.path(StreamEventsPass.STREAM_FLAG).asText("stream"), named(event)));
      }
      out.add(new Operation(id, resource, method, Operations.methodOf(ptr).toUpperCase(Locale.ROOT), Operations.pathOf(ptr), params, body,
          response, format, mediaType, security, pagination, streaming, errors, text(op, "summary"), text(op, "description")));
    });
    return out;
  }

  private JsonNode resolveParameter(JsonNode p) {
    String ref = Json.text(p, "$ref");
    if (ref != null && ref.startsWith("#/components/parameters/")) {
      return doc.path("components").path("parameters").path(ref.substring("#/components/parameters/".length()));
    }
    return p;
  }

  private List<ApiModel.Server> servers() {
    List<ApiModel.Server> out = new ArrayList<>();
    for (JsonNode s : doc.path("servers")) {
      List<ApiModel.ServerVariable> vars = new ArrayList<>();
      JsonNode variables = s.path("variables");
      for (String v : Json.fieldNames(variables)) {
        JsonNode var = variables.get(v);
        List<String> allowed = new ArrayList<>();
        var.path("enum").forEach(e -> allowed.add(e.asText()));
        vars.add(new ApiModel.ServerVariable(v, javaName(v), var.path("default").asText(""), allowed, text(var, "description")));
      }
      out.add(new ApiModel.Server(s.path("url").asText(), text(s, "description"), vars));
    }
    return out;
  }

  /**
   * The schemes some requirement names, primary first (the first of the document's top-level
   * requirement, else the first used). Each is a builder option: the primary one {@code apiKey}
   * (its variable the provider's, e.g. {@code OPENAI_API_KEY}); any other one named after the
   * scheme, its variable the provider's prefix plus the scheme's name ({@code ACME_ADMIN_AUTH});
   * basic takes a user name and a password ({@code .._USERNAME}, {@code .._PASSWORD}).
   */
  private ApiModel.Auth auth(String apiKeyEnv) {
    JsonNode declared = doc.path("components").path("securitySchemes");
    Set<String> used = new java.util.LinkedHashSet<>();
    doc.path("security").forEach(requirement -> used.addAll(Json.fieldNames(requirement)));
    Operations.forEach(doc, (op, ptr) -> op.path("security").forEach(requirement -> used.addAll(Json.fieldNames(requirement))));
    String prefix = ApiModel.envPrefix(apiKeyEnv);
    List<ApiModel.Auth.Scheme> schemes = new ArrayList<>();
    Set<String> options = new HashSet<>(BUILDER_MEMBERS);
    for (String name : used) {
      JsonNode s = declared.path(name);
      ApiModel.Auth.Kind kind = schemeKind(s);
      if (kind == ApiModel.Auth.Kind.NONE) {
        continue; // Not declared, or a type no client can send (mutualTLS): requirements naming it cannot be met.
      }
      boolean primary = schemes.isEmpty();
      ApiModel.Auth.Placement placement = ApiModel.Auth.Placement.HEADER;
      String paramName = "Authorization";
      if (kind == ApiModel.Auth.Kind.API_KEY) {
        placement = ApiModel.Auth.Placement.valueOf(s.path("in").asText("header").toUpperCase(Locale.ROOT));
        paramName = s.path("name").asText();
      }
      String option = unique(primary && kind != ApiModel.Auth.Kind.BASIC ? "apiKey" : javaName(name), options);
      String envBase = primary ? (kind == ApiModel.Auth.Kind.BASIC ? prefix : apiKeyEnv) : prefix + "_" + constantName(name);
      List<String> env = kind == ApiModel.Auth.Kind.BASIC ? List.of(envBase + "_USERNAME", envBase + "_PASSWORD") : List.of(envBase);
      schemes.add(new ApiModel.Auth.Scheme(name, kind, placement, paramName, option, env, text(s, "description")));
    }
    if (schemes.isEmpty()) {
      return new ApiModel.Auth(ApiModel.Auth.Kind.NONE, Optional.empty(), List.of(), List.of());
    }
    ApiModel.Auth partial = new ApiModel.Auth(schemes.get(0).kind(), schemes.get(0).description(), schemes, List.of());
    List<List<String>> global = doc.has("security") ? requirement(doc.get("security"), partial) : List.of();
    return new ApiModel.Auth(schemes.get(0).kind(), schemes.get(0).description(), schemes, global);
  }

  /** Builder members a scheme's option must not take. */
  private static final Set<String> BUILDER_MEMBERS = Set.of("baseUrl", "timeout", "connectTimeout", "maxRetries", "putHeader",
      "transport", "build", "fromEnv");

  /** Media types a request body is sent as, most preferred first, when an operation offers several. */
  private static final List<String> BODY_PREFERENCE = List.of("application/json", "multipart/form-data",
      "application/x-www-form-urlencoded");

  private static ApiModel.Auth.Kind schemeKind(JsonNode s) {
    String type = Json.text(s, "type");
    if (type == null) {
      return ApiModel.Auth.Kind.NONE;
    }
    switch (type) {
      case "http":
        String scheme = s.path("scheme").asText("").toLowerCase(Locale.ROOT);
        return scheme.equals("basic") ? ApiModel.Auth.Kind.BASIC : scheme.equals("bearer") ? ApiModel.Auth.Kind.BEARER
            : ApiModel.Auth.Kind.NONE;
      case "apiKey":
        return List.of("header", "query", "cookie").contains(s.path("in").asText()) ? ApiModel.Auth.Kind.API_KEY
            : ApiModel.Auth.Kind.NONE;
      case "oauth2":
      case "openIdConnect":
        // The client does not run the flow; the caller brings the access token, sent as a bearer.
        return ApiModel.Auth.Kind.BEARER;
      default:
        return ApiModel.Auth.Kind.NONE;
    }
  }

  /**
   * A {@code security} array as alternatives of scheme names. An alternative naming a scheme no
   * client can send is left out, since it can never be met; {@code {}} (no authentication) is kept.
   */
  private static List<List<String>> requirement(JsonNode security, ApiModel.Auth auth) {
    Set<String> known = new HashSet<>();
    auth.schemes().forEach(sc -> known.add(sc.name()));
    List<List<String>> out = new ArrayList<>();
    for (JsonNode alternative : security) {
      List<String> names = Json.fieldNames(alternative);
      if (known.containsAll(names)) {
        out.add(names);
      }
    }
    return out;
  }

  private JsonNode resolveResponse(JsonNode r) {
    String ref = Json.text(r, "$ref");
    if (ref != null && ref.startsWith("#/components/responses/")) {
      return doc.path("components").path("responses").path(ref.substring("#/components/responses/".length()));
    }
    return r;
  }

  /** The media type the success body is read as: JSON when offered, else the first that is not an event stream. */
  private static Optional<String> successMediaType(JsonNode content) {
    List<String> types = Json.fieldNames(content);
    Optional<String> json = types.stream().filter(ModelBuilder::isJsonMediaType).findFirst();
    return json.isPresent() ? json : types.stream().filter(t -> !t.startsWith("text/event-stream")).findFirst();
  }

  private static boolean isJsonMediaType(String mediaType) {
    String type = mediaType.toLowerCase(Locale.ROOT);
    return type.startsWith("application/json") || type.contains("+json");
  }

  private static Operation.ResponseFormat responseFormat(String mediaType, JsonNode schema) {
    if ("binary".equals(Json.text(schema, "format"))) {
      return Operation.ResponseFormat.BINARY;
    }
    if (isJsonMediaType(mediaType)) {
      return Operation.ResponseFormat.JSON;
    }
    return mediaType.toLowerCase(Locale.ROOT).startsWith("text/") ? Operation.ResponseFormat.TEXT : Operation.ResponseFormat.BINARY;
  }

  /**
   * The cursor pattern of a list response, if the document shows one: items in {@code data} (an
   * array of a named type), and either a {@code next_cursor}-like property with a query parameter
   * taking it, or {@code has_more} with an {@code after} parameter fed by {@code last_id} or the
   * last item's {@code id}.
   */
  private Optional<Operation.Pagination> pagination(TypeRef response, List<Operation.Parameter> params) {
    if (!(response instanceof TypeRef.Named n) || !(types.get(n.name()) instanceof ObjectType page)) {
      return Optional.empty();
    }
    Optional<Property> items = property(page, "data").filter(p -> p.type() instanceof TypeRef.ListOf l && l.element() instanceof TypeRef.Named);
    if (items.isEmpty()) {
      return Optional.empty();
    }
    TypeRef item = ((TypeRef.ListOf) items.get().type()).element();
    Optional<Property> next = PAGE_CURSORS.stream().map(c -> property(page, c)).flatMap(Optional::stream)
        .filter(p -> isString(p.type())).findFirst();
    Optional<Property> hasMore = property(page, "has_more").filter(p -> p.type().equals(TypeRef.of(PrimitiveKind.BOOLEAN)));
    if (next.isPresent()) {
      Optional<Operation.Parameter> cursor = queryParam(params, CURSOR_PARAMS);
      return cursor.map(c -> new Operation.Pagination(c.name(), items.get(), item, hasMore, next, Optional.empty()));
    }
    Optional<Operation.Parameter> after = queryParam(params, List.of("after"));
    if (hasMore.isEmpty() || after.isEmpty()) {
      return Optional.empty();
    }
    Optional<Property> lastId = property(page, "last_id").filter(p -> isString(p.type()));
    if (lastId.isPresent()) {
      return Optional.of(new Operation.Pagination(after.get().name(), items.get(), item, hasMore, lastId, Optional.empty()));
    }
    Optional<Property> itemId = types.get(((TypeRef.Named) item).name()) instanceof ObjectType o
        ? property(o, "id").filter(p -> isString(p.type())) : Optional.empty();
    return itemId.map(id -> new Operation.Pagination(after.get().name(), items.get(), item, hasMore, Optional.empty(), Optional.of(id)));
  }

  /** Response properties that carry the next page's cursor. */
  private static final List<String> PAGE_CURSORS = List.of("next_cursor", "next_page_token", "next_page");
  /** Query parameters that take it. */
  private static final List<String> CURSOR_PARAMS = List.of("cursor", "page_token", "after", "next_cursor");

  private static Optional<Property> property(ObjectType type, String jsonName) {
    return type.properties().stream().filter(p -> p.jsonName().equals(jsonName)).findFirst();
  }

  private static Optional<Operation.Parameter> queryParam(List<Operation.Parameter> params, List<String> names) {
    return names.stream().flatMap(name -> params.stream()
        .filter(p -> p.in() == Operation.Location.QUERY && p.name().equals(name) && isString(p.type()))).findFirst();
  }

  private static boolean isString(TypeRef type) {
    return type.equals(TypeRef.of(PrimitiveKind.STRING));
  }

  // ---- usage --------------------------------------------------------------------------------------

  private Map<String, TypeDef> markUsage(List<Operation> operations) {
    Map<String, Usage> usage = new HashMap<>();
    for (Operation op : operations) {
      op.body().ifPresent(b -> reach(b.type(), new Usage(true, false), usage));
      op.parameters().forEach(p -> reach(p.type(), new Usage(true, false), usage));
      op.response().ifPresent(r -> reach(r, new Usage(false, true), usage));
      op.streaming().ifPresent(s -> reach(s.event(), new Usage(false, true), usage));
      op.errors().forEach(e -> e.body().ifPresent(b -> reach(b, new Usage(false, true), usage)));
    }
    Map<String, TypeDef> out = new LinkedHashMap<>();
    types.forEach((name, def) -> out.put(name, withUsage(def, usage.getOrDefault(name, Usage.NONE))));
    return out;
  }

  private void reach(TypeRef start, Usage direction, Map<String, Usage> usage) {
    Deque<TypeRef> work = new ArrayDeque<>();
    work.push(start);
    while (!work.isEmpty()) {
      TypeRef ref = work.pop();
      if (ref instanceof TypeRef.ListOf l) {
        work.push(l.element());
      } else if (ref instanceof TypeRef.MapOf m) {
        work.push(m.value());
      } else if (ref instanceof TypeRef.Named n) {
        Usage before = usage.getOrDefault(n.name(), Usage.NONE);
        Usage after = before.or(direction);
        if (after.equals(before) && usage.containsKey(n.name())) {
          continue;
        }
        usage.put(n.name(), after);
        TypeDef def = types.get(n.name());
        if (def instanceof ObjectType o) {
          o.properties().forEach(p -> work.push(p.type()));
          o.additionalProperties().ifPresent(work::push);
        } else if (def instanceof UnionType u) {
          u.variants().forEach(v -> work.push(v.type()));
        } else if (def instanceof AliasType a) {
          work.push(a.target());
        }
        // A nested type is generated inside its owner, so the owner travels wherever it does.
        def.nestedIn().ifPresent(owner -> work.push(new TypeRef.Named(owner)));
      }
    }
  }

  private static TypeDef withUsage(TypeDef def, Usage u) {
    if (def instanceof ObjectType o) {
      return new ObjectType(o.name(), o.simpleName(), o.nestedIn(), o.origin(), o.description(), u, o.properties(), o.closed(),
          o.additionalProperties());
    }
    if (def instanceof EnumType e) {
      return new EnumType(e.name(), e.simpleName(), e.nestedIn(), e.origin(), e.description(), u, e.valueKind(), e.values(),
          e.documentedOpen());
    }
    if (def instanceof UnionType un) {
      return new UnionType(un.name(), un.simpleName(), un.nestedIn(), un.origin(), un.description(), u, un.variants(),
          un.discriminator());
    }
    AliasType a = (AliasType) def;
    return new AliasType(a.name(), a.simpleName(), a.nestedIn(), a.origin(), a.description(), u, a.target());
  }

  // ---- helpers ------------------------------------------------------------------------------------

  private static boolean isEnum(JsonNode s) {
    return s.has("enum") || s.has(EnumBranchesPass.EXTENSIBLE_ENUM);
  }

  private static boolean isObject(JsonNode s) {
    return s.has("properties");
  }

  private static List<JsonNode> enumValues(JsonNode s) {
    List<JsonNode> out = new ArrayList<>();
    JsonNode values = s.has("enum") ? s.get("enum") : s.get(EnumBranchesPass.EXTENSIBLE_ENUM);
    if (values != null) {
      values.forEach(v -> {
        if (!v.isNull()) {
          out.add(v);
        }
      });
    }
    return out;
  }

  private static Optional<String> text(JsonNode node, String field) {
    return Optional.ofNullable(Json.text(node, field)).filter(s -> !s.isBlank());
  }

  /**
   * A parameter's Java name: generated calls also take {@code params} (the body or params object)
   * and {@code options} (per-request options), so a parameter of either name gets {@code Param}.
   */
  private static String parameterName(String jsonName) {
    String name = javaName(jsonName);
    return name.equals("params") || name.equals("options") ? name + "Param" : name;
  }

  /** camelCase Java name for a JSON name; keywords get a trailing underscore. */
  static String javaName(String jsonName) {
    String camel = Names.camel(jsonName);
    if (camel.isEmpty()) {
      camel = "value";
    }
    if (!Character.isJavaIdentifierStart(camel.charAt(0))) {
      camel = "_" + camel;
    }
    return Names.isKeyword(camel) ? camel + "_" : camel;
  }

  /** UPPER_SNAKE constant for an enum value: {@code openai-responses-v1 -> OPENAI_RESPONSES_V1}, {@code 5m -> _5M}. */
  public static String constantName(String value) {
    List<String> words = Names.words(value);
    String joined = words.isEmpty() ? "EMPTY" : String.join("_", words).toUpperCase(Locale.ROOT);
    return Character.isJavaIdentifierStart(joined.charAt(0)) ? joined : "_" + joined;
  }

  private static String unique(String candidate, Set<String> used) {
    // GPT_4 numbered is GPT_4_2, not GPT_42, which reads as another value ("gpt-42").
    String base = !candidate.isEmpty() && Character.isDigit(candidate.charAt(candidate.length() - 1)) ? candidate + "_" : candidate;
    String name = candidate;
    for (int n = 2; !used.add(name); n++) {
      name = base + n;
    }
    return name;
  }
}
