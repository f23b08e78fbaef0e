package dev.clientsmith.clienttests.support;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;

/** Reads test resources from the class path and locates the repository. */
public final class TestResources {

  private TestResources() {
  }

  /**
   * Returns a class path resource as UTF-8 text.
   *
   * @param path relative to the class path root, e.g. {@code local/jylo/chat-completion.json}
   * @throws IllegalArgumentException when there is no such resource
   */
  public static String text(String path) {
    try (InputStream in = TestResources.class.getClassLoader().getResourceAsStream(path)) {
      if (in == null) {
        throw new IllegalArgumentException("no test resource " + path);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("could not read test resource " + path, e);
    }
  }

  /**
   * Returns the root of the Clientsmith repository: the system property {@code clientsmith.root}
   * (set by the build), else the nearest directory above the working directory that holds
   * {@code generated-clients}.
   */
  public static Path repositoryRoot() {
    String property = System.getProperty("clientsmith.root");
    if (property != null && !property.isBlank()) {
      return Paths.get(property);
    }
    Path dir = Paths.get("").toAbsolutePath();
    while (dir != null) {
      if (Files.isDirectory(dir.resolve("generated-clients"))) {
        return dir;
      }
      dir = dir.getParent();
    }
    throw new IllegalStateException("set the system property clientsmith.root to the repository root");
  }
}
