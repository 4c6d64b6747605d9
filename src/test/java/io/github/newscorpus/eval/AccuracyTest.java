package io.github.newscorpus.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class AccuracyTest {

  @Test
  void valueAndPrinting() {
    assertEquals(0.75, new Accuracy(3, 4).value());
    assertEquals("3/4 (0.750)", new Accuracy(3, 4).toString());
    assertEquals(1.0, new Accuracy(0, 0).value());
  }

  @Test
  void correctCannotExceedTotal() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new Accuracy(5, 4));
    assertEquals("correct (5) must be between 0 and total (4)", e.getMessage());
  }
}
