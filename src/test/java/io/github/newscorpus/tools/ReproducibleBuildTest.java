package io.github.newscorpus.tools;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReproducibleBuildTest {

  private static final long NOON = 1_764_763_200_000L; // 2025-12-03T12:00:00Z

  @TempDir Path dir;

  /** Writes a zip of {@code name=content} entries, all stamped {@code time}. */
  private Path zip(String file, long time, String... entries) throws IOException {
    Path path = dir.resolve(file);
    try (OutputStream out = Files.newOutputStream(path);
        ZipOutputStream zip = new ZipOutputStream(out)) {
      for (String entry : entries) {
        String[] parts = entry.split("=", 2);
        ZipEntry e = new ZipEntry(parts[0]);
        e.setTime(time);
        zip.putNextEntry(e);
        zip.write(parts[1].getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
      }
    }
    return path;
  }

  @Test
  void findsNothingInIdenticalJars() throws IOException {
    Path a = zip("a.jar", NOON, "A.class=one", "B.class=two");
    Path b = zip("b.jar", NOON, "A.class=one", "B.class=two");
    assertEquals(List.of(), ReproducibleBuild.differences(a, b));
  }

  @Test
  void namesEntriesWithOtherContentOrMissing() throws IOException {
    Path a = zip("a.jar", NOON, "A.class=one", "B.class=two", "C.class=three");
    Path b = zip("b.jar", NOON, "A.class=uno", "C.class=three", "D.class=four");
    assertEquals(List.of("A.class has other content", "B.class only in the first build",
        "D.class only in the second build"), ReproducibleBuild.differences(a, b));
  }

  @Test
  void namesEntriesStampedWithAnotherTime() throws IOException {
    Path a = zip("a.jar", NOON, "A.class=one");
    Path b = zip("b.jar", NOON + 2_000, "A.class=one");
    assertEquals(List.of("A.class has another time (2025-12-03T12:00:00Z, 2025-12-03T12:00:02Z)"),
        ReproducibleBuild.differences(a, b));
  }

  @Test
  void saysWhenOnlyTheOrderDiffers() throws IOException {
    Path a = zip("a.jar", NOON, "A.class=one", "B.class=two");
    Path b = zip("b.jar", NOON, "B.class=two", "A.class=one");
    assertEquals(List.of("the same entries in another order"),
        ReproducibleBuild.differences(a, b));
  }
}
