package io.github.newscorpus.eval;

/**
 * Counts the outcomes of matching predictions to gold items, in the five categories of MUC and
 * SemEval-2013 Task 9.
 *
 * @param correct predictions that count as right under the scheme
 * @param incorrect predictions matched to a gold item but wrong under the scheme
 * @param partial predictions that overlap a gold item (the PARTIAL scheme only; each counts half)
 * @param missed gold items no prediction matches
 * @param spurious predictions that match no gold item
 */
public record Counts(int correct, int incorrect, int partial, int missed, int spurious) {

  /** Checks that no count is negative. */
  public Counts {
    if (correct < 0 || incorrect < 0 || partial < 0 || missed < 0 || spurious < 0) {
      // Not "+ this": the fields are not assigned yet inside a compact constructor.
      throw new IllegalArgumentException(String.format("counts must not be negative: correct %d, "
          + "incorrect %d, partial %d, missed %d, spurious %d", correct, incorrect, partial, missed,
          spurious));
    }
  }

  /** Returns the number of gold items: correct + incorrect + partial + missed. */
  public int gold() {
    return correct + incorrect + partial + missed;
  }

  /** Returns the number of predictions: correct + incorrect + partial + spurious. */
  public int predicted() {
    return correct + incorrect + partial + spurious;
  }

  /** Returns the ratios, with each partial match counting half. */
  public Ratios ratios() {
    return Ratios.of(correct + 0.5 * partial, predicted(), gold());
  }

  Counts plus(Counts o) {
    return new Counts(correct + o.correct, incorrect + o.incorrect, partial + o.partial,
        missed + o.missed, spurious + o.spurious);
  }
}
