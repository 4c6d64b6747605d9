package com.example;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Runs {@code java -jar newscorpus-VERSION-cli.jar}, with nothing else on the class path. */
class CliJarTest {

  @TempDir
  Path dir;

  private List<String> run(String... args) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>(List.of(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar",
        System.getProperty("cliJar")));
    command.addAll(List.of(args));
    Path log = dir.resolve("out.txt");
    Process p = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile())
        .start();
    if (!p.waitFor(1, TimeUnit.MINUTES)) {
      p.destroyForcibly();
      throw new AssertionError("java -jar did not finish in a minute");
    }
    List<String> lines = new ArrayList<>(List.of("exit " + p.exitValue()));
    lines.addAll(Files.readAllLines(log, StandardCharsets.UTF_8));
    return lines;
  }

  @Test
  void listsCardinsTwoQuotes() throws Exception {
    List<String> out = run("quotes", "--speaker", "Cardin");
    // the README: Cardin has 2 direct quotes, q9 and q10
    assertEquals("exit 0", out.get(0));
    assertEquals("2 quotes by Benjamin L. Cardin:", out.get(1));
    assertEquals(4, out.size(), out.toString());
  }

  @Test
  void validatesAFileAndExitsWithOneOnAProblem() throws Exception {
    Path bad = Files.writeString(dir.resolve("bad.jsonl"),
        "{\"format\":\"newscorpus/1\"}\n{\"id\":\"a\"}\n");
    assertEquals(List.of("exit 1", bad + ": 1 problem",
        "  " + bad + ":2:1: missing required field \"text\""), run("validate", bad.toString()));
  }
}
