package dev.clientsmith.clienttests.support;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

/**
 * The Java example of a generated module's README, compiled in-process against the test class
 * path and loaded: the proof that what a user copies from the README compiles and runs.
 */
public final class ReadmeExample implements AutoCloseable {

  private static final Pattern JAVA_BLOCK = Pattern.compile("```java\\R(.*?)```", Pattern.DOTALL);
  private static final Pattern PACKAGE = Pattern.compile("^package\\s+([\\w.]+)\\s*;", Pattern.MULTILINE);
  private static final Pattern CLASS = Pattern.compile("^public\\s+(?:final\\s+)?class\\s+(\\w+)", Pattern.MULTILINE);

  private final URLClassLoader loader;
  private final Class<?> type;

  private ReadmeExample(URLClassLoader loader, Class<?> type) {
    this.loader = loader;
    this.type = type;
  }

  /**
   * Returns the first {@code ```java} block of a Markdown file.
   *
   * @throws AssertionError when there is none
   */
  public static String firstJavaBlock(Path markdown) {
    String text;
    try {
      text = Files.readString(markdown, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("could not read " + markdown, e);
    }
    Matcher matcher = JAVA_BLOCK.matcher(text);
    if (!matcher.find()) {
      throw new AssertionError(markdown + " has no ```java block");
    }
    return matcher.group(1);
  }

  /**
   * Compiles one source file ({@code --release 17}, every lint warning an error) against this
   * JVM's class path into {@code outputDir} and loads its public class.
   *
   * @throws AssertionError with the compiler's diagnostics when it does not compile
   */
  public static ReadmeExample compile(String source, Path outputDir) {
    String className = qualifiedClassName(source);
    JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
    if (compiler == null) {
      throw new IllegalStateException("no system Java compiler: the tests must run on a JDK");
    }
    try {
      Path sourceFile = outputDir.resolve("src").resolve(className.replace('.', '/') + ".java");
      Files.createDirectories(sourceFile.getParent());
      Files.writeString(sourceFile, source, StandardCharsets.UTF_8);
      Path classes = Files.createDirectories(outputDir.resolve("classes"));

      DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
      StringWriter output = new StringWriter();
      boolean compiled;
      try (StandardJavaFileManager files = compiler.getStandardFileManager(diagnostics, Locale.ROOT, StandardCharsets.UTF_8)) {
        List<String> options = List.of(
            "--release", "17",
            "-Xlint:all", "-Werror", "-proc:none",
            "-classpath", System.getProperty("java.class.path"),
            "-d", classes.toString());
        compiled = compiler.getTask(output, files, diagnostics, options, null,
            files.getJavaFileObjects(sourceFile)).call();
      }
      if (!compiled || !diagnostics.getDiagnostics().isEmpty()) {
        StringBuilder report = new StringBuilder("the README example does not compile cleanly:\n");
        for (Diagnostic<? extends JavaFileObject> diagnostic : diagnostics.getDiagnostics()) {
          report.append(diagnostic.getKind()).append(" line ").append(diagnostic.getLineNumber())
              .append(": ").append(diagnostic.getMessage(Locale.ROOT)).append('\n');
        }
        report.append(output);
        throw new AssertionError(report.toString());
      }
      URLClassLoader loader = new URLClassLoader(new URL[] {classes.toUri().toURL()},
          ReadmeExample.class.getClassLoader());
      try {
        return new ReadmeExample(loader, Class.forName(className, true, loader));
      } catch (ClassNotFoundException | RuntimeException | Error e) {
        loader.close();
        throw new AssertionError("the compiled example " + className + " could not be loaded", e);
      }
    } catch (MalformedURLException e) {
      throw new IllegalStateException(e);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The loaded example class. */
  public Class<?> type() {
    return type;
  }

  /**
   * Invokes a static method of the example, whatever its visibility.
   *
   * @param name the method name
   * @param parameterType the type of its only parameter
   * @param argument the argument
   * @return what the method returned
   * @throws RuntimeException what the method threw, unwrapped
   */
  public Object invokeStatic(String name, Class<?> parameterType, Object argument) {
    Method method;
    try {
      method = type.getDeclaredMethod(name, parameterType);
    } catch (NoSuchMethodException e) {
      throw new AssertionError(type.getName() + " has no method " + name + "(" + parameterType.getSimpleName() + ")", e);
    }
    method.setAccessible(true);
    try {
      return method.invoke(null, argument);
    } catch (IllegalAccessException e) {
      throw new AssertionError(e);
    } catch (InvocationTargetException e) {
      Throwable cause = e.getCause();
      if (cause instanceof RuntimeException) {
        throw (RuntimeException) cause;
      }
      if (cause instanceof Error) {
        throw (Error) cause;
      }
      throw new IllegalStateException(cause);
    }
  }

  @Override
  public void close() {
    try {
      loader.close();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String qualifiedClassName(String source) {
    Matcher type = CLASS.matcher(source);
    if (!type.find()) {
      throw new AssertionError("the example declares no public class:\n" + source);
    }
    Matcher pkg = PACKAGE.matcher(source);
    return pkg.find() ? pkg.group(1) + "." + type.group(1) : type.group(1);
  }
}
