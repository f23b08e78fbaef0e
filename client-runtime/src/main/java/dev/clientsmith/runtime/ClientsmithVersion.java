package dev.clientsmith.runtime;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/** The version of this runtime, as built by Maven; used in the default {@code User-Agent}. */
public final class ClientsmithVersion {

  /** The runtime version, e.g. {@code 0.1.0}, or {@code unknown} when run from unpackaged classes. */
  public static final String VERSION = load();

  private ClientsmithVersion() {
  }

  private static String load() {
    try (InputStream in = ClientsmithVersion.class.getResourceAsStream("runtime.properties")) {
      if (in == null) {
        return "unknown";
      }
      Properties properties = new Properties();
      properties.load(in);
      String version = properties.getProperty("version", "");
      // An unfiltered resource (IDE build) still holds the Maven placeholder.
      return version.isBlank() || version.startsWith("${") ? "unknown" : version.strip();
    } catch (IOException e) {
      return "unknown";
    }
  }
}
