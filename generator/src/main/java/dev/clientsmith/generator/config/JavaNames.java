package dev.clientsmith.generator.config;

import java.util.Set;
import javax.lang.model.SourceVersion;

/** What Java accepts as a package or class name (keywords and literals excluded). */
public final class JavaNames {
  private static final Set<String> RESTRICTED = Set.of("var", "yield", "record", "sealed", "permits");

  private JavaNames() {}

  public static boolean isIdentifier(String name) {
    return SourceVersion.isIdentifier(name) && !SourceVersion.isKeyword(name) && !RESTRICTED.contains(name);
  }

  public static boolean isPackage(String name) {
    if (name.isEmpty() || name.startsWith(".") || name.endsWith(".")) {
      return false;
    }
    for (String part : name.split("\\.", -1)) {
      if (!SourceVersion.isIdentifier(part) || SourceVersion.isKeyword(part)) {
        return false;
      }
    }
    return true;
  }
}
