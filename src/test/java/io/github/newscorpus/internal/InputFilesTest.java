package io.github.newscorpus.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InputFilesTest {

  @TempDir Path dir;

  @Test
  void refusesADirectoryNamingIt() {
    FileSystemException e = assertThrows(FileSystemException.class, () -> InputFiles.open(dir));
    assertEquals(dir + ": is a directory, not a file", e.getMessage());
  }

  @Test
  void opensAFileAndLetsAMissingOneFailAsTheSystemSays() throws IOException {
    Path file = Files.writeString(dir.resolve("a.txt"), "abc");
    try (InputStream in = InputFiles.open(file)) {
      assertEquals("abc", new String(in.readAllBytes(), StandardCharsets.UTF_8));
    }
    NoSuchFileException e = assertThrows(NoSuchFileException.class,
        () -> InputFiles.open(dir.resolve("missing.txt")));
    assertEquals(dir.resolve("missing.txt").toString(), e.getMessage());
  }
}
