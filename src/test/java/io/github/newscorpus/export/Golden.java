package io.github.newscorpus.export;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Compares an output with its checked-in golden file under {@code src/test/resources/export/}.
 * Run with {@code -Dnewscorpus.updateGolden=true} to accept a deliberate change (then review the
 * diff before committing it).
 */
final class Golden {

  static final Path DIRECTORY = Path.of("src/test/resources/export");

  private Golden() {}

  static String read(String name) throws IOException {
    return Files.readString(DIRECTORY.resolve(name), StandardCharsets.UTF_8);
  }

  static void assertMatches(String name, String actual) throws IOException {
    Path file = DIRECTORY.resolve(name);
    if (Boolean.getBoolean("newscorpus.updateGolden")) {
      Files.writeString(file, actual, StandardCharsets.UTF_8);
    }
    assertEquals(Files.readString(file, StandardCharsets.UTF_8), actual,
        name + " differs from its golden file; if the change is deliberate, rerun with "
            + "-Dnewscorpus.updateGolden=true and review the diff");
  }
}
