package io.github.newscorpus.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.newscorpus.model.Span;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class PredictedQuoteTest {

  @Test
  void buildsSegmentBySegment() {
    PredictedQuote q = PredictedQuote.of(0, 5).segment(9, 12).speaker(6, 8);
    assertEquals(List.of(new Span(0, 5), new Span(9, 12)), q.segments());
    assertEquals(Optional.of(new Span(6, 8)), q.speaker());
  }

  @Test
  void segmentsMustNotGoBackwards() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> PredictedQuote.of(5, 9).segment(0, 3));
    assertEquals("segment [0, 3) must start after [5, 9) ends", e.getMessage());
  }
}
