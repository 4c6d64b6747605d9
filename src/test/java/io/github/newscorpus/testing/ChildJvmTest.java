package io.github.newscorpus.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ChildJvmTest {

  @TempDir
  Path dir;

  /** Prints its standard input's line count. */
  static final class Count {
    public static void main(String[] args) throws java.io.IOException {
      System.out.println(new String(System.in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8)
          .lines().count() + " lines");
    }
  }

  /** Prints its arguments, one per line, then a line to standard error, and exits with 3. */
  static final class Echo {
    public static void main(String[] args) {
      for (String arg : args) {
        System.out.println(arg);
      }
      System.out.flush();
      System.err.println("heap " + (Runtime.getRuntime().maxMemory() >> 20 <= 32 ? "small" : "big"));
      System.exit(3);
    }
  }

  @Test
  void returnsTheExitCodeThenEveryLineItPrinted() throws Exception {
    assertEquals(List.of("exit 3", "a b", "c", "heap small"),
        ChildJvm.run(List.of("-Xmx32m"), Echo.class, List.of("a b", "c"), dir.resolve("log"), 1));
  }

  @Test
  void pipesAFileToStandardInput() throws Exception {
    Path input = java.nio.file.Files.writeString(dir.resolve("in.txt"), "a\nb\nc\n");
    assertEquals(List.of("exit 0", "3 lines"),
        ChildJvm.runPiping(input, List.of(), Count.class, List.of(), dir.resolve("log"), 1));
  }
}
