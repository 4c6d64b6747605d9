package io.github.newscorpus.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Opens the one file a single-file reader reads, refusing a directory by name (the system's own
 * error, {@code Is a directory}, names no path and comes only at the first read). Not API: public
 * only for the library's own packages.
 */
public final class InputFiles {

  private InputFiles() {}

  /**
   * Returns a stream of {@code file}'s bytes.
   *
   * @throws FileSystemException naming {@code file} when it is a directory; the system's
   *     exception when it is missing or unreadable
   */
  public static InputStream open(Path file) throws IOException {
    if (Files.isDirectory(file)) {
      throw new FileSystemException(file.toString(), null, "is a directory, not a file");
    }
    return Files.newInputStream(file);
  }
}
