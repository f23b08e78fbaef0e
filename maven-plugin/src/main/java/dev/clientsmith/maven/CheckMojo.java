package dev.clientsmith.maven;

import dev.clientsmith.generator.GenerationRequest;
import dev.clientsmith.generator.GenerationResult;
import dev.clientsmith.generator.Generator;
import dev.clientsmith.generator.diag.DiagnosticException;
import dev.clientsmith.generator.write.FileDifference;
import java.io.File;
import java.nio.file.Path;
import java.util.List;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * For CI: generates the module in memory and fails the build when the checked-in module in
 * {@code moduleDirectory} differs from it, naming each differing file with a few diff lines and the
 * command that regenerates it. Writes nothing.
 *
 * @since 0.1.0
 */
@Mojo(name = "check", defaultPhase = LifecyclePhase.VERIFY, threadSafe = true)
public final class CheckMojo extends AbstractClientsmithMojo {
  /**
   * The checked-in generated module to compare with a fresh generation.
   *
   * @since 0.1.0
   */
  @Parameter(property = "clientsmith.moduleDirectory", required = true)
  private File moduleDirectory;

  /**
   * Skips the comparison.
   *
   * @since 0.1.0
   */
  @Parameter(property = "clientsmith.skip", defaultValue = "false")
  private boolean skip;

  /** The folder Maven was started in: the regeneration command is given relative to it. */
  @Parameter(defaultValue = "${session}", readonly = true, required = true)
  private MavenSession session;

  @Override
  public void execute() throws MojoFailureException {
    if (skip) {
      getLog().info("Clientsmith: check skipped (clientsmith.skip is true)");
      return;
    }
    Path module = moduleDirectory.toPath();
    List<FileDifference> differences;
    String moduleFolder;
    try {
      GenerationRequest request = request().layout(GenerationRequest.Layout.MODULE).outputDirectory(module).build();
      Generator generator = new Generator();
      GenerationResult result = generator.generate(request);
      warn(result.warnings());
      differences = generator.check(request, result);
      moduleFolder = result.outputs().get(0).module().folder();
    } catch (DiagnosticException e) {
      throw failure(e);
    }
    // Paths as seen from where Maven was started, which is where the regeneration command runs too.
    Path root = Path.of(session.getExecutionRootDirectory());
    if (differences.isEmpty()) {
      getLog().info("Clientsmith: " + RegenerateCommand.relative(root, module) + " matches a fresh generation");
      return;
    }
    for (FileDifference difference : differences) {
      getLog().error(RegenerateCommand.relative(root, module.resolve(difference.path())) + ": " + difference.kind().description());
      difference.diffLines().forEach(line -> getLog().error("  " + line));
    }
    throw new MojoFailureException("Clientsmith: " + differences.size() + " file(s) of " + RegenerateCommand.relative(root, module)
        + " differ from a fresh generation; regenerate with: " + regenerateCommand(root, moduleFolder));
  }

  /** The CLI command that rewrites the module, with paths relative to where Maven was started. */
  private String regenerateCommand(Path root, String moduleFolder) {
    RegenerateCommand command = new RegenerateCommand(root, moduleDirectory.toPath());
    String line = provider != null ? command.forProvider(config.toPath(), provider, moduleFolder, templatesPath())
        : command.forSpecs(specs.stream().map(File::toPath).toList(), templatesPath(), "--package", packageName,
            "--client-name", clientName, "--group-id", groupId, "--artifact-id", artifactId, "--module-version", moduleVersion);
    // The generation compared read what the documents point to; so must the one that rewrites the module.
    return allowRemoteRefs ? line + " --allow-remote-refs" : line;
  }
}
