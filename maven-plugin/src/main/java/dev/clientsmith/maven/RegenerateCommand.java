package dev.clientsmith.maven;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The command line of the standalone generator that regenerates the module {@code check} compared,
 * with every path relative to the folder the command is to be run in.
 */
final class RegenerateCommand {
  /** The CLI jar as this repository builds it. */
  static final String CLI = "java -jar generator/target/clientsmith-cli.jar generate";
  /** What the CLI reads when {@code --config} is not given. */
  static final String DEFAULT_CONFIG = "specs/providers.yaml";
  /** Where the CLI puts a provider's module folder when {@code --out} is not given. */
  static final String DEFAULT_MODULES_DIR = "generated-clients";

  private final Path root;
  private final Path module;

  /**
   * @param root where the command is to be run (where Maven was started)
   * @param module the module folder the command writes
   */
  RegenerateCommand(Path root, Path module) {
    this.root = root;
    this.module = module;
  }

  /** For a provider of a configuration; {@code moduleFolder} is the folder name the configuration gives it. */
  String forProvider(Path config, String provider, String moduleFolder, Path templates) {
    List<String> words = new ArrayList<>(List.of(CLI));
    option(words, "--provider", provider);
    String configShown = relative(root, config);
    if (!configShown.equals(DEFAULT_CONFIG)) {
      option(words, "--config", configShown);
    }
    String moduleShown = relative(root, module);
    if (!moduleShown.equals(DEFAULT_MODULES_DIR + "/" + moduleFolder)) {
      option(words, "--out", moduleShown);
    }
    return finish(words, templates);
  }

  /**
   * For documents outside a configuration; {@code options} are name, value pairs, a null value
   * meaning the option is left out.
   */
  String forSpecs(List<Path> specs, Path templates, String... options) {
    List<String> words = new ArrayList<>(List.of(CLI, "--spec"));
    specs.forEach(spec -> words.add(quoted(relative(root, spec))));
    for (int i = 0; i + 1 < options.length; i += 2) {
      option(words, options[i], options[i + 1]);
    }
    option(words, "--out", relative(root, module));
    return finish(words, templates);
  }

  private String finish(List<String> words, Path templates) {
    if (templates != null) {
      option(words, "--templates", relative(root, templates));
    }
    return String.join(" ", words);
  }

  private static void option(List<String> words, String name, String value) {
    if (value != null) {
      words.add(name);
      words.add(quoted(value));
    }
  }

  /** {@code path} relative to {@code base} when below it, else absolute; always with {@code /}. */
  static String relative(Path base, Path path) {
    Path from = base.toAbsolutePath().normalize();
    Path abs = path.toAbsolutePath().normalize();
    return (abs.startsWith(from) && !abs.equals(from) ? from.relativize(abs) : abs).toString().replace('\\', '/');
  }

  /** A word as a POSIX shell reads it back unchanged. */
  static String quoted(String word) {
    if (!word.isEmpty() && word.matches("[A-Za-z0-9_./:=@%+,-]+")) {
      return word;
    }
    return "'" + word.replace("'", "'\\''") + "'";
  }
}
