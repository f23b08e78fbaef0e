package dev.clientsmith.generator.normalize;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Replaces generated, meaningless schema names ({@code __schema3}, {@code Schema30},
 * {@code Message2}, {@code ChatGenerationParamsPluginsItems0}, {@code MessageOneOf2Content},
 * {@code ...TopLogprobsItems}) with names derived from how the schema is used. Rules, in order:
 *
 * <ol>
 *   <li>The provider configuration's {@code schemaNames}, for the rare schema whose use gives no
 *       name.
 *   <li>A member of a union with a discriminator is named after its value, following the pattern
 *       its well-named siblings already use: siblings {@code SystemMessage}/{@code system} and
 *       {@code UserMessage}/{@code user} make {@code role: developer} a {@code DeveloperMessage};
 *       siblings {@code ResponseFormatJSONSchema}/{@code json_schema} make {@code type: text} a
 *       {@code ResponseFormatText}. Without such siblings: the value alone when it starts with the
 *       union's first word ({@code reasoning.summary} in {@code ReasoningDetail}: {@code
 *       ReasoningSummary}), else value + the union's last word ({@code web} in {@code Plugin}:
 *       {@code WebPlugin}).
 *   <li>Array items are named after the property, singular ({@code plugins[] -> Plugin},
 *       {@code reasoning_details[] -> ReasoningDetail}), prefixed by the owner if that name is
 *       taken.
 *   <li>A property's schema is named owner + property ({@code DeveloperMessage.content ->
 *       DeveloperMessageContent}); when the owners are all members of one union, union + property
 *       ({@code format} of every reasoning detail: {@code ReasoningDetailFormat}).
 *   <li>Otherwise, for one owner using it under several properties: owner + {@code Value}.
 * </ol>
 *
 * Names are decided in rounds, so a schema named after its owner waits until the owner's own name
 * is meaningful. Components nested in a renamed owner follow it.
 */
public final class SchemaNamesPass implements Pass {
  private record Use(String owner, String property, boolean arrayItem, String union) {}

  @Override
  public String id() {
    return "schema-names";
  }

  @Override
  public String description() {
    return "Names meaningless generated schemas (__schema0, Schema30, Message2, *Items0) after their use:"
        + " discriminator values, properties, owners.";
  }

  @Override
  public void apply(PassContext ctx) {
    ObjectNode doc = ctx.document();
    Set<String> done = new HashSet<>();
    for (int round = 0; round < 16; round++) {
      ObjectNode schemas = Json.schemas(doc);
      Map<String, List<Use>> uses = uses(doc);
      Set<String> taken = new HashSet<>(Json.fieldNames(schemas));
      Map<String, String> renames = new LinkedHashMap<>();
      Map<String, String> reasons = new HashMap<>();
      for (String name : Json.fieldNames(schemas)) {
        if (done.contains(name) || !Names.isMeaningless(name)) {
          continue;
        }
        String override = ctx.overrides().schemaNames().get(name);
        String derived;
        String reason;
        if (override != null) {
          derived = override;
          reason = "named by the provider configuration (schemaNames)";
        } else {
          String[] result = derive(doc, name, uses.getOrDefault(name, List.of()), taken);
          if (result == null) {
            continue;
          }
          derived = result[0];
          reason = result[1];
        }
        String unique = derived;
        for (int n = 2; taken.contains(unique) && !unique.equals(name); n++) {
          unique = derived + n;
        }
        taken.add(unique);
        renames.put(name, unique);
        reasons.put(name, reason);
      }
      if (renames.isEmpty()) {
        break;
      }
      followOwners(schemas, renames, reasons, taken);
      Renamer.rename(doc, renames);
      renames.forEach((from, to) -> {
        ctx.record(Json.schemaPointer(from), from, to, reasons.get(from));
        done.add(to);
      });
    }
  }

  /** Components nested in a renamed owner are renamed with it (owner + simple name). */
  private static void followOwners(ObjectNode schemas, Map<String, String> renames, Map<String, String> reasons, Set<String> taken) {
    for (String name : Json.fieldNames(schemas)) {
      JsonNode s = schemas.get(name);
      String owner = Json.text(s, InlineSchemasPass.NESTED_IN);
      String simple = Json.text(s, InlineSchemasPass.SIMPLE_NAME);
      if (owner != null && simple != null && renames.containsKey(owner) && !renames.containsKey(name)) {
        String candidate = renames.get(owner) + simple;
        if (!taken.contains(candidate)) {
          taken.add(candidate);
          renames.put(name, candidate);
          reasons.put(name, "nested in " + owner + ", which was renamed");
        }
      }
    }
  }

