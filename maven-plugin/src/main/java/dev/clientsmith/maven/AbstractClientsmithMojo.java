package dev.clientsmith.maven;

import dev.clientsmith.generator.GenerationRequest;
import dev.clientsmith.generator.diag.Diagnostic;
import dev.clientsmith.generator.diag.DiagnosticException;
import java.io.File;
import java.nio.file.Path;
import java.util.List;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;

/**
 * What both goals read: the documents (or one provider of a configuration), the naming parameters,
 * and the templates. Each goal turns them into one {@link GenerationRequest}; the pipeline itself
 * lives in the generator library, never here.
 */
abstract class AbstractClientsmithMojo extends AbstractMojo {
  /**
   * The OpenAPI documents to generate one client from: Markdown pages with an embedded fenced
   * document, JSON or YAML files. Several documents are merged into one client. Give either
   * {@code specs} or {@code config} with {@code provider}.
   *
   * @since 0.1.0
   */
  @Parameter(property = "clientsmith.specs")
  protected List<File> specs;

  /**
   * A provider configuration ({@code providers.yaml}) naming each provider's documents, package and
   * client class; used with {@code provider} instead of {@code specs}.
   *
   * @since 0.1.0
   */
  @Parameter(property = "clientsmith.config")
  protected File config;

  /**
   * The id of the provider in {@code config} to generate the client of.
   *
   * @since 0.1.0
   */
  @Parameter(property = "clientsmith.provider")
  protected String provider;

  /**
   * The Java package of the generated client, e.g. {@code com.acme.client}; required with
   * {@code specs} (a configured provider names its own).
   *
   * @since 0.1.0
   */
  @Parameter(property = "clientsmith.packageName")
  protected String packageName;

  /**
   * The simple name of the generated client class, e.g. {@code AcmeClient}; required with
   * {@code specs} (a configured provider names its own).
   *
   * @since 0.1.0
   */
  @Parameter(property = "clientsmith.clientName")
  protected String clientName;

  /**
   * With {@code specs} and the {@code MODULE} layout: the groupId of the generated module's pom
   * (default: the package name).
   *
   * @since 0.1.0
   */
  @Parameter(property = "clientsmith.groupId")
  protected String groupId;

  /**
   * With {@code specs} and the {@code MODULE} layout: the artifactId of the generated module's pom
   * (default: from the client name, e.g. {@code acme-client}).
   *
   * @since 0.1.0
   */
  @Parameter(property = "clientsmith.artifactId")
  protected String artifactId;

  /**
   * With {@code specs} and the {@code MODULE} layout: the version of the generated module's pom
   * (default: the document's {@code info.version} when Maven can use it, else {@code 0.1.0-SNAPSHOT}).
   *
   * @since 0.1.0
   */
  @Parameter(property = "clientsmith.moduleVersion")
  protected String moduleVersion;

  /**
   * A folder of Mustache templates ({@code pom.xml.mustache}, {@code README.md.mustache}) replacing
   * the built-in ones of a generated module.
   *
   * @since 0.1.0
   */
  @Parameter(property = "clientsmith.templates")
  protected File templates;

  /**
   * Read {@code $ref}s that name an http/https URL, a {@code file:} URI, an absolute path or a file
   * outside the document's folder; refused by default. References to files in the document's folder
   * are always read. URLs are fetched with time and size limits, and a build that fetched any
   * generates again every time (what a URL serves cannot be known without fetching it).
   *
   * @since 0.1.0
   */
  @Parameter(property = "clientsmith.allowRemoteRefs", defaultValue = "false")
  protected boolean allowRemoteRefs;

  /** The project being built; relative paths in log lines are relative to its folder. */
  @Parameter(defaultValue = "${project}", readonly = true, required = true)
  protected MavenProject project;

  /** The request shared by both goals; the goal adds the layout and where the files go. */
  protected GenerationRequest.Builder request() {
    // The builder takes null for "not given"; build() refuses combinations that do not fit.
    return GenerationRequest.builder()
        .specs(specs == null ? List.of() : specs.stream().map(File::toPath).toList())
        .config(config == null ? null : config.toPath())
        .provider(provider)
        .packageName(packageName)
        .clientName(clientName)
        .groupId(groupId)
        .artifactId(artifactId)
        .version(moduleVersion)
        .templates(templatesPath())
        .allowRemoteRefs(allowRemoteRefs);
  }

  /** The templates folder, or null when the built-in templates are used. */
  protected Path templatesPath() {
    return templates == null ? null : templates.toPath();
  }

  /**
   * Logs each diagnostic as a Maven error (file:line:col, pointer and hint lines) and returns the
   * failure that stops the build; the diagnostics already say everything, so no stack trace.
   */
  protected MojoFailureException failure(DiagnosticException e) {
    List<Diagnostic> diagnostics = e.diagnostics();
    diagnostics.forEach(d -> getLog().error(d.render()));
    // A DiagnosticException always holds at least one diagnostic; its first line is the summary.
    String first = diagnostics.get(0).render().lines().findFirst().orElse("");
    String more = diagnostics.size() > 1 ? " (and " + (diagnostics.size() - 1) + " more, listed above)" : "";
    return new MojoFailureException("Clientsmith: " + first + more);
  }

  /** Warnings of a successful run, each as a Maven warning. */
  protected void warn(List<Diagnostic> warnings) {
    warnings.forEach(d -> getLog().warn(d.render()));
  }

  /** A path as log lines show it: relative to the project folder when below it. */
  protected String shown(Path path) {
    return RegenerateCommand.relative(project.getBasedir().toPath(), path);
  }
}
