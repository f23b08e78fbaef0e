package dev.clientsmith.generator.source;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.io.JsonEOFException;
import dev.clientsmith.generator.diag.Diagnostic;
import dev.clientsmith.generator.diag.Location;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.reader.ReaderException;

/**
 * Translates Jackson's and SnakeYAML's exceptions into diagnostics. Their messages are written for
 * library developers (token names, "code 125", source descriptions); ours say what is wrong in the
 * user's file and what to do, and quote at most a short essential part of the original.
 */
final class SyntaxErrors {
  private static final Pattern CODE = Pattern.compile("\\s*\\(code \\d+( / 0x[0-9a-fA-F]+)?\\)");
  private static final Pattern QUOTED_CHAR = Pattern.compile("\\(('[^']{1,4}')\\)");
  /** SnakeYAML event objects printed into messages: {@code <org.yaml...SequenceStartEvent(...)>}. */
  private static final Pattern YAML_EVENT = Pattern.compile("<org\\.yaml\\.snakeyaml\\.events\\.(\\w+?)Event\\([^>]*\\)>");
  /** What ends a line in YAML 1.1, which SnakeYAML reads: CRLF, LF, CR, NEL, LS and PS. */
  private static final Pattern YAML_LINE_BREAK = Pattern.compile("\\r\\n|[\\n\\r\\u0085\\u2028\\u2029]");
  private static final Pattern CTRL_CHAR = Pattern.compile("CTRL-CHAR, code (\\d+)");

  private SyntaxErrors() {}

  static Location location(String file, int lineOffset, int line, int column) {
    if (line <= 0) {
      return Location.ofFile(file);
    }
    return new Location(file, line + lineOffset, Math.max(column, 0));
  }

  static Diagnostic translate(
      Exception e, String text, SourceDocument.Format format, String file, int lineOffset, boolean rootDone,
      TreeBuilder.OpenContainer innermost, Location reading) {
    if (e instanceof StreamConstraintsException) {
      return limits((StreamConstraintsException) e, file, lineOffset, reading);
    }
    MarkedYAMLException yaml = findCause(e, MarkedYAMLException.class);
    if (yaml != null) {
      return yaml(yaml, text, file, lineOffset, rootDone);
    }
    ReaderException unreadable = findCause(e, ReaderException.class);
    if (unreadable != null) {
      return forbiddenCharacter(unreadable, text, file, lineOffset);
    }
    Location at = Location.ofFile(file);
    if (e instanceof JsonProcessingException) {
      JsonLocation where = ((JsonProcessingException) e).getLocation();
      if (where != null) {
        at = location(file, lineOffset, where.getLineNr(), where.getColumnNr());
      }
    }
    if (format == SourceDocument.Format.YAML) {
      String original = essential(e.getMessage());
      if (original.startsWith("expected a field name")) {
        return Diagnostic.error("source.invalid-yaml", at, null,
            "a mapping key must be a plain value, not a list or a mapping",
            "write the key as a string");
      }
      return Diagnostic.error("source.invalid-yaml", at, null, "invalid YAML: " + original,
          "fix the YAML syntax at this position");
    }
    if (rootDone) {
      return trailingContent(format, at);
    }
    if (e instanceof JsonEOFException) {
      return truncated(format, at, innermost);
    }
    JsonProcessingException jsonError = (JsonProcessingException) e;
    Diagnostic common = commonJsonMistake(jsonError.getOriginalMessage(), text, file, lineOffset, jsonError.getLocation());
    return common != null ? common : json(essential(jsonError.getOriginalMessage()), at);
  }

