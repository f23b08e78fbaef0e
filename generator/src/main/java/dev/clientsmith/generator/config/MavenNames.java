package dev.clientsmith.generator.config;

import java.util.regex.Pattern;

/**
 * What Maven accepts as coordinates and versions: one definition for the configuration's
 * {@code modules:} block and for the options of a generation request.
 */
public final class MavenNames {
  /** A groupId or artifactId. */
  public static final Pattern COORDINATE = Pattern.compile("[A-Za-z0-9_.-]+");
  /** {@code groupId:artifactId}, as a parent pom is named. */
  public static final Pattern GROUP_AND_ARTIFACT = Pattern.compile(COORDINATE.pattern() + ":" + COORDINATE.pattern());
  /** A version Maven orders sensibly: numbers, then an optional qualifier (1.2.0, 2024.1, 1.0.0-rc.1, 1.0-SNAPSHOT). */
  public static final Pattern VERSION = Pattern.compile("[0-9]+(\\.[0-9]+)*([-.][A-Za-z0-9]+)*");

  private MavenNames() {}
}
