package io.github.newscorpus.eval;

/**
 * Names the SemEval-2013 Task 9 schemes for scoring entity mentions (as implemented by
 * nervaluate). For a prediction at the exact boundaries of a gold mention, or overlapping one:
 *
 * <table>
 *   <caption>Outcome of one prediction under each scheme</caption>
 *   <tr><th>scheme</th><th>exact boundaries, right type</th><th>exact, wrong type</th>
 *       <th>overlap, right type</th><th>overlap, wrong type</th></tr>
 *   <tr><td>{@link #STRICT}</td><td>correct</td><td>incorrect</td><td>incorrect</td><td>incorrect</td></tr>
 *   <tr><td>{@link #EXACT}</td><td>correct</td><td>correct</td><td>incorrect</td><td>incorrect</td></tr>
 *   <tr><td>{@link #PARTIAL}</td><td>correct</td><td>correct</td><td>partial</td><td>partial</td></tr>
 *   <tr><td>{@link #TYPE}</td><td>correct</td><td>incorrect</td><td>correct</td><td>incorrect</td></tr>
 * </table>
 *
 * <p>A prediction that overlaps no gold mention is spurious, and a gold mention that no
 * prediction overlaps is missed, under every scheme.
 */
public enum Scheme {
  /** Exact boundaries and the right type. */
  STRICT,
  /** Exact boundaries, whatever the type. */
  EXACT,
  /** Any overlap, whatever the type; an inexact overlap counts half. */
  PARTIAL,
  /** Any overlap and the right type. */
  TYPE
}