  /**
   * The mistakes people make writing JSON by hand (or pasting JavaScript or YAML habits into it),
   * told by the character Jackson stopped at and the text around it, and located where the fix
   * goes: a missing ',' or ':' belongs after the previous value, not at the next token (often on the
   * next line) where the parser noticed. Null for anything else.
   */
  private static Diagnostic commonJsonMistake(String original, String text, String file, int lineOffset, JsonLocation where) {
    if (original == null || where == null || where.getLineNr() <= 0 || where.getColumnNr() <= 0) {
      return null;
    }
    int index = indexOf(text, where.getLineNr(), where.getColumnNr());
    if (index < 0 || index >= text.length()) {
      return null;
    }
    char found = text.charAt(index);
    Location here = location(file, lineOffset, where.getLineNr(), where.getColumnNr());
    Location after = endOfPreviousToken(text, index, file, lineOffset, here);
    int previous = previousNonBlank(text, index);
    boolean expectingKey = original.contains("double-quote to start field name");
    boolean expectingSeparator = original.contains("comma to separate Object entries")
        || original.contains("comma to separate Array entries");
    if (found == '/' && (index + 1 < text.length()) && (text.charAt(index + 1) == '/' || text.charAt(index + 1) == '*')) {
      return Diagnostic.error("source.invalid-json", here, null, "JSON has no comments; this '" + text.substring(index, index + 2)
          + "' starts one", "remove the comment (or write the document as YAML, where '#' starts a comment)");
    }
    if (found == '\'') {
      return Diagnostic.error("source.invalid-json", here, null, "a string in single quotes; JSON writes strings and keys in double quotes",
          "replace the single quotes by double quotes (\")");
    }
    if (expectingKey && (found == '}' || found == ']') && previous >= 0 && text.charAt(previous) == ',') {
      return Diagnostic.error("source.invalid-json", at(text, previous, file, lineOffset), null,
          "a ',' after the last member of an object; JSON does not allow a trailing comma", "remove this ','");
    }
    if (original.contains("expected a value") || original.contains("expected a valid value")) {
      if ((found == ']' || found == '}') && previous >= 0 && text.charAt(previous) == ',') {
        return Diagnostic.error("source.invalid-json", at(text, previous, file, lineOffset), null,
            "a ',' after the last element of a list; JSON does not allow a trailing comma", "remove this ','");
      }
    }
    if (expectingKey && (Character.isLetter(found) || found == '_' || found == '$')) {
      String word = word(text, index);
      return Diagnostic.error("source.invalid-json", here, null, "the key '" + word + "' is not in quotes; JSON keys are strings",
          "write it as \"" + word + "\"");
    }
    if (original.contains("a colon to separate field name and value")) {
      return Diagnostic.error("source.invalid-json", after, null, "a ':' is missing between this key and its value",
          "add ':' after the key");
    }
    if (expectingSeparator && previous >= 0 && text.charAt(previous) == '"' && (Character.isLetterOrDigit(found) || found == '_')) {
      // Text right after a closing quote: the quote closed a string too early, or one is missing.
      return Diagnostic.error("source.invalid-json", here, null,
          "text follows a string without ',' between them: a string's closing '\"' is missing before here, or a '\"' inside"
              + " it is not escaped",
          "check the quotes of the string that ends at line " + after.line() + ", column " + (after.column() - 1)
              + "; write a quote inside a string as \\\"");
    }
    if (expectingSeparator) {
      boolean object = original.contains("Object entries");
      return Diagnostic.error("source.invalid-json", after, null,
          "a ',' is missing after this value, before the next " + (object ? "member" : "element"),
          "add ',' here (or close the " + (object ? "object with '}'" : "list with ']'") + " if it ends here)");
    }
    return null;
  }

  /** The index in {@code text} of a 1-based line and column (in chars, as Jackson counts), or -1. */
  private static int indexOf(String text, int line, int column) {
    int start = 0;
    for (int l = 1; l < line; l++) {
      start = text.indexOf('\n', start);
      if (start < 0) {
        return -1;
      }
      start++;
    }
    return start + column - 1;
  }

  private static int previousNonBlank(String text, int index) {
    int i = Math.min(index, text.length()) - 1;
    while (i >= 0 && Character.isWhitespace(text.charAt(i))) {
      i--;
    }
    return i;
  }

  /** The letters, digits and '_' from {@code index}, at most 40 of them. */
  private static String word(String text, int index) {
    int end = index;
    while (end < text.length() && end - index < 40 && (Character.isLetterOrDigit(text.charAt(end)) || text.charAt(end) == '_'
        || text.charAt(end) == '-' || text.charAt(end) == '$')) {
      end++;
    }
    return text.substring(index, end);
  }

  /** Content after the end of the root value (JSON garbage, or a second YAML document). */
  static Diagnostic trailingContent(SourceDocument.Format format, Location at) {
    if (format == SourceDocument.Format.YAML) {
      return Diagnostic.error("source.invalid-yaml", at, null,
          "a second YAML document starts here; a file may hold only one",
          "remove the '---' separator and everything after the first document, or split the file");
    }
    return Diagnostic.error("source.invalid-json", at, null,
        "unexpected content after the end of the JSON document",
        "remove what follows the closing '}' of the document");
  }

