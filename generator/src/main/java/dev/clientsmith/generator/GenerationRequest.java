package dev.clientsmith.generator;

import dev.clientsmith.generator.config.JavaNames;
import dev.clientsmith.generator.config.MavenNames;
import dev.clientsmith.generator.diag.Diagnostic;
import dev.clientsmith.generator.diag.DiagnosticException;
import dev.clientsmith.generator.diag.Location;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Everything one run of the generator needs, as one immutable value: the CLI and the Maven plugin
 * each build one from their options and hand it to {@link Generator}; neither decides anything
 * about documents or output on its own.
 *
 * <p>The documents come either from {@link #specs()} (files outside the configuration, merged into
 * one standalone module) or from {@link #config()} with one {@link #provider()} or
 * {@link #allProviders()}.
 *
 * <p>Where modules go is said one of two ways, never both: {@link #outputDirectory()} is the folder
 * that receives the one module of the request; {@link #modulesDirectory()} is a folder holding one
 * module folder per provider, named as the configuration says (what {@link #allProviders()} needs).
 */
public final class GenerationRequest {

  /** What is written into the output folder. */
  public enum Layout {
    /** A whole Maven module: {@code pom.xml}, {@code README.md}, {@code src/main/java}, ... */
    MODULE,
    /** Only the Java sources, straight into the output folder, as a compile source root needs them. */
    SOURCES
  }

  private final List<Path> specs;
  private final Optional<Path> config;
  private final Optional<String> provider;
  private final boolean allProviders;
  private final Optional<String> packageName;
  private final Optional<String> clientName;
  private final Optional<String> groupId;
  private final Optional<String> artifactId;
  private final Optional<String> version;
  private final Optional<Path> templates;
  private final Optional<Path> outputDirectory;
  private final Optional<Path> modulesDirectory;
  private final Layout layout;
  private final boolean force;
  private final boolean allowRemoteRefs;

  private GenerationRequest(Builder b) {
    this.specs = List.copyOf(b.specs);
    this.config = Optional.ofNullable(b.config);
    this.provider = Optional.ofNullable(b.provider);
    this.allProviders = b.allProviders;
    this.packageName = Optional.ofNullable(b.packageName);
    this.clientName = Optional.ofNullable(b.clientName);
    this.groupId = Optional.ofNullable(b.groupId);
    this.artifactId = Optional.ofNullable(b.artifactId);
    this.version = Optional.ofNullable(b.version);
    this.templates = Optional.ofNullable(b.templates);
    this.outputDirectory = Optional.ofNullable(b.outputDirectory);
    this.modulesDirectory = Optional.ofNullable(b.modulesDirectory);
    this.layout = b.layout;
    this.force = b.force;
    this.allowRemoteRefs = b.allowRemoteRefs;
  }

  public static Builder builder() {
    return new Builder();
  }

  public Builder toBuilder() {
    Builder b = new Builder();
    b.specs.addAll(specs);
    b.config = config.orElse(null);
    b.provider = provider.orElse(null);
    b.allProviders = allProviders;
    b.packageName = packageName.orElse(null);
    b.clientName = clientName.orElse(null);
    b.groupId = groupId.orElse(null);
    b.artifactId = artifactId.orElse(null);
    b.version = version.orElse(null);
    b.templates = templates.orElse(null);
    b.outputDirectory = outputDirectory.orElse(null);
    b.modulesDirectory = modulesDirectory.orElse(null);
    b.layout = layout;
    b.force = force;
    b.allowRemoteRefs = allowRemoteRefs;
    return b;
  }

  /** Documents outside the configuration (Markdown pages, JSON, YAML); several are merged into one API. */
  public List<Path> specs() {
    return specs;
  }

  /** The provider configuration ({@code providers.yaml}), when the documents come from it. */
  public Optional<Path> config() {
    return config;
  }

  /** One provider of the configuration. */
  public Optional<String> provider() {
    return provider;
  }

  /** Every provider of the configuration. */
  public boolean allProviders() {
    return allProviders;
  }

  /** With {@link #specs()}: the Java package of the client. */
  public Optional<String> packageName() {
    return packageName;
  }

  /** With {@link #specs()}: the client class name, e.g. {@code AcmeClient}. */
  public Optional<String> clientName() {
    return clientName;
  }

  /** With {@link #specs()}: the module's groupId; derived from the package when absent. */
  public Optional<String> groupId() {
    return groupId;
  }

  /** With {@link #specs()}: the module's artifactId; derived from the client name when absent. */
  public Optional<String> artifactId() {
    return artifactId;
  }

  /** With {@link #specs()}: the module's version; the document's {@code info.version} when absent and valid. */
  public Optional<String> version() {
    return version;
  }

  /** A folder whose {@code pom.xml.mustache} / {@code README.md.mustache} replace the built-in templates. */
  public Optional<Path> templates() {
    return templates;
  }

  /** The folder that receives the request's one module. */
  public Optional<Path> outputDirectory() {
    return outputDirectory;
  }

  /** The folder holding one module folder per configured provider, each named as the configuration says. */
  public Optional<Path> modulesDirectory() {
    return modulesDirectory;
  }

  public Layout layout() {
    return layout;
  }

  /** Adopt a non-empty output folder that has no manifest (its files are kept; none is deleted). */
  public boolean force() {
    return force;
  }

  /**
   * Read {@code $ref}s that name an http/https URL, a {@code file:} URI, an absolute path or a file
   * outside the document's folder. Off by default: a document then cannot make the generator read
   * what its author chose; references to files in the document's folder are always read.
   */
  public boolean allowRemoteRefs() {
    return allowRemoteRefs;
  }

  /** Builds a {@link GenerationRequest}; {@link #build()} refuses combinations that mean nothing. */
  public static final class Builder {
    private final List<Path> specs = new ArrayList<>();
    private Path config;
    private String provider;
    private boolean allProviders;
    private String packageName;
    private String clientName;
    private String groupId;
    private String artifactId;
    private String version;
    private Path templates;
    private Path outputDirectory;
    private Path modulesDirectory;
    private Layout layout = Layout.MODULE;
    private boolean force;
    private boolean allowRemoteRefs;

    private Builder() {}

    public Builder specs(List<Path> value) {
      specs.clear();
      value.forEach(p -> specs.add(Objects.requireNonNull(p, "spec")));
      return this;
    }

    public Builder addSpec(Path value) {
      specs.add(Objects.requireNonNull(value, "spec"));
      return this;
    }

    public Builder config(Path value) {
      this.config = value;
      return this;
    }

    public Builder provider(String value) {
      this.provider = value;
      return this;
    }

    public Builder allProviders(boolean value) {
      this.allProviders = value;
      return this;
    }

    public Builder packageName(String value) {
      this.packageName = value;
      return this;
    }

    public Builder clientName(String value) {
      this.clientName = value;
      return this;
    }

    public Builder groupId(String value) {
      this.groupId = value;
      return this;
    }

    public Builder artifactId(String value) {
      this.artifactId = value;
      return this;
    }

    public Builder version(String value) {
      this.version = value;
      return this;
    }

    public Builder templates(Path value) {
      this.templates = value;
      return this;
    }

    public Builder outputDirectory(Path value) {
      this.outputDirectory = value;
      return this;
    }

    public Builder modulesDirectory(Path value) {
      this.modulesDirectory = value;
      return this;
    }

    public Builder layout(Layout value) {
      this.layout = Objects.requireNonNull(value, "layout");
      return this;
    }

    public Builder force(boolean value) {
      this.force = value;
      return this;
    }

    public Builder allowRemoteRefs(boolean value) {
      this.allowRemoteRefs = value;
      return this;
    }

    /**
     * The request, or a {@link DiagnosticException} naming every option that does not fit: the
     * front ends report these as they report bad documents.
     */
    public GenerationRequest build() {
      List<Diagnostic> problems = new ArrayList<>();
      boolean fromSpecs = !specs.isEmpty();
      boolean fromConfig = provider != null || allProviders;
      if (fromSpecs == fromConfig) {
        problems.add(option(fromSpecs ? "name documents or providers of the configuration, not both"
            : "no documents given", "give documents (--spec / <specs>) or a provider of the configuration (--provider / --all)"));
      }
      if (provider != null && allProviders) {
        problems.add(option("one provider and all providers were both asked for", "give either a provider id or all"));
      }
      if (fromConfig && config == null) {
        problems.add(option("a provider was named without a configuration", "give the configuration file (providers.yaml)"));
      }
      if (fromConfig) {
        for (String[] specOnly : new String[][] {{"package name", packageName}, {"client name", clientName},
            {"groupId", groupId}, {"artifactId", artifactId}, {"version", version}}) {
          if (specOnly[1] != null) {
            problems.add(option("a " + specOnly[0] + " applies only to documents outside the configuration",
                "the configuration names the package, client and coordinates of its providers; drop the option"));
          }
        }
      }
      if (fromSpecs) {
        if (packageName != null && !JavaNames.isPackage(packageName)) {
          problems.add(option("'" + packageName + "' is not a Java package name", "for example com.acme.client"));
        }
        if (clientName != null && (!JavaNames.isIdentifier(clientName) || !Character.isUpperCase(clientName.charAt(0)))) {
          problems.add(option("'" + clientName + "' is not a Java class name", "for example AcmeClient"));
        }
        if (groupId != null && !MavenNames.COORDINATE.matcher(groupId).matches()) {
          problems.add(option("'" + groupId + "' is not a Maven groupId", "for example com.acme"));
        }
        if (artifactId != null && !MavenNames.COORDINATE.matcher(artifactId).matches()) {
          problems.add(option("'" + artifactId + "' is not a Maven artifactId", "for example acme-client"));
        }
        if (version != null && !MavenNames.VERSION.matcher(version).matches()) {
          problems.add(option("'" + version + "' is not a Maven version", "for example 1.2.0 or 1.2.0-SNAPSHOT"));
        }
        if (packageName == null || clientName == null) {
          problems.add(option("documents outside the configuration need a package name and a client name",
              "for example --package com.acme.client --client-name AcmeClient"));
        }
      }
      if (outputDirectory != null && modulesDirectory != null) {
        problems.add(option("both a module folder and a folder of modules were given", "give one of them"));
      } else if (outputDirectory == null && modulesDirectory == null) {
        problems.add(option("no output folder given", "name the folder that receives the module (--out)"));
      } else if (modulesDirectory != null && fromSpecs) {
        problems.add(option("documents outside the configuration make one module, with no configured folder name",
            "name the module folder itself (--out)"));
      } else if (outputDirectory != null && allProviders) {
        problems.add(option("all providers cannot share one module folder",
            "name the folder that holds the module folders (--modules-dir)"));
      }
      if (modulesDirectory != null && layout == Layout.SOURCES) {
        problems.add(option("the sources of several providers cannot share one source folder", "generate one provider per execution"));
      }
      if (!problems.isEmpty()) {
        throw new DiagnosticException(problems);
      }
      return new GenerationRequest(this);
    }

    private static Diagnostic option(String message, String hint) {
      return Diagnostic.error("request.invalid", Location.ofFile("options"), null, message, hint);
    }
  }
}
