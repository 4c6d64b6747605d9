package io.github.newscorpus.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicFilesTest {

  @TempDir
  Path dir;

  private List<Path> files() throws IOException {
    try (Stream<Path> list = Files.list(dir)) {
      return list.sorted().toList();
    }
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
}