  /** The text ends inside an object, array or string. */
  static Diagnostic truncated(SourceDocument.Format format, Location at, TreeBuilder.OpenContainer innermost) {
    String what = format == SourceDocument.Format.JSON ? "JSON" : "YAML";
    String message = innermost == null
        ? "the " + what + " text ends before the document is complete"
        : "the " + what + " text ends before the " + innermost.kind() + " opened at line " + innermost.start().line()
            + ", column " + innermost.start().column() + " is closed";
    String code = format == SourceDocument.Format.JSON ? "source.invalid-json" : "source.invalid-yaml";
    return Diagnostic.error(code, at, null, message,
        "the document looks truncated: check that it was copied completely");
  }

  private static Diagnostic json(String original, Location at) {
    Matcher ctrl = CTRL_CHAR.matcher(original);
    if (ctrl.find()) {
      String character = switch (ctrl.group(1)) {
        case "9" -> "a tab";
        case "10" -> "a line break";
        case "13" -> "a carriage return";
        default -> "the control character U+" + String.format(Locale.ROOT, "%04X", Integer.parseInt(ctrl.group(1)));
      };
      String escape = switch (ctrl.group(1)) {
        case "9" -> "\\t";
        case "10" -> "\\n";
        case "13" -> "\\r";
        default -> String.format(Locale.ROOT, "\\u%04x", Integer.parseInt(ctrl.group(1)));
      };
      return Diagnostic.error("source.invalid-json", at, null,
          "invalid JSON: " + character + " inside a string is not escaped; JSON strings hold control characters only as escapes",
          "write it as " + escape);
    }
    return Diagnostic.error("source.invalid-json", at, null, "invalid JSON: " + original,
        "fix the JSON syntax at this position");
  }

  private static Diagnostic yaml(MarkedYAMLException e, String text, String file, int lineOffset, boolean rootDone) {
    Mark mark = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
    Location at = mark == null ? Location.ofFile(file) : location(file, lineOffset, mark.getLine() + 1, mark.getColumn() + 1);
    String problem = e.getProblem() == null ? "" : e.getProblem();
    if (problem.contains("\\t(TAB)") || problem.contains("\t")) {
      return Diagnostic.error("source.invalid-yaml", at, null,
          "a tab character is used for indentation; YAML indents with spaces only",
          "replace the tab at the start of this line by spaces");
    }
    if (problem.startsWith("could not find expected ':'") && e.getContextMark() != null) {
      // SnakeYAML gives up where the next key starts; the line to fix is the one where the key began.
      Mark key = e.getContextMark();
      return Diagnostic.error("source.invalid-yaml", location(file, lineOffset, key.getLine() + 1, key.getColumn() + 1), null,
          "this line has a key but no ':' after it; a mapping entry is written 'key: value'",
          "add ':' after the key (or a space after a ':' that is there), or quote the line if it is a value");
    }
    if (problem.startsWith("expected ',' or '}'") || problem.startsWith("expected ',' or ']'")) {
      // The separator or the closing bracket is missing where the previous value ends, not where the
      // next token (often on the next line) was found.
      boolean mapping = problem.startsWith("expected ',' or '}'");
      Mark opened = e.getContextMark();
      Location end = mark == null ? at : endOfPreviousToken(text, charIndex(text, mark.getIndex()), file, lineOffset, at);
      String what = mapping ? "inline mapping '{'" : "inline list '['";
      String where = opened == null ? "" : " opened at line " + (opened.getLine() + 1 + lineOffset) + ", column " + (opened.getColumn() + 1);
      return Diagnostic.error("source.invalid-yaml", end, null,
          "the " + what + where + " needs ',' before its next entry or '" + (mapping ? "}" : "]") + "' to close it here",
          mapping ? "add the missing ',' or '}'" : "add the missing ',' or ']'");
    }
    if (problem.startsWith("mapping values are not allowed")) {
      Location key = bareKeyAbove(text, mark, file, lineOffset);
      if (key != null) {
        return Diagnostic.error("source.invalid-yaml", key, null,
            "this key has no ':' after it, so the indented lines below are read as part of its text",
            "add ':' after the key");
      }
      return Diagnostic.error("source.invalid-yaml", at, null,
          "a 'key: value' pair is not allowed here (the line is indented too far, or an unquoted value contains ': ')",
          "align this line with its sibling keys, or quote the value");
    }
    if (problem.contains("end of stream") && e.getContext() != null && e.getContext().contains("quoted scalar")
        && e.getContextMark() != null) {
      Mark open = e.getContextMark();
      return Diagnostic.error("source.invalid-yaml", location(file, lineOffset, open.getLine() + 1, open.getColumn() + 1), null,
          "the string opened with a quote here is never closed", "add the closing quote where the string ends");
    }
    Location runOn = mark == null ? null : quoteRunningOn(text, charIndex(text, mark.getIndex()), file, lineOffset);
    if (problem.startsWith("expected <block end>") && runOn != null) {
      return Diagnostic.error("source.invalid-yaml", runOn, null,
          "the string opened with a quote here is not closed on its line, so it runs on to the next quote, at line "
              + at.line() + "; what follows that quote cannot be read",
          "add the closing quote at the end of the string");
    }
    if (problem.startsWith("expected <block end>")) {
      Mark context = e.getContextMark();
      String owner = context == null ? "" : " that starts at line " + (context.getLine() + 1 + lineOffset);
      return Diagnostic.error("source.invalid-yaml", at, null,
          "the indentation of this line does not match the block" + owner,
          "indent sibling keys and list items by the same number of spaces");
    }
    if (problem.startsWith("found undefined alias")) {
      return Diagnostic.error("source.yaml-alias", at, null, "YAML aliases (*name) are not supported",
          "write the value out in full instead of referring to an anchor");
    }
    if (rootDone && problem.contains("document")) {
      return trailingContent(SourceDocument.Format.YAML, at);
    }
    String context = e.getContext() == null ? "" : " (" + essential(e.getContext()) + ")";
    return Diagnostic.error("source.invalid-yaml", at, null, "invalid YAML: " + essential(problem) + context,
        "fix the YAML syntax at this position");
  }

