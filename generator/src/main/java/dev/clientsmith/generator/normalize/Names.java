package dev.clientsmith.generator.normalize;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/** Word-level helpers for deriving Java-friendly names from what documents contain. */
public final class Names {
  private static final Pattern WORD_BOUNDARY = Pattern.compile("[^A-Za-z0-9]+");
  private static final Pattern CAMEL_SPLIT = Pattern.compile("(?<=[a-z0-9])(?=[A-Z])|(?<=[A-Z])(?=[A-Z][a-z])");

  /**
   * Names generators produce when they have nothing better: {@code __schema0}, {@code Schema30},
   * {@code Message2}, {@code ChatGenerationParamsPluginsItems0}, {@code MessageOneOf2Content},
   * {@code ...TopLogprobsItems}, {@code ...Inner}.
   */
  private static final Pattern MEANINGLESS = Pattern.compile(
      "^_.*|^Schema\\d.*|.*\\d$|.*(OneOf|AnyOf|AllOf)\\d.*|.*Items$|.*Inner$");

  private static final Set<String> JAVA_KEYWORDS = Set.of(
      "abstract", "assert", "boolean", "break", "byte", "case", "catch", "char", "class", "const",
      "continue", "default", "do", "double", "else", "enum", "extends", "final", "finally", "float",
      "for", "goto", "if", "implements", "import", "instanceof", "int", "interface", "long", "native",
      "new", "package", "private", "protected", "public", "return", "short", "static", "strictfp",
      "super", "switch", "synchronized", "this", "throw", "throws", "transient", "try", "void",
      "volatile", "while", "true", "false", "null", "var", "record", "yield", "sealed", "permits");

  private Names() {}

  public static boolean isMeaningless(String name) {
    return MEANINGLESS.matcher(name).matches();
  }

  /** Splits {@code send-chat_completion.Request2XYZ} into {@code [send, chat, completion, request2, xyz]}. */
  public static List<String> words(String text) {
    List<String> out = new ArrayList<>();
    for (String chunk : WORD_BOUNDARY.split(latin(text))) {
      if (chunk.isEmpty()) {
        continue;
      }
      for (String w : CAMEL_SPLIT.split(chunk)) {
        if (!w.isEmpty()) {
          out.add(w.toLowerCase(Locale.ROOT));
        }
      }
    }
    return out;
  }

  /**
   * Accented Latin letters as their base letters ({@code größe} gives {@code grosse}), so a word keeps its letters instead of being cut in two at {@code ö}. Generated
   * names stay ASCII, which every file system and build tool handles alike; letters of other scripts
   * have no such form and are dropped, leaving the names' usual fallbacks.
   */
  private static String latin(String text) {
    if (text.chars().allMatch(c -> c < 128)) {
      return text;
    }
    String decomposed = java.text.Normalizer.normalize(text, java.text.Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
    return decomposed.replace("ß", "ss").replace("æ", "ae").replace("Æ", "AE").replace("œ", "oe").replace("Œ", "OE")
        .replace("ø", "o").replace("Ø", "O").replace("ł", "l").replace("Ł", "L").replace("đ", "d").replace("Đ", "D");
  }

  public static String pascal(String text) {
    StringBuilder out = new StringBuilder();
    for (String w : words(text)) {
      out.append(Character.toUpperCase(w.charAt(0))).append(w.substring(1));
    }
    return out.toString();
  }

  public static String camel(String text) {
    String p = pascal(text);
    return p.isEmpty() ? p : Character.toLowerCase(p.charAt(0)) + p.substring(1);
  }

  /**
   * Words ending in -s that are not plurals, as they occur in API property names
   * ({@code logit_bias}, {@code alias}, {@code series}), and abbreviations ({@code tts}, {@code ms}).
   */
  private static final Set<String> NOT_PLURAL = Set.of("bias", "alias", "canvas", "atlas", "gas", "news", "series", "species",
      "lens", "always", "has", "was", "does", "yes", "its", "this", "bus", "plus", "ios", "macos", "dns", "tts", "https",
      "aws", "gps", "sms", "fps", "rps", "tps", "ms", "os");

  /**
   * English singular of a plural word, good enough for property names ({@code choices -> choice});
   * the last word of a compound decides ({@code logitBias} stays {@code logitBias}).
   */
  public static String singular(String word) {
    List<String> ws = words(word);
    if (!ws.isEmpty() && NOT_PLURAL.contains(ws.get(ws.size() - 1))) {
      return word;
    }
    String lower = word.toLowerCase(Locale.ROOT);
    if (lower.endsWith("ies") && word.length() > 3) {
      return word.substring(0, word.length() - 3) + (Character.isUpperCase(word.charAt(word.length() - 1)) ? "Y" : "y");
    }
    if (lower.endsWith("sses") || lower.endsWith("xes") || lower.endsWith("ches") || lower.endsWith("shes")) {
      return word.substring(0, word.length() - 2);
    }
    if (lower.endsWith("s") && !lower.endsWith("ss") && !lower.endsWith("us") && !lower.endsWith("is")
        && word.length() > 1) {
      return word.substring(0, word.length() - 1);
    }
    return word;
  }

  /** PascalCase singular of a (possibly snake_case) plural property name: {@code reasoning_details -> ReasoningDetail}. */
  public static String singularPascal(String property) {
    List<String> ws = words(property);
    if (ws.isEmpty()) {
      return "";
    }
    ws.set(ws.size() - 1, singular(ws.get(ws.size() - 1)));
    return pascal(String.join(" ", ws));
  }

  public static boolean isJavaIdentifier(String s) {
    if (s.isEmpty() || !Character.isJavaIdentifierStart(s.charAt(0)) || JAVA_KEYWORDS.contains(s)) {
      return false;
    }
    return s.chars().allMatch(c -> c < 128 && Character.isJavaIdentifierPart(c) && c != '$');
  }

  public static boolean isKeyword(String s) {
    return JAVA_KEYWORDS.contains(s);
  }

  /** First word of a PascalCase name: {@code ReasoningDetail -> Reasoning}. */
  public static String firstWord(String pascalName) {
    List<String> ws = words(pascalName);
    return ws.isEmpty() ? "" : pascal(ws.get(0));
  }

  /** Last word of a PascalCase name: {@code ChatGenerationParamsPlugin -> Plugin}. */
  public static String lastWord(String pascalName) {
    List<String> ws = words(pascalName);
    return ws.isEmpty() ? "" : pascal(ws.get(ws.size() - 1));
  }
}
