package dev.clientsmith.generator.model;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The intermediate model of one provider's API: everything the emitters need, with names final.
 * Immutable; built by {@link ModelBuilder} from the normalised document.
 *
 * @param types every named type by model name, sorted (so emission order is stable)
 */
public record ApiModel(
    String providerId,
    String displayName,
    String javaPackage,
    String clientName,
    String apiKeyEnv,
    Optional<String> description,
    List<Server> servers,
    Auth auth,
    List<Operation> operations,
    SortedMap<String, TypeDef> types) {
  public ApiModel {
    Objects.requireNonNull(providerId, "providerId");
    servers = List.copyOf(servers);
    operations = List.copyOf(operations);
    types = java.util.Collections.unmodifiableSortedMap(new TreeMap<>(types));
  }

  /**
   * The prefix of the environment variables a client reads: the API key's variable without
   * {@code _API_KEY} ({@code CORTECS_API_KEY} gives {@code CORTECS}).
   */
  public String envPrefix() {
    return envPrefix(apiKeyEnv);
  }

  static String envPrefix(String apiKeyEnv) {
    return apiKeyEnv.endsWith("_API_KEY") ? apiKeyEnv.substring(0, apiKeyEnv.length() - "_API_KEY".length()) : apiKeyEnv;
  }

  /** The variable that overrides the server URL ({@code CORTECS_BASE_URL}). */
  public String baseUrlEnv() {
    return envPrefix() + "_BASE_URL";
  }

  /** The variable that sets a server variable ({@code JYLO_TENANT}). */
  public String serverVariableEnv(ServerVariable variable) {
    return envPrefix() + "_" + ModelBuilder.constantName(variable.name());
  }

  public TypeDef type(String name) {
    TypeDef t = types.get(name);
    if (t == null) {
      throw new IllegalArgumentException("no type named " + name + " in the model of " + providerId);
    }
    return t;
  }

  /** A server URL template ({@code https://api.{tenant}.{region}.jylo.ai/inference}) and its variables. */
  public record Server(String url, Optional<String> description, List<ServerVariable> variables) {
    public Server {
      variables = List.copyOf(variables);
    }
  }

  /** A server variable; with {@code allowed} values it becomes an enum option of the client builder. */
  public record ServerVariable(String name, String javaName, String defaultValue, List<String> allowed, Optional<String> description) {
    public ServerVariable {
      allowed = List.copyOf(allowed);
    }
  }

  /**
   * How the client authenticates.
   *
   * @param kind the type of the primary scheme, or {@link Kind#NONE} (the document declares none;
   *     clients still take an optional key, sent as a bearer token)
   * @param schemes the schemes some operation accepts, the primary one first
   * @param global the document's top-level requirement: alternatives of scheme names
   */
  public record Auth(Kind kind, Optional<String> description, List<Scheme> schemes, List<List<String>> global) {
    public Auth {
      schemes = List.copyOf(schemes);
      global = global.stream().map(List::copyOf).toList();
    }

    public enum Kind {
      /** {@code Authorization: Bearer <token>}: {@code http}/{@code bearer}, and OAuth 2 / OpenID Connect tokens. */
      BEARER,
      /** {@code Authorization: Basic ..}. */
      BASIC,
      /** {@code apiKey} in a header, query parameter or cookie. */
      API_KEY,
      NONE
    }

    /** Where an {@code apiKey} scheme's key travels. */
    public enum Placement {
      HEADER,
      QUERY,
      COOKIE
    }

    /**
     * One security scheme as a client builder option.
     *
     * @param name the scheme's name in {@code components.securitySchemes}
     * @param placement and {@code paramName}: where an {@link Kind#API_KEY} key travels
     * @param option the builder method that sets it ({@code apiKey} for the primary scheme)
     * @param envVars the environment variables {@code fromEnv()} reads: one, or user name and
     *     password for {@link Kind#BASIC}
     */
    public record Scheme(String name, Kind kind, Placement placement, String paramName, String option, List<String> envVars,
        Optional<String> description) {
      public Scheme {
        envVars = List.copyOf(envVars);
      }
    }
  }

  /** Types nested in {@code owner}, by their model names. */
  public List<TypeDef> nestedIn(String owner) {
    return types.values().stream().filter(t -> t.nestedIn().map(owner::equals).orElse(false)).toList();
  }

  /** Types that are not nested in another type. */
  public List<TypeDef> topLevelTypes() {
    return types.values().stream().filter(t -> t.nestedIn().isEmpty()).toList();
  }
}
