package io.github.newscorpus.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class RatiosTest {

  @Test
  void emptyQuestionEmptyAnswerIsPerfect() {
    assertEquals(new Ratios(1, 1, 1), Ratios.of(0, 0, 0));
  }

  @Test
  void zeroDenominatorsCountZero() {
    assertEquals(new Ratios(0, 0, 0), Ratios.of(0, 0, 4)); // nothing predicted
    assertEquals(new Ratios(0, 0, 0), Ratios.of(0, 3, 0)); // nothing to find
  }

  @Test
  void harmonicMean() {
    // P 3/4, R 3/6: F1 = 2 · 0.75 · 0.5 / 1.25 = 0.6
    assertEquals(new Ratios(0.75, 0.5, 0.6), Ratios.of(3, 4, 6));
    assertEquals("P 0.750, R 0.500, F1 0.600", Ratios.of(3, 4, 6).toString());
  }
}
