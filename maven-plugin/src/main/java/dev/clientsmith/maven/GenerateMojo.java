package dev.clientsmith.maven;

import dev.clientsmith.generator.GenerationRequest;
import dev.clientsmith.generator.GenerationResult;
import dev.clientsmith.generator.Generator;
import dev.clientsmith.generator.diag.DiagnosticException;
import dev.clientsmith.generator.incremental.InputDigest;
import dev.clientsmith.generator.incremental.RequestDigest;
import dev.clientsmith.generator.write.Manifest;
import dev.clientsmith.generator.write.OutputWriter;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.apache.maven.plugin.MojoExecution;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Generates the Java sources of a client into {@code outputDirectory} and adds that folder as a
 * compile source root. Skips generation, with one "up to date" line, when the digest of every input
 * (documents, configuration, templates, generator, parameters) equals the one stored after the last
 * successful generation.
 *
 * @since 0.1.0
 */
@Mojo(name = "generate", defaultPhase = LifecyclePhase.GENERATE_SOURCES, threadSafe = true)
public final class GenerateMojo extends AbstractClientsmithMojo {
  /**
   * Where the generated files go. The plugin owns only the files it wrote there (listed in the
   * folder's {@code .clientsmith/manifest}); a non-empty folder it did not generate is refused.
   *
   * @since 0.1.0
   */
  @Parameter(property = "clientsmith.outputDirectory", defaultValue = "${project.build.directory}/generated-sources/clientsmith", required = true)
  private File outputDirectory;

  /**
   * {@code SOURCES}: only the Java sources, added as a compile source root of this project.
   * {@code MODULE}: a whole Maven module (pom, README, sources, normalised document), for checking
   * in; it is not added as a source root.
   *
   * @since 0.1.0
   */
  @Parameter(property = "clientsmith.layout", defaultValue = "SOURCES", required = true)
  private GenerationRequest.Layout layout;

  /**
   * Skips this goal entirely: nothing is generated and no source root is added.
   *
   * @since 0.1.0
   */
  @Parameter(property = "clientsmith.skip", defaultValue = "false")
  private boolean skip;

  /** Names this execution's digest file, so that two executions never share one. */
  @Parameter(defaultValue = "${mojoExecution}", readonly = true, required = true)
  private MojoExecution execution;

  @Override
  public void execute() throws MojoExecutionException, MojoFailureException {
    long start = System.nanoTime();
    if (skip) {
      getLog().info("Clientsmith: skipped (clientsmith.skip is true)");
      return;
    }
    Path output = outputDirectory.toPath();
    GenerationRequest request;
    try {
      request = request().layout(layout).outputDirectory(output).build();
    } catch (DiagnosticException e) {
      throw failure(e);
    }
    Path digestFile = Path.of(project.getBuild().getDirectory(), "clientsmith", fileName(execution.getExecutionId()) + ".digest");
    Optional<InputDigest> stored = InputDigest.read(digestFile);
    InputDigest digest = RequestDigest.of(request, project.getBasedir().toPath(), stored);
    Optional<String> reason = reasonToGenerate(digest, stored, output);
    if (reason.isEmpty()) {
      getLog().info("Clientsmith: " + shown(output) + " is up to date (inputs unchanged; checked in " + millis(start) + " ms)");
      addSourceRoot(output);
      return;
    }
    getLog().info("Clientsmith: generating into " + shown(output) + ": " + reason.get());
    try {
      // A digest is only ever the record of a success: drop the old one before anything can fail.
      Files.deleteIfExists(digestFile);
      Generator generator = new Generator();
      GenerationResult result = generator.generate(request);
      warn(result.warnings());
      for (OutputWriter.Outcome outcome : generator.write(request, result)) {
        warn(outcome.warnings());
        getLog().info("Clientsmith: " + outcome.written().size() + " written, " + outcome.unchanged().size() + " unchanged, "
            + outcome.removed().size() + " removed in " + shown(outcome.directory()) + " (" + millis(start) + " ms)");
      }
      // Stored with the files (and URLs) the documents' $refs made the generation read.
      RequestDigest.afterGeneration(request, project.getBasedir().toPath(), stored, result.referencedFiles(),
          result.fetchedUrls()).store(digestFile);
    } catch (DiagnosticException e) {
      throw failure(e);
    } catch (IOException e) {
      throw new MojoExecutionException("Clientsmith: cannot store the input digest " + shown(digestFile) + ": " + e.getMessage()
          + "; check that the build folder is writable", e);
    }
    addSourceRoot(output);
  }

  /** Why the inputs must be generated again, or empty when the output is up to date. */
  private Optional<String> reasonToGenerate(InputDigest now, Optional<InputDigest> stored, Path output) {
    if (stored.isEmpty()) {
      return Optional.of("no digest of a previous generation");
    }
    List<String> changes = now.changesSince(stored.get());
    if (!changes.isEmpty()) {
      return Optional.of("changed since the last generation: " + String.join(", ", changes));
    }
    if (!Files.isRegularFile(output.resolve(Manifest.PATH))) {
      return Optional.of("the generated files are gone");
    }
    return Optional.empty();
  }

  private void addSourceRoot(Path output) {
    if (layout == GenerationRequest.Layout.SOURCES) {
      project.addCompileSourceRoot(output.toAbsolutePath().toString());
    }
  }

  /** An execution id as a file name: ids are free text in a pom. */
  static String fileName(String executionId) {
    return executionId.replaceAll("[^A-Za-z0-9._-]", "_");
  }

  private static long millis(long start) {
    return (System.nanoTime() - start) / 1_000_000;
  }
}
