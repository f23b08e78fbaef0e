package dev.clientsmith.generator.config;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * One provider of {@code specs/providers.yaml}: the documents that make up its API and how its
 * generated module is named.
 *
 * @param id short id used on the command line ({@code --provider interactive-ai})
 * @param displayName the provider's name as prose uses it ("Interactive AI")
 * @param documents the documents, resolved against the configuration file's folder, in order
 * @param javaPackage package of the generated client, e.g. {@code dev.clientsmith.clients.jylo}
 * @param clientName simple name of the client class, e.g. {@code JyloClient}
 * @param module folder of the generated module under {@code generated-clients/}
 * @param apiKeyEnv environment variable {@code fromEnv()} reads the API key from
 * @param overrides what the normaliser is told instead of inferring
 */
public record ProviderConfig(
    String id,
    String displayName,
    List<Path> documents,
    String javaPackage,
    String clientName,
    String module,
    String apiKeyEnv,
    Overrides overrides) {
  public ProviderConfig {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(displayName, "displayName");
    documents = List.copyOf(documents);
    Objects.requireNonNull(javaPackage, "javaPackage");
    Objects.requireNonNull(clientName, "clientName");
    Objects.requireNonNull(module, "module");
    Objects.requireNonNull(apiKeyEnv, "apiKeyEnv");
    Objects.requireNonNull(overrides, "overrides");
  }
}
