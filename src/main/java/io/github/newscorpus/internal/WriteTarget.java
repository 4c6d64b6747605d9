package io.github.newscorpus.internal;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;

/**
 * Holds a file to write both as the caller gave it ({@code given}, which every error names) and as
 * its symbolic links resolve ({@code file}: absolute, in a directory that exists; the file written,
 * while the links stay links).
 */
record WriteTarget(Path given, Path file) {

  /** The most links followed in resolving one path, as Linux's {@code MAXSYMLINKS}. */
  private static final int MAX_LINKS = 40;

  private static final String NOTHING_WRITTEN = "; nothing written";
  private static final Path PROC = Path.of("/proc");

  /**
   * Resolves {@code given}, following a chain of symbolic links, to a regular file its user may
   * write or to a name with nothing there yet in a directory that exists.
   *
   * @throws FileSystemException naming {@code given}, when it (or the file it links to) is a
   *     directory, a device, a FIFO or a socket, or a loop of links; an
   *     {@link AccessDeniedException} when that file is read-only; a {@link NoSuchFileException}
   *     when its directory does not exist
   */
  static WriteTarget of(Path given) throws IOException {
    Path file = given.toAbsolutePath();
    boolean proc = false;
    for (int links = 0; links <= MAX_LINKS; links++) {
      String linkedTo = links == 0 ? "" : "links to " + file + ", which ";
      proc |= underProc(file);
      BasicFileAttributes attributes = attributes(given, file, links);
      if (attributes == null) {
        if (links > 0) {
          refuseUnnamed(given, file, linkedTo);
        }
        return new WriteTarget(given, inDirectory(given, refuseProc(given, file, proc), links));
      }
      if (!attributes.isSymbolicLink()) {
        refuseUnlessWritable(given, file, attributes, linkedTo);
        return new WriteTarget(given, inDirectory(given, refuseProc(given, file, proc), links));
      }
      try {
        file = file.resolveSibling(Files.readSymbolicLink(file));
      } catch (IOException e) {
        throw failure(given, "cannot read a link: " + reason(e) + NOTHING_WRITTEN, e);
      }
    }
    throw new FileSystemException(given.toString(), null, "is a loop of symbolic links, or a "
        + "chain of more than " + MAX_LINKS + NOTHING_WRITTEN);
  }

  /**
   * Returns {@code cause} restated about the given path, with {@code text} for its reason, as a
   * {@link NoSuchFileException} or {@link AccessDeniedException} when it is one, otherwise as a
   * {@link FileSystemException}; keeps {@code cause} as the cause.
   */
  IOException failure(String text, IOException cause) {
    return failure(given, text, cause);
  }

  /** Returns what {@code e} says went wrong, without the path it names. */
  static String reason(IOException e) {
    if (e instanceof FileSystemException f && f.getReason() != null) {
      return f.getReason();
    }
    if (e instanceof AccessDeniedException) {
      return "permission denied";
    }
    if (e instanceof NoSuchFileException) {
      return "no such file or directory";
    }
    if (e instanceof FileAlreadyExistsException) {
      return "file already exists";
    }
    if (e instanceof FileSystemException || e.getMessage() == null) {
      return e.getClass().getSimpleName();
    }
    return e.getMessage();
  }

  private static IOException failure(Path given, String text, IOException cause) {
    FileSystemException e;
    if (cause instanceof NoSuchFileException) {
      e = new NoSuchFileException(given.toString(), null, text);
    } else if (cause instanceof AccessDeniedException) {
      e = new AccessDeniedException(given.toString(), null, text);
    } else {
      e = new FileSystemException(given.toString(), null, text);
    }
    e.initCause(cause);
    return e;
  }

