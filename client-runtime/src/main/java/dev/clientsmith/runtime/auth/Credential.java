package dev.clientsmith.runtime.auth;

import dev.clientsmith.runtime.Secret;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Objects;

/**
 * The credential of one security scheme and where the request carries it. Immutable;
 * {@link #toString()} names the placement, never the secret.
 *
 * <pre>{@code
 * Credential.bearer(Secret.of(token))                  // Authorization: Bearer <token>
 * Credential.basic("user", Secret.of(password))        // Authorization: Basic base64(user:password)
 * Credential.apiKey(Placement.HEADER, "X-Api-Key", Secret.of(key))
 * Credential.apiKey(Placement.QUERY, "key", Secret.of(key))
 * Credential.apiKey(Placement.COOKIE, "session", Secret.of(key))
 * }</pre>
 */
public final class Credential {

  /** Where an API key travels, as OpenAPI's {@code in} of an {@code apiKey} scheme says. */
  public enum Placement {
    HEADER,
    QUERY,
    COOKIE
  }

  private final Placement placement;
  private final String name;
  /** The value without the scheme prefix: what a server might echo back, so what is redacted. */
  private final Secret secret;
  /** The value sent: the secret itself, or {@code Bearer <token>} / {@code Basic <base64>}. */
  private final Secret sent;
  private final String description;

  private Credential(Placement placement, String name, Secret secret, Secret sent, String description) {
    this.placement = placement;
    this.name = name;
    this.secret = secret;
    this.sent = sent;
    this.description = description;
  }

  /** A bearer token, sent as {@code Authorization: Bearer <token>}. */
  public static Credential bearer(Secret token) {
    Objects.requireNonNull(token, "token");
    return new Credential(Placement.HEADER, "Authorization", token, Secret.headerValue("Bearer " + token.reveal()), "bearer");
  }

  /**
   * HTTP basic authentication, sent as {@code Authorization: Basic <base64 of user:password>}
   * (UTF-8, as RFC 7617 recommends).
   *
   * @throws IllegalArgumentException when the user name contains a colon, which basic cannot carry
   */
  public static Credential basic(String username, Secret password) {
    Objects.requireNonNull(username, "username");
    Objects.requireNonNull(password, "password");
    if (username.indexOf(':') >= 0) {
      throw new IllegalArgumentException("a basic-auth user name cannot contain ':'");
    }
    String encoded = Base64.getEncoder().encodeToString((username + ":" + password.reveal()).getBytes(StandardCharsets.UTF_8));
    return new Credential(Placement.HEADER, "Authorization", password, Secret.headerValue("Basic " + encoded), "basic");
  }

  /**
   * An API key sent as the header, query parameter or cookie {@code name}.
   *
   * @throws IllegalArgumentException when {@code name} is blank
   */
  public static Credential apiKey(Placement placement, String name, Secret key) {
    Objects.requireNonNull(placement, "placement");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(key, "key");
    if (name.isBlank()) {
      throw new IllegalArgumentException("the API key's " + placement.name().toLowerCase(java.util.Locale.ROOT) + " name is blank");
    }
    return new Credential(placement, name, key, key, "apiKey in " + placement.name().toLowerCase(java.util.Locale.ROOT) + " " + name);
  }

  /** Returns where the credential travels. */
  public Placement placement() {
    return placement;
  }

  /** Returns the header, query parameter or cookie name. */
  public String name() {
    return name;
  }

  /** Returns the value put on the wire ({@code Bearer ...}, {@code Basic ...} or the key). */
  public Secret wireValue() {
    return sent;
  }

  /** Returns the secrets to remove from any text that leaves the client: the key and its wire form. */
  public List<Secret> secrets() {
    return List.of(sent, secret);
  }

  /** Returns e.g. {@code Credential[bearer]}, {@code Credential[apiKey in header X-Api-Key]}. */
  @Override
  public String toString() {
    return "Credential[" + description + "]";
  }
}
