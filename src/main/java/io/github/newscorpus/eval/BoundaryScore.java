package io.github.newscorpus.eval;

import io.github.newscorpus.internal.Messages;
import io.github.newscorpus.internal.Show;
import io.github.newscorpus.model.Span;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;

/**
 * Holds the scores of a predicted segmentation (sentences or tokens) against the gold one, by the
 * offsets where segments end: a boundary is right when a gold segment ends there too. Predicted
 * segments are trimmed of surrounding whitespace first, so a sentence splitter that keeps the
 * space after a period is not penalised.
 *
 * @param what what the segments are, for messages ("sentences")
 * @param correct boundaries in both
 * @param gold gold boundaries
 * @param predicted predicted boundaries
 * @param errors each missed boundary (false negative) and extra one (false positive), with context
 */
public record BoundaryScore(String what, int correct, int gold, int predicted, List<ScoringError> errors)
    implements Score {

  private static final int CONTEXT = 20;

  /** Copies the errors. */
  public BoundaryScore {
    errors = List.copyOf(errors);
  }

  /**
   * Scores {@code predicted} against {@code gold}, segments of {@code text}, for any segmentation;
   * {@link Evaluation#sentences} uses it for sentences. Only ends are compared, which suits
   * sentences; for tokens, whose begins matter too, use {@link SpanScore}.
   *
   * @throws IllegalArgumentException when a span lies outside the text
   */
  public static BoundaryScore of(String what, String text, List<Span> gold, List<Span> predicted) {
    TreeSet<Integer> goldEnds = ends(text, gold);
    TreeSet<Integer> predictedEnds = ends(text, predicted);
    List<ScoringError> errors = new ArrayList<>();
    TreeSet<Integer> all = new TreeSet<>(goldEnds);
    all.addAll(predictedEnds);
    int correct = 0;
    for (int end : all) {
      boolean inGold = goldEnds.contains(end);
      boolean inPredicted = predictedEnds.contains(end);
      Optional<Span> at = Optional.of(new Span(end, end));
      if (inGold && inPredicted) {
        correct++;
      } else if (inGold) {
        errors.add(new ScoringError(ScoringError.Kind.FALSE_NEGATIVE, at, Optional.empty(),
            "missed boundary at " + end + ": " + context(text, end)));
      } else {
        errors.add(new ScoringError(ScoringError.Kind.FALSE_POSITIVE, Optional.empty(), at,
            "extra boundary at " + end + ": " + context(text, end)));
      }
    }
    return new BoundaryScore(what, correct, goldEnds.size(), predictedEnds.size(), errors);
  }

  private static TreeSet<Integer> ends(String text, List<Span> segments) {
    TreeSet<Integer> ends = new TreeSet<>();
    for (Span s : segments) {
      Annotations.inside(s, text);
      int b = s.begin();
      int e = s.end();
      while (e > b && Character.isWhitespace(text.charAt(e - 1))) {
        e--;
      }
      if (e > b) {
        ends.add(e);
      }
    }
    return ends;
  }

  /** Returns {@code "…the campaign.|Days after…"}: the text around the offset, marked by a bar. */
  private static String context(String text, int at) {
    String before = text.substring(Math.max(0, at - CONTEXT), at);
    String after = text.substring(at, Math.min(text.length(), at + CONTEXT));
    return Messages.excerpt(before + "|" + after);
  }

  @Override
  public Ratios ratios() {
    return Ratios.of(correct, predicted, gold);
  }

  @Override
  public String description() {
    return what + " boundaries: " + correct + " of " + gold + " gold found among " + predicted + " predicted";
  }

  /** Returns one line: the description, the ratios and how many errors, not the errors. */
  @Override
  public String toString() {
    return "BoundaryScore[" + description() + ", " + ratios() + ", "
        + Show.count(errors.size(), "error") + "]";
  }
}
