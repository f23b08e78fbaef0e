package dev.clientsmith.generator.source;

import dev.clientsmith.generator.diag.Diagnostic;
import dev.clientsmith.generator.diag.DiagnosticException;
import dev.clientsmith.generator.diag.Location;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Finds the one fenced code block of a documentation page that holds an OpenAPI document. Pages
 * carry prose and other blocks (an HTTP request example, "instructions for agents"); those are not
 * part of the spec and are ignored.
 *
 * <p>Fences follow CommonMark: three or more backticks or tildes, indented by at most three spaces;
 * a block is closed by a fence of the same character at least as long, or by the end of the page.
 * The info string may carry more than a language ({@code yaml https://... post /x}).
 */
final class MarkdownSpecExtractor {
  private static final Pattern OPENING = Pattern.compile("^ {0,3}(`{3,}|~{3,})(.*)$");
  private static final Set<String> SPEC_LANGUAGES = Set.of("", "json", "yaml", "yml");
  private static final Pattern JSON_SPEC_KEY = Pattern.compile("\"(openapi|swagger)\"\\s*:");
  private static final Pattern YAML_SPEC_KEY =
      Pattern.compile("(?m)^ {0,3}(openapi|swagger|\"openapi\"|\"swagger\"|'openapi'|'swagger')[ \\t]*:");

  private MarkdownSpecExtractor() {}

  static EmbeddedSpec extract(String page, String file) {
    List<FencedBlock> blocks = fencedBlocks(page);
    List<FencedBlock> candidates = blocks.stream().filter(MarkdownSpecExtractor::holdsSpec).collect(Collectors.toList());
    if (candidates.isEmpty()) {
      String message = blocks.isEmpty()
          ? "the Markdown page has no fenced code block, so it holds no OpenAPI document"
          : blocks.size() == 1
              ? "the Markdown page has one fenced code block (at " + lines(blocks) + "), but it holds no OpenAPI document"
              : "the Markdown page has " + blocks.size() + " fenced code blocks (at " + lines(blocks)
                  + "), but none holds an OpenAPI document";
      throw new DiagnosticException(Diagnostic.error("source.no-spec-block", Location.ofFile(file), null, message,
          "put the document in a fenced block (```json or ```yaml) whose content starts with '{' or 'openapi:'"));
    }
    if (candidates.size() > 1) {
      FencedBlock second = candidates.get(1);
      throw new DiagnosticException(Diagnostic.error("source.several-spec-blocks",
          new Location(file, second.fenceLine(), 1), null,
          "the Markdown page has " + candidates.size() + " fenced blocks that hold an OpenAPI document (at "
              + lines(candidates) + "); a page must hold exactly one",
          "keep one OpenAPI document per page: move the others to pages or files of their own"));
    }
    FencedBlock spec = candidates.get(0);
    return new EmbeddedSpec(spec.content(), spec.fenceLine(), formatOf(spec));
  }

  /** Every fenced block of the page, in order. */
  static List<FencedBlock> fencedBlocks(String page) {
    List<FencedBlock> blocks = new ArrayList<>();
    int lineNo = 0;
    int pos = 0;
    FencedBlockStart open = null;
    while (pos < page.length()) {
      int end = page.indexOf('\n', pos);
      int next = end < 0 ? page.length() : end + 1;
      String line = stripCr(page.substring(pos, end < 0 ? page.length() : end));
      lineNo++;
      if (open == null) {
        Matcher m = OPENING.matcher(line);
        if (m.matches() && !(m.group(1).charAt(0) == '`' && m.group(2).contains("`"))) {
          open = new FencedBlockStart(lineNo, m.group(1), m.group(2).trim(), next);
        }
      } else if (closes(line, open.fence())) {
        blocks.add(new FencedBlock(open.line(), open.info(), page.substring(open.contentStart(), pos)));
        open = null;
      }
      pos = next;
    }
    if (open != null) {
      // CommonMark: an unclosed block runs to the end of the page.
      blocks.add(new FencedBlock(open.line(), open.info(), page.substring(Math.min(open.contentStart(), page.length()))));
    }
    return blocks;
  }

  private record FencedBlockStart(int line, String fence, String info, int contentStart) {}

  private static boolean closes(String line, String fence) {
    String trimmed = line.stripLeading();
    if (line.length() - trimmed.length() > 3) {
      return false;
    }
    char c = fence.charAt(0);
    int run = 0;
    while (run < trimmed.length() && trimmed.charAt(run) == c) {
      run++;
    }
    return run >= fence.length() && trimmed.substring(run).isBlank();
  }

  /**
   * A block holds a spec when its language allows it and its content has a top-level
   * {@code openapi}/{@code swagger} key. The check is textual on purpose: a truncated JSON document
   * must still be found here, so that the reader can say where it breaks.
   */
  private static boolean holdsSpec(FencedBlock block) {
    if (!SPEC_LANGUAGES.contains(block.language())) {
      return false;
    }
    String content = block.content().stripLeading();
    if (content.startsWith("{")) {
      return JSON_SPEC_KEY.matcher(content).find();
    }
    return YAML_SPEC_KEY.matcher(block.content()).find();
  }

  private static SourceDocument.Format formatOf(FencedBlock block) {
    switch (block.language()) {
      case "json":
        return SourceDocument.Format.JSON;
      case "yaml":
      case "yml":
        return SourceDocument.Format.YAML;
      default:
        return block.content().stripLeading().startsWith("{") ? SourceDocument.Format.JSON : SourceDocument.Format.YAML;
    }
  }

  private static String lines(List<FencedBlock> blocks) {
    List<String> numbers = blocks.stream().map(b -> Integer.toString(b.fenceLine())).collect(Collectors.toList());
    String prefix = numbers.size() == 1 ? "line " : "lines ";
    if (numbers.size() == 1) {
      return prefix + numbers.get(0);
    }
    return prefix + String.join(", ", numbers.subList(0, numbers.size() - 1)) + " and " + numbers.get(numbers.size() - 1);
  }

  private static String stripCr(String line) {
    return line.endsWith("\r") ? line.substring(0, line.length() - 1) : line;
  }
}
