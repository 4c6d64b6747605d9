package io.github.newscorpus.internal;

import java.lang.reflect.Field;
import java.net.URL;
import java.security.CodeSource;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Checks, once, that the jars the library runs with are recent enough: jackson-core 2.18.0 or
 * later (older ones lack the read constraints and write features used; up to 2.20 it joins a
 * lone surrogate with the next character when writing, which cannot happen here, as the model
 * refuses lone surrogates), and commons-text 1.7 or later with any commons-lang3 3.x. A project
 * whose other dependencies bring older versions (Maven picks the nearest) then fails at the
 * library's first use with one message naming the jar, where it was found and what is needed,
 * instead of a {@link NoClassDefFoundError} deep inside. Looks classes up by name, so that this
 * class loads whatever is on the class path.
 *
 * <p>Not API: public only for the library's entry points ({@code Corpus}'s factories and
 * {@code Article.builder}), which call {@link #check()} each time rather than in a static
 * initialiser, so that every use fails with the same message, not the first one alone (a class
 * whose initialiser failed gives a bare {@link NoClassDefFoundError} afterwards).
 */
public final class Requirements {

  /** The oldest jackson-core the library works with. */
  static final String JACKSON_CORE = "2.18.0";

  private static final Optional<String> PROBLEM = problems(Requirements.class.getClassLoader());

  private Requirements() {}

  /**
   * Throws when a jar the library needs is missing or too old.
   *
   * @throws LinkageError naming each jar that is missing or too old, where it was found and the
   *     version needed
   */
  public static void check() {
    if (PROBLEM.isPresent()) {
      throw new LinkageError(PROBLEM.get());
    }
  }

  /** Says what is wrong with the jars {@code loader} sees, if anything: each, in one message. */
  static Optional<String> problems(ClassLoader loader) {
    List<String> problems = new ArrayList<>();
    jackson(load("com.fasterxml.jackson.core.json.PackageVersion", loader))
        .ifPresent(problems::add);
    needs(load("org.apache.commons.text.similarity.JaroWinklerSimilarity", loader),
        load("org.apache.commons.text.translate.CharSequenceTranslator", loader),
        "org.apache.commons:commons-text", "1.7").ifPresent(problems::add);
    needs(load("org.apache.commons.lang3.Validate", loader), Optional.empty(),
        "org.apache.commons:commons-lang3", "3.0").ifPresent(problems::add);
    return problems.isEmpty() ? Optional.empty() : Optional.of(String.join("; ", problems)
        + ". Another dependency brings the older version and Maven picks the nearest: declare "
        + "the version needed in your own project's dependencies");
  }

  /** Says what is wrong with the jackson-core of {@code packageVersion}, if anything. */
  private static Optional<String> jackson(Optional<Class<?>> packageVersion) {
    if (packageVersion.isEmpty()) {
      return Optional.of(missing("com.fasterxml.jackson.core:jackson-core", JACKSON_CORE));
    }
    String version;
    try {
      Field field = packageVersion.get().getField("VERSION");
      version = String.valueOf(field.get(null));
    } catch (ReflectiveOperationException | RuntimeException e) {
      version = "?";
    }
    return tooOld("com.fasterxml.jackson.core:jackson-core", version, JACKSON_CORE,
        packageVersion.get());
  }

  /**
   * Says that {@code artifact} is too old when {@code wanted} is missing but {@code present}
   * (a class of every version) is there, or missing when neither is.
   */
  private static Optional<String> needs(Optional<Class<?>> wanted, Optional<Class<?>> present,
      String artifact, String needed) {
    if (wanted.isPresent()) {
      return Optional.empty();
    }
    if (present.isEmpty()) {
      return Optional.of(missing(artifact, needed));
    }
    String version = Optional.ofNullable(present.get().getPackage().getImplementationVersion())
        .orElse("of an unknown version");
    return Optional.of("newscorpus needs " + artifact + " " + needed + " or later; found "
        + version + " at " + where(present.get()));
  }

  /** Says that {@code artifact} at {@code version} is older than {@code needed}, if it is. */
  static Optional<String> tooOld(String artifact, String version, String needed, Class<?> in) {
    if (compare(version, needed) >= 0) {
      return Optional.empty();
    }
    return Optional.of("newscorpus needs " + artifact + " " + needed + " or later; found "
        + version + " at " + where(in));
  }

  private static String missing(String artifact, String needed) {
    return "newscorpus needs " + artifact + " " + needed + " or later; it is not on the class path";
  }

  /**
   * Compares dotted versions by their leading numbers ({@code 2.21.0-rc1} as 2.21.0); a version
   * that does not start with a number counts as older than any.
   */
  static int compare(String a, String b) {
    int[] x = numbers(a);
    int[] y = numbers(b);
    for (int i = 0; i < Math.max(x.length, y.length); i++) {
      int c = Integer.compare(i < x.length ? x[i] : 0, i < y.length ? y[i] : 0);
      if (c != 0) {
        return c;
      }
    }
    return 0;
  }

  private static int[] numbers(String version) {
    String[] parts = version.split("[.-]");
    int[] numbers = new int[parts.length];
    int count = 0;
    for (String part : parts) {
      if (part.isEmpty() || !part.chars().allMatch(Character::isDigit) || part.length() > 9) {
        break;
      }
      numbers[count++] = Integer.parseInt(part);
    }
    return count == 0 ? new int[] {-1} : Arrays.copyOf(numbers, count);
  }

  /** Returns the jar or directory that {@code type} was loaded from, as far as it is known. */
  static String where(Class<?> type) {
    CodeSource source = type.getProtectionDomain().getCodeSource();
    URL location = source == null ? null : source.getLocation();
    return location == null ? "an unknown place on the class path" : location.toString();
  }

  private static Optional<Class<?>> load(String name, ClassLoader loader) {
    try {
      return Optional.of(Class.forName(name, false, loader));
    } catch (ClassNotFoundException | LinkageError e) {
      return Optional.empty();
    }
  }
}
