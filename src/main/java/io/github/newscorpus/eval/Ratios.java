package io.github.newscorpus.eval;

import java.util.Locale;
/**
 * Holds precision, recall and F1.
 *
 * @param precision the share of predictions that are correct
 * @param recall the share of gold items found
 * @param f1 their harmonic mean
 */
public record Ratios(double precision, double recall, double f1) {

  /**
   * Returns the ratios for {@code correct} (possibly fractional, as partial matches count half)
   * out of {@code predicted} and {@code gold}, by the rules of the package.
   */
  public static Ratios of(double correct, int predicted, int gold) {
    return bySides(correct, gold, correct, predicted);
  }

  /**
   * Returns the ratios when the gold items found ({@code found} of {@code gold}) and the
   * predictions that are right ({@code right} of {@code predicted}) are counted apart, as for one
   * entity type.
   */
  static Ratios bySides(double found, int gold, double right, int predicted) {
    if (predicted == 0 && gold == 0) {
      return new Ratios(1, 1, 1);
    }
    double p = predicted == 0 ? 0 : right / predicted;
    double r = gold == 0 ? 0 : found / gold;
    return new Ratios(p, r, p + r == 0 ? 0 : 2 * p * r / (p + r));
  }

  /** Returns {@code P 0.800, R 0.667, F1 0.727}. */
  @Override
  public String toString() {
    return String.format(Locale.ROOT, "P %.3f, R %.3f, F1 %.3f", precision, recall, f1);
  }
}
