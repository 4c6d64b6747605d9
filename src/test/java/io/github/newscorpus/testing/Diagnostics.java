package io.github.newscorpus.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.HashSet;
import java.util.Set;

/**
 * Writes what tests measure (times, sizes, counts) to {@code target/test-diagnostics/<name>.txt}
 * instead of the build's output, which stays the test summary. Each file starts afresh in each
 * test JVM, then collects lines in the order they are written.
 */
public final class Diagnostics {

  /** Where the files go. */
  public static final Path DIRECTORY = Path.of("target", "test-diagnostics");

  private static final Set<String> STARTED = new HashSet<>();

  private Diagnostics() {}

  /** Appends {@code line} to the file for {@code name}, emptied first if this JVM has not written it. */
  public static synchronized void log(String name, String line) {
    Path file = DIRECTORY.resolve(name + ".txt");
    try {
      Files.createDirectories(DIRECTORY);
      StandardOpenOption mode = STARTED.add(name)
          ? StandardOpenOption.TRUNCATE_EXISTING : StandardOpenOption.APPEND;
      Files.writeString(file, line.endsWith("\n") ? line : line + "\n", StandardCharsets.UTF_8,
          StandardOpenOption.CREATE, StandardOpenOption.WRITE, mode);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
