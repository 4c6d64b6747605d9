/**
 * Scores a system's predictions against the gold annotation of an article: entity mentions under
 * the four SemEval-2013 Task 9 schemes, quotes at an overlap threshold (with speaker, cue and
 * kind accuracy), sentence or token boundaries, and coreference clusters (MUC, B³, CEAF, BLANC,
 * LEA, which follow the reference CoNLL-2012 scorer, zero denominators included). Start at
 * {@link io.github.newscorpus.eval.Evaluation}.
 *
 * <p>Shared rules: every score lists its errors (false positives, false negatives, boundary and
 * type mismatches, each with spans and text), in document order. Ratios are computed as below;
 * when nothing is predicted and nothing is to be found, precision, recall and F1 are 1 (a perfect
 * answer to an empty question); otherwise a ratio with a zero denominator is 0.
 *
 * <table>
 *   <caption>Ratios</caption>
 *   <tr><td>precision</td><td>correct / predicted</td></tr>
 *   <tr><td>recall</td><td>correct / gold</td></tr>
 *   <tr><td>F1</td><td>2 · precision · recall / (precision + recall), 0 when both are 0</td></tr>
 * </table>
 */
package io.github.newscorpus.eval;
