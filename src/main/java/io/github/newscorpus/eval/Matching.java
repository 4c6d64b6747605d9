package io.github.newscorpus.eval;

/**
 * Names the ways predicted entity mentions are paired with gold mentions before they are counted
 * under each {@link Scheme}.
 *
 * <table>
 *   <caption>How the two matchings differ</caption>
 *   <tr><th></th><th>{@link #OPTIMAL}</th><th>{@link #NERVALUATE}</th></tr>
 *   <tr><td>pairing</td><td>the one-to-one assignment with the most exact spans, then the most
 *       matching types, then the most overlapping characters</td><td>each prediction in document
 *       order takes the first unmatched gold mention (in document order) that it overlaps</td></tr>
 *   <tr><td>depends on order</td><td>no</td><td>yes, as nervaluate does</td></tr>
 *   <tr><td>per type</td><td>the one matching, a prediction counted under its own type for
 *       precision, a gold mention under its type for recall</td><td>matched again among the
 *       mentions of that type alone (a mistyped prediction is spurious for its type, the gold
 *       mention missed for its own)</td></tr>
 * </table>
 */
public enum Matching {
  /**
   * Pairs by the assignment that maximises, in this order, the exact spans, the matching types and
   * the overlapping characters; ties go to the pairing closest to document order.
   */
  OPTIMAL,
  /**
   * Pairs as nervaluate 1.1.0 does (with its default minimum overlap of 1% of the gold mention),
   * so that every count and ratio equals the one it reports for the same mentions in document
   * order, except for an empty prediction against an empty gold: 1, as in every score of this
   * package, where nervaluate gives 0.
   */
  NERVALUATE
}
