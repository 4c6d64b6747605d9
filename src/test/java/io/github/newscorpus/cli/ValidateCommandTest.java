package io.github.newscorpus.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.newscorpus.Corpus;
import io.github.newscorpus.testing.ChildJvm;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ValidateCommandTest {

  @TempDir
  Path dir;

  /** Returns the small corpus with two mistakes: a mention's text and a quote's speaker. */
  private Path twoProblems() throws IOException {
    Path bad = Run.smallCorpus(dir, "bad.json");
    Files.writeString(bad, Files.readString(bad)
        .replace("\"text\": \"Bob\", \"entity\"", "\"text\": \"Rob\", \"entity\"")
        .replace("\"speaker\": \"e-ann\"", "\"speaker\": \"e-carl\""));
    return bad;
  }

  @Test
  void acceptsValidFiles() throws IOException {
    Path json = Run.smallCorpus(dir, "small.json");
    Path lines = Run.smallCorpus(dir, "small.jsonl");
    Path bundled = dir.resolve("bundled.json");
    Corpus.bundled().write(bundled);
    assertEquals(List.of(json + ": valid, 1 article", lines + ": valid, 1 article", bundled + ": valid, 1 article",
        "all 3 files are valid"), Run.of("validate", json.toString(), lines.toString(), bundled.toString())
        .succeeded().lines());
  }

  @Test
  void printsEveryProblemWithItsPlaceAndExitsWithOne() throws IOException {
    Path bad = twoProblems();
    Run run = Run.of("validate", bad.toString());
    assertEquals(1, run.code());
    assertEquals("", run.err());
    List<String> lines = run.lines();
    assertEquals(bad + ": 2 problems", lines.get(0));
    assertTrue(lines.get(1).matches("  " + bad.toString().replace("\\", "\\\\") + ":\\d+:\\d+: /articles/0/mentions/1/text:"
        + " text \"Rob\" does not match .*"), lines.get(1));
    assertTrue(lines.get(2).contains(": /articles/0/quotes/0/speaker: ") && lines.get(2).contains("\"e-carl\""),
        lines.get(2));
    assertEquals(3, lines.size());
  }

  @Test
  void checksEveryFileEvenAfterABadOne() throws IOException {
    Path bad = twoProblems();
    Path missing = dir.resolve("missing.json");
    Path good = Run.smallCorpus(dir, "good.json");
    Run run = Run.of("validate", bad.toString(), missing.toString(), good.toString());
    assertEquals(1, run.code());
    List<String> lines = run.lines();
    assertTrue(lines.contains(missing + ": cannot be read"), lines.toString());
    assertTrue(lines.contains("  no such file or directory: " + missing), lines.toString());
    assertTrue(lines.contains(good + ": valid, 1 article"), lines.toString());
    assertEquals("2 of 3 files have problems", lines.get(lines.size() - 1));
  }

  @Test
  void writesJson() throws IOException {
    Path bad = twoProblems();
    Path good = Run.smallCorpus(dir, "good.json");
    Run run = Run.of("validate", "--json", good.toString(), bad.toString());
    assertEquals(1, run.code());
    JsonNode json = run.json();
    assertFalse(json.get("valid").asBoolean());
    assertTrue(json.at("/files/0/valid").asBoolean());
    assertEquals(1, json.at("/files/0/articles").asInt());
    assertEquals(2, json.at("/files/1/problems").size());
    // small.json's line 25 holds mention m2, its text's value in column 54; line 28 the quote,
    // its speaker's value in column 114 (in characters: 👋 is one)
    JsonNode text = json.at("/files/1/problems/0");
    assertEquals(List.of(bad.toString(), "25", "54", "/articles/0/mentions/1/text",
        "text \"Rob\" does not match the covered text \"Bob\""), List.of(text.get("source").asText(),
        text.get("line").asText(), text.get("column").asText(), text.get("pointer").asText(),
        text.get("message").asText()));
    assertTrue(text.get("line").isInt() && text.get("column").isInt());
    assertEquals(List.of("28", "114", "/articles/0/quotes/0/speaker"), List.of(
        json.at("/files/1/problems/1/line").asText(), json.at("/files/1/problems/1/column").asText(),
        json.at("/files/1/problems/1/pointer").asText()));
  }

  @Test
  void needsAFile() {
    Run.of("validate").failed(2,
        "newscorpus validate: Missing required parameter: 'FILE' (see 'newscorpus validate --help')");
  }

  @Test
  void takesNoCorpusOption() {
    Run.of("validate", "--corpus", "x.json", "y.json").failed(2,
        "newscorpus validate: unknown option '--corpus' (see 'newscorpus validate --help')");
  }

  /**
   * Writes corpus JSON of 1,000 articles {@code {"id":"aN","text":"A"}}, one per line from line 2,
   * the 600th (line 601) written as {@code article600}.
   */
  private Path thousand(String name, String article600) throws IOException {
    StringBuilder json = new StringBuilder("{\"format\":\"newscorpus/1\",\"articles\":[\n");
    for (int i = 0; i < 1_000; i++) {
      json.append(i == 599 ? article600 : "{\"id\":\"a" + i + "\",\"text\":\"A\"}")
          .append(i < 999 ? ",\n" : "\n");
    }
    return Files.writeString(dir.resolve(name), json.append("]}\n"));
  }

  /**
   * Regression (a corpus from a pipe was refused): {@code cat ok.json | newscorpus validate
   * /dev/stdin}, whose 600th article gives its fields in another order, said
   * {@code /dev/stdin:1:1: not valid JSON}, because the old reader opened the path again.
   */
  @Test
  void validatesACorpusPipedToStandardInput() throws Exception {
    assumeTrue(Files.exists(Path.of("/dev/stdin")), "needs /dev/stdin");
    Path valid = thousand("ok.json", "{\"text\":\"A\",\"id\":\"a599\"}");
    assertEquals(List.of("exit 0", "/dev/stdin: valid, 1000 articles"), ChildJvm.runPiping(valid,
        List.of("-Xmx64m"), Main.class, List.of("validate", "/dev/stdin"), dir.resolve("1.log"), 2));
    // {"text":"A","id":"a599", is 24 characters: the unknown field's name is in column 25
    Path broken = thousand("bad.json", "{\"text\":\"A\",\"id\":\"a599\",\"x\":1}");
    List<String> lines = ChildJvm.runPiping(broken, List.of("-Xmx64m"), Main.class,
        List.of("validate", "/dev/stdin"), dir.resolve("2.log"), 2);
    assertEquals(List.of("exit 1", "/dev/stdin: 1 problem"), lines.subList(0, 2), lines.toString());
    assertTrue(lines.get(2).startsWith("  /dev/stdin:601:25: /articles/599/x: unknown field \"x\"; "
        + "expected one of ["), lines.get(2));
    assertEquals(3, lines.size(), lines.toString());
  }
}
