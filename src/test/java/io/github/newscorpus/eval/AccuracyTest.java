package io.github.newscorpus.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;

class AccuracyTest {

  @Test
  void valueAndPrinting() {
    assertEquals(OptionalDouble.of(0.75), new Accuracy(3, 4).value());
    assertEquals("3/4 (0.750)", new Accuracy(3, 4).toString());
    assertEquals(false, new Accuracy(3, 4).isEmpty());
  }

  @Test
  void nothingJudgedHasNoValue() {
    // regression (issue 15): 0/0 was 1.000
    assertEquals(OptionalDouble.empty(), new Accuracy(0, 0).value());
    assertEquals(true, new Accuracy(0, 0).isEmpty());
    assertEquals("0/0 (nothing judged)", new Accuracy(0, 0).toString());
  }

  @Test
  void correctCannotExceedTotal() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new Accuracy(5, 4));
    assertEquals("correct (5) must be between 0 and total (4)", e.getMessage());
  }
}
