package io.github.newscorpus.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

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
   * or one in a directory that does not exist, with an exception that names {@code file} as
   * given. If writing fails, the temporary file is deleted, the exception propagates, and any
   * previous {@code file} is left as it was.
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
    Map<Path, Path> temporaries = new LinkedHashMap<>();
    Throwable failure = null;
    try {
      for (WriteTarget writeTarget : targets) {
        Path target = writeTarget.file();
        // Not Files.createTempFile: its owner-only permissions would end up on the target.
        Path temporary = target.resolveSibling(
            "." + target.getFileName() + "." + UUID.randomUUID() + ".tmp");
        temporaries.put(target, temporary);
        try (FileChannel channel = FileChannel.open(temporary, StandardOpenOption.CREATE_NEW,
            StandardOpenOption.WRITE)) {
          OutputStream out = Channels.newOutputStream(channel);
          files.get(writeTarget.given()).writeTo(out);
          out.flush();
          channel.force(true); // on disk before it replaces anything
        }
        keepPermissions(target, temporary);
      }
      for (Map.Entry<Path, Path> move : temporaries.entrySet()) {
        try {
          Files.move(move.getValue(), move.getKey(), StandardCopyOption.ATOMIC_MOVE,
              StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
          Files.move(move.getValue(), move.getKey(), StandardCopyOption.REPLACE_EXISTING);
        }
        syncDirectory(move.getKey().getParent());
      }
    } catch (IOException | RuntimeException | Error e) {
      failure = e;
      throw e;
    } finally {
      deleteAll(temporaries.values(), failure);
    }
  }

  /**
   * Deletes every file that exists, each even when deleting one before it failed; such a failure
   * is added to {@code failure}, or thrown when there is none.
   */
  private static void deleteAll(Iterable<Path> paths, Throwable failure) throws IOException {
    IOException first = null;
    for (Path path : paths) {
      try {
        Files.deleteIfExists(path);
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

  private static void keepPermissions(Path target, Path temporary) throws IOException {
    if (Files.exists(target)
        && Files.getFileStore(temporary).supportsFileAttributeView(PosixFileAttributeView.class)) {
      Files.setPosixFilePermissions(temporary, Files.getPosixFilePermissions(target));
    }
  }

  /** Makes the rename durable where the platform allows syncing a directory; elsewhere a no-op. */
  private static void syncDirectory(Path directory) {
    try (FileChannel channel = FileChannel.open(directory, StandardOpenOption.READ)) {
      channel.force(true);
    } catch (IOException | UnsupportedOperationException e) {
      // Windows cannot open a directory as a channel; the file itself was forced already.
    }
  }
}
