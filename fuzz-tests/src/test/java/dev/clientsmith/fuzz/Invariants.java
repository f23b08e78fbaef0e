package dev.clientsmith.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import dev.clientsmith.generator.diag.Diagnostic;
import dev.clientsmith.generator.diag.DiagnosticException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What every fuzz target of the generator asserts about diagnostics: a bad input is answered with
 * codes that docs/errors.md documents, each naming the file it is about. Any other exception is not
 * caught by the targets, so Jazzer reports it as a finding.
 */
public final class Invariants {
  /** A row of one of the tables of docs/errors.md starts with the code in backticks. */
  private static final Pattern CODE_ROW = Pattern.compile("(?m)^\\| `([a-z]+\\.[a-z0-9-]+)`");

  private static final Set<String> DOCUMENTED = readCodes();

  private Invariants() {}

  /** The codes of docs/errors.md; the build passes its path (the module runs from its own folder). */
  public static Set<String> documentedCodes() {
    return DOCUMENTED;
  }

  private static Set<String> readCodes() {
    Path file = Path.of(System.getProperty("clientsmith.errors", "../docs/errors.md"));
    try {
      Set<String> codes = new TreeSet<>();
      Matcher m = CODE_ROW.matcher(Files.readString(file, StandardCharsets.UTF_8));
      while (m.find()) {
        codes.add(m.group(1));
      }
      if (codes.size() < 20) {
        throw new IllegalStateException(file + " lists only " + codes.size() + " codes: not the error list");
      }
      return Set.copyOf(codes);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Every diagnostic of {@code e} is documented and names {@code file} (the name it was read under, or a path ending in it). */
  public static void documented(DiagnosticException e, String file) {
    assertThat(e.diagnostics()).as("a DiagnosticException carries its diagnostics").isNotEmpty();
    e.diagnostics().forEach(d -> documented(d, file));
  }

  /** {@code d}'s code is documented and its location names {@code file}. */
  public static void documented(Diagnostic d, String file) {
    assertThat(DOCUMENTED).as("code of %s", d.render()).contains(d.code());
    assertThat(d.location().file()).as("file of %s", d.render()).endsWith(file);
    assertThat(d.message()).as("message of %s", d.code()).isNotBlank();
  }
}
