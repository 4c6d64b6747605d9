package io.github.newscorpus.eval;

import io.github.newscorpus.internal.Show;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * Holds the scores of predicted quotes against the gold quotes: content matching at an overlap
 * threshold, and, over the matched pairs, how often the speaker, the cue and the kind are right.
 * An accuracy over no pair says so ({@code 0/0 (nothing judged)}) and has no value.
 *
 * @param threshold the least overlap (characters in both over characters in either) for a match
 * @param matched the pairs matched, one gold quote to one prediction
 * @param gold the gold quotes
 * @param predicted the predicted quotes
 * @param speaker over matched pairs whose gold quote has a speaker: predictions whose speaker span
 *     overlaps, more than any other gold mention, a mention (any kind) of the gold speaker
 * @param cue over matched pairs whose gold quote has a cue: predictions with exactly that cue span
 * @param kind over matched pairs whose prediction gives a kind: predictions of the gold kind (a
 *     system that does not classify quotes is not judged on it)
 * @param errors every unmatched quote, inexact match, and wrong speaker, cue or kind
 */
public record QuoteScore(QuoteOverlap threshold, int matched, int gold, int predicted, Accuracy speaker,
    Accuracy cue, Accuracy kind, List<ScoringError> errors) implements Score {

  /** Copies the errors; checks that no component is null. */
  public QuoteScore {
    Objects.requireNonNull(threshold, "threshold must not be null");
    Objects.requireNonNull(speaker, "speaker must not be null");
    Objects.requireNonNull(cue, "cue must not be null");
    Objects.requireNonNull(kind, "kind must not be null");
    errors = List.copyOf(errors);
  }

  /** Returns precision, recall and F1 of the content matching. */
  @Override
  public Ratios ratios() {
    return Ratios.of(matched, predicted, gold);
  }

  @Override
  public String description() {
    return String.format(Locale.ROOT, "quotes at overlap %.2f: %d of %d gold matched by %d "
        + "predicted; speaker %s, cue %s, kind %s", threshold.minimum(), matched, gold, predicted,
        speaker, cue, kind);
  }

  /**
   * Returns one line: the threshold, the matches, the ratios, the accuracies' counts and how many
   * errors, such as {@code QuoteScore[overlap ≥ 0.80: 5 of 18 gold matched by 14 predicted,
   * P 0.357, R 0.278, F1 0.313, speaker 3/5, cue 2/5, kind 0/0, 21 errors]}.
   */
  @Override
  public String toString() {
    return String.format(Locale.ROOT, "QuoteScore[%s: %d of %d gold matched by %d predicted, %s, "
        + "speaker %d/%d, cue %d/%d, kind %d/%d, %s]", threshold, matched, gold, predicted, ratios(),
        speaker.correct(), speaker.total(), cue.correct(), cue.total(), kind.correct(), kind.total(),
        Show.count(errors.size(), "error"));
  }
}
