package dev.clientsmith.clienttests.roundtrip;

import com.fasterxml.jackson.databind.JsonNode;
import dev.clientsmith.runtime.json.ClientJson;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** The generated client modules: where their model classes and normalised documents are. */
public enum Provider {
  JYLO("jylo", "dev.clientsmith.clients.jylo"),
  CORTECS("cortecs", "dev.clientsmith.clients.cortecs"),
  INTERACTIVE_AI("interactive-ai", "dev.clientsmith.clients.interactiveai"),
  OXEN("oxen", "dev.clientsmith.clients.oxen");

  private final String id;
  private final String packageName;
  private JsonNode document;

  Provider(String id, String packageName) {
    this.id = id;
    this.packageName = packageName;
  }

  /** The provider's id, as in {@code specs/providers.yaml} and the module's folder name. */
  public String id() {
    return id;
  }

  /** The client's base package. */
  public String packageName() {
    return packageName;
  }

  /** The package of the model classes. */
  public String modelPackage() {
    return packageName + ".model";
  }

  /** The classpath resource holding the normalised OpenAPI document. */
  public String documentResource() {
    return packageName.replace('.', '/') + "/openapi.json";
  }

  /** The normalised OpenAPI 3.0 document the client was generated from, read once. */
  public synchronized JsonNode document() {
    if (document == null) {
      try (InputStream in = Provider.class.getClassLoader().getResourceAsStream(documentResource())) {
        if (in == null) {
          throw new IllegalStateException("not on the classpath: " + documentResource());
        }
        document = ClientJson.mapper().readTree(in);
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read " + documentResource(), e);
      }
    }
    return document;
  }

  @Override
  public String toString() {
    return id;
  }
}
