package io.github.newscorpus.eval;

/**
 * Counts how many judged items were right.
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

  /** Returns {@code correct / total}, or 1 when nothing was judged (no item was wrong). */
  public double value() {
    return total == 0 ? 1 : (double) correct / total;
  }

  /** Returns {@code 3/4 (0.750)}. */
  @Override
  public String toString() {
    return String.format("%d/%d (%.3f)", correct, total, value());
  }
}
