package io.github.newscorpus.testing;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Runs a class's {@code main} in a new JVM on this JVM's class path, as memory tests need. */
public final class ChildJvm {

  private ChildJvm() {}

  /** Returns the {@code java} command this JVM was started with. */
  public static String java() {
    return ProcessHandle.current().info().command()
        .orElse(Path.of(System.getProperty("java.home"), "bin", "java").toString());
  }

  /**
   * Runs {@code main} with the JVM {@code options} and {@code args}, its output (standard output
   * and error together) going to {@code log}; returns {@code exit N} and then each line it
   * printed.
   *
   * @throws AssertionError when it does not end within {@code minutes}; it is killed then
   */
  public static List<String> run(List<String> options, Class<?> main, List<String> args, Path log,
      int minutes) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>();
    command.add(java());
    command.addAll(options);
    command.addAll(List.of("-cp", System.getProperty("java.class.path"), main.getName()));
    command.addAll(args);
    Process child = new ProcessBuilder(command).redirectErrorStream(true)
        .redirectOutput(log.toFile()).start();
    if (!child.waitFor(minutes, TimeUnit.MINUTES)) {
      child.destroyForcibly();
      throw new AssertionError("the child JVM did not finish in " + minutes + " minutes");
    }
    List<String> lines = new ArrayList<>();
    lines.add("exit " + child.exitValue());
    lines.addAll(Files.readAllLines(log, StandardCharsets.UTF_8));
    return lines;
  }
}
