package io.github.newscorpus.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.newscorpus.model.Span;
import java.util.Collections;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ScoringErrorTest {

  @Test
  void cutsALongLineAtItsLastSpaceWithin160Characters() {
    // "FALSE_NEGATIVE " is 15 characters; word k of the detail starts at 15 + 5k and the space
    // after it is at 19 + 5k; the last space at or before 158 follows word 27 (at 154)
    String detail = String.join(" ", Collections.nCopies(40, "abcd"));
    ScoringError e = new ScoringError(ScoringError.Kind.FALSE_NEGATIVE,
        Optional.of(new Span(0, 4)), Optional.empty(), detail);
    assertEquals("FALSE_NEGATIVE " + String.join(" ", Collections.nCopies(28, "abcd")) + " …",
        e.toString());
    assertEquals(156, e.toString().length());
    assertEquals(detail, e.detail());
  }

  @Test
  void printsAShortLineWhole() {
    ScoringError e = new ScoringError(ScoringError.Kind.FALSE_POSITIVE, Optional.empty(),
        Optional.of(new Span(8, 11)), "predicted [8, 11) \"met\" LOCATION");
    assertEquals("FALSE_POSITIVE predicted [8, 11) \"met\" LOCATION", e.toString());
  }
}
