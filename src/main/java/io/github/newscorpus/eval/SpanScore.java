package io.github.newscorpus.eval;

import io.github.newscorpus.internal.Messages;
import io.github.newscorpus.internal.Show;
import io.github.newscorpus.model.Span;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Holds the scores of predicted segments (tokens) against gold ones by exact span: a predicted
 * token is right only when a gold token has the same begin and end.
 *
 * @param what what the segments are, for messages ("tokens")
 * @param correct spans in both
 * @param gold gold spans
 * @param predicted predicted spans (duplicates counted once)
 * @param errors each missed gold span (false negative) and extra predicted one (false positive)
 */
public record SpanScore(String what, int correct, int gold, int predicted, List<ScoringError> errors)
    implements Score {

  /** Copies the errors. */
  public SpanScore {
    errors = List.copyOf(errors);
  }

  /**
   * Scores {@code predicted} spans of {@code text} against {@code gold} ones.
   *
   * @throws IllegalArgumentException when a span lies outside the text
   */
  public static SpanScore of(String what, String text, List<Span> gold, List<Span> predicted) {
    Set<Span> goldSet = checked(text, gold);
    Set<Span> predictedSet = checked(text, predicted);
    List<ScoringError> errors = new ArrayList<>();
    int correct = 0;
    for (Span s : goldSet) {
      if (predictedSet.contains(s)) {
        correct++;
      } else {
        errors.add(new ScoringError(ScoringError.Kind.FALSE_NEGATIVE, Optional.of(s), Optional.empty(),
            "gold " + s + " " + Messages.excerpt(text.substring(s.begin(), s.end()))));
      }
    }
    for (Span s : predictedSet) {
      if (!goldSet.contains(s)) {
        errors.add(new ScoringError(ScoringError.Kind.FALSE_POSITIVE, Optional.empty(), Optional.of(s),
            "predicted " + s + " " + Messages.excerpt(text.substring(s.begin(), s.end()))));
      }
    }
    errors.sort(Comparator.comparing(ScoringError::position));
    return new SpanScore(what, correct, goldSet.size(), predictedSet.size(), errors);
  }

  private static Set<Span> checked(String text, List<Span> spans) {
    Set<Span> set = new TreeSet<>();
    for (Span s : spans) {
      Annotations.inside(s, text);
      set.add(s);
    }
    return set;
  }

  @Override
  public Ratios ratios() {
    return Ratios.of(correct, predicted, gold);
  }

  @Override
  public String description() {
    return what + ": " + correct + " of " + gold + " gold spans found among " + predicted + " predicted";
  }

  /** Returns one line: the description, the ratios and how many errors, not the errors. */
  @Override
  public String toString() {
    return "SpanScore[" + description() + ", " + ratios() + ", " + Show.count(errors.size(), "error")
        + "]";
  }
}
