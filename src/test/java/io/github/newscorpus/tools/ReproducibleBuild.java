package io.github.newscorpus.tools;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * Checks that the build is reproducible: builds the project's sources a second time, in
 * {@code target/rebuild}, and compares every jar with the one the build made, byte for byte.
 * The build runs it in {@code verify} ({@code -Dreproducible.skip} skips it); by hand:
 * {@code mvn -q test-compile exec:java@reproducible} after a {@code package}.
 */
public final class ReproducibleBuild {

  /** What a build of the jars reads: everything else (tests, consumers) stays out. */
  private static final List<String> SOURCES =
      List.of("pom.xml", "LICENSE", "NOTICE", "corpus", "src/main");

  private ReproducibleBuild() {}

  /**
   * Rebuilds the project in {@code target/rebuild} and fails naming every jar that differs.
   *
   * @param args the project directory and the version's jar prefix, such as
   *     {@code newscorpus-0.1.0}
   */
  public static void main(String[] args) throws IOException, InterruptedException {
    Path project = Path.of(args[0]).toAbsolutePath();
    String prefix = args[1];
    Path rebuild = project.resolve("target/rebuild");
    deleteTree(rebuild);
    for (String source : SOURCES) {
      copyTree(project.resolve(source), rebuild.resolve(source));
    }
    List<String> command = new ArrayList<>(List.of(maven(), "-B", "-q", "-o",
        "-Dmaven.test.skip=true", "-Denforcer.skip=true", "-Dinvoker.skip=true", "package"));
    String repository = System.getProperty("maven.repo.local");
    if (repository != null) {
      command.add(1, "-Dmaven.repo.local=" + repository);
    }
    Path log = project.resolve("target/rebuild.log");
    Process build = new ProcessBuilder(command).directory(rebuild.toFile())
        .redirectErrorStream(true).redirectOutput(log.toFile()).start();
    if (build.waitFor() != 0) {
      throw new IllegalStateException("the second build failed; see " + log);
    }
    List<String> problems = new ArrayList<>();
    List<Path> jars = jars(project.resolve("target"), prefix);
    if (jars.isEmpty()) {
      throw new IllegalStateException("no " + prefix + "*.jar in " + project.resolve("target")
          + ": run it after package");
    }
    for (Path jar : jars) {
      Path again = rebuild.resolve("target").resolve(jar.getFileName());
      if (!Files.exists(again)) {
        problems.add(jar.getFileName() + ": not made by the second build");
      } else {
        differences(jar, again).forEach(d -> problems.add(jar.getFileName() + ": " + d));
      }
    }
    if (!problems.isEmpty()) {
      throw new IllegalStateException("two builds of the same sources made different jars:\n  "
          + String.join("\n  ", problems));
    }
  }

  /**
   * Lists how two jars differ, entry by entry (missing, content, time, order), in entry-name
   * order; empty when the files are identical byte for byte.
   */
  static List<String> differences(Path first, Path second) throws IOException {
    if (Arrays.equals(Files.readAllBytes(first), Files.readAllBytes(second))) {
      return List.of();
    }
    Map<String, ZipEntry> a = entries(first);
    Map<String, ZipEntry> b = entries(second);
    List<String> found = new ArrayList<>();
    for (String name : new TreeSet<>(union(a, b))) {
      ZipEntry x = a.get(name);
      ZipEntry y = b.get(name);
      if (x == null || y == null) {
        found.add(name + " only in the " + (x == null ? "second" : "first") + " build");
      } else if (x.getCrc() != y.getCrc() || x.getSize() != y.getSize()) {
        found.add(name + " has other content");
      } else if (x.getTime() != y.getTime()) {
        found.add(name + " has another time (" + x.getLastModifiedTime() + ", "
            + y.getLastModifiedTime() + ")");
      }
    }
    if (found.isEmpty()) {
      found.add(List.copyOf(a.keySet()).equals(List.copyOf(b.keySet()))
          ? "the same entries, stored differently" : "the same entries in another order");
    }
    return found;
  }

  private static Map<String, ZipEntry> entries(Path jar) throws IOException {
    Map<String, ZipEntry> entries = new LinkedHashMap<>();
    try (ZipFile zip = new ZipFile(jar.toFile())) {
      zip.stream().forEach(e -> entries.put(e.getName(), e));
    }
    return entries;
  }

  private static TreeSet<String> union(Map<String, ZipEntry> a, Map<String, ZipEntry> b) {
    TreeSet<String> names = new TreeSet<>(a.keySet());
    names.addAll(b.keySet());
    return names;
  }

  private static List<Path> jars(Path target, String prefix) throws IOException {
    try (Stream<Path> files = Files.list(target)) {
      return files.filter(p -> {
        String name = p.getFileName().toString();
        return name.startsWith(prefix) && name.endsWith(".jar");
      }).sorted().toList();
    }
  }

  private static String maven() {
    String home = Objects.requireNonNull(System.getProperty("maven.home"),
        "maven.home is not set: run it through Maven (exec:java)");
    boolean windows = System.getProperty("os.name").startsWith("Windows");
    return Path.of(home, "bin", windows ? "mvn.cmd" : "mvn").toString();
  }

  private static void copyTree(Path from, Path to) throws IOException {
    try (Stream<Path> paths = Files.walk(from)) {
      paths.forEach(p -> {
        try {
          Path target = to.resolve(from.relativize(p).toString());
          if (Files.isDirectory(p)) {
            Files.createDirectories(target);
          } else {
            Files.createDirectories(target.getParent());
            Files.copy(p, target); // new file times: the jars must not depend on them
          }
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      });
    }
  }

  private static void deleteTree(Path root) throws IOException {
    if (!Files.exists(root)) {
      return;
    }
    try (Stream<Path> paths = Files.walk(root)) {
      for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    }
  }
}
