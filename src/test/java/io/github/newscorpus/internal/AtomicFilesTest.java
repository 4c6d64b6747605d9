package io.github.newscorpus.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.github.newscorpus.testing.ChildJvm;
import java.io.IOException;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.Pipe;
import java.nio.channels.ServerSocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicFilesTest {

  /** The file-type bits of {@code unix:mode}, as in {@code stat(2)}. */
  private static final int TYPE_BITS = 0170000;
  private static final int FIFO = 0010000;
  private static final int CHARACTER_DEVICE = 0020000;
  private static final int DIRECTORY = 0040000;
  private static final int REGULAR = 0100000;
  private static final int SOCKET = 0140000;

  /** CRC-32 of the UTF-8 bytes of "a.jsonl" ({@code zlib.crc32(b"a.jsonl")}), in hex. */
  private static final String TAG_A = "dbf27bb0";
  /** CRC-32 of "b.jsonl", in hex. */
  private static final String TAG_B = "ea1a612d";

  @TempDir
  Path dir;

  private List<Path> files() throws IOException {
    return files(dir);
  }

  private static List<Path> files(Path directory) throws IOException {
    try (Stream<Path> list = Files.list(directory)) {
      return list.sorted().toList();
    }
  }

  private static void write(Path file, String text) throws IOException {
    AtomicFiles.write(file, out -> out.write(text.getBytes(StandardCharsets.UTF_8)));
  }

  private static int type(Path path) throws IOException {
    return (int) Files.getAttribute(path, "unix:mode", LinkOption.NOFOLLOW_LINKS) & TYPE_BITS;
  }

  private static Path mkfifo(Path path) throws IOException, InterruptedException {
    int exit;
    try {
      exit = new ProcessBuilder("mkfifo", path.toString()).inheritIO().start().waitFor();
    } catch (IOException e) {
      exit = -1;
    }
    assumeTrue(exit == 0, "mkfifo is not available");
    return path;
  }

  /** Makes {@code file} look abandoned: last modified an hour ago. */
  private static Path anHourOld(Path file) throws IOException {
    Files.setLastModifiedTime(file, FileTime.from(Instant.now().minus(Duration.ofHours(1))));
    return file;
  }

  /**
   * Makes {@code file} look abandoned without opening it in this JVM ({@code Files
   * .setLastModifiedTime} opens it, and closing any channel of a file drops all of this JVM's
   * locks on it): with POSIX {@code touch -t}, in UTC.
   */
  private static Path anHourOldFromOutside(Path file) throws IOException, InterruptedException {
    String hourAgo = DateTimeFormatter.ofPattern("yyyyMMddHHmm.ss")
        .format(LocalDateTime.now(ZoneOffset.UTC).minusHours(1));
    ProcessBuilder touch = new ProcessBuilder("touch", "-m", "-t", hourAgo, file.toString())
        .inheritIO();
    touch.environment().put("TZ", "UTC");
    assertEquals(0, touch.start().waitFor());
    assertTrue(Files.getLastModifiedTime(file).toInstant()
        .isBefore(Instant.now().minus(Duration.ofMinutes(59))));
    return file;
  }

  private List<Path> temporaryFiles() throws IOException {
    return files().stream().filter(p -> p.getFileName().toString().endsWith(".tmp")).toList();
  }

  @Test
  void writesANewFile() throws IOException {
    Path file = dir.resolve("a.json");
    AtomicFiles.write(file, out -> out.write("new".getBytes(StandardCharsets.UTF_8)));
    assertEquals("new", Files.readString(file));
    assertEquals(List.of(file), files());
  }

  @Test
  void replacesAnOldFile() throws IOException {
    Path file = Files.writeString(dir.resolve("a.json"), "old");
    AtomicFiles.write(file, out -> out.write("new".getBytes(StandardCharsets.UTF_8)));
    assertEquals("new", Files.readString(file));
  }

  @Test
  void failureMidWriteLeavesTheOldFileAndNoTemporaryFile() throws IOException {
    Path file = Files.writeString(dir.resolve("a.json"), "old");
    IOException e = assertThrows(IOException.class, () -> AtomicFiles.write(file, out -> {
      out.write("half of the new cont".getBytes(StandardCharsets.UTF_8));
      throw new IOException("disk full");
    }));
    assertEquals("disk full", e.getMessage());
    assertEquals("old", Files.readString(file));
    assertEquals(List.of(file), files());
  }

  @Test
  void keepsTheOldFilesPermissions() throws IOException {
    Path file = Files.writeString(dir.resolve("a.json"), "old");
    Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r-----"));
    AtomicFiles.write(file, out -> out.write("new".getBytes(StandardCharsets.UTF_8)));
    assertEquals("rw-r-----", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
  }

  /** Regression (review): the temporary file was readable by all while a private file was written. */
  @Test
  void aPrivateFilesTemporaryIsPrivateWhileItIsWritten() throws IOException {
    Path file = Files.writeString(dir.resolve("a.json"), "old");
    Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
    List<String> seen = new ArrayList<>();
    AtomicFiles.write(file, out -> {
      try (Stream<Path> listing = Files.list(dir)) {
        for (Path p : listing.filter(p -> !p.equals(file)).toList()) {
          seen.add(PosixFilePermissions.toString(Files.getPosixFilePermissions(p)));
        }
      }
      out.write("new".getBytes(StandardCharsets.UTF_8));
    });
    assertEquals(List.of("rw-------"), seen);
    assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
  }

  /**
   * Regression (review): {@code --output /dev/stdout} with standard output redirected to a file
   * replaced that file, losing what was appended before; a name through /proc is refused.
   */
  @Test
  void refusesANameThroughProc() throws IOException {
    assumeTrue(Files.isDirectory(Path.of("/proc/self/root")), "needs /proc");
    Path file = Files.writeString(dir.resolve("log.txt"), "appended before");
    Path viaProc = Path.of("/proc/self/root").resolve(file.toAbsolutePath().toString().substring(1));
    FileSystemException e = assertThrows(FileSystemException.class,
        () -> AtomicFiles.write(viaProc, out -> out.write('x')));
    assertEquals(viaProc + ": leads through /proc, where a name stands for what a process has "
        + "open (such as standard output), which a write would replace; write to the file by its "
        + "own name; nothing written", e.getMessage());
    assertEquals("appended before", Files.readString(file));
  }

  @Test
  void writesThroughASymbolicLink() throws IOException {
    Path real = Files.writeString(dir.resolve("real.json"), "old");
    Path link = Files.createSymbolicLink(dir.resolve("link.json"), Path.of("real.json"));
    AtomicFiles.write(link, out -> out.write("new".getBytes(StandardCharsets.UTF_8)));
    assertTrue(Files.isSymbolicLink(link));
    assertEquals("new", Files.readString(real));
  }

  @Test
  void writesSeveralFilesInOrder() throws IOException {
    Path a = dir.resolve("a.txt");
    Path b = Files.writeString(dir.resolve("b.ann"), "old");
    Map<Path, AtomicFiles.Content> files = new LinkedHashMap<>();
    files.put(a, out -> out.write("A".getBytes(StandardCharsets.UTF_8)));
    files.put(b, out -> out.write("B".getBytes(StandardCharsets.UTF_8)));
    AtomicFiles.writeAll(files);
    assertEquals(List.of("A", "B"), List.of(Files.readString(a), Files.readString(b)));
    assertEquals(List.of(a, b), files());
  }

  /** A failure writing the second file leaves the first as it was too, and no temporary file. */
  @Test
  void failureWritingAnyOfSeveralLeavesEveryOldFile() throws IOException {
    Path a = Files.writeString(dir.resolve("a.txt"), "old a");
    Path b = Files.writeString(dir.resolve("b.ann"), "old b");
    Map<Path, AtomicFiles.Content> files = new LinkedHashMap<>();
    files.put(a, out -> out.write("new a".getBytes(StandardCharsets.UTF_8)));
    files.put(b, out -> {
      out.write("half of new".getBytes(StandardCharsets.UTF_8));
      throw new IllegalArgumentException("brat cannot hold it");
    });
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> AtomicFiles.writeAll(files));
    assertEquals("brat cannot hold it", e.getMessage());
    assertEquals(List.of("old a", "old b"), List.of(Files.readString(a), Files.readString(b)));
    assertEquals(List.of(a, b), files());
  }

  // Symbolic links and files that are not regular files.

  /** Each link of a chain is read relative to its own directory; every link stays a link. */
  @Test
  void writesThroughAChainOfLinksAcrossDirectories() throws IOException {
    Path sub = Files.createDirectory(dir.resolve("sub"));
    Path real = Files.writeString(dir.resolve("real.json"), "old");
    Path second = Files.createSymbolicLink(sub.resolve("second"), Path.of("../real.json"));
    Path first = Files.createSymbolicLink(dir.resolve("first"), Path.of("sub/second"));
    write(first, "new");
    assertEquals("new", Files.readString(real));
    assertEquals(REGULAR, type(real));
    assertTrue(Files.isSymbolicLink(first));
    assertTrue(Files.isSymbolicLink(second));
    assertEquals(List.of(first, real, sub), files());
    assertEquals(List.of(second), files(sub));
  }

  @Test
  void aDanglingLinkWhoseDirectoryExistsCreatesTheFileItNames() throws IOException {
    Path link = Files.createSymbolicLink(dir.resolve("link.json"), Path.of("new.json"));
    write(link, "new");
    assertTrue(Files.isSymbolicLink(link));
    assertEquals("new", Files.readString(dir.resolve("new.json")));
    assertEquals(List.of(link, dir.resolve("new.json")), files());
  }

  @Test
  void refusesADanglingLinkWhoseDirectoryDoesNotExist() throws IOException {
    Path link = Files.createSymbolicLink(dir.resolve("link.json"), Path.of("missing/new.json"));
    NoSuchFileException e = assertThrows(NoSuchFileException.class, () -> write(link, "new"));
    assertEquals(link + ": links to " + dir.resolve("missing/new.json") + ", whose directory "
        + dir.resolve("missing") + " does not exist; nothing written", e.getMessage());
    assertEquals(List.of(link), files());
  }

  @Test
  void refusesAFifoAndLeavesIt() throws Exception {
    Path fifo = mkfifo(dir.resolve("out.json"));
    FileSystemException e = assertThrows(FileSystemException.class, () -> write(fifo, "new"));
    assertEquals(fifo + ": is a FIFO, not a regular file; nothing written", e.getMessage());
    assertEquals(FIFO, type(fifo));
    assertEquals(List.of(fifo), files());
  }

  @Test
  void refusesALinkToAFifoAndLeavesBoth() throws Exception {
    Path fifo = mkfifo(dir.resolve("fifo"));
    Path link = Files.createSymbolicLink(dir.resolve("out.json"), Path.of("fifo"));
    FileSystemException e = assertThrows(FileSystemException.class, () -> write(link, "new"));
    assertEquals(link + ": links to " + fifo + ", which is a FIFO, not a regular file; nothing "
        + "written", e.getMessage());
    assertEquals(FIFO, type(fifo));
    assertTrue(Files.isSymbolicLink(link));
    assertEquals(List.of(fifo, link), files());
  }

  /** A device node of its own (the null device's numbers), so that the test never risks /dev. */
  @Test
  void refusesALinkToADeviceAndLeavesIt() throws Exception {
    Path device = dir.resolve("null");
    int exit;
    try {
      exit = new ProcessBuilder("mknod", device.toString(), "c", "1", "3").start().waitFor();
    } catch (IOException e) {
      exit = -1;
    }
    assumeTrue(exit == 0, "mknod needs root");
    Path link = Files.createSymbolicLink(dir.resolve("out.json"), device);
    FileSystemException e = assertThrows(FileSystemException.class, () -> write(link, "new"));
    assertEquals(link + ": links to " + device + ", which is a character device, not a regular "
        + "file; nothing written", e.getMessage());
    assertEquals(CHARACTER_DEVICE, type(device));
  }

  @Test
  void refusesASocketAndLeavesIt() throws IOException {
    Path socket = dir.resolve("out.sock");
    try (ServerSocketChannel server = ServerSocketChannel.open(StandardProtocolFamily.UNIX)) {
      server.bind(UnixDomainSocketAddress.of(socket));
      FileSystemException e = assertThrows(FileSystemException.class, () -> write(socket, "new"));
      assertEquals(socket + ": is a socket, not a regular file; nothing written", e.getMessage());
      assertEquals(SOCKET, type(socket));
    }
  }

  /**
   * A link of {@code /proc/self/fd} to a pipe reads {@code pipe:[N]}, a name with nothing there,
   * yet opens the pipe, as {@code /dev/stdout} does when standard output is piped.
   */
  @Test
  void refusesALinkThatOnlyTheSystemResolvesToAPipe() throws IOException {
    Path fds = Path.of("/proc/self/fd");
    assumeTrue(Files.isDirectory(fds), "no /proc");
    List<Path> before = pipes(fds);
    Pipe pipe = Pipe.open(); // its two ends are the pipes in /proc/self/fd that were not before
    try {
      List<Path> ours = new ArrayList<>(pipes(fds));
      ours.removeAll(before);
      assumeTrue(!ours.isEmpty(), "no pipe in /proc/self/fd");
      Path link = Files.createSymbolicLink(dir.resolve("out.json"), ours.get(0));
      FileSystemException e = assertThrows(FileSystemException.class, () -> write(link, "new"));
      assertEquals(link + ": links to " + fds.resolve(Files.readSymbolicLink(ours.get(0)))
          + ", which is a FIFO, not a regular file; nothing written", e.getMessage());
      assertEquals(List.of(link), files());
    } finally {
      pipe.sink().close();
      pipe.source().close();
    }
  }

  private static List<Path> pipes(Path fds) throws IOException {
    List<Path> pipes = new ArrayList<>();
    try (Stream<Path> list = Files.list(fds)) {
      for (Path fd : list.toList()) {
        try {
          if (Files.readSymbolicLink(fd).toString().startsWith("pipe:")) {
            pipes.add(fd);
          }
        } catch (IOException e) {
          // closed since it was listed
        }
      }
    }
    return pipes;
  }

  @Test
  void refusesADirectoryAndALinkToOne() throws IOException {
    Path directory = Files.createDirectory(dir.resolve("out.json"));
    Path link = Files.createSymbolicLink(dir.resolve("link.json"), Path.of("out.json"));
    FileSystemException e = assertThrows(FileSystemException.class, () -> write(directory, "new"));
    assertEquals(directory + ": is a directory, not a regular file; nothing written",
        e.getMessage());
    e = assertThrows(FileSystemException.class, () -> write(link, "new"));
    assertEquals(link + ": links to " + directory + ", which is a directory, not a regular file; "
        + "nothing written", e.getMessage());
    assertEquals(DIRECTORY, type(directory));
    assertEquals(List.of(), files(directory));
  }

  @Test
  void refusesALoopOfLinksAndLeavesIt() throws IOException {
    Path a = Files.createSymbolicLink(dir.resolve("a.json"), Path.of("b.json"));
    Path b = Files.createSymbolicLink(dir.resolve("b.json"), Path.of("a.json"));
    Path self = Files.createSymbolicLink(dir.resolve("self.json"), Path.of("self.json"));
    for (Path link : List.of(a, self)) {
      FileSystemException e = assertThrows(FileSystemException.class, () -> write(link, "new"));
      assertEquals(link + ": is a loop of symbolic links, or a chain of more than 40; nothing "
          + "written", e.getMessage());
    }
    assertEquals(List.of(Path.of("b.json"), Path.of("a.json"), Path.of("self.json")),
        List.of(Files.readSymbolicLink(a), Files.readSymbolicLink(b),
            Files.readSymbolicLink(self)));
    assertEquals(List.of(a, b, self), files());
  }

  /** Root may write any file, so the owner's write bit decides, not {@code Files.isWritable}. */
  @Test
  void refusesAReadOnlyFileAndALinkToOne() throws IOException {
    Path file = Files.writeString(dir.resolve("out.json"), "old");
    Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("r--r--r--"));
    Path link = Files.createSymbolicLink(dir.resolve("link.json"), Path.of("out.json"));
    AccessDeniedException e = assertThrows(AccessDeniedException.class, () -> write(file, "new"));
    assertEquals(file + ": is read-only (its owner has no write permission); nothing written",
        e.getMessage());
    e = assertThrows(AccessDeniedException.class, () -> write(link, "new"));
    assertEquals(link + ": links to " + file + ", which is read-only (its owner has no write "
        + "permission); nothing written", e.getMessage());
    assertEquals("old", Files.readString(file));
    assertEquals("r--r--r--", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
    assertEquals(List.of(link, file), files());
  }

  /** Every target is checked before any is written: both files or neither. */
  @Test
  void refusingOneOfSeveralWritesNone() throws Exception {
    Path a = Files.writeString(dir.resolve("a.txt"), "old a");
    Path b = mkfifo(dir.resolve("b.ann"));
    Map<Path, AtomicFiles.Content> files = new LinkedHashMap<>();
    files.put(a, out -> out.write("new a".getBytes(StandardCharsets.UTF_8)));
    files.put(b, out -> out.write("new b".getBytes(StandardCharsets.UTF_8)));
    FileSystemException e = assertThrows(FileSystemException.class,
        () -> AtomicFiles.writeAll(files));
    assertEquals(b + ": is a FIFO, not a regular file; nothing written", e.getMessage());
    assertEquals("old a", Files.readString(a));
    assertEquals(FIFO, type(b));
    assertEquals(List.of(a, b), files());
  }

  // Temporary files: their names, the errors, and those an earlier crash left.

  /** The first write to a target takes its first slot. */
  @Test
  void theTemporaryFileHasAShortHiddenNameTiedToTheTarget() throws IOException {
    Path file = dir.resolve("a.jsonl");
    List<Path> seen = new ArrayList<>();
    AtomicFiles.write(file, out -> seen.addAll(files()));
    assertEquals(List.of(dir.resolve(".newscorpus-" + TAG_A + "-0.tmp")), seen);
  }

  /** With all eight slots taken (here by recent files, which stay), a random name is used. */
  @Test
  void takesARandomNameWhenEverySlotIsTaken() throws IOException {
    Path file = dir.resolve("a.jsonl");
    List<Path> slots = new ArrayList<>();
    for (int slot = 0; slot < 8; slot++) {
      slots.add(Files.writeString(dir.resolve(".newscorpus-" + TAG_A + "-" + slot + ".tmp"), ""));
    }
    List<String> seen = new ArrayList<>();
    AtomicFiles.write(file, out -> {
      for (Path p : files()) {
        if (!slots.contains(p)) {
          seen.add(p.getFileName().toString());
        }
      }
    });
    assertEquals(1, seen.size());
    assertTrue(seen.get(0).matches("\\.newscorpus-" + TAG_A + "-[0-9a-f]{12}\\.tmp"),
        seen.get(0));
    assertEquals(37, seen.get(0).length());
    List<Path> expected = new ArrayList<>(slots);
    expected.add(file);
    assertEquals(expected, files());
  }

  /** Linux allows 255 bytes; the old temporary name added 43 characters to the target's. */
  @Test
  void writesFileNamesUpToTheLimit() throws IOException {
    for (int length : List.of(245, 255)) {
      Path file = dir.resolve("n".repeat(length - 6) + ".jsonl");
      write(file, "new");
      assertEquals("new", Files.readString(file));
    }
    assertEquals(2, files().size());
  }

  @Test
  void aNameTooLongIsReportedWithTheTargetsName() throws IOException {
    Path file = dir.resolve("n".repeat(250) + ".jsonl");
    FileSystemException e = assertThrows(FileSystemException.class, () -> write(file, "new"));
    assertEquals(file + ": File name too long; nothing written", e.getMessage());
    assertEquals(List.of(), files());
  }

  @Test
  void aMissingDirectoryIsReportedWithTheTargetsName() throws IOException {
    Path file = dir.resolve("missing/out.json");
    NoSuchFileException e = assertThrows(NoSuchFileException.class, () -> write(file, "new"));
    assertEquals(file + ": the directory " + dir.resolve("missing") + " does not exist; nothing "
        + "written", e.getMessage());
    Path notDirectory = Files.writeString(dir.resolve("file.txt"), "a file");
    FileSystemException f = assertThrows(FileSystemException.class,
        () -> write(notDirectory.resolve("out.json"), "new"));
    assertEquals(notDirectory.resolve("out.json") + ": " + notDirectory + " is not a directory; "
        + "nothing written", f.getMessage());
    assertEquals(List.of(notDirectory), files());
  }

  /**
   * A write that fails part way (here a file-size limit of 4 KiB, {@code ulimit -f 8}, in a child
   * JVM) names the target and keeps the file system's error as the cause.
   */
  @Test
  void aFailureWhileWritingNamesTheTarget(@TempDir Path logs) throws Exception {
    assumeTrue(Files.isExecutable(Path.of("/bin/sh")));
    Path file = dir.resolve("a.jsonl");
    Path log = logs.resolve("child.log");
    Process child = new ProcessBuilder("/bin/sh", "-c", "ulimit -f 8 && exec \"$0\" \"$@\"",
        ChildJvm.java(), "-XX:-UsePerfData", "-cp", System.getProperty("java.class.path"),
        Child.class.getName(), "big", file.toString())
        .redirectErrorStream(true).redirectOutput(log.toFile()).start();
    assertTrue(child.waitFor(2, TimeUnit.MINUTES));
    assertEquals(List.of(FileSystemException.class.getName() + ": " + file
            + ": File too large; nothing written",
        "caused by " + IOException.class.getName() + ": File too large"),
        Files.readAllLines(log));
    assertEquals(1, child.exitValue());
    assertEquals(List.of(), files());
  }

  /** An earlier crash is simulated by leaving temporary files in two slots, an hour old. */
  @Test
  void removesTemporaryFilesAnEarlierCrashLeftForTheSameTarget() throws IOException {
    Path file = Files.writeString(dir.resolve("a.jsonl"), "old");
    anHourOld(Files.writeString(dir.resolve(".newscorpus-" + TAG_A + "-0.tmp"), "half"));
    anHourOld(Files.writeString(dir.resolve(".newscorpus-" + TAG_A + "-7.tmp"), "half"));
    write(file, "new");
    assertEquals("new", Files.readString(file));
    assertEquals(List.of(file), files());
  }

  /**
   * Kept: a recent file in a slot (a write may have just created it), another target's, names
   * that are no slot (a random name, an earlier version's, a user's), a link in a slot.
   */
  @Test
  void keepsRecentTemporaryFilesAndThoseOfOtherTargets() throws IOException {
    Path file = dir.resolve("a.jsonl");
    Path precious = anHourOld(Files.writeString(dir.resolve("precious.txt"), "user's"));
    List<Path> kept = List.of(
        Files.writeString(dir.resolve(".newscorpus-" + TAG_A + "-0.tmp"), "recent"),
        anHourOld(Files.writeString(dir.resolve(".newscorpus-" + TAG_B + "-1.tmp"), "b's")),
        anHourOld(Files.writeString(dir.resolve(".newscorpus-" + TAG_A + "-0123456789ab.tmp"),
            "random")),
        anHourOld(Files.writeString(
            dir.resolve(".a.jsonl.0f8fad5b-d9cb-469f-a165-70867728950e.tmp"), "version 0")),
        anHourOld(Files.writeString(dir.resolve(".newscorpus-" + TAG_A + "-8.tmp"), "user's")),
        anHourOld(Files.writeString(dir.resolve("a.jsonl.tmp"), "user's")),
        Files.createSymbolicLink(dir.resolve(".newscorpus-" + TAG_A + "-2.tmp"), precious),
        precious);
    write(file, "new");
    List<Path> expected = new ArrayList<>(kept);
    expected.add(file);
    assertEquals(expected.stream().sorted().toList(), files());
    assertEquals("user's", Files.readString(precious));
  }

  /** A lock held on an old temporary file marks it as live, whatever its age. */
  @Test
  void keepsAnOldTemporaryFileThatIsLocked() throws IOException {
    Path file = dir.resolve("a.jsonl");
    Path held = anHourOld(Files.writeString(
        dir.resolve(".newscorpus-" + TAG_A + "-0.tmp"), "live"));
    try (FileChannel channel = FileChannel.open(held, StandardOpenOption.WRITE);
        FileLock lock = channel.lock()) {
      write(file, "new");
      assertTrue(lock.isValid());
    }
    assertEquals(List.of(held, file), files());
  }

  /**
   * A second write to the same target while a first is still writing leaves the first's temporary
   * file alone, even when it looks abandoned by its age; both writes succeed, the later move wins.
   * A third write, from another JVM, then finds the file still locked: the second did not open the
   * file (closing any channel of a file drops all of this JVM's locks on it).
   */
  @Test
  void aConcurrentWriteInThisJvmLeavesTheLiveTemporaryFileAlone(@TempDir Path logs)
      throws Exception {
    Path file = dir.resolve("a.jsonl");
    CountDownLatch writing = new CountDownLatch(1);
    CountDownLatch finish = new CountDownLatch(1);
    ExecutorService pool = Executors.newSingleThreadExecutor();
    try {
      Future<?> slow = pool.submit(() -> {
        AtomicFiles.write(file, out -> {
          out.write("slow".getBytes(StandardCharsets.UTF_8));
          writing.countDown();
          try {
            finish.await(1, TimeUnit.MINUTES);
          } catch (InterruptedException e) {
            throw new IOException(e);
          }
        });
        return null;
      });
      assertTrue(writing.await(1, TimeUnit.MINUTES));
      List<Path> live = temporaryFiles();
      assertEquals(1, live.size());
      anHourOldFromOutside(live.get(0));
      write(file, "fast");
      assertEquals("fast", Files.readString(file));
      assertEquals(live, temporaryFiles());
      assertEquals(List.of("exit 0"), ChildJvm.run(List.of("-XX:-UsePerfData"), Child.class,
          List.of("quick", file.toString()), logs.resolve("child.log"), 1));
      assertEquals("quick", Files.readString(file));
      assertEquals(live, temporaryFiles());
      finish.countDown();
      slow.get(1, TimeUnit.MINUTES);
    } finally {
      finish.countDown();
      pool.shutdown();
    }
    assertEquals("slow", Files.readString(file));
    assertEquals(List.of(file), files());
  }

  /** As above, with the first writer in another JVM, so that only its lock tells it is live. */
  @Test
  void aConcurrentWriteFromAnotherProcessLeavesItsLiveTemporaryFileAlone(@TempDir Path signals)
      throws Exception {
    Path file = dir.resolve("a.jsonl");
    Path ready = signals.resolve("ready");
    Path go = signals.resolve("go");
    Process child = new ProcessBuilder(ChildJvm.java(), "-XX:-UsePerfData", "-cp",
        System.getProperty("java.class.path"), Child.class.getName(), "slow", file.toString(),
        ready.toString(), go.toString())
        .redirectErrorStream(true).redirectOutput(signals.resolve("child.log").toFile()).start();
    try {
      Instant deadline = Instant.now().plus(Duration.ofMinutes(1));
      while (!Files.exists(ready) && child.isAlive() && Instant.now().isBefore(deadline)) {
        Thread.sleep(10);
      }
      assertTrue(Files.exists(ready), () -> "the child never started writing: "
          + readQuietly(signals.resolve("child.log")));
      List<Path> live = temporaryFiles();
      assertEquals(1, live.size());
      anHourOld(live.get(0));
      write(file, "parent");
      assertEquals("parent", Files.readString(file));
      assertEquals(live, temporaryFiles());
      Files.writeString(go, "go");
      assertTrue(child.waitFor(1, TimeUnit.MINUTES));
    } finally {
      child.destroyForcibly();
    }
    assertEquals(0, child.exitValue(), () -> readQuietly(signals.resolve("child.log")));
    assertEquals("child", Files.readString(file));
    assertEquals(List.of(file), files());
  }

  private static String readQuietly(Path file) {
    try {
      return Files.readString(file);
    } catch (IOException e) {
      return e.toString();
    }
  }

  /** Writes in a child JVM: {@code big FILE}, {@code quick FILE} or {@code slow FILE READY GO}. */
  static final class Child {

    private Child() {}

    public static void main(String[] args) throws Exception {
      Path file = Path.of(args[1]);
      try {
        if (args[0].equals("big")) {
          AtomicFiles.write(file, out -> out.write(new byte[1 << 20]));
        } else if (args[0].equals("quick")) {
          AtomicFiles.write(file, out -> out.write("quick".getBytes(StandardCharsets.UTF_8)));
        } else {
          Path ready = Path.of(args[2]);
          Path go = Path.of(args[3]);
          AtomicFiles.write(file, out -> {
            out.write("child".getBytes(StandardCharsets.UTF_8));
            Files.writeString(ready, "ready");
            Instant deadline = Instant.now().plus(Duration.ofMinutes(1));
            while (!Files.exists(go) && Instant.now().isBefore(deadline)) {
              sleep();
            }
          });
        }
      } catch (IOException e) {
        System.out.println(e.getClass().getName() + ": " + e.getMessage());
        if (e.getCause() != null) {
          System.out.println("caused by " + e.getCause().getClass().getName() + ": "
              + e.getCause().getMessage());
        }
        System.exit(1);
      }
    }

    private static void sleep() throws IOException {
      try {
        Thread.sleep(10);
      } catch (InterruptedException e) {
        throw new IOException(e);
      }
    }
  }
}
