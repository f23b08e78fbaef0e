package dev.clientsmith.interoptests;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads values out of objects of a client compiled at test time, whose classes the test code cannot
 * name: {@code get(response, "choices[0].message.content")} calls {@code getChoices()}, takes item 0,
 * calls {@code getMessage()}, then {@code getContent()}. On the way it looks through what OpenAPI
 * Generator wraps values in: {@code JsonNullable} (absent reads as null), union classes
 * ({@code getActualInstance()}) and enums ({@code getValue()}).
 */
final class Reflect {
  private static final Pattern SEGMENT = Pattern.compile("([A-Za-z_][A-Za-z0-9_]*)?((?:\\[\\d+])*)");
  private static final Pattern INDEX = Pattern.compile("\\[(\\d+)]");

  private Reflect() {}

  static Object get(Object root, String path) {
    Object current = unwrap(root);
    for (String segment : path.split("\\.")) {
      Matcher m = SEGMENT.matcher(segment);
      if (!m.matches()) {
        throw new IllegalArgumentException("bad path segment " + segment + " in " + path);
      }
      if (m.group(1) != null) {
        if (current == null) {
          throw new AssertionError("null before '" + segment + "' in " + path);
        }
        current = unwrap(property(current, m.group(1)));
      }
      Matcher index = INDEX.matcher(m.group(2));
      while (index.find()) {
        if (!(current instanceof List<?> list)) {
          throw new AssertionError("not a list before [" + index.group(1) + "] in " + path + ": " + current);
        }
        current = unwrap(list.get(Integer.parseInt(index.group(1))));
      }
    }
    return current;
  }

  /** The value of a bean property, or of a map entry. */
  static Object property(Object target, String name) {
    if (target instanceof Map<?, ?> map) {
      return map.get(name);
    }
    String capitalised = name.substring(0, 1).toUpperCase(Locale.ROOT) + name.substring(1);
    for (String getter : List.of("get" + capitalised, "is" + capitalised)) {
      try {
        return invoke(target, target.getClass().getMethod(getter));
      } catch (NoSuchMethodException e) {
        // try the next form
      }
    }
    throw new AssertionError(target.getClass().getName() + " has no property " + name);
  }

  /** Looks through JsonNullable, union wrappers and enums, to the plain value. */
  static Object unwrap(Object value) {
    Object current = value;
    for (int depth = 0; current != null && depth < 10; depth++) {
      Class<?> type = current.getClass();
      if (type.getName().equals("org.openapitools.jackson.nullable.JsonNullable")) {
        boolean present = (Boolean) invoke(current, method(type, "isPresent"));
        current = present ? invoke(current, method(type, "get")) : null;
      } else if (hasSuperclass(type, "AbstractOpenApiSchema")) {
        current = invoke(current, method(type, "getActualInstance"));
      } else if (type.isEnum()) {
        current = invoke(current, method(type, "getValue"));
      } else {
        return current;
      }
    }
    return current;
  }

  static Object invoke(Object target, Method method, Object... args) {
    try {
      return method.invoke(target, args);
    } catch (IllegalAccessException e) {
      throw new IllegalStateException(e);
    } catch (InvocationTargetException e) {
      Throwable cause = e.getCause();
      if (cause instanceof RuntimeException runtime) {
        throw runtime;
      }
      if (cause instanceof Error error) {
        throw error;
      }
      throw new IllegalStateException(cause);
    }
  }

  static Method method(Class<?> type, String name, Class<?>... parameters) {
    try {
      return type.getMethod(name, parameters);
    } catch (NoSuchMethodException e) {
      throw new IllegalStateException(e);
    }
  }

  private static boolean hasSuperclass(Class<?> type, String simpleName) {
    for (Class<?> c = type.getSuperclass(); c != null; c = c.getSuperclass()) {
      if (c.getSimpleName().equals(simpleName)) {
        return true;
      }
    }
    return false;
  }
}
