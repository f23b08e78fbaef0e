package dev.clientsmith.generator.incremental;

import dev.clientsmith.generator.GenerationRequest;
import dev.clientsmith.generator.Generator;
import dev.clientsmith.generator.config.ConfigLoader;
import dev.clientsmith.generator.config.ProviderConfig;
import dev.clientsmith.generator.diag.DiagnosticException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.CodeSource;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The {@link InputDigest} of a {@link GenerationRequest}: every file the generation reads, every
 * parameter, and the generator itself.
 *
 * <p>With a configuration, the documents it names for the provider are read too. A configuration
 * that cannot be read is recorded as such: the generation then runs and reports the problem.
 * The generator is identified by its version and, for a SNAPSHOT, by the size and time of the jar
 * (or classes folder) it was loaded from, so a rebuilt SNAPSHOT generator is a change even though
 * its version is not.
 */
public final class RequestDigest {
  private static final String VERSION = readVersion();

  private RequestDigest() {}

  /**
   * The digest of {@code request}; files are named relative to {@code base} when below it, so that
   * the changes a build reports read as the user wrote the paths.
   */
  public static InputDigest of(GenerationRequest request, Path base) {
    return of(request, base, Optional.empty());
  }

  /**
   * Same as {@link #of(GenerationRequest, Path)}, taking the documents a configuration names from
   * {@code previous} when the configuration's bytes and the provider are the same as then: parsing
   * the configuration would be most of a no-op build's time, and the same bytes name the same documents.
   */
  public static InputDigest of(GenerationRequest request, Path base, Optional<InputDigest> previous) {
    InputDigest.Builder digest = builder(request, base, previous);
    // The files and URLs the documents referred to last time: the same documents refer to the same ones,
    // and changed documents are a change already.
    previous.ifPresent(p -> {
      p.referenced().forEach(name -> digest.referenced(name, base.resolve(name)));
      p.fetched().forEach(url -> digest.fetched(url, false));
    });
    return digest.build();
  }

  /**
   * The digest to store after a generation of {@code request} that read {@code referencedFiles} and
   * fetched {@code fetchedUrls} besides its documents (what {@link dev.clientsmith.generator.GenerationResult}
   * lists): a later {@link #of(GenerationRequest, Path, Optional)} then digests those files again.
   */
  public static InputDigest afterGeneration(GenerationRequest request, Path base, Optional<InputDigest> previous,
      List<Path> referencedFiles, List<java.net.URI> fetchedUrls) {
    InputDigest.Builder digest = builder(request, base, previous);
    referencedFiles.forEach(file -> digest.referenced(name(base, file), file));
    fetchedUrls.forEach(url -> digest.fetched(url.toString(), true));
    return digest.build();
  }

  private static InputDigest.Builder builder(GenerationRequest request, Path base, Optional<InputDigest> previous) {
    InputDigest.Builder digest = InputDigest.builder();
    List<Path> specs = request.specs();
    digest.parameter("specs", specs.stream().map(p -> name(base, p)).collect(Collectors.joining("\n")));
    specs.forEach(spec -> digest.file(name(base, spec), spec));
    request.config().ifPresent(config -> {
      String configName = name(base, config);
      digest.file(configName, config);
      request.provider().ifPresent(id -> documents(request, base, previous, configName).ifPresentOrElse(
          documents -> documents.forEach(doc -> digest.document(name(base, doc), doc)),
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
        .parameter("allowRemoteRefs", Boolean.toString(request.allowRemoteRefs()))
        .parameter("generator version", VERSION);
    if (VERSION.endsWith("-SNAPSHOT")) {
      generatorCode().ifPresent(code -> digest.parameter("generator build", stamp(code)));
    }
    return digest;
  }

  private static Optional<List<Path>> documents(GenerationRequest request, Path base, Optional<InputDigest> previous,
      String configName) {
    Path config = request.config().orElseThrow();
    String provider = request.provider().orElseThrow();
    InputDigest same = InputDigest.builder().parameter("provider", provider).build();
    boolean unchanged = previous.isPresent()
        && InputDigest.contentDigest(config).equals(previous.get().entries().get("file " + configName))
        && same.entries().get("parameter provider").equals(previous.get().entries().get("parameter provider"));
    if (unchanged) {
      return Optional.of(previous.get().documents().stream().map(base::resolve).toList());
    }
    try {
      return ConfigLoader.load(config, Generator.passIds()).find(provider).map(ProviderConfig::documents);
    } catch (DiagnosticException e) {
      return Optional.empty();
    }
  }

  /**
   * Size and modification time of the jar, or of every file of the classes folder: a SNAPSHOT
   * generator changes without changing its version. Reading the bytes would cost more than a no-op
   * build may take; a rebuilt but identical jar only costs one regeneration.
   */
  private static String stamp(Path code) {
    try (Stream<Path> files = Files.isDirectory(code) ? Files.walk(code) : Stream.of(code)) {
      StringBuilder stamp = new StringBuilder();
      for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
        BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
        stamp.append(code.relativize(file)).append(' ').append(attributes.size()).append(' ')
            .append(attributes.lastModifiedTime().toMillis()).append('\n');
      }
      return stamp.toString();
    } catch (IOException | UncheckedIOException e) {
      return "unreadable";
    }
  }

  /**
   * The generator's version, read here rather than through {@link Generator#version()}: loading
   * {@code Generator} opens Jackson's jars to verify it, which is most of a no-op build's time.
   */
  private static String readVersion() {
    try (InputStream in = RequestDigest.class.getResourceAsStream("/dev/clientsmith/generator/version.properties")) {
      Properties p = new Properties();
      if (in != null) {
        p.load(in);
      }
      return p.getProperty("version", "0.0.0-unknown");
    } catch (IOException e) {
      return "unreadable";
    }
  }

  /** Where the generator's classes were loaded from (this class is part of them); absent when unknown. */
  private static Optional<Path> generatorCode() {
    CodeSource source = RequestDigest.class.getProtectionDomain().getCodeSource();
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
