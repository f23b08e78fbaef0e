package dev.clientsmith.corpus;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

/** javac in-process, with the options generated modules promise to pass: {@code --release 17 -Xlint:all -Werror}. */
final class Javac {
  /** How many of javac's messages a failure quotes; the count says how many there were. */
  private static final int QUOTED = 8;

  private Javac() {}

  /**
   * @param messages javac's errors and warnings, as {@code File.java:line: message}; empty when clean
   * @param sourceFiles how many files were compiled
   */
  record Result(List<String> messages, int errors, int warnings, int sourceFiles) {
    boolean clean() {
      return messages.isEmpty();
    }

    String summary() {
      StringBuilder s = new StringBuilder(errors + " errors, " + warnings + " warnings in " + sourceFiles + " files");
      messages.stream().limit(QUOTED).forEach(m -> s.append("\n  ").append(m));
      if (messages.size() > QUOTED) {
        s.append("\n  ... ").append(messages.size() - QUOTED).append(" more");
      }
      return s.toString();
    }
  }

  /** Compiles every source below {@code sources} into {@code classes} against the test classpath. */
  static Result compile(Path sources, Path classes) {
    try {
      Files.createDirectories(classes);
      List<File> files = new ArrayList<>();
      try (Stream<Path> walk = Files.walk(sources)) {
        walk.filter(p -> p.toString().endsWith(".java")).sorted().forEach(p -> files.add(p.toFile()));
      }
      JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
      DiagnosticCollector<JavaFileObject> collected = new DiagnosticCollector<>();
      try (StandardJavaFileManager fm = javac.getStandardFileManager(collected, Locale.ROOT, null)) {
        List<String> options = List.of("--release", "17", "-Xlint:all", "-Werror", "-proc:none",
            "-classpath", System.getProperty("java.class.path"), "-d", classes.toString());
        javac.getTask(null, fm, collected, options, null, fm.getJavaFileObjectsFromFiles(files)).call();
      }
      List<String> messages = new ArrayList<>();
      int errors = 0;
      int warnings = 0;
      for (Diagnostic<? extends JavaFileObject> d : collected.getDiagnostics()) {
        if (d.getKind() == Diagnostic.Kind.ERROR) {
          errors++;
        } else if (d.getKind() == Diagnostic.Kind.WARNING || d.getKind() == Diagnostic.Kind.MANDATORY_WARNING) {
          warnings++;
        } else {
          continue;
        }
        String where = d.getSource() == null ? "" : Path.of(d.getSource().toUri()).getFileName() + ":" + d.getLineNumber() + ": ";
        messages.add(where + d.getMessage(Locale.ROOT).lines().findFirst().orElse(""));
      }
      return new Result(messages, errors, warnings, files.size());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
