package io.github.newscorpus.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Tests {@link LimitOptions} through the commands that take them. The small corpus's layers hold,
 * in file order, 2 paragraphs, 2 sentences, 2 entities, 2 mentions and a quote: the sixth
 * annotation is the second entity, on line 21 of small.json, at column 9 (counted by hand).
 */
class LimitOptionsTest {

  @TempDir
  Path dir;

  @Test
  void validateReadsWithinTheLimitsGiven() throws IOException {
    Path small = Run.smallCorpus(dir, "small.json");
    Run run = Run.of("validate", "--max-annotations", "5", small.toString());
    assertEquals(1, run.code());
    assertEquals(List.of(small + ": 1 problem", "  " + small + ":21:9: /articles/0/entities/1: the "
        + "article has more than maxAnnotations (5) annotations; reading stopped here"), run.lines());
    Run.of("validate", "--max-annotations", "9", small.toString()).succeeded();
  }

  @Test
  void corpusCommandsReadWithinTheLimitsGiven() throws IOException {
    Path small = Run.smallCorpus(dir, "small.json");
    Run.of("entities", "--corpus", small.toString(), "--max-annotations", "5").oneErrorLine(1,
        "newscorpus entities: " + small + " is not a valid newscorpus file (1 problem): " + small
            + ":21:9: /articles/0/entities/1: the article has more than maxAnnotations (5)");
    Run.of("entities", "--corpus", small.toString(), "--max-annotations", "9").succeeded();
    // given before the command, as --corpus may be; the command's own value wins
    Run.of("--corpus", small.toString(), "--max-annotations", "5", "entities").oneErrorLine(1,
        "newscorpus entities: " + small + " is not a valid newscorpus file (1 problem)");
    Run.of("--corpus", small.toString(), "--max-annotations", "5", "entities", "--max-annotations",
        "9").succeeded();
  }

  @Test
  void refusesAValueOutOfBoundsInOneLine() {
    Run.of("validate", "--max-annotations", "0", "x.json").failed(2,
        "newscorpus validate: maxAnnotations (0) must be at least 1 (see 'newscorpus validate --help')");
    Run.of("quotes", "--max-nesting-depth", "1001").failed(2, "newscorpus quotes: maxNestingDepth "
        + "(1,001) must not exceed 1,000 (see 'newscorpus quotes --help')");
  }

  /** Regression (issue 13): --help listed the seven limits before the command's own options. */
  @Test
  void helpListsTheCommandsOwnOptionsBeforeTheLimits() {
    for (String command : List.of("quotes", "entities", "mentions", "search", "validate",
        "export", "render", "summary")) {
      List<String> options = Run.of(command, "--help").lines().stream()
          .map(String::strip).filter(l -> l.startsWith("-")).toList();
      int firstLimit = options.indexOf(options.stream().filter(l -> l.startsWith("--max-"))
          .findFirst().orElseThrow());
      assertEquals(7, options.size() - firstLimit, command + ": " + options);
      assertTrue(options.subList(firstLimit, options.size()).stream()
          .allMatch(l -> l.startsWith("--max-")), command + ": " + options);
    }
  }
}
