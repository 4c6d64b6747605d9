package io.github.newscorpus.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.newscorpus.model.Span;
import java.util.List;
import org.junit.jupiter.api.Test;

class QuoteScorerTest {

  @Test
  void overlapIsCharactersInBothOverCharactersInEither() {
    // [0,10) and [5,15): 5 in both, 15 in either
    assertEquals(1.0 / 3, QuoteScorer.overlap(List.of(new Span(0, 10)), List.of(new Span(5, 15))), 1e-12);
    // [0,4)+[10,14) against [2,12): both [2,4) and [10,12) = 4; either 8 + 10 - 4 = 14
    assertEquals(4.0 / 14, QuoteScorer.overlap(List.of(new Span(0, 4), new Span(10, 14)),
        List.of(new Span(2, 12))), 1e-12);
    assertEquals(0.0, QuoteScorer.overlap(List.of(new Span(0, 4)), List.of(new Span(4, 8))));
    assertEquals(1.0, QuoteScorer.overlap(List.of(new Span(3, 8)), List.of(new Span(3, 8))));
  }
}
