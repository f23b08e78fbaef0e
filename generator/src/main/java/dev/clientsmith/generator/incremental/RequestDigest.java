package dev.clientsmith.generator.incremental;

import dev.clientsmith.generator.GenerationRequest;
import dev.clientsmith.generator.Generator;
import dev.clientsmith.generator.config.ConfigLoader;
import dev.clientsmith.generator.config.ProviderConfig;
import dev.clientsmith.generator.diag.DiagnosticException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSource;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The {@link InputDigest} of a {@link GenerationRequest}: every file the generation reads, every
 * parameter, and the generator itself.
 *
 * <p>With a configuration, the documents it names for the provider are read too. A configuration
 * that cannot be read is recorded as such: the generation then runs and reports the problem.
 * The generator is identified by its version and by the bytes of the jar (or classes folder) it was
 * loaded from, so a rebuilt SNAPSHOT generator is a change even though its version is not.
 */
public final class RequestDigest {
  private RequestDigest() {}

  /**
   * The digest of {@code request}; files are named relative to {@code base} when below it, so that
   * the changes a build reports read as the user wrote the paths.
   */
  public static InputDigest of(GenerationRequest request, Path base) {
    InputDigest.Builder digest = InputDigest.builder();
    List<Path> specs = request.specs();
    digest.parameter("specs", specs.stream().map(p -> name(base, p)).collect(Collectors.joining("\n")));
    specs.forEach(spec -> digest.file(name(base, spec), spec));
    request.config().ifPresent(config -> {
      digest.file(name(base, config), config);
      request.provider().ifPresent(id -> documents(config, id).ifPresentOrElse(
          documents -> documents.forEach(doc -> digest.file(name(base, doc), doc)),
          () -> digest.parameter("documents of " + id, "unreadable configuration")));
    });
    request.templates().ifPresent(templates -> digest.folder(name(base, templates), templates));
    digest.parameter("provider", request.provider())
        .parameter("packageName", request.packageName())
        .parameter("clientName", request.clientName())
        .parameter("groupId", request.groupId())
        .parameter("artifactId", request.artifactId())
        .parameter("version", request.version())
        .parameter("config", request.config().map(p -> p.toAbsolutePath().normalize().toString()))
        .parameter("allProviders", Boolean.toString(request.allProviders()))
        .parameter("outputDirectory", request.outputDirectory().map(p -> p.toAbsolutePath().normalize().toString()))
        .parameter("modulesDirectory", request.modulesDirectory().map(p -> p.toAbsolutePath().normalize().toString()))
        .parameter("layout", request.layout().name())
        .parameter("force", Boolean.toString(request.force()))
        .parameter("generator version", Generator.version());
    generatorCode().ifPresent(code -> {
      if (Files.isDirectory(code)) {
        digest.folder("generator classes", code);
      } else {
        digest.file("generator jar", code);
      }
    });
    return digest.build();
  }

  private static Optional<List<Path>> documents(Path config, String provider) {
    try {
      return ConfigLoader.load(config, Generator.passIds()).find(provider).map(ProviderConfig::documents);
    } catch (DiagnosticException e) {
      return Optional.empty();
    }
  }

  /** Where the generator's classes were loaded from; absent when the platform does not say. */
  private static Optional<Path> generatorCode() {
    CodeSource source = Generator.class.getProtectionDomain().getCodeSource();
    if (source == null || source.getLocation() == null || !"file".equals(source.getLocation().getProtocol())) {
      return Optional.empty();
    }
    try {
      return Optional.of(Path.of(source.getLocation().toURI()));
    } catch (URISyntaxException | IllegalArgumentException e) {
      return Optional.empty();
    }
  }

  private static String name(Path base, Path path) {
    Path from = base.toAbsolutePath().normalize();
    Path abs = path.toAbsolutePath().normalize();
    return (abs.startsWith(from) && !abs.equals(from) ? from.relativize(abs) : abs).toString().replace('\\', '/');
  }
}
