package dev.clientsmith.clienttests.contract;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Finds, in a parsed response, what a round trip cannot see: a schema-valid value that the client
 * did not recognise. Prism only generates values the document allows, so a union read as its
 * {@code Unknown} variant, or an enum value read as unknown ({@code isKnown()} false), means the
 * client failed to recognise a valid shape and fell back to keeping it raw. Open enums whose
 * document allows any string (listed by the caller) are exempt.
 *
 * <p>The walk follows the public no-argument accessors of generated model classes (records'
 * components, getters; {@code Optional}, {@code Nullable}, lists and maps are looked into).
 */
final class ParsedModelAudit {

  private static final Set<String> SKIPPED = Set.of("toBuilder", "toString", "hashCode", "getClass",
      "additionalProperties", "builder", "accept", "known", "value", "isKnown", "isUnknown");

  private final String modelPackagePrefix;
  private final Set<Class<?>> openByDocument;
  private final List<String> findings = new ArrayList<>();

  /**
   * @param modelPackagePrefix the generated client's package, e.g. {@code dev.clientsmith.clients.jylo}
   * @param openByDocument enum classes whose document allows any string, where unknown is valid
   */
  ParsedModelAudit(String modelPackagePrefix, Set<Class<?>> openByDocument) {
    this.modelPackagePrefix = modelPackagePrefix;
    this.openByDocument = openByDocument;
  }

  /** What was not recognised in {@code value}, as {@code path: what} lines; empty when all was. */
  static List<String> unrecognised(Object value, String modelPackagePrefix, Set<Class<?>> openByDocument) {
    ParsedModelAudit audit = new ParsedModelAudit(modelPackagePrefix, openByDocument);
    audit.walk(value, "$", 0);
    return audit.findings;
  }

  private void walk(Object value, String path, int depth) {
    if (value == null || depth > 40) {
      return;
    }
    if (value instanceof Optional<?> optional) {
      optional.ifPresent(v -> walk(v, path, depth + 1));
      return;
    }
    if (value instanceof dev.clientsmith.runtime.json.Nullable<?> nullable) {
      if (nullable.isPresent()) {
        walk(nullable.get(), path, depth + 1);
      }
      return;
    }
    if (value instanceof Collection<?> items) {
      int i = 0;
      for (Object item : items) {
        walk(item, path + "[" + i++ + "]", depth + 1);
      }
      return;
    }
    if (value instanceof Map<?, ?> map) {
      map.forEach((k, v) -> walk(v, path + "." + k, depth + 1));
      return;
    }
    Class<?> type = value.getClass();
    if (!type.getName().startsWith(modelPackagePrefix)) {
      return;
    }
    if (type.isRecord() && type.getSimpleName().equals("Unknown")) {
      findings.add(path + ": a union read as Unknown: " + value);
      return;
    }
    Method isKnown = method(type, "isKnown");
    if (isKnown != null && isKnown.getReturnType() == boolean.class) {
      if (!(Boolean) invoke(isKnown, value) && !openByDocument.contains(type)) {
        findings.add(path + ": an enum value read as unknown: " + value);
      }
      return;
    }
    if (type.isRecord()) {
      for (RecordComponent component : type.getRecordComponents()) {
        walk(invoke(component.getAccessor(), value), path, depth + 1);
      }
      return;
    }
    // By name: getMethods() has no order, and the findings (and the test of them) should have one.
    Method[] methods = type.getMethods();
    java.util.Arrays.sort(methods, java.util.Comparator.comparing(Method::getName));
    for (Method m : methods) {
      if (m.getParameterCount() == 0 && !Modifier.isStatic(m.getModifiers()) && m.getDeclaringClass() == type
          && !SKIPPED.contains(m.getName()) && !m.getName().endsWith("Field") && !m.getName().startsWith("is")
          && !m.getName().startsWith("as")) {
        walk(invoke(m, value), path + "." + m.getName(), depth + 1);
      }
    }
  }

  private static Method method(Class<?> type, String name) {
    try {
      return type.getMethod(name);
    } catch (NoSuchMethodException e) {
      return null;
    }
  }

  private static Object invoke(Method method, Object target) {
    try {
      method.setAccessible(true);
      return method.invoke(target);
    } catch (IllegalAccessException | InvocationTargetException e) {
      throw new IllegalStateException("cannot read " + method + " of " + target.getClass().getName(), e);
    }
  }
}
