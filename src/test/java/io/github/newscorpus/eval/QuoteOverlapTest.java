package io.github.newscorpus.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Locale;
import org.junit.jupiter.api.Test;

class QuoteOverlapTest {

  @Test
  void printsItsMinimumWithAPointWhateverTheLocale() {
    Locale before = Locale.getDefault();
    try {
      Locale.setDefault(Locale.GERMANY);
      assertEquals("overlap ≥ 0.80", QuoteOverlap.STRICT.toString());
      assertEquals("overlap ≥ 0.30", QuoteOverlap.LENIENT.toString());
    } finally {
      Locale.setDefault(before);
    }
  }

  @Test
  void refusesAMinimumOutsideZeroToOne() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> QuoteOverlap.atLeast(0));
    assertEquals("minimum (0.0) must be in (0, 1]", e.getMessage());
    assertEquals(1.0, QuoteOverlap.atLeast(1).minimum());
  }
}
