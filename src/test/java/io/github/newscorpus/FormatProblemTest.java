package io.github.newscorpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class FormatProblemTest {

  @Test
  void printsAsFileLineColumnPointerMessage() {
    assertEquals("c.json:25:54: /articles/0/mentions/1/text: text differs",
        new FormatProblem("c.json", 25, 54, "/articles/0/mentions/1/text", "text differs").toString());
  }

  @Test
  void leavesAnEmptyPointerOut() {
    assertEquals("c.jsonl:4:17: not valid JSON",
        new FormatProblem("c.jsonl", 4, 17, "", "not valid JSON").toString());
  }

  @Test
  void placesStartAtLineOneColumnOne() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> new FormatProblem("c.json", 0, 1, "", "m"));
    assertEquals("line (0) and column (1) must be at least 1", e.getMessage());
    e = assertThrows(IllegalArgumentException.class, () -> new FormatProblem("c.json", 1, 0, "", "m"));
    assertEquals("line (1) and column (0) must be at least 1", e.getMessage());
  }

  @Test
  void refusesNulls() {
    NullPointerException e = assertThrows(NullPointerException.class,
        () -> new FormatProblem("c.json", 1, 1, null, "m"));
    assertEquals("source, pointer and message must not be null", e.getMessage());
  }
}
