package dev.clientsmith.generator.parse;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.clientsmith.generator.diag.Diagnostic;
import dev.clientsmith.generator.diag.DiagnosticException;
import dev.clientsmith.generator.diag.Location;
import dev.clientsmith.generator.diag.Severity;
import dev.clientsmith.generator.source.JsonPointers;
import dev.clientsmith.generator.source.Locator;
import dev.clientsmith.generator.source.SourceDocument;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Stage 2 of the pipeline: reads a document's tree with Swagger Parser and reports every problem as
 * a located {@link Diagnostic}.
 *
 * <p>Three sources of problems, in this order:
 *
 * <ol>
 *   <li>the version: OpenAPI 3.0.x and 3.1.x are read, Swagger Parser applying the rules of the
 *       version the document declares (a Swagger 2.0 document stops here);
 *   <li>the document's size: too many schemas or operations ({@link SizeCheck}) stop here too;
 *   <li>our own checks, for what Swagger Parser misses, silently "repairs" or misplaces: references
 *       that point nowhere, external references, alias cycles, operation tags that are not strings,
 *       and {@code required: true} written on a property;
 *   <li>Swagger Parser's messages, translated by {@link SwaggerMessages}. Messages that repeat one of
 *       our findings are dropped, ours being better located.
 * </ol>
 *
 * <p>Every Swagger Parser message is an error for now: none appears on the five real documents, so
 * there is no message yet that has been shown harmless.
 */
public final class SpecParser {
  private SpecParser() {}

  /**
   * Parses {@code doc}.
   *
   * @throws DiagnosticException listing every problem found
   */
  public static OpenAPI parse(SourceDocument doc) {
    Outcome outcome = run(doc.tree(), doc.name(), doc.locator());
    if (outcome.diagnostics().stream().anyMatch(d -> d.severity() == Severity.ERROR)) {
      throw new DiagnosticException(outcome.diagnostics());
    }
    if (outcome.openApi() == null) {
      throw new DiagnosticException(Diagnostic.error("parse.other", Location.ofFile(doc.name()), null,
          "Swagger Parser could not read the document and gave no reason",
          "check the document against the OpenAPI 3.0 specification"));
    }
    return outcome.openApi();
  }

  /**
   * Every problem of {@code tree}, in document order, without throwing: an empty list means the
   * document reads cleanly.
   *
   * @param name the document's name, for diagnostics that have no position
   * @param locator where pointers are in the original text; {@code p -> Location.ofFile(name)} will do
   *     for a tree that has no text
   */
  public static List<Diagnostic> check(ObjectNode tree, String name, Locator locator) {
    return run(tree, name, locator).diagnostics();
  }

  private record Outcome(OpenAPI openApi, List<Diagnostic> diagnostics) {}

  private static Outcome run(ObjectNode tree, String name, Locator locator) {
    Objects.requireNonNull(tree, "tree");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(locator, "locator");
    Optional<Diagnostic> version = VersionCheck.check(tree, locator);
    if (version.isPresent()) {
      return new Outcome(null, List.of(version.get()));
    }
    // Before anything whose cost grows with the document's size.
    List<Diagnostic> tooLarge = SizeCheck.check(tree, locator);
    if (!tooLarge.isEmpty()) {
      return new Outcome(null, tooLarge);
    }
    List<Diagnostic> refProblems = RefCheck.check(tree, locator);
    List<Diagnostic> found = new ArrayList<>(refProblems);
    found.addAll(TagsCheck.check(tree, locator));
    found.addAll(RequiredFlagCheck.check(tree, locator));
    List<Diagnostic> shapes = SchemaShapeCheck.check(tree, locator);
    found.addAll(shapes);
    List<Diagnostic> serverVariables = ServerVariablesCheck.check(tree, locator);
    List<Diagnostic> bodyParameters = BodyParameterCheck.check(tree, locator);
    found.addAll(serverVariables);
    found.addAll(bodyParameters);

    boolean external = refProblems.stream().anyMatch(d -> d.code().equals("parse.external-ref"));
    SwaggerParseResult result = swagger(tree, !external);
    SwaggerMessages translator = new SwaggerMessages(tree, name, locator);
    List<String> messages = result.getMessages() == null ? List.of() : result.getMessages();
    for (String message : messages) {
      SwaggerMessages.Translated translated = translator.translate(message);
      if (!repeats(translated, found, refProblems) && !repeatsForms(translated.diagnostic(), serverVariables, bodyParameters)
          && !repeatsShapes(translated.diagnostic(), shapes)) {
        found.add(translated.diagnostic());
      }
    }
    found.sort(ORDER);
    return new Outcome(result.getOpenAPI(), List.copyOf(found));
  }

