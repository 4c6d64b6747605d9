package io.github.newscorpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class CorpusFormatExceptionTest {

  private static FormatProblem at(int line, String message) {
    return new FormatProblem("c.json", line, 1, "", message);
  }

  @Test
  void listsEveryProblemInTheMessageAndHandsThemOutAsValues() {
    List<FormatProblem> problems = List.of(at(1, "a"), at(2, "b"));
    CorpusFormatException e = new CorpusFormatException("c.json", problems);
    assertEquals("c.json is not a valid newscorpus file (2 problems):\n  c.json:1:1: a\n  c.json:2:1: b",
        e.getMessage());
    assertEquals(problems, e.problems());
  }

  @Test
  void isAnIOExceptionSoReadDeclaresOnlyThat() {
    IOException e = new CorpusFormatException("c.json", List.of(at(3, "p")));
    assertEquals("c.json is not a valid newscorpus file (1 problem):\n  c.json:3:1: p", e.getMessage());
  }

  @Test
  void spellsOutFiftyProblemsAndCountsTheRest() {
    List<FormatProblem> problems = IntStream.range(0, 60).mapToObj(i -> at(i + 1, "p" + i)).toList();
    CorpusFormatException e = new CorpusFormatException("c.json", problems);
    assertTrue(e.getMessage().endsWith("\n  c.json:50:1: p49\n  … and 10 more"), e.getMessage());
    assertEquals(60, e.problems().size());
  }

  @Test
  void needsAtLeastOneProblem() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> new CorpusFormatException("c.json", List.of()));
    assertEquals("problems must not be empty", e.getMessage());
  }
}
