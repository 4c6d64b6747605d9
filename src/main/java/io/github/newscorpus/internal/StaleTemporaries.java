package io.github.newscorpus.internal;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Duration;
import java.time.Instant;

/**
 * Removes the temporary files that writes to a target left when their process died. A file in one
 * of the target's slots ({@link TemporaryNames#slots}) goes when all of these hold: it is a
 * regular file; it is not the temporary file of a write in this JVM; no process holds a lock on it
 * (a live write holds one from the moment it creates the file until the file is moved or deleted);
 * and it was last modified at least {@link #MINIMUM_AGE} ago, checked again once locked. It is
 * deleted while locked. Best effort: a file that cannot be read, locked or deleted stays, and the
 * write goes on.
 */
final class StaleTemporaries {

  /** Covers the moment between a write creating its temporary file and locking it. */
  static final Duration MINIMUM_AGE = Duration.ofMinutes(1);

  private StaleTemporaries() {}

  /** Removes the stale temporary files of {@code target}, an absolute path. */
  static void remove(Path target) {
    Instant youngest = Instant.now().minus(MINIMUM_AGE);
    for (String name : TemporaryNames.slots(target.getFileName().toString())) {
      Path candidate = target.resolveSibling(name);
      if (!Temporary.isLive(candidate) && old(candidate, youngest)) {
        removeIfUnlocked(candidate, youngest);
      }
    }
  }

  private static boolean old(Path candidate, Instant youngest) {
    try {
      BasicFileAttributes attributes = Files.readAttributes(candidate,
          BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
      return attributes.isRegularFile()
          && !attributes.lastModifiedTime().toInstant().isAfter(youngest);
    } catch (IOException e) {
      return false; // nothing there, mostly
    }
  }

  /**
   * Deletes {@code candidate} if no one holds a lock on it. Once this holds the lock, no other
   * write can move or delete the file, so the path still names it and its age is read again.
   */
  private static void removeIfUnlocked(Path candidate, Instant youngest) {
    try (FileChannel channel = FileChannel.open(candidate, StandardOpenOption.WRITE,
        LinkOption.NOFOLLOW_LINKS)) {
      FileLock lock = channel.tryLock();
      if (lock != null && !Temporary.isLive(candidate) && old(candidate, youngest)) {
        Files.delete(candidate);
      }
    } catch (IOException | UnsupportedOperationException | OverlappingFileLockException e) {
      // live, or gone, or not lockable here: left
    }
  }
}