  private static SwaggerParseResult swagger(ObjectNode tree, boolean resolve) {
    ParseOptions options = new ParseOptions();
    // Resolving checks references; it is skipped when the document has external ones, which would
    // make Swagger Parser read other files or URLs (they are reported by RefCheck instead).
    options.setResolve(resolve);
    options.setResolveFully(false);
    return new OpenAPIV3Parser().readContents(tree.toString(), null, options);
  }

  /** True when a translated Swagger Parser message says again what we already report. */
  private static boolean repeats(SwaggerMessages.Translated t, List<Diagnostic> found, List<Diagnostic> refProblems) {
    Diagnostic d = t.diagnostic();
    for (Diagnostic existing : found) {
      if (existing.code().equals(d.code()) && Objects.equals(existing.pointer(), d.pointer())) {
        return true;
      }
    }
    if (d.code().equals("parse.wrong-type") && d.message().startsWith("'required' must be")
        && found.stream().anyMatch(f -> f.code().equals(RequiredFlagCheck.CODE))) {
      // Swagger Parser's view of a required flag on a property, placed at the wrong object.
      return true;
    }
    if (d.code().equals("parse.unresolved-ref") || t.aboutRefs()) {
      // About a reference: covered when one of ours is at or under its pointer.
      for (Diagnostic ref : refProblems) {
        if (d.pointer() != null && ref.pointer() != null && isSameOrAncestor(d.pointer(), ref.pointer())) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * Swagger Parser's view of what {@link ServerVariablesCheck} and {@link BodyParameterCheck} report:
   * a missing "default" under a dotted name, and an {@code in} that "must be" one of four values,
   * located at the parameter list.
   */
  private static boolean repeatsForms(Diagnostic d, List<Diagnostic> serverVariables, List<Diagnostic> bodyParameters) {
    if (!serverVariables.isEmpty() && d.code().equals("parse.missing") && d.pointer() != null
        && d.pointer().startsWith("/servers") && d.message().contains("default")) {
      return true;
    }
    for (Diagnostic ours : bodyParameters) {
      if (d.code().equals("parse.wrong-type") && d.pointer() != null && isSameOrAncestor(d.pointer(), ours.pointer())
          && d.message().contains(".in' must be")) {
        return true;
      }
    }
    return false;
  }

  /**
   * Swagger Parser's view of what {@link SchemaShapeCheck} reports: at the same value, or for one
   * property, at the 'properties' object that holds it ("'properties' must be an object").
   */
  private static boolean repeatsShapes(Diagnostic d, List<Diagnostic> shapes) {
    if (d.pointer() == null || !(d.code().equals("parse.wrong-type") || d.code().equals("parse.missing"))) {
      return false;
    }
    for (Diagnostic ours : shapes) {
      String parent = JsonPointers.parent(ours.pointer());
      if (d.pointer().equals(ours.pointer()) || d.pointer().equals(parent) && parent.endsWith("/properties")) {
        return true;
      }
    }
    return false;
  }

  private static boolean isSameOrAncestor(String ancestor, String pointer) {
    for (String p = pointer; p != null; p = JsonPointers.parent(p)) {
      if (p.equals(ancestor)) {
        return true;
      }
    }
    return false;
  }

  /** Document order; problems without a position first; then by pointer and code for ties. */
  private static final Comparator<Diagnostic> ORDER = Comparator
      .comparingInt((Diagnostic d) -> d.location().line())
      .thenComparingInt(d -> d.location().column())
      .thenComparing(d -> d.pointer() == null ? "" : d.pointer())
      .thenComparing(Diagnostic::code)
      .thenComparing(Diagnostic::message);
}
