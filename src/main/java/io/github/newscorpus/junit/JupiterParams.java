package io.github.newscorpus.junit;

import java.lang.annotation.Annotation;
import java.lang.reflect.Executable;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.platform.commons.support.AnnotationSupport;

/**
 * Looks junit-jupiter-params up by class name, so that the extension and the checks load none of
 * its classes and work with junit-jupiter-api alone.
 */
final class JupiterParams {

  private static final String PARAMETERIZED_TEST = "org.junit.jupiter.params.ParameterizedTest";

  private JupiterParams() {}

  /** Finds {@code @ParameterizedTest} through {@code loader}; empty when it cannot see the module. */
  static Optional<Class<? extends Annotation>> parameterizedTest(ClassLoader loader) {
    try {
      return Optional.of(Class.forName(PARAMETERIZED_TEST, false, loader).asSubclass(Annotation.class));
    } catch (ClassNotFoundException | LinkageError e) {
      return Optional.empty();
    }
  }

  /** Tells whether {@code executable} is a parameterized test, directly or through a meta-annotation. */
  static boolean isParameterizedTest(Executable executable) {
    return parameterizedTest(executable.getDeclaringClass().getClassLoader())
        .filter(annotation -> AnnotationSupport.isAnnotated(executable, annotation)).isPresent();
  }

  /** Returns the Maven coordinates to add, with the version of the junit-jupiter-api in use when known. */
  static String coordinates() {
    String version = Test.class.getPackage().getImplementationVersion();
    return "org.junit.jupiter:junit-jupiter-params:"
        + (version == null ? "<the version of your junit-jupiter-api>" : version);
  }
}
