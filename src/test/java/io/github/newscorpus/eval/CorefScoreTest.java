package io.github.newscorpus.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.newscorpus.model.Span;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Tests {@link CorefScore}. */
class CorefScoreTest {

  static Map<CorefMetric, Ratios> metrics() {
    Map<CorefMetric, Ratios> m = new EnumMap<>(CorefMetric.class);
    m.put(CorefMetric.MUC, new Ratios(0.5, 0.5, 0.6));
    m.put(CorefMetric.B_CUBED, new Ratios(0.5, 0.5, 0.3));
    m.put(CorefMetric.CEAF_M, new Ratios(0.5, 0.5, 0.9));
    m.put(CorefMetric.CEAF_E, new Ratios(0.5, 0.5, 0.9));
    m.put(CorefMetric.BLANC, new Ratios(0.5, 0.5, 0.9));
    m.put(CorefMetric.LEA, new Ratios(0.5, 0.5, 0.9));
    return m;
  }

  @Test
  void conllIsTheMeanF1OfMucBCubedAndCeafE() {
    CorefScore s = new CorefScore(CorefScope.ALL, metrics(), new Ratios(1, 1, 1), List.of());
    // (0.6 + 0.3 + 0.9) / 3; CEAF_M, BLANC and LEA do not count
    assertEquals(0.6, s.conll(), 1e-12);
  }

  @Test
  void refusesAMissingMetric() {
    Map<CorefMetric, Ratios> m = metrics();
    m.remove(CorefMetric.LEA);
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> new CorefScore(CorefScope.ALL, m, new Ratios(1, 1, 1), List.of()));
    assertEquals("metrics must have every metric; LEA is missing", e.getMessage());
  }

  @Test
  void errorsOfAKindKeepTheirOrder() {
    CorefError split = new CorefError(CorefError.Kind.SPLIT, new Span(0, 1), List.of("e"),
        List.of("c1", "c2"), "e is split over c1 {\"a\"}, c2 {\"b\"}");
    CorefError merged = new CorefError(CorefError.Kind.MERGED, new Span(2, 3), List.of("e", "f"),
        List.of("c2"), "c2 merges e {\"b\"}, f {\"c\"}");
    CorefScore s = new CorefScore(CorefScope.ALL, metrics(), new Ratios(1, 1, 1),
        List.of(split, merged));
    assertEquals(List.of(merged), s.errors(CorefError.Kind.MERGED));
    assertEquals(List.of(split), s.errors(CorefError.Kind.SPLIT));
    assertEquals("""
        coreference (ALL)
          mentions P 1.000, R 1.000, F1 1.000
          MUC      P 0.500, R 0.500, F1 0.600
          B_CUBED  P 0.500, R 0.500, F1 0.300
          CEAF_M   P 0.500, R 0.500, F1 0.900
          CEAF_E   P 0.500, R 0.500, F1 0.900
          BLANC    P 0.500, R 0.500, F1 0.900
          LEA      P 0.500, R 0.500, F1 0.900
          CoNLL F1 0.600, 1 split, 1 merged""", s.report().replace(System.lineSeparator(), "\n"));
    // (0.600 + 0.300 + 0.900) / 3 = 0.600
    assertEquals("CorefScore[ALL: CoNLL F1 0.600, MUC 0.600, B_CUBED 0.300, CEAF_M 0.900, "
        + "CEAF_E 0.900, BLANC 0.900, LEA 0.900, mentions 1.000, 1 split, 1 merged]", s.toString());
  }
}
