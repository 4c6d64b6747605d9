package io.github.newscorpus.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.newscorpus.model.QuoteKind;
import org.junit.jupiter.api.Test;

class ScoreAssertionsTest {

  /** The shifted-boundary case of EvaluationTest: STRICT P 0.4, R 0.5, F1 4/9. */
  private static final EntityScore SCORE = EvaluationTest.EVAL.entities(EvaluationTest.predicted()
      .mention(4, 7, "PERSON").mention(12, 15, "PERSON").mention(19, 24, "PERSON")
      .mention(26, 29, "PERSON").mention(8, 11, "LOCATION").build());

  @Test
  void passingAssertionsChain() {
    ScoreAssertions.assertThat(SCORE).f1AtLeast(0.4).precisionAtLeast(0.4).recallAtLeast(0.5);
    ScoreAssertions.assertThat(SCORE.scheme(Scheme.PARTIAL)).f1AtLeast(0.75);
  }

  @Test
  void failureListsTheScoreAndTheErrors() {
    AssertionError e = assertThrows(AssertionError.class,
        () -> ScoreAssertions.assertThat(SCORE).f1AtLeast(0.9));
    assertEquals("expected F1 at least 0.900 but was 0.444 (P 0.400, R 0.500, F1 0.444)\n"
        + "  entities, STRICT: Counts[correct=2, incorrect=2, partial=0, missed=0, spurious=1]\n"
        + "  3 errors:\n"
        + "    BOUNDARY gold [0, 7) \"Ann Lee\" PERSON, predicted [4, 7) \"Lee\" PERSON\n"
        + "    FALSE_POSITIVE predicted [8, 11) \"met\" LOCATION\n"
        + "    TYPE gold [19, 24) \"Paris\" LOCATION, predicted [19, 24) \"Paris\" PERSON", e.getMessage());
  }

  @Test
  void isPerfectFailsOnAnyError() {
    AssertionError e = assertThrows(AssertionError.class, () -> ScoreAssertions.assertThat(SCORE).isPerfect());
    assertEquals("expected no errors", e.getMessage().lines().findFirst().orElseThrow().substring(0, 18));
  }

  @Test
  void accuraciesOfQuoteScores() {
    // EvaluationTest's wrong speaker and cue: both 0/1, kind 1/1
    QuoteScore quotes = EvaluationTest.EVAL.quotes(EvaluationTest.predicted().quote(PredictedQuote.of(36, 43)
        .kind(QuoteKind.DIRECT).speaker(0, 7).cue(8, 11)).build(), QuoteOverlap.STRICT);
    ScoreAssertions.assertThat(quotes).kindAccuracyAtLeast(1.0);
    AssertionError e = assertThrows(AssertionError.class,
        () -> ScoreAssertions.assertThat(quotes).speakerAccuracyAtLeast(0.5));
    assertEquals("expected speaker accuracy at least 0.500 but was 0.000 (P 1.000, R 1.000, F1 1.000)",
        e.getMessage().lines().findFirst().orElseThrow());
    // regression (issue 15): with nothing predicted, nothing is judged, and no accuracy passes
    QuoteScore none = EvaluationTest.EVAL.quotes(EvaluationTest.predicted().build(), QuoteOverlap.STRICT);
    AssertionError nothing = assertThrows(AssertionError.class,
        () -> ScoreAssertions.assertThat(none).speakerAccuracyAtLeast(0.99));
    assertEquals("expected speaker accuracy at least 0.990 but nothing was judged (0/0) "
        + "(P 0.000, R 0.000, F1 0.000)", nothing.getMessage().lines().findFirst().orElseThrow());
    // a system that never gives a kind is not judged on kinds, and does not pass a kind check
    QuoteScore noKind = EvaluationTest.EVAL.quotes(EvaluationTest.predicted()
        .quote(PredictedQuote.of(36, 43).speaker(26, 29).cue(30, 34)).build(), QuoteOverlap.STRICT);
    AssertionError kinds = assertThrows(AssertionError.class,
        () -> ScoreAssertions.assertThat(noKind).kindAccuracyAtLeast(0.99));
    assertEquals("expected kind accuracy at least 0.990 but nothing was judged (0/0) "
        + "(P 1.000, R 1.000, F1 1.000)", kinds.getMessage().lines().findFirst().orElseThrow());
    IllegalStateException notQuotes = assertThrows(IllegalStateException.class,
        () -> ScoreAssertions.assertThat(SCORE).cueAccuracyAtLeast(0.5));
    assertEquals("accuracies are for quote scores, not entities, STRICT: Counts[correct=2, incorrect=2, "
        + "partial=0, missed=0, spurious=1]", notQuotes.getMessage());
  }
}
