package io.github.newscorpus.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.newscorpus.Corpus;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class MainTest {

  @TempDir
  Path dir;

  @Test
  void printsTheSummaryWhenNoCommandIsGiven() {
    Run run = Run.of().succeeded();
    assertEquals(Summary.render(Corpus.bundled()), run.out());
    assertEquals(run.out(), Run.of("summary").succeeded().out());
  }

  @Test
  void mainWritesUtf8AndReturnsNormallyOnSuccess() {
    PrintStream original = System.out;
    ByteArrayOutputStream captured = new ByteArrayOutputStream();
    System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
    try {
      Main.main(new String[] {"quotes", "--kind", "partial"});
    } finally {
      System.setOut(original);
    }
    assertTrue(captured.toString(StandardCharsets.UTF_8).contains("“total war”"));
  }

  @Test
  void listsTheCommandsInItsHelp() {
    Run run = Run.of("--help").succeeded();
    // the options in the order declared, the limits last (--max-document-length first, as in
    // ReadLimits, --max-article-values last)
    assertTrue(run.out().startsWith("Usage: newscorpus [-h] [--corpus=FILE] [--json] "
        + "[--max-document-length=CHARS]"), run.out());
    assertTrue(run.out().contains("[--max-article-values=N] [COMMAND]"), run.out());
    for (String command : new String[] {"summary", "quotes", "entities", "mentions", "search", "validate", "export",
        "render"}) {
      assertTrue(run.out().contains("\n  " + command + " "), command);
    }
    assertTrue(run.out().contains("Exit codes:"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"summary", "quotes", "entities", "mentions", "search", "validate", "export", "render"})
  void everyCommandHasHelp(String command) {
    Run run = Run.of(command, "--help").succeeded();
    assertTrue(run.out().startsWith("Usage: newscorpus " + command + " "), run.out());
    assertTrue(run.out().contains("-h, --help"));
  }

  @Test
  void refusesAnUnknownCommandAndSuggestsOne() {
    Run.of("quotez").failed(2, "newscorpus: unknown command 'quotez'; did you mean quotes? (see 'newscorpus --help')");
    Run.of("entites").failed(2, "newscorpus: unknown command 'entites'; did you mean entities? (see 'newscorpus --help')");
  }

  @Test
  void refusesAnUnknownOption() {
    Run.of("--verbose").failed(2, "newscorpus: unknown option '--verbose' (see 'newscorpus --help')");
    Run.of("entities", "--verbose").failed(2,
        "newscorpus entities: unknown option '--verbose' (see 'newscorpus entities --help')");
  }

  @Test
  void refusesAnUnexpectedArgument() {
    Run.of("entities", "Cardin").failed(2,
        "newscorpus entities: unexpected argument 'Cardin' (see 'newscorpus entities --help')");
  }

  @Test
  void saysWhenTheCorpusFileIsMissing() {
    Path missing = dir.resolve("missing.json");
    Run.of("quotes", "--corpus", missing.toString()).failed(1,
        "newscorpus quotes: no such file or directory: " + missing);
  }

  @Test
  void saysWhatIsWrongWithABadCorpusFileInOneLine() throws IOException {
    Path bad = Run.smallCorpus(dir, "bad.json");
    Files.writeString(bad, Files.readString(bad).replace("\"text\": \"Bob\", \"entity\"", "\"text\": \"Rob\", \"entity\""));
    String line = Run.of("entities", "--corpus", bad.toString()).oneErrorLine(1, "newscorpus entities: " + bad
        + " is not a valid newscorpus file (1 problem): " + bad + ":");
    assertTrue(line.endsWith("/articles/0/mentions/1/text: text \"Rob\" does not match the covered "
        + "text \"Bob\""), line);
  }

  @Test
  void saysWhenTheCorpusIsNotJson() throws IOException {
    Path notJson = Files.writeString(dir.resolve("notes.json"), "this is not JSON");
    String line = Run.of("--corpus", notJson.toString()).oneErrorLine(1, "newscorpus: " + notJson);
    assertTrue(line.contains("1:1"), line);
  }

  @Test
  void takesTheCorpusAndJsonBeforeTheCommandToo() throws IOException {
    Path small = Run.smallCorpus(dir, "small.json");
    Run run = Run.of("--corpus", small.toString(), "--json", "quotes").succeeded();
    assertEquals("Ann", run.json().at("/quotes/0/speaker/name").asText());
  }
}
