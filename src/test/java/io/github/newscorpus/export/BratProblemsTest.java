package io.github.newscorpus.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.newscorpus.CorpusFormatException;
import io.github.newscorpus.FormatProblem;
import java.util.List;
import org.junit.jupiter.api.Test;

class BratProblemsTest {

  @Test
  void startsEmpty() {
    BratProblems problems = new BratProblems("a.ann");
    assertTrue(problems.isEmpty());
    assertEquals(List.of(), problems.list());
  }

  @Test
  void placesEachProblemAtColumnOneOfItsLineInTheOrderAdded() {
    BratProblems problems = new BratProblems("a.ann");
    problems.add(7, "second");
    problems.add(2, "first");
    assertFalse(problems.isEmpty());
    assertEquals(List.of(new FormatProblem("a.ann", 7, 1, "", "second"),
        new FormatProblem("a.ann", 2, 1, "", "first")), problems.list());
  }

  @Test
  void listsACopy() {
    BratProblems problems = new BratProblems("a.ann");
    problems.add(1, "one");
    List<FormatProblem> before = problems.list();
    problems.add(2, "two");
    assertEquals(1, before.size());
    assertThrows(UnsupportedOperationException.class, () -> before.add(before.get(0)));
  }

  @Test
  void makesAnExceptionOfItsProblemsThenTheMoreGiven() {
    BratProblems problems = new BratProblems("a.ann");
    problems.add(3, "bad line");
    FormatProblem stop = new FormatProblem("a.ann", 9, 4, "", "limit");
    CorpusFormatException e = problems.exception(List.of(stop));
    assertEquals(List.of(new FormatProblem("a.ann", 3, 1, "", "bad line"), stop), e.problems());
    assertEquals("a.ann is not a valid newscorpus file (2 problems):\n  a.ann:3:1: bad line\n"
        + "  a.ann:9:4: limit", e.getMessage());
    // the exception keeps no link to the collector
    problems.add(4, "later");
    assertEquals(2, e.problems().size());
  }
}
