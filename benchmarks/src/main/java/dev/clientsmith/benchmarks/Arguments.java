package dev.clientsmith.benchmarks;

import java.util.LinkedHashMap;
import java.util.Map;

/** The {@code --name=value} arguments the benchmark programs take from their Maven profiles. */
final class Arguments {
  private Arguments() {}

  static Map<String, String> parse(String[] args) {
    Map<String, String> options = new LinkedHashMap<>();
    for (String arg : args) {
      if (!arg.startsWith("--") || !arg.contains("=")) {
        throw new IllegalArgumentException("options are --name=value, not " + arg);
      }
      options.put(arg.substring(2, arg.indexOf('=')), arg.substring(arg.indexOf('=') + 1));
    }
    return options;
  }
}