  /** Returns the attributes of {@code file} itself, or null when there is nothing there. */
  private static BasicFileAttributes attributes(Path given, Path file, int links)
      throws IOException {
    try {
      return Files.readAttributes(file, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
    } catch (NoSuchFileException e) {
      return null;
    } catch (IOException e) {
      inDirectory(given, file, links); // a directory that does not exist is the better message
      throw failure(given, (links == 0 ? "" : "links to " + file + ": ") + reason(e)
          + NOTHING_WRITTEN, e);
    }
  }

  /** Returns whether {@code file} is under {@code /proc} or in a directory that is there. */
  private static boolean underProc(Path file) {
    if (file.normalize().startsWith(PROC)) {
      return true;
    }
    Path directory = file.getParent();
    try {
      return directory != null && directory.toRealPath().startsWith(PROC);
    } catch (IOException e) {
      return false; // reported where the directory is looked at
    }
  }

  /**
   * Returns {@code file}, or refuses it when the way to it led through {@code /proc} (such as
   * {@code /dev/stdout} or {@code /dev/fd/1}): there it stands for the file a shell redirected
   * standard output to, which a write would replace by a new file, losing what was appended.
   */
  private static Path refuseProc(Path given, Path file, boolean proc) throws IOException {
    if (proc) {
      throw new FileSystemException(given.toString(), null, "leads through /proc, where a name "
          + "stands for what a process has open (such as standard output), which a write would "
          + "replace; write to the file by its own name" + NOTHING_WRITTEN);
    }
    return file;
  }

  /** Refuses {@code file}, no link, unless it is a regular file that is not read-only. */
  private static void refuseUnlessWritable(Path given, Path file, BasicFileAttributes attributes,
      String linkedTo) throws IOException {
    if (!attributes.isRegularFile()) {
      throw new FileSystemException(given.toString(), null, linkedTo + "is "
          + kind(file, attributes, LinkOption.NOFOLLOW_LINKS) + ", not a regular file"
          + NOTHING_WRITTEN);
    }
    String readOnly = readOnly(file);
    if (readOnly != null) {
      throw new AccessDeniedException(given.toString(), null, linkedTo + readOnly
          + NOTHING_WRITTEN);
    }
  }

  /**
   * Refuses a chain of links that ends in a name with nothing there but that the system resolves
   * all the same: a link of {@code /proc} such as {@code /dev/stdout} to a pipe
   * ({@code pipe:[…]}) or to a file deleted while open.
   */
  private static void refuseUnnamed(Path given, Path file, String linkedTo) throws IOException {
    BasicFileAttributes attributes;
    try {
      attributes = Files.readAttributes(given, BasicFileAttributes.class);
    } catch (IOException e) {
      return; // dangling indeed
    }
    throw new FileSystemException(given.toString(), null, linkedTo + (attributes.isRegularFile()
        ? "is a file that no path names (deleted while open?)"
        : "is " + kind(given, attributes) + ", not a regular file") + NOTHING_WRITTEN);
  }

  /** Returns {@code file} in its directory's real path, or refuses a directory not there. */
  private static Path inDirectory(Path given, Path file, int links) throws IOException {
    Path directory = file.getParent();
    String linkedTo = links == 0 ? "" : "links to " + file + ", whose directory ";
    if (Files.isDirectory(directory)) {
      return directory.toRealPath().resolve(file.getFileName());
    }
    if (Files.exists(directory)) {
      throw new FileSystemException(given.toString(), null, (links == 0 ? "" : "links to "
          + file + ", but ") + directory + " is not a directory" + NOTHING_WRITTEN);
    }
    throw new NoSuchFileException(given.toString(), null,
        (links == 0 ? "the directory " : linkedTo) + directory + " does not exist"
            + NOTHING_WRITTEN);
  }

  /** Returns "a FIFO" and the like, from the type bits of {@code stat(2)} where readable. */
  private static String kind(Path file, BasicFileAttributes attributes, LinkOption... options) {
    if (attributes.isDirectory()) {
      return "a directory";
    }
    try {
      int mode = (Integer) Files.getAttribute(file, "unix:mode", options);
      switch (mode & 0170000) {
        case 0010000:
          return "a FIFO";
        case 0020000:
          return "a character device";
        case 0060000:
          return "a block device";
        case 0140000:
          return "a socket";
        default:
          break;
      }
    } catch (IOException | UnsupportedOperationException | IllegalArgumentException e) {
      // no "unix" view here (Windows): the generic words below
    }
    return "a special file (a device, a FIFO or a socket)";
  }

  /**
   * Returns why {@code file} counts as read-only, or null: its owner has no write permission
   * (read from the POSIX bits, since {@code Files.isWritable} says true for root whatever they
   * are), or the operating system says this user may not write it.
   */
  private static String readOnly(Path file) throws IOException {
    PosixFileAttributeView view = Files.getFileAttributeView(file, PosixFileAttributeView.class,
        LinkOption.NOFOLLOW_LINKS);
    if (view != null
        && !view.readAttributes().permissions().contains(PosixFilePermission.OWNER_WRITE)) {
      return "is read-only (its owner has no write permission)";
    }
    return Files.isWritable(file) ? null : "is not writable by this user";
  }
}
