package io.github.newscorpus.eval;

import java.util.Locale;
/**
 * Holds the least overlap at which a predicted quote matches a gold quote: characters in both
 * over characters in either, in (0, 1]. The news-quote literature reports two: {@link #LENIENT}
 * and {@link #STRICT}.
 *
 * @param minimum the least overlap for a match
 */
public record QuoteOverlap(double minimum) {

  /** Matches at an overlap of 0.3 or more. */
  public static final QuoteOverlap LENIENT = new QuoteOverlap(0.3);
  /** Matches at an overlap of 0.8 or more. */
  public static final QuoteOverlap STRICT = new QuoteOverlap(0.8);

  /** Checks that the minimum lies in (0, 1]. */
  public QuoteOverlap {
    if (!(minimum > 0 && minimum <= 1)) {
      throw new IllegalArgumentException("minimum (" + minimum + ") must be in (0, 1]");
    }
  }

  /**
   * Returns the threshold that matches at {@code minimum} or more.
   *
   * @throws IllegalArgumentException when the minimum is outside (0, 1]
   */
  public static QuoteOverlap atLeast(double minimum) {
    return new QuoteOverlap(minimum);
  }

  /** Returns {@code overlap ≥ 0.80}. */
  @Override
  public String toString() {
    return String.format(Locale.ROOT, "overlap ≥ %.2f", minimum);
  }
}