  private static String[] derive(ObjectNode doc, String name, List<Use> uses, Set<String> taken) {
    if (uses.isEmpty()) {
      return null;
    }
    for (Use u : uses) {
      if (Names.isMeaningless(u.owner())) {
        return null; // wait until the owner has a meaningful name
      }
    }
    ObjectNode schemas = Json.schemas(doc);
    for (Use u : uses) {
      if (u.union() == null || Names.isMeaningless(u.union())) {
        continue;
      }
      JsonNode union = schemas.get(u.union());
      String property = Discriminators.propertyOf(doc, union);
      String value = property == null ? null : Json.singleEnumValue(schemas.get(name).path("properties").path(property));
      if (value != null) {
        return new String[] {variantName(doc, u.union(), union, property, value),
            "member of " + u.union() + " with " + property + " '" + value + "'"};
      }
    }
    Set<String> properties = new LinkedHashSet<>();
    Set<String> owners = new LinkedHashSet<>();
    boolean allItems = true;
    for (Use u : uses) {
      if (u.property() == null) {
        return null;
      }
      properties.add(u.property());
      owners.add(u.owner());
      allItems &= u.arrayItem();
    }
    String owner = owners.iterator().next();
    if (properties.size() == 1) {
      String property = properties.iterator().next();
      if (allItems) {
        String singular = Names.singularPascal(property);
        String candidate = taken.contains(singular) ? owner + singular : singular;
        return new String[] {candidate, "items of '" + property + "' in " + String.join(", ", owners)};
      }
      String commonUnion = commonUnion(doc, owners);
      if (owners.size() > 1 && commonUnion != null) {
        return new String[] {commonUnion + Names.pascal(property),
            "'" + property + "' of every member of " + commonUnion};
      }
      return new String[] {owner + Names.pascal(property), "'" + property + "' of " + String.join(", ", owners)};
    }
    if (owners.size() == 1) {
      return new String[] {owner + "Value", "used by several properties of " + owner + " (" + String.join(", ", properties) + ")"};
    }
    return null;
  }

  /** The union component that lists every one of {@code owners} as a member, if there is one. */
  private static String commonUnion(ObjectNode doc, Set<String> owners) {
    ObjectNode schemas = Json.schemas(doc);
    for (String candidate : Json.fieldNames(schemas)) {
      JsonNode members = schemas.get(candidate).get("oneOf");
      if (members == null || Names.isMeaningless(candidate)) {
        continue;
      }
      Set<String> names = new HashSet<>();
      members.forEach(m -> names.add(Json.refName(m)));
      if (names.containsAll(owners)) {
        return candidate;
      }
    }
    return null;
  }

  static String variantName(ObjectNode doc, String unionName, JsonNode union, String property, String value) {
    String pv = Names.pascal(value);
    Map<String, Integer> prefixes = new HashMap<>();
    Map<String, Integer> suffixes = new HashMap<>();
    for (JsonNode m : union.path("oneOf")) {
      String sibling = Json.refName(m);
      if (sibling == null || Names.isMeaningless(sibling)) {
        continue;
      }
      String sv = Json.singleEnumValue(Json.resolve(doc, m).path("properties").path(property));
      if (sv == null) {
        continue;
      }
      String ps = Names.pascal(sv).toLowerCase(java.util.Locale.ROOT);
      String lower = sibling.toLowerCase(java.util.Locale.ROOT);
      if (lower.length() > ps.length() && lower.endsWith(ps)) {
        prefixes.merge(sibling.substring(0, sibling.length() - ps.length()), 1, Integer::sum);
      } else if (lower.length() > ps.length() && lower.startsWith(ps)) {
        suffixes.merge(sibling.substring(ps.length()), 1, Integer::sum);
      }
    }
    String prefix = best(prefixes);
    String suffix = best(suffixes);
    int prefixVotes = prefix == null ? 0 : prefixes.get(prefix);
    int suffixVotes = suffix == null ? 0 : suffixes.get(suffix);
    if (prefix != null && prefixVotes >= suffixVotes) {
      return prefix + pv;
    }
    if (suffix != null) {
      return pv + suffix;
    }
    if (Names.firstWord(pv).equals(Names.firstWord(unionName))) {
      return pv;
    }
    return pv + Names.lastWord(unionName);
  }

  private static String best(Map<String, Integer> votes) {
    return votes.entrySet().stream()
        .max(Comparator.<Map.Entry<String, Integer>>comparingInt(Map.Entry::getValue)
            .thenComparing(e -> -e.getKey().length())
            .thenComparing(Map.Entry::getKey, Comparator.reverseOrder()))
        .map(Map.Entry::getKey)
        .orElse(null);
  }

  private static Map<String, List<Use>> uses(ObjectNode doc) {
    ObjectNode schemas = Json.schemas(doc);
    Map<String, List<Use>> out = new HashMap<>();
    SchemaWalker.walk(doc, (schema, ptr, site) -> {
      // A nullable copy marked as another schema's type is a use of that schema, like a reference.
      String target = Json.refName(schema) != null ? Json.refName(schema) : Json.text(schema, Renamer.SAME_TYPE_AS);
      if (target == null) {
        return;
      }
      String owner = site.component() != null ? site.component() : site.operationId();
      String union = null;
      if (site.union() != null && site.component() != null && site.union() == schemas.get(site.component())) {
        union = site.component();
      }
      out.computeIfAbsent(target, k -> new ArrayList<>())
          .add(new Use(owner == null ? "" : owner, site.property(), site.arrayItem(), union));
    });
    return out;
  }
}
