package io.github.newscorpus.junit;

import io.github.newscorpus.Corpus;
import java.io.IOException;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ExtensionContext.Namespace;
import org.junit.platform.commons.support.AnnotationSupport;

/**
 * Holds the corpus a test uses, the file {@link CorpusFile} names or the bundled one, with the
 * label messages give it.
 */
record TestCorpus(Corpus corpus, String label) {

  private static final Namespace NAMESPACE = Namespace.create(TestCorpus.class);

  /**
   * Returns the corpus for the context's test method or class: the nearest {@link CorpusFile}'s,
   * read once per test run, or the bundled corpus.
   *
   * @throws ExtensionConfigurationException when the file is missing or cannot be read
   */
  static TestCorpus of(ExtensionContext context) {
    return annotation(context).map(file -> new TestCorpus(read(file, context), label(file)))
        .orElseGet(() -> new TestCorpus(Corpus.bundled(), "the bundled corpus"));
  }

  private static Optional<CorpusFile> annotation(ExtensionContext context) {
    Optional<CorpusFile> onMethod = context.getTestMethod()
        .flatMap(method -> AnnotationSupport.findAnnotation(method, CorpusFile.class));
    if (onMethod.isPresent()) {
      return onMethod;
    }
    Class<?> type = context.getTestClass().orElse(null);
    while (type != null) {
      Optional<CorpusFile> onClass = AnnotationSupport.findAnnotation(type, CorpusFile.class);
      if (onClass.isPresent()) {
        return onClass;
      }
      type = isInner(type) ? type.getEnclosingClass() : null;
    }
    return Optional.empty();
  }

  /** Tells whether {@code type} is an inner class, whose tests JUnit nests in its enclosing class's. */
  private static boolean isInner(Class<?> type) {
    return type.isMemberClass() && !Modifier.isStatic(type.getModifiers());
  }

  private static Corpus read(CorpusFile file, ExtensionContext context) {
    if (file.value().isBlank()) {
      throw new ExtensionConfigurationException(label(file) + " names no file");
    }
    Path path;
    try {
      path = Path.of(file.value()).toAbsolutePath().normalize();
    } catch (InvalidPathException e) {
      throw new ExtensionConfigurationException(label(file) + " is not a path: " + e.getMessage(), e);
    }
    return context.getRoot().getStore(NAMESPACE)
        .getOrComputeIfAbsent(path, p -> load(file, p), Corpus.class);
  }

  private static Corpus load(CorpusFile file, Path path) {
    if (!Files.exists(path)) {
      throw new ExtensionConfigurationException(label(file) + ": there is no " + path
          + " (a relative path is resolved against the working directory, "
          + Path.of("").toAbsolutePath() + ")");
    }
    try {
      return Corpus.read(path);
    } catch (IOException e) {
      throw new ExtensionConfigurationException(label(file) + " cannot be read: " + e.getMessage(), e);
    }
  }

  private static String label(CorpusFile file) {
    return "@CorpusFile(\"" + file.value() + "\")";
  }
}
