package dev.clientsmith.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.source.util.JavacTask;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.ToolProvider;

/** Checks that emitted Java parses: javac's parser only, no compilation (cheap enough per input). */
public final class JavaSources {
  private static final JavaCompiler JAVAC = ToolProvider.getSystemJavaCompiler();

  private JavaSources() {}

  /** Every {@code .java} file of {@code files} (path to content) parses without an error. */
  public static void parse(Map<String, byte[]> files) {
    List<JavaFileObject> units = new ArrayList<>();
    files.forEach((path, bytes) -> {
      if (path.endsWith(".java")) {
        units.add(new Source(path, new String(bytes, StandardCharsets.UTF_8)));
      }
    });
    if (units.isEmpty()) {
      return;
    }
    DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
    JavacTask task = (JavacTask) JAVAC.getTask(null, null, diagnostics, List.of("-proc:none", "--release", "17"), null, units);
    try {
      task.parse();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    assertThat(diagnostics.getDiagnostics())
        .as("javac's parser on the emitted sources")
        .filteredOn(d -> d.getKind() == Diagnostic.Kind.ERROR)
        .isEmpty();
  }

  private static final class Source extends SimpleJavaFileObject {
    private final String text;

    Source(String path, String text) {
      super(URI.create("string:///" + path), Kind.SOURCE);
      this.text = text;
    }

    @Override
    public CharSequence getCharContent(boolean ignoreEncodingErrors) {
      return text;
    }
  }
}
