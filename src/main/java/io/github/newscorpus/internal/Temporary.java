package io.github.newscorpus.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.ClosedChannelException;
import java.nio.channels.FileChannel;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Holds the temporary file of one target: created beside it in a free slot, locked from creation
 * until it is moved into place or deleted (so that no other write takes it for one a crash left),
 * and known to this JVM as live meanwhile. Every error it throws names the target as the caller
 * gave it.
 */
final class Temporary implements AutoCloseable {

  private static final Set<Path> LIVE = ConcurrentHashMap.newKeySet();
  private static final SecureRandom RANDOM = new SecureRandom();
  private static final int RANDOM_ATTEMPTS = 3;
  private static final int LOCK_ATTEMPTS = 20;

  private final WriteTarget target;
  private final Path path;
  private final FileChannel channel;
  private boolean moved;

  private Temporary(WriteTarget target, Path path, FileChannel channel) {
    this.target = target;
    this.path = path;
    this.channel = channel;
  }

  /** Returns whether {@code path} is the temporary file of a write in this JVM still going on. */
  static boolean isLive(Path path) {
    return LIVE.contains(path);
  }

  /** Creates and locks a new temporary file beside the target, in the first free slot. */
  static Temporary create(WriteTarget target) throws IOException {
    String name = target.file().getFileName().toString();
    List<String> names = new ArrayList<>(TemporaryNames.slots(name));
    for (int attempt = 0; attempt < RANDOM_ATTEMPTS; attempt++) {
      names.add(TemporaryNames.random(name, RANDOM));
    }
    FileAlreadyExistsException taken = null;
    for (String candidate : names) {
      Path path = target.file().resolveSibling(candidate);
      if (!LIVE.add(path)) {
        continue; // another write in this JVM holds it
      }
      try {
        // Not Files.createTempFile: its owner-only permissions would end up on the target. The
        // target's own permissions from the start, so that what it hides is never readable
        // by more users while it is written.
        FileChannel channel = FileChannel.open(path, Set.of(StandardOpenOption.CREATE_NEW,
            StandardOpenOption.WRITE), permissionsOf(target.file()));
        lock(channel);
        return new Temporary(target, path, channel);
      } catch (FileAlreadyExistsException e) {
        LIVE.remove(path);
        taken = e;
      } catch (IOException e) {
        LIVE.remove(path);
        throw target.failure(cannot("create a temporary file beside it", e), e);
      }
    }
    throw target.failure("cannot create a temporary file beside it: every name is taken; "
        + "nothing written", taken);
  }

  /** Writes {@code content} to the temporary file and forces it to disk. */
  void write(AtomicFiles.Content content) throws IOException {
    content.writeTo(new TargetStream(Channels.newOutputStream(channel)));
    try {
      channel.force(true); // on disk before it replaces anything
    } catch (ClosedChannelException e) {
      throw e;
    } catch (IOException e) {
      throw target.failure(WriteTarget.reason(e) + "; nothing written", e);
    }
  }

  /** Moves the temporary file into the target's place, keeping the old file's permissions. */
  void moveIntoPlace() throws IOException {
    try {
      keepPermissions();
      try {
        Files.move(path, target.file(), StandardCopyOption.ATOMIC_MOVE,
            StandardCopyOption.REPLACE_EXISTING);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(path, target.file(), StandardCopyOption.REPLACE_EXISTING);
      }
    } catch (IOException e) {
      throw target.failure(cannot("replace it", e), e);
    }
    moved = true;
    syncDirectory(target.file().getParent());
  }

  /**
   * Deletes the temporary file unless it was moved, then closes it, releasing its lock: deleted
   * while locked, so that it never lies unlocked under its name.
   */
  @Override
  public void close() throws IOException {
    try {
      if (!moved) {
        Files.deleteIfExists(path);
      }
    } catch (IOException e) {
      throw target.failure("cannot delete its temporary file: " + WriteTarget.reason(e), e);
    } finally {
      try {
        channel.close();
      } finally {
        LIVE.remove(path);
      }
    }
  }

  private static String cannot(String what, IOException e) {
    return "cannot " + what + ": " + WriteTarget.reason(e) + "; nothing written";
  }

  /**
   * Locks the new file where the file system can, waiting out a moment when another write checks
   * it; without a lock, its age alone protects it for {@link StaleTemporaries#MINIMUM_AGE}.
   */
  private static void lock(FileChannel channel) {
    for (int attempt = 0; attempt < LOCK_ATTEMPTS; attempt++) {
      try {
        if (channel.tryLock() != null) {
          return; // released when the channel closes
        }
      } catch (IOException | UnsupportedOperationException e) {
        return; // a file system without locks
      } catch (OverlappingFileLockException e) {
        // a write in this JVM checking it; it lets go at once
      }
      try {
        Thread.sleep(1);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      }
    }
  }

  /** Returns the POSIX permissions of {@code file} as a creation attribute; none if it has none. */
  private static FileAttribute<?>[] permissionsOf(Path file) throws IOException {
    if (!Files.exists(file)
        || !Files.getFileStore(file).supportsFileAttributeView(PosixFileAttributeView.class)) {
      return new FileAttribute<?>[0];
    }
    return new FileAttribute<?>[] {
        PosixFilePermissions.asFileAttribute(Files.getPosixFilePermissions(file))};
  }

  private void keepPermissions() throws IOException {
    if (Files.exists(target.file())
        && Files.getFileStore(path).supportsFileAttributeView(PosixFileAttributeView.class)) {
      Files.setPosixFilePermissions(path, Files.getPosixFilePermissions(target.file()));
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

  /**
   * Restates a failure of the file system (a full disk, a quota, a file-size limit) about the
   * target; leaves a closed channel's exception as it is (an interrupt, not the file's fault).
   */
  private final class TargetStream extends OutputStream {

    private final OutputStream out;

    TargetStream(OutputStream out) {
      this.out = out;
    }

    @Override
    public void write(int b) throws IOException {
      try {
        out.write(b);
      } catch (ClosedChannelException e) {
        throw e;
      } catch (IOException e) {
        throw target.failure(WriteTarget.reason(e) + "; nothing written", e);
      }
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
      try {
        out.write(b, off, len);
      } catch (ClosedChannelException e) {
        throw e;
      } catch (IOException e) {
        throw target.failure(WriteTarget.reason(e) + "; nothing written", e);
      }
    }
  }
}
