package io.github.newscorpus.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.newscorpus.model.Span;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.EdgeCasesMode;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
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

  /**
   * Regression (issue 15). In the bundled article gold q13 [8466,8610) (144 characters, by the
   * unnamed attendee, "the person" [8612,8622), cue "said" [8623,8627)) holds gold q14
   * [8477,8610) (133 characters, by Deare [8466,8471), cue "said" [8472,8476)). P1 [8452,8605)
   * (153) is q13 shifted, with q13's speaker and cue; P2 [8470,8603) (133) is q14 shifted, with
   * q14's. Overlaps, characters in both / in either:
   *
   * <pre>
   * P2–q13  133 / 144                 = 0.924   (P2 lies inside q13)
   * P1–q14  (8605-8477) / (153+133-128) = 128/158 = 0.810
   * P1–q13  (8605-8466) / (153+144-139) = 139/158 = 0.880
   * P2–q14  (8603-8477) / (133+133-126) = 126/140 = 0.900
   * </pre>
   *
   * Largest overlap first paired P2–q13 and P1–q14 (total 1.734), swapping both speakers and both
   * cues; the assignment pairs P1–q13 and P2–q14 (total 1.780), all right.
   */
  @Test
  void nestedQuotesArePairedByTheLargerTotalNotCrosswise() {
    Annotations p = Annotations.of(EntityScorerTest.STORY.text())
        .quote(PredictedQuote.of(8452, 8605).speaker(8612, 8622).cue(8623, 8627))
        .quote(PredictedQuote.of(8470, 8603).speaker(8466, 8471).cue(8472, 8476))
        .build();
    QuoteScore s = EntityScorerTest.GOLD.quotes(p, QuoteOverlap.STRICT);
    assertEquals(2, s.matched());
    assertEquals(new Accuracy(2, 2), s.speaker());
    assertEquals(new Accuracy(2, 2), s.cue());
    assertEquals(List.of("q13 (overlap 0.88)", "q14 (overlap 0.90)"), s.errors().stream()
        .filter(e -> e.kind() == ScoringError.Kind.BOUNDARY)
        .map(e -> e.detail().substring(5, 8) + e.detail().substring(e.detail().lastIndexOf(" ("))).toList());
  }

  // ------------------------------------------------------------------ properties

  /** Shuffling the predicted quotes never changes the score or its errors. */
  @Property(tries = 300, seed = "1517", edgeCases = EdgeCasesMode.NONE)
  void orderNeverChangesTheScore(@ForAll("quotes") List<PredictedQuote> predicted, @ForAll long seed) {
    List<PredictedQuote> shuffled = new ArrayList<>(predicted);
    Collections.shuffle(shuffled, new Random(seed));
    QuoteScorer scorer = new QuoteScorer(EntityScorerTest.STORY);
    for (QuoteOverlap t : List.of(QuoteOverlap.LENIENT, QuoteOverlap.STRICT)) {
      QuoteScore a = scorer.score(predicted, t, Subset.ALL);
      QuoteScore b = scorer.score(shuffled, t, Subset.ALL);
      assertEquals(a.description(), b.description());
      assertEquals(a.errors(), b.errors());
    }
  }

  /** Quotes near gold q13 and q14 [8466,8610), with speakers and cues near theirs. */
  @Provide
  Arbitrary<List<PredictedQuote>> quotes() {
    Arbitrary<Integer> begin = Arbitraries.integers().between(8440, 8500);
    Arbitrary<Integer> end = Arbitraries.integers().between(8590, 8630);
    Arbitrary<Integer> speaker = Arbitraries.of(8466, 8612);
    Arbitrary<Integer> cue = Arbitraries.of(8472, 8623);
    return Combinators.combine(begin, end, speaker, cue)
        .as((b, e, s, c) -> PredictedQuote.of(b, e).speaker(s, s + 5).cue(c, c + 4))
        .list().ofMaxSize(4);
  }
}
