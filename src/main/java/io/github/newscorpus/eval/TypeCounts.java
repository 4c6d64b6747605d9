package io.github.newscorpus.eval;

import java.util.Objects;

/**
 * Counts one entity type's outcomes under a scheme: its gold mentions on the recall side, its
 * predictions on the precision side. A prediction typed PERSON at a gold LOCATION's span counts
 * for PERSON's precision and for LOCATION's recall.
 *
 * @param gold how the gold mentions of the type fared: correct, incorrect, partial or missed
 *     (spurious is always 0)
 * @param predicted how the predictions of the type fared: correct, incorrect, partial or spurious
 *     (missed is always 0)
 */
public record TypeCounts(Counts gold, Counts predicted) {

  /** Checks that neither side is null and that each side has only its own categories. */
  public TypeCounts {
    Objects.requireNonNull(gold, "gold must not be null");
    Objects.requireNonNull(predicted, "predicted must not be null");
    if (gold.spurious() != 0) {
      throw new IllegalArgumentException("gold.spurious (" + gold.spurious() + ") must be 0");
    }
    if (predicted.missed() != 0) {
      throw new IllegalArgumentException("predicted.missed (" + predicted.missed() + ") must be 0");
    }
  }

  /**
   * Returns precision over the type's predictions and recall over its gold mentions, each partial
   * match counting half; all 1 when the type has neither.
   */
  public Ratios ratios() {
    return Ratios.bySides(gold.correct() + 0.5 * gold.partial(), gold.gold(),
        predicted.correct() + 0.5 * predicted.partial(), predicted.predicted());
  }
}
