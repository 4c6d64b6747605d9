package io.github.newscorpus.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class CountsTest {

  @Test
  void goldAndPredictedTotals() {
    Counts c = new Counts(3, 1, 2, 4, 5);
    assertEquals(10, c.gold());      // 3 + 1 + 2 + 4
    assertEquals(11, c.predicted()); // 3 + 1 + 2 + 5
  }

  @Test
  void partialMatchesCountHalf() {
    // (3 + 0.5 · 2) / 11 and / 10
    assertEquals(Ratios.of(4, 11, 10), new Counts(3, 1, 2, 4, 5).ratios());
  }

  @Test
  void addsCategoryByCategory() {
    assertEquals(new Counts(4, 1, 2, 4, 6), new Counts(3, 1, 2, 4, 5).plus(new Counts(1, 0, 0, 0, 1)));
  }

  @Test
  void rejectsNegativeCounts() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new Counts(0, -1, 0, 0, 0));
    assertEquals("counts must not be negative: correct 0, incorrect -1, partial 0, missed 0, spurious 0",
        e.getMessage());
  }
}
