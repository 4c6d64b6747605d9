package io.github.newscorpus.eval;

import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * Asserts on scores in tests, failing with the score and its first errors, so a failing test says
 * what went wrong: {@code ScoreAssertions.assertThat(score).f1AtLeast(0.9)}. Throws
 * {@link AssertionError}, which every test framework reports as a failure.
 */
public final class ScoreAssertions {

  /** How many errors a failure message lists. */
  static final int ERRORS_SHOWN = 10;

  private final Score score;

  private ScoreAssertions(Score score) {
    this.score = score;
  }

  /** Returns assertions on {@code score}. */
  public static ScoreAssertions assertThat(Score score) {
    return new ScoreAssertions(Objects.requireNonNull(score, "score must not be null"));
  }

  /** Checks that F1 is at least {@code minimum}. */
  public ScoreAssertions f1AtLeast(double minimum) {
    return atLeast("F1", score.ratios().f1(), minimum);
  }

  /** Checks that precision is at least {@code minimum}. */
  public ScoreAssertions precisionAtLeast(double minimum) {
    return atLeast("precision", score.ratios().precision(), minimum);
  }

  /** Checks that recall is at least {@code minimum}. */
  public ScoreAssertions recallAtLeast(double minimum) {
    return atLeast("recall", score.ratios().recall(), minimum);
  }

  /**
   * Checks that a quote score's speaker accuracy is at least {@code minimum}; fails when nothing
   * was judged (no matched quote has a gold speaker).
   */
  public ScoreAssertions speakerAccuracyAtLeast(double minimum) {
    return atLeast("speaker accuracy", quoteScore().speaker(), minimum);
  }

  /**
   * Checks that a quote score's cue accuracy is at least {@code minimum}; fails when nothing was
   * judged (no matched quote has a gold cue).
   */
  public ScoreAssertions cueAccuracyAtLeast(double minimum) {
    return atLeast("cue accuracy", quoteScore().cue(), minimum);
  }

  /**
   * Checks that a quote score's kind accuracy is at least {@code minimum}; fails when nothing was
   * judged (no matched prediction gives a kind).
   */
  public ScoreAssertions kindAccuracyAtLeast(double minimum) {
    return atLeast("kind accuracy", quoteScore().kind(), minimum);
  }

  private QuoteScore quoteScore() {
    if (score instanceof QuoteScore q) {
      return q;
    }
    throw new IllegalStateException("accuracies are for quote scores, not " + score.description());
  }

  /** Checks that the score has no errors at all. */
  public ScoreAssertions isPerfect() {
    if (!score.errors().isEmpty()) {
      throw new AssertionError(failure("expected no errors"));
    }
    return this;
  }

  private ScoreAssertions atLeast(String what, Accuracy actual, double minimum) {
    if (actual.isEmpty()) {
      throw new AssertionError(failure(String.format(Locale.ROOT, "expected %s at least %.3f but nothing was "
          + "judged (0/0)", what, minimum)));
    }
    return atLeast(what, actual.value().orElseThrow(), minimum);
  }

  private ScoreAssertions atLeast(String what, double actual, double minimum) {
    if (actual < minimum) {
      throw new AssertionError(failure(String.format(Locale.ROOT, "expected %s at least %.3f but was %.3f",
          what, minimum, actual)));
    }
    return this;
  }

  private String failure(String headline) {
    List<ScoringError> errors = score.errors();
    StringBuilder s = new StringBuilder(headline).append(" (").append(score.ratios()).append(")\n  ")
        .append(score.description());
    if (!errors.isEmpty()) {
      s.append("\n  ").append(errors.size()).append(errors.size() == 1 ? " error" : " errors")
          .append(errors.size() > ERRORS_SHOWN ? ", the first " + ERRORS_SHOWN : "").append(':');
      errors.stream().limit(ERRORS_SHOWN).forEach(e -> s.append("\n    ").append(e));
    }
    return s.toString();
  }
}
