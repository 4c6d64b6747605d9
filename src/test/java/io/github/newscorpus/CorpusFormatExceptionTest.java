package io.github.newscorpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class CorpusFormatExceptionTest {

  @Test
  void listsEveryProblemInTheMessage() {
    CorpusFormatException e = new CorpusFormatException("c.json", List.of("c.json:1:1: a", "c.json:2:1: b"));
    assertEquals("c.json is not a valid newscorpus file (2 problems):\n  c.json:1:1: a\n  c.json:2:1: b",
        e.getMessage());
    assertEquals(List.of("c.json:1:1: a", "c.json:2:1: b"), e.problems());
  }

  @Test
  void isAnIOExceptionSoReadDeclaresOnlyThat() {
    IOException e = new CorpusFormatException("c.json", List.of("p"));
    assertEquals("c.json is not a valid newscorpus file (1 problem):\n  p", e.getMessage());
  }

  @Test
  void spellsOutFiftyProblemsAndCountsTheRest() {
    List<String> problems = IntStream.range(0, 60).mapToObj(i -> "p" + i).toList();
    CorpusFormatException e = new CorpusFormatException("c.json", problems);
    assertTrue(e.getMessage().endsWith("\n  p49\n  … and 10 more"), e.getMessage());
    assertEquals(60, e.problems().size());
  }

  @Test
  void needsAtLeastOneProblem() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> new CorpusFormatException("c.json", List.of()));
    assertEquals("problems must not be empty", e.getMessage());
  }
}
