package dev.clientsmith.interoptests;

import static org.assertj.core.api.Assertions.assertThat;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.model.SimpleRequest;
import com.atlassian.oai.validator.report.LevelResolverFactory;
import com.atlassian.oai.validator.report.ValidationReport;
import com.fasterxml.jackson.databind.JsonNode;
import dev.clientsmith.interoptests.Documents.Page;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Normalising never narrows what a provider accepts: swagger-request-validator (the same validator,
 * the same requests) judges each hand-written request against the ORIGINAL document and against the
 * NORMALISED one, and every request the original accepts must be accepted by the normalised one.
 *
 * <p>The validator runs in two modes. Strict, its default: it treats every object as if it had
 * {@code additionalProperties: false}. Lenient ({@code withAdditionalPropertiesIgnored}): what OpenAPI
 * says, extra properties allowed (this also ignores a document's own {@code additionalProperties:
 * false}, as Jylo's). Requests that the document clearly does not allow must be rejected by the
 * normalised document in both modes, so that accepting is not vacuous.
 */
@ExtendWith(InteropReport.class)
class RequestValidationTest {
  enum Mode {
    STRICT,
    LENIENT
  }

  static List<String> providers() {
    return Documents.providerIds();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("providers")
  void theNormalisedDocumentAcceptsEveryRequestTheOriginalAccepts(String providerId) {
    JsonNode normalised = Documents.normalised(providerId);
    List<Page> pages = Documents.pages().stream().filter(p -> p.providerId().equals(providerId)).toList();
    Map<String, OpenApiInteractionValidator> validators = new LinkedHashMap<>();
    for (Mode mode : Mode.values()) {
      validators.put("normalised/" + mode, validator(normalised, mode));
      for (Page page : pages) {
        validators.put(page.id() + "/" + mode, validator(Documents.original(page), mode));
      }
    }

    List<String> narrowed = new ArrayList<>();
    List<String> invalidAccepted = new ArrayList<>();
    List<String> widened = new ArrayList<>();
    List<String> table = new ArrayList<>();
    int acceptedByOriginal = 0;
    for (RequestCorpus.Request request : RequestCorpus.of(providerId)) {
      Page page = pages.stream().filter(p -> RequestCorpus.serves(Documents.original(p), request.path())).findFirst()
          .orElseThrow(() -> new AssertionError(request + ": no original document of " + providerId + " has " + request.path()));
      assertThat(RequestCorpus.serves(normalised, request.path()))
          .as("the normalised document of %s serves %s (same URL as the original)", providerId, request.path()).isTrue();
      StringBuilder row = new StringBuilder(String.format("%-42s", request.name()));
      for (Mode mode : Mode.values()) {
        ValidationReport original = validators.get(page.id() + "/" + mode).validateRequest(http(request));
        ValidationReport normalisedReport = validators.get("normalised/" + mode).validateRequest(http(request));
        row.append(' ').append(mode).append(": ").append(verdict(original)).append(" -> ").append(verdict(normalisedReport));
        if (!original.hasErrors()) {
          acceptedByOriginal++;
          if (normalisedReport.hasErrors()) {
            narrowed.add(request.name() + " (" + mode + "): accepted by " + page.id() + ", rejected by the normalised document: "
                + describe(normalisedReport));
          }
        }
        if (original.hasErrors() && !normalisedReport.hasErrors() && mode == Mode.LENIENT) {
          widened.add(request.name() + ": " + describe(original));
        }
        if (request.invalid() && !normalisedReport.hasErrors()) {
          invalidAccepted.add(request.name() + " (" + mode + ")");
        }
      }
      table.add(row.toString().stripTrailing());
    }
    int requests = table.size();
    if (!widened.isEmpty()) {
      table.add("");
      table.add("accepted only by the normalised document (lenient), with what the original said:");
      widened.forEach(w -> table.add("  " + w));
    }
    // To the report, not the console: the validator's messages about the original documents read like failures.
    InteropReport.section("2 swagger-request-validator " + providerId, "swagger-request-validator, " + providerId
        + " (original strict / lenient -> normalised strict / lenient)", table, true, "swagger-request-validator", requests);

    assertThat(acceptedByOriginal).as("requests of %s the original documents accept", providerId).isGreaterThan(0);
    assertThat(narrowed).as("requests the original accepts and the normalised document of %s rejects", providerId).isEmpty();
    assertThat(invalidAccepted).as("invalid requests the normalised document of %s accepts", providerId).isEmpty();
  }

  static OpenApiInteractionValidator validator(JsonNode document, Mode mode) {
    OpenApiInteractionValidator.Builder builder = OpenApiInteractionValidator.createForInlineApiSpecification(Documents.write(document));
    if (mode == Mode.LENIENT) {
      builder.withLevelResolver(LevelResolverFactory.withAdditionalPropertiesIgnored());
    }
    return builder.build();
  }

  static Request http(RequestCorpus.Request request) {
    SimpleRequest.Builder builder = SimpleRequest.Builder.post(request.path()).withHeader("Authorization", "Bearer test-key");
    request.body().ifPresent(body -> builder.withContentType("application/json").withBody(body.toString()));
    return builder.build();
  }

  static String verdict(ValidationReport report) {
    return report.hasErrors() ? "reject" : "accept";
  }

  /** The validator's messages, each with the first of its nested ones (why each union member failed). */
  static String describe(ValidationReport report) {
    return report.getMessages().stream().map(m -> m.getKey() + " " + m.getMessage().replace('\n', ' ')
            + m.getNestedMessages().stream().limit(3).map(n -> n.getMessage().replace('\n', ' '))
                .collect(Collectors.joining(" | ", m.getNestedMessages().isEmpty() ? "" : " [", m.getNestedMessages().isEmpty() ? "" : "]")))
        .collect(Collectors.joining("; "));
  }
}
