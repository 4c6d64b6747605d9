package io.github.newscorpus.eval;

import java.util.Locale;
import java.util.OptionalDouble;

/**
 * Counts how many judged items were right. When nothing was judged there is no accuracy: an
 * empty prediction is not perfect.
 *
 * @param correct the items judged right
 * @param total the items judged
 */
public record Accuracy(int correct, int total) {

  /** Checks that {@code 0 <= correct <= total}. */
  public Accuracy {
    if (correct < 0 || correct > total) {
      throw new IllegalArgumentException(
          "correct (" + correct + ") must be between 0 and total (" + total + ")");
    }
  }

  /** Returns {@code correct / total}; empty when nothing was judged. */
  public OptionalDouble value() {
    return total == 0 ? OptionalDouble.empty() : OptionalDouble.of((double) correct / total);
  }

  /** Returns whether nothing was judged. */
  public boolean isEmpty() {
    return total == 0;
  }

  /** Returns {@code 3/4 (0.750)}, or {@code 0/0 (nothing judged)}. */
  @Override
  public String toString() {
    return total == 0 ? "0/0 (nothing judged)"
        : String.format(Locale.ROOT, "%d/%d (%.3f)", correct, total, (double) correct / total);
  }
}
