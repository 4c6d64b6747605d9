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
  void cutsALongDetailAfterItsLastWholeChainToFit160Characters() {
    // "c9 merges " (10 characters), then chains "e-N {\"xxxxxxxxxx\"}" of 18 characters joined
    // by ", ": chain k starts at 10 + 20k and its "}" is at 27 + 20k. "MERGED " (7) and ", …" (3)
    // leave 150 for the detail: the last "}" that fits (at most index 149) closes chain 6 (at
    // 147), so chains 0 to 6 are shown, 7 + 148 + 3 = 158 characters
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
    assertEquals(158, e.toString().length());
    assertEquals(detail.toString(), e.detail());
  }

  @Test
  void cutsOneLongChainAfterItsLastWholeMention() {
    // "c1 merges e-a {" (15), then "\"m\", " mentions of 5 characters: no chain ends within
    // the 150 characters left, so the cut falls after the last whole mention before 150
    StringBuilder detail = new StringBuilder("c1 merges e-a {");
    for (int k = 0; k < 40; k++) {
      detail.append(k == 0 ? "" : ", ").append("\"m\"");
    }
    detail.append("}");
    CorefError e = new CorefError(CorefError.Kind.MERGED, new Span(0, 1), List.of("e-a"),
        List.of("c1"), detail.toString());
    // mention k's closing quote is at 15 + 5k + 2; the last ", " at or before 150 follows mention
    // 26 (at 15 + 130 + 3 = 148), so mentions 0 to 26 are kept: 7 + 148 + 3 = 158 characters
    StringBuilder shown = new StringBuilder("MERGED c1 merges e-a {");
    for (int k = 0; k < 27; k++) {
      shown.append(k == 0 ? "" : ", ").append("\"m\"");
    }
    assertEquals(shown + ", …", e.toString());
  }
}
