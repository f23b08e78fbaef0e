package dev.clientsmith.generator;

import dev.clientsmith.generator.diag.Diagnostic;
import dev.clientsmith.generator.emit.GeneratedModule;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.SortedMap;

/**
 * What one {@link GenerationRequest} produced, in memory: nothing has been written yet, so a bad
 * document among several leaves every folder as it was.
 *
 * @param outputs one per module, in request order
 * @param warnings what was repaired or is worth knowing, for the front end to show
 * @param referencedFiles files the documents' {@code $ref}s made the generator read, besides the
 *     documents themselves (absolute paths, each once): inputs of the generation as much as they are
 * @param fetchedUrls URLs the documents' {@code $ref}s made the generator fetch (only when allowed)
 */
public record GenerationResult(List<Output> outputs, List<Diagnostic> warnings, List<Path> referencedFiles,
    List<URI> fetchedUrls) {
  public GenerationResult {
    outputs = List.copyOf(outputs);
    warnings = List.copyOf(warnings);
    referencedFiles = List.copyOf(referencedFiles);
    fetchedUrls = List.copyOf(fetchedUrls);
  }

  /** A result of documents that refer to no other document. */
  public GenerationResult(List<Output> outputs, List<Diagnostic> warnings) {
    this(outputs, warnings, List.of(), List.of());
  }

  /**
   * One module and where it goes.
   *
   * @param name the provider id, or the module folder's name for documents outside the configuration
   * @param module the whole module as generated
   * @param directory the folder it is written into
   * @param files what is written there, per the request's layout (relative path to content)
   * @param timings how long each stage took
   */
  public record Output(String name, GeneratedModule module, Path directory, SortedMap<String, byte[]> files, Timings timings) {
    public Output {
      Objects.requireNonNull(name, "name");
      Objects.requireNonNull(module, "module");
      Objects.requireNonNull(directory, "directory");
      files = java.util.Collections.unmodifiableSortedMap(new java.util.TreeMap<>(files));
      Objects.requireNonNull(timings, "timings");
    }
  }

  /**
   * Time spent per stage for one module.
   *
   * @param normalize reading, parsing, normalising and merging the documents
   * @param model building the intermediate model
   * @param emit emitting the sources and the module's other files
   */
  public record Timings(Duration normalize, Duration model, Duration emit) {
    public Duration total() {
      return normalize.plus(model).plus(emit);
    }
  }

  /** Told about each module as soon as it is generated: the CLI shows progress with it. */
  @FunctionalInterface
  public interface Progress {
    Progress NONE = (output, index, count) -> { };

    /**
     * @param index 1-based position of {@code output} among the {@code count} modules of the request
     */
    void generated(Output output, int index, int count);
  }
}