  /**
   * Where a quoted string began, when the text just before {@code index} is a closing quote whose
   * string started on an earlier line: a quote left open that swallowed the line break (YAML lets a
   * quoted string span lines). Null otherwise.
   */
  private static Location quoteRunningOn(String text, int index, String file, int lineOffset) {
    int close = previousNonBlank(text, index);
    if (close < 0 || (text.charAt(close) != '"' && text.charAt(close) != '\'')) {
      return null;
    }
    char quote = text.charAt(close);
    int open = close - 1;
    while (open >= 0 && (text.charAt(open) != quote || (quote == '"' && open > 0 && text.charAt(open - 1) == '\\'))) {
      open--;
    }
    if (open < 0 || text.lastIndexOf('\n', close) < open) {
      return null;
    }
    return at(text, open, file, lineOffset);
  }

  /** SnakeYAML counts code points; a Java string index counts chars. */
  private static int charIndex(String text, int codePoints) {
    try {
      return text.offsetByCodePoints(0, Math.min(codePoints, text.codePointCount(0, text.length())));
    } catch (IndexOutOfBoundsException e) {
      return Math.min(codePoints, text.length());
    }
  }

  /** Just after the last non-blank character before {@code index}, skipping comments' lines; {@code fallback} if none. */
  private static Location endOfPreviousToken(String text, int index, String file, int lineOffset, Location fallback) {
    int i = Math.min(index, text.length()) - 1;
    while (i >= 0 && Character.isWhitespace(text.charAt(i))) {
      i--;
    }
    return i < 0 ? fallback : at(text, i + 1, file, lineOffset);
  }

  /** The line and column (in code points) of the character at {@code offset} of {@code text}. */
  private static Location at(String text, int offset, String file, int lineOffset) {
    int line = 1;
    int lineStart = 0;
    for (int i = 0; i < offset; i++) {
      if (text.charAt(i) == '\n') {
        line++;
        lineStart = i + 1;
      }
    }
    return location(file, lineOffset, line, text.codePointCount(lineStart, offset) + 1);
  }

