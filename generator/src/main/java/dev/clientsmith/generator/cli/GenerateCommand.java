package dev.clientsmith.generator.cli;

import dev.clientsmith.generator.Generator;
import dev.clientsmith.generator.config.Overrides;
import dev.clientsmith.generator.config.ProviderConfig;
import dev.clientsmith.generator.config.ProvidersConfig;
import dev.clientsmith.generator.diag.Diagnostic;
import dev.clientsmith.generator.diag.DiagnosticException;
import dev.clientsmith.generator.diag.Location;
import dev.clientsmith.generator.emit.GeneratedModule;
import dev.clientsmith.generator.normalize.Names;
import dev.clientsmith.generator.write.ModuleWriter;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code clientsmith generate}: writes client modules. */
@Command(
    name = "generate",
    mixinStandardHelpOptions = true,
    description = {
      "Generates client modules: for configured providers into --out (default generated-clients),",
      "or for documents given with --spec into the module folder --out."
    })
final class GenerateCommand implements Callable<Integer> {
  @Spec private CommandSpec spec;

  @ArgGroup(exclusive = true, multiplicity = "1")
  private Selection selection;

  @Mixin private CommonOptions common;

  @Option(names = "--out", paramLabel = "DIR",
      description = "Where modules go: the folder holding them (default generated-clients), or with --spec the module folder.")
  private String out;

  @Option(names = "--package", paramLabel = "NAME", description = "With --spec: the Java package of the client.")
  private String javaPackage;

  @Option(names = "--client-name", paramLabel = "NAME", description = "With --spec: the client class name, e.g. AcmeClient.")
  private String clientName;

  @Option(names = "--templates", paramLabel = "DIR", description = "Folder with pom.xml.mustache / README.md.mustache to use instead.")
  private String templates;

  /** A provider, all providers, or documents named on the command line. */
  static final class Selection {
    @Option(names = "--provider", paramLabel = "ID", required = true, description = "One provider of the configuration.")
    String provider;

    @Option(names = "--all", required = true, description = "Every provider of the configuration.")
    boolean all;

    @Option(names = "--spec", paramLabel = "FILE", arity = "1..*", required = true, description = "Documents outside the configuration.")
    List<String> specs;
  }

  @Override
  public Integer call() {
    PrintWriter err = spec.commandLine().getErr();
    PrintWriter stdout = spec.commandLine().getOut();
    return Failures.guard(err, common.debug, () -> {
      Generator generator = new Generator();
      Optional<Path> templateDir = templates();
      Path root;
      List<GeneratedModule> modules = new ArrayList<>();
      if (selection.specs != null) {
        ProviderConfig adHoc = adHocProvider();
        Path module = CliInputs.path(out);
        root = module.toAbsolutePath().getParent();
        modules.add(generator.generate(adHoc, templateDir, w -> err.println(w.render())));
      } else {
        ProvidersConfig providers = CliInputs.providers(common.config);
        root = CliInputs.path(out == null ? "generated-clients" : out);
        // Everything is generated before anything is written: a bad document leaves all modules as they were.
        for (ProviderConfig p : CliInputs.select(providers, selection.provider, common.config)) {
          modules.add(generator.generate(p, templateDir, w -> err.println(w.render())));
        }
      }
      for (GeneratedModule m : modules) {
        Path written;
        try {
          written = ModuleWriter.write(m, root);
        } catch (java.io.UncheckedIOException e) {
          throw new DiagnosticException(Diagnostic.error("cli.cannot-write", Location.ofFile(root.resolve(m.folder()).toString()), null,
              "cannot write the module: " + e.getCause().getClass().getSimpleName() + " " + e.getCause().getMessage(),
              "check that the folder is writable and is not a file"));
        }
        stdout.println("generated " + m.files().size() + " files in " + written);
      }
      stdout.flush();
      return Main.OK;
    });
  }

  private Optional<Path> templates() {
    if (templates == null) {
      return Optional.empty();
    }
    Path dir = CliInputs.path(templates);
    if (!Files.isDirectory(dir)) {
      throw new DiagnosticException(Diagnostic.error("cli.invalid-path", Location.ofFile(templates), null,
          "the template folder does not exist", "give a folder holding pom.xml.mustache and/or README.md.mustache"));
    }
    return Optional.of(dir);
  }

  private ProviderConfig adHocProvider() {
    List<String> missing = new ArrayList<>();
    if (javaPackage == null) {
      missing.add("--package");
    }
    if (clientName == null) {
      missing.add("--client-name");
    }
    if (out == null) {
      missing.add("--out");
    }
    if (!missing.isEmpty()) {
      throw new DiagnosticException(Diagnostic.error("cli.missing-option", Location.ofFile("command line"), null,
          "generate --spec needs " + String.join(", ", missing), "name the package, the client class and the module folder"));
    }
    if (!javaPackage.matches("[a-z_][a-z0-9_]*(\\.[a-z_][a-z0-9_]*)*") || !Names.isJavaIdentifier(clientName)
        || !Character.isUpperCase(clientName.charAt(0))) {
      throw new DiagnosticException(Diagnostic.error("cli.invalid-name", Location.ofFile("command line"), null,
          "--package must be a lower-case Java package and --client-name a Java class name",
          "for example --package com.acme.client --client-name AcmeClient"));
    }
    List<Path> files = new ArrayList<>();
    selection.specs.forEach(s -> files.add(CliInputs.path(s)));
    Path module = CliInputs.path(out).toAbsolutePath();
    String base = clientName.endsWith("Client") ? clientName.substring(0, clientName.length() - "Client".length()) : clientName;
    String env = String.join("_", Names.words(base)).toUpperCase(Locale.ROOT) + "_API_KEY";
    return new ProviderConfig(module.getFileName().toString(), base, files, javaPackage, clientName,
        module.getFileName().toString(), env, Overrides.NONE);
  }
}
