package dev.clientsmith.generator.normalize;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Renames schemas whose names hold characters a Java name cannot ({@code BetaConversationParam-2 ->
 * BetaConversationParam2}, {@code chat completion -> ChatCompletion}). OpenAPI allows letters,
 * digits, {@code .}, {@code -} and {@code _} in component names; dotted names are shortened before
 * (see {@link DottedNamesPass}). A name already taken gets the next free number.
 *
 * <p>Names that differ only in case ({@code Item}, {@code item}) are valid Java names, but their
 * classes would be one file on a case-insensitive file system (macOS, Windows): the first in the
 * document keeps its name, each later one gets the next free number.
 */
public final class SchemaNameCharactersPass implements Pass {
  @Override
  public String id() {
    return "schema-name-characters";
  }

  @Override
  public String description() {
    return "Renames schemas whose names are not Java names (BetaConversationParam-2 -> BetaConversationParam2).";
  }

  @Override
  public void apply(PassContext ctx) {
    List<String> names = Json.fieldNames(Json.schemas(ctx.document()));
    Set<String> taken = new HashSet<>(names);
    Map<String, String> renames = new LinkedHashMap<>();
    for (String name : names) {
      if (!needsRename(name)) {
        continue;
      }
      String base = Names.pascal(name);
      if (base.isEmpty() || !Character.isJavaIdentifierStart(base.charAt(0))) {
        base = "Schema" + base; // only digits or symbols: no word to start a Java name with
      }
      String candidate = base;
      for (int n = 2; taken.contains(candidate); n++) {
        candidate = base + n;
      }
      taken.add(candidate);
      renames.put(name, candidate);
    }
    Map<String, String> caseRenames = new LinkedHashMap<>();
    Map<String, String> firstByFolded = new LinkedHashMap<>();
    Set<String> takenFolded = new HashSet<>();
    names.forEach(n -> takenFolded.add(folded(renames.getOrDefault(n, n))));
    for (String name : names) {
      String current = renames.getOrDefault(name, name);
      String first = firstByFolded.putIfAbsent(folded(current), current);
      if (first == null) {
        continue;
      }
      String base = Names.pascal(current);
      String candidate = base + 2;
      for (int n = 3; takenFolded.contains(folded(candidate)); n++) {
        candidate = base + n;
      }
      takenFolded.add(folded(candidate));
      firstByFolded.put(folded(candidate), candidate);
      caseRenames.put(name, candidate);
    }
    renames.putAll(caseRenames);
    Renamer.rename(ctx.document(), renames);
    renames.forEach((from, to) -> ctx.record(Json.schemaPointer(from), from, to, caseRenames.containsKey(from)
        ? "'" + from + "' differs from '" + firstByFolded.get(folded(from)) + "' only in case; their classes would be one file"
            + " on a case-insensitive file system"
        : "'" + from + "' is not a valid Java name; its words are kept"));
  }

  private static String folded(String name) {
    return name.toLowerCase(java.util.Locale.ROOT);
  }

  /** Characters outside a Java identifier's, or a leading digit; keywords are handled where names are emitted. */
  private static boolean needsRename(String name) {
    return name.isEmpty() || !Character.isJavaIdentifierStart(name.charAt(0))
        || !name.chars().allMatch(c -> c < 128 && Character.isJavaIdentifierPart(c) && c != '$');
  }
}