  /**
   * For "mapping values are not allowed" on a line whose previous line is a bare word more indented
   * than nothing and without ':' ({@code get} above {@code responses:}): that word is a key missing
   * its colon, and its end is where to fix it. Null when the line above is anything else.
   */
  private static Location bareKeyAbove(String text, Mark mark, String file, int lineOffset) {
    if (mark == null) {
      return null;
    }
    // Lines as SnakeYAML counts them (its mark's line): CR alone and NEL, LS, PS end a line too.
    String[] lines = YAML_LINE_BREAK.split(text, -1);
    int problemLine = mark.getLine();
    if (problemLine >= lines.length) {
      return null;
    }
    int above = problemLine - 1;
    while (above >= 0 && (lines[above].isBlank() || lines[above].strip().startsWith("#"))) {
      above--;
    }
    if (above < 0) {
      return null;
    }
    String word = lines[above].strip();
    int indentAbove = lines[above].indexOf(word);
    int indentHere = lines[problemLine].length() - lines[problemLine].stripLeading().length();
    if (word.isEmpty() || word.contains(":") || word.startsWith("-") || word.contains(" ") || indentHere <= indentAbove) {
      return null;
    }
    return location(file, lineOffset, above + 1, indentAbove + word.length() + 1);
  }

  /** SnakeYAML refuses control characters anywhere in the text; it reports a character offset. */
  private static Diagnostic forbiddenCharacter(ReaderException e, String text, String file, int lineOffset) {
    int offset = Math.max(0, Math.min(e.getPosition(), text.length()));
    String character = String.format(Locale.ROOT, "U+%04X", e.getCodePoint());
    return Diagnostic.error("source.invalid-yaml", at(text, offset, file, lineOffset), null,
        "the control character " + character + " is not allowed in YAML text",
        "remove it, or write it as an escape inside a double-quoted string");
  }

  private static Diagnostic limits(StreamConstraintsException e, String file, int lineOffset, Location reading) {
    JsonLocation where = e.getLocation();
    // The exception often carries no location; the parser still knows where it stopped.
    Location at = where != null && where.getLineNr() > 0 ? location(file, lineOffset, where.getLineNr(), where.getColumnNr())
        : reading != null ? reading : Location.ofFile(file);
    String original = e.getOriginalMessage() == null ? "" : e.getOriginalMessage();
    if (original.contains("nesting depth")) {
      return Diagnostic.error("source.too-deep", at, null,
          "values are nested more than " + TreeBuilder.MAX_DEPTH + " levels deep",
          "an OpenAPI document never needs this depth; check that this is the right file");
    }
    String what = original.startsWith("Name length") ? "a key is longer than " + TreeBuilder.MAX_NAME_LENGTH + " characters"
        : original.startsWith("Number value length") ? "a number has more than " + TreeBuilder.MAX_NUMBER_LENGTH + " digits"
        : "a single name, number or string here is longer than the reader accepts";
    return Diagnostic.error("source.too-large", at, null, what,
        "an OpenAPI document never needs values this long; check that this is the right file");
  }

  /**
   * The first line of a library message, without parser internals (character codes, source
   * descriptions, token names), starting lower-case so it reads as part of our sentence.
   */
  static String essential(String message) {
    if (message == null || message.isBlank()) {
      return "unknown syntax error";
    }
    String line = message.strip().lines().findFirst().orElse("");
    int source = line.indexOf(" at [Source");
    if (source >= 0) {
      line = line.substring(0, source);
    }
    line = CODE.matcher(line).replaceAll("");
    line = QUOTED_CHAR.matcher(line).replaceAll("$1");
    line = YAML_EVENT.matcher(line).replaceAll("$1");
    line = line.replace("JSON String, Number, Array, Object or token 'null', 'true' or 'false'", "a JSON value");
    line = line.replace("double-quote to start field name", "'\"' to start a key");
    line = line.replace("comma to separate Object entries", "',' or '}'");
    line = line.replace("comma to separate Array entries", "',' or ']'");
    line = line.replace("a colon to separate field name and value", "':' after the key");
    if (line.length() > 160) {
      line = line.substring(0, 157) + "...";
    }
    return line.isEmpty() ? line : Character.toLowerCase(line.charAt(0)) + line.substring(1);
  }

  private static <T extends Throwable> T findCause(Throwable e, Class<T> type) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (type.isInstance(t)) {
        return type.cast(t);
      }
      if (t.getCause() == t) {
        break;
      }
    }
    return null;
  }
}
