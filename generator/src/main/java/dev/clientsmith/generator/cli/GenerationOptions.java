package dev.clientsmith.generator.cli;

import dev.clientsmith.generator.GenerationRequest;
import java.util.List;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Option;

/**
 * The options {@code generate} and {@code check} share: which documents, and where their modules
 * are. They only fill in a {@link GenerationRequest}; the request itself refuses what does not fit.
 */
final class GenerationOptions {
  static final String DEFAULT_MODULES_DIR = "generated-clients";
  static final String ALLOW_REMOTE_REFS = "Read $refs to http/https URLs, file: URIs, absolute paths and files outside the"
      + " document's folder (refused by default; references to files in the folder are always read). URLs are fetched"
      + " with time and size limits.";

  /** Optional here: {@code check} without one checks every provider, {@code generate} insists on one. */
  @ArgGroup(exclusive = true, multiplicity = "0..1")
  Selection selection;

  @Option(names = "--out", paramLabel = "DIR",
      description = "The module folder: it receives the one module of --spec or --provider (default with --provider:"
          + " its folder under --modules-dir).")
  String out;

  @Option(names = "--modules-dir", paramLabel = "DIR",
      description = "With --provider or --all: the folder holding one module folder per provider, named as the"
          + " configuration says (default: " + DEFAULT_MODULES_DIR + ").")
  String modulesDir;

  @Option(names = "--package", paramLabel = "NAME", description = "With --spec: the Java package of the client, e.g. com.acme.client.")
  String javaPackage;

  @Option(names = "--client-name", paramLabel = "NAME", description = "With --spec: the client class name, e.g. AcmeClient.")
  String clientName;

  @Option(names = "--group-id", paramLabel = "ID", description = "With --spec: the module's groupId (default: the package).")
  String groupId;

  @Option(names = "--artifact-id", paramLabel = "ID",
      description = "With --spec: the module's artifactId (default: from the client name, e.g. acme-client).")
  String artifactId;

  @Option(names = "--module-version", paramLabel = "VERSION",
      description = "With --spec: the module's version (default: the document's info.version when Maven can use it, else 0.1.0-SNAPSHOT).")
  String moduleVersion;

  @Option(names = "--templates", paramLabel = "DIR", description = "Folder with pom.xml.mustache / README.md.mustache to use instead of the built-in ones.")
  String templates;

  @Option(names = "--allow-remote-refs", description = ALLOW_REMOTE_REFS)
  boolean allowRemoteRefs;

  /** A provider, all providers, or documents named on the command line. */
  static final class Selection {
    @Option(names = "--provider", paramLabel = "ID", required = true, description = "One provider of the configuration.")
    String provider;

    @Option(names = "--all", required = true, description = "Every provider of the configuration.")
    boolean all;

    @Option(names = "--spec", paramLabel = "FILE", arity = "1..*", required = true,
        description = "Documents outside the configuration (.md page, .json, .yaml); several are merged into one module.")
    List<String> specs;
  }

  /** Whether --provider, --all or --spec was given. */
  boolean selected() {
    return selection != null;
  }

  /** Every provider of the configuration, unless the command line chose something else. */
  void defaultToAllProviders() {
    if (selection == null) {
      selection = new Selection();
      selection.all = true;
    }
  }

  /** What the command line asks for, as the one request the library takes. */
  GenerationRequest.Builder request(String config) {
    GenerationRequest.Builder b = GenerationRequest.builder()
        .packageName(javaPackage).clientName(clientName)
        .groupId(groupId).artifactId(artifactId).version(moduleVersion)
        .allowRemoteRefs(allowRemoteRefs);
    if (selection.specs != null) {
      selection.specs.forEach(s -> b.addSpec(CliInputs.path(s)));
    } else {
      b.config(CliInputs.path(config)).provider(selection.provider).allProviders(selection.all);
    }
    if (templates != null) {
      b.templates(CliInputs.path(templates));
    }
    if (out != null) {
      b.outputDirectory(CliInputs.path(out));
    }
    if (modulesDir != null || (out == null && selection.specs == null)) {
      b.modulesDirectory(CliInputs.path(modulesDir == null ? DEFAULT_MODULES_DIR : modulesDir));
    }
    return b;
  }

  /** The command that writes what {@code check} found missing, for its message. */
  String regenerateCommand(String config, String defaultConfig) {
    StringBuilder cmd = new StringBuilder("java -jar generator/target/clientsmith-cli.jar generate");
    if (selection.specs != null) {
      cmd.append(" --spec");
      selection.specs.forEach(s -> cmd.append(' ').append(s));
      cmd.append(" --package ").append(javaPackage).append(" --client-name ").append(clientName);
      if (groupId != null) {
        cmd.append(" --group-id ").append(groupId);
      }
      if (artifactId != null) {
        cmd.append(" --artifact-id ").append(artifactId);
      }
      if (moduleVersion != null) {
        cmd.append(" --module-version ").append(moduleVersion);
      }
    } else {
      cmd.append(selection.all ? " --all" : " --provider " + selection.provider);
      if (!config.equals(defaultConfig)) {
        cmd.append(" --config ").append(config);
      }
    }
    if (out != null) {
      cmd.append(" --out ").append(out);
    }
    if (modulesDir != null) {
      cmd.append(" --modules-dir ").append(modulesDir);
    }
    if (templates != null) {
      cmd.append(" --templates ").append(templates);
    }
    if (allowRemoteRefs) {
      cmd.append(" --allow-remote-refs");
    }
    return cmd.toString();
  }
}
