package io.github.newscorpus.testing;

import java.io.IOException;
import java.io.OutputStream;
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
    Process child = start(options, main, args, log);
    child.getOutputStream().close();
    return finish(child, log, minutes);
  }

  /**
   * Runs {@code main} as {@link #run} does, with the bytes of {@code input} written to its
   * standard input through a pipe, as {@code cat input | java …} would.
   */
  public static List<String> runPiping(Path input, List<String> options, Class<?> main,
      List<String> args, Path log, int minutes) throws IOException, InterruptedException {
    Process child = start(options, main, args, log);
    Thread feeder = new Thread(() -> {
      try (OutputStream in = child.getOutputStream()) {
        Files.copy(input, in);
      } catch (IOException e) {
        // the child stopped reading; what it printed says why
      }
    });
    feeder.start();
    List<String> lines = finish(child, log, minutes);
    feeder.join();
    return lines;
  }

  private static Process start(List<String> options, Class<?> main, List<String> args, Path log)
      throws IOException {
    List<String> command = new ArrayList<>();
    command.add(java());
    command.addAll(options);
    command.addAll(List.of("-cp", System.getProperty("java.class.path"), main.getName()));
    command.addAll(args);
    return new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile())
        .start();
  }

  private static List<String> finish(Process child, Path log, int minutes)
      throws IOException, InterruptedException {
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
