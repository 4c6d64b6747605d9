package io.github.newscorpus.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Writes files so that a failed write never damages the file already there. Not API: public only
 * for the library's own packages.
 */
public final class AtomicFiles {

  /** Writes the content of a file to a stream. */
  @FunctionalInterface
  public interface Content {
    /** Writes everything to {@code out}; must not close it. */
    void writeTo(OutputStream out) throws IOException;
  }

  private AtomicFiles() {}

  /**
   * Writes {@code content} to a temporary file beside {@code file}, forces it to disk, then moves
   * it into place (atomically where the file system can), keeping the old file's permissions. A
   * symbolic link (or a chain of them) is followed to the regular file it names, which is replaced
   * while the link stays a link. Refuses, before writing anything, a file (or the file a link
   * names) that is a directory, a device, a FIFO or a socket, a loop of links, a read-only file,
   * or one in a directory that does not exist. Removes the temporary files that writes to the
   * same file left when their process died (see {@code StaleTemporaries}). If writing fails, the
   * temporary file is deleted, the exception propagates, and any previous {@code file} is left as
   * it was. Every error of the file system names {@code file} as given, never the temporary file,
   * and keeps the original as its cause; what {@code content} throws, and the
   * {@code ClosedByInterruptException} of an interrupt, propagate unchanged.
   *
   * @throws java.nio.file.FileSystemException naming {@code file}, when it is refused or the file
   *     system fails
   */
  public static void write(Path file, Content content) throws IOException {
    writeAll(Map.of(file, content));
  }

  /**
   * Writes several files as {@link #write} writes one: checks every target first, then writes all
   * of them to temporary files, so that a refusal or a failure while writing any leaves every
   * previous file as it was; only then moves each into place, in the map's iteration order. A
   * failure of a move itself (rare: a rename in one directory) leaves the files moved before it
   * in place.
   */
  public static void writeAll(Map<Path, Content> files) throws IOException {
    List<WriteTarget> targets = new ArrayList<>();
    for (Path file : files.keySet()) {
      targets.add(WriteTarget.of(file));
    }
    List<Temporary> temporaries = new ArrayList<>();
    Throwable failure = null;
    try {
      for (WriteTarget target : targets) {
        StaleTemporaries.remove(target.file());
        Temporary temporary = Temporary.create(target);
        temporaries.add(temporary);
        temporary.write(files.get(target.given()));
      }
      for (Temporary temporary : temporaries) {
        temporary.moveIntoPlace();
      }
    } catch (IOException | RuntimeException | Error e) {
      failure = e;
      throw e;
    } finally {
      closeAll(temporaries, failure);
    }
  }

  /**
   * Closes every temporary file, each even when closing one before it failed, deleting those not
   * moved; such a failure is added to {@code failure}, or thrown when there is none.
   */
  private static void closeAll(List<Temporary> temporaries, Throwable failure)
      throws IOException {
    IOException first = null;
    for (Temporary temporary : temporaries) {
      try {
        temporary.close();
      } catch (IOException e) {
        if (failure != null) {
          failure.addSuppressed(e);
        } else if (first == null) {
          first = e;
        } else {
          first.addSuppressed(e);
        }
      }
    }
    if (first != null) {
      throw first;
    }
  }
}
