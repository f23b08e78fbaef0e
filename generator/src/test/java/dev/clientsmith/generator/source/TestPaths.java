package dev.clientsmith.generator.source;

import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;

/** Where tests find the project's real inputs and their own resources. */
public final class TestPaths {
  private TestPaths() {}

  /** The reactor root: from the build ({@code clientsmith.root}), else the first parent with specs/. */
  public static Path root() {
    String configured = System.getProperty("clientsmith.root");
    if (configured != null && Files.isDirectory(Path.of(configured, "specs"))) {
      return Path.of(configured);
    }
    for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
      if (Files.isRegularFile(dir.resolve("specs/providers.yaml"))) {
        return dir;
      }
    }
    throw new IllegalStateException("cannot find the project root (a folder with specs/providers.yaml)");
  }

  public static Path spec(String name) {
    return root().resolve("specs").resolve(name);
  }

  /** A test resource, e.g. {@code broken/empty.json}. */
  public static Path resource(String name) {
    URL url = TestPaths.class.getResource("/" + name);
    if (url == null) {
      throw new IllegalArgumentException("no test resource " + name);
    }
    try {
      return Path.of(url.toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  /** {@code path} as a command line would name it: relative to the working directory when below it. */
  public static String asArgument(Path path) {
    Path cwd = Path.of("").toAbsolutePath();
    Path absolute = path.toAbsolutePath().normalize();
    return absolute.startsWith(cwd) ? cwd.relativize(absolute).toString() : absolute.toString();
  }
}
