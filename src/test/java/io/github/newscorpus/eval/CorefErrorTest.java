package io.github.newscorpus.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.newscorpus.model.Span;
import java.util.List;
import org.junit.jupiter.api.Test;

class CorefErrorTest {

  @Test
  void printsAShortDetailWhole() {
    CorefError e = new CorefError(CorefError.Kind.SPLIT, new Span(12, 15), List.of("e-bob"),
        List.of("c1", "c2"), "e-bob is split over c1 {\"Bob\", \"He\"}, c2 {\"Bob\"}");
    assertEquals("SPLIT e-bob is split over c1 {\"Bob\", \"He\"}, c2 {\"Bob\"}", e.toString());
  }

  @Test
  void cutsALongDetailAfterItsLastWholeChainWithin160Characters() {
    // "c9 merges " (10 characters), then chains "e-N {\"xxxxxxxxxx\"}" of 18 characters joined
    // by ", ": chain k starts at 10 + 20k and its "}" is at 27 + 20k, so the last "}, " that
    // starts within 160 characters closes chain 6 (at 147): chains 0 to 6 are shown
    StringBuilder detail = new StringBuilder("c9 merges ");
    for (int k = 0; k < 10; k++) {
      detail.append(k == 0 ? "" : ", ").append("e-").append(k).append(" {\"xxxxxxxxxx\"}");
    }
    CorefError e = new CorefError(CorefError.Kind.MERGED, new Span(0, 1), List.of("e-0"),
        List.of("c9"), detail.toString());
    StringBuilder shown = new StringBuilder("MERGED c9 merges ");
    for (int k = 0; k < 7; k++) {
      shown.append(k == 0 ? "" : ", ").append("e-").append(k).append(" {\"xxxxxxxxxx\"}");
    }
    assertEquals(shown + ", …", e.toString());
    assertEquals(detail.toString(), e.detail());
  }
}
