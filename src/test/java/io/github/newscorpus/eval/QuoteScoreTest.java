package io.github.newscorpus.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.newscorpus.model.Span;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class QuoteScoreTest {

  @Test
  void printsOneLineWithTheCountOfErrorsNotTheErrors() {
    ScoringError missed = new ScoringError(ScoringError.Kind.FALSE_NEGATIVE,
        Optional.of(new Span(36, 43)), Optional.empty(), "gold [36, 43) \"we won.\"");
    // 1 of 2 gold matched by 4 predicted: P 1/4, R 1/2, F1 2PR/(P+R) = 0.25/0.75 = 1/3
    QuoteScore score = new QuoteScore(QuoteOverlap.STRICT, 1, 2, 4, new Accuracy(1, 1),
        new Accuracy(0, 1), new Accuracy(0, 0), List.of(missed, missed, missed));
    Locale before = Locale.getDefault();
    try {
      Locale.setDefault(Locale.GERMANY);
      assertEquals("QuoteScore[overlap ≥ 0.80: 1 of 2 gold matched by 4 predicted, "
          + "P 0.250, R 0.500, F1 0.333, speaker 1/1, cue 0/1, kind 0/0, 3 errors]",
          score.toString());
    } finally {
      Locale.setDefault(before);
    }
  }
}
