package io.github.newscorpus.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/**
 * Tests {@link CorefMetrics} on small partitions worked by hand. The first is the running example
 * of Pradhan et al. (2014, "Scoring coreference partitions of predicted mentions"), with missing
 * and twinless mentions:
 *
 * <pre>
 * key       K1 {a b c}   K2 {d e f g}
 * response  R1 {a b}     R2 {c d}      R3 {f g h i}
 * </pre>
 *
 * e is missing from the response; h and i are twinless (response only). Mentions are ints:
 * a = 0 … i = 8. Each expected figure is worked out beside it.
 */
class CorefMetricsTest {

  static final int A = 0, B = 1, C = 2, D = 3, E = 4, F = 5, G = 6, H = 7, I = 8;
  static final CorefMetrics PRADHAN = new CorefMetrics(
      new int[][] {{A, B, C}, {D, E, F, G}},
      new int[][] {{A, B}, {C, D}, {F, G, H, I}});

  static void assertRatios(double precision, double recall, double f1, Ratios actual) {
    assertEquals(precision, actual.precision(), 1e-12, "precision");
    assertEquals(recall, actual.recall(), 1e-12, "recall");
    assertEquals(f1, actual.f1(), 1e-12, "F1");
  }

  static double f1(double p, double r) {
    return 2 * p * r / (p + r);
  }

  @Test
  void mucCountsLinksKeptAcrossThePartition() {
    // recall: K1 falls into {a b}{c}: 3 - 2 = 1 link; K2 into {d}{e}{f g}: 4 - 3 = 1; of 2 + 3 links
    // precision: R1 {a b}: 1; R2 {c}{d}: 0; R3 {f g}{h}{i}: 1; of 1 + 1 + 3 links
    assertRatios(2.0 / 5, 2.0 / 5, 2.0 / 5, PRADHAN.muc());
  }

  @Test
  void bCubedAveragesOverMentions() {
    // recall: a, b 2/3 each; c 1/3; d 1/4; e 0; f, g 2/4 each: 35/12 over 7 mentions
    // precision: a, b 2/2; c, d 1/2; f, g 2/4; h, i 0: 4 over 8 mentions
    double r = 35.0 / 12 / 7;
    assertRatios(0.5, r, f1(0.5, r), PRADHAN.bCubed());
  }

  @Test
  void ceafMAlignsChainsForTheMostSharedMentions() {
    // shared: K1-R1 2, K1-R2 1, K2-R2 1, K2-R3 2; best K1-R1 + K2-R3 = 4, of 7 key and 8 response
    assertRatios(4.0 / 8, 4.0 / 7, f1(0.5, 4.0 / 7), PRADHAN.ceafM());
  }

  @Test
  void ceafEAlignsChainsForTheMostSimilarity() {
    // φ4: K1-R1 4/5, K1-R2 2/5, K2-R2 2/6, K2-R3 4/8; best K1-R1 + K2-R3 = 1.3 (not K1-R2 + K2-R3
    // = 0.9, nor K1-R1 + K2-R2 = 1.133), of 2 key and 3 response chains
    assertRatios(1.3 / 3, 1.3 / 2, f1(1.3 / 3, 0.65), PRADHAN.ceafE());
  }

  @Test
  void leaWeighsEachChainByItsSize() {
    // recall: K1 resolves 1 of its 3 links (a-b), K2 1 of 6 (f-g): (3·1/3 + 4·1/6) / 7
    // precision: R1 1 of 1, R2 0 of 1, R3 1 of 6: (2·1 + 2·0 + 4·1/6) / 8
    double r = (1 + 4.0 / 6) / 7;
    double p = (2 + 4.0 / 6) / 8;
    assertRatios(p, r, f1(p, r), PRADHAN.lea());
  }

  @Test
  void blancAveragesCoreferenceAndNonCoreferenceLinks() {
    // coreference links: key 3 + 6 = 9, response 1 + 1 + 6 = 8, both a-b and f-g: 2
    // non-coreference: key 21 - 9 = 12, response 28 - 8 = 20; both: the 9 pairs of {a b c} × {d f g}
    // less c-d, which R2 links: 8
    double rc = 2.0 / 9, pc = 2.0 / 8, rn = 8.0 / 12, pn = 8.0 / 20;
    assertRatios((pc + pn) / 2, (rc + rn) / 2, (f1(pc, rc) + f1(pn, rn)) / 2, PRADHAN.blanc());
  }

  @Test
  void mentionsCountExactMatches() {
    // a b c d f g in both; 7 key, 8 response
    assertRatios(6.0 / 8, 6.0 / 7, f1(6.0 / 8, 6.0 / 7), PRADHAN.mentions());
  }

  @Test
  void singletonsCountInEveryMetricButMuc() {
    // key {a} {b c}; response {a} {b} {c}
    CorefMetrics m = new CorefMetrics(new int[][] {{A}, {B, C}}, new int[][] {{A}, {B}, {C}});
    // MUC: the key's one link b-c is lost; the response has no links
    assertRatios(0, 0, 0, m.muc());
    // B³ recall: a 1, b 1/2, c 1/2 → 2/3; precision: every response mention alone and right → 1
    assertRatios(1, 2.0 / 3, 0.8, m.bCubed());
    // LEA recall: {a} resolves its self-link (the response has a alone), {b c} 0 of 1: 1/3;
    // precision: {a} 1, {b} and {c} are singletons the key does not have: 1/3
    assertRatios(1.0 / 3, 1.0 / 3, 1.0 / 3, m.lea());
    // CEAFₑ: {a}-{a} 1, {b c}-{b} 2/3: 5/3 over 2 key, 3 response chains
    assertRatios(5.0 / 9, 5.0 / 6, f1(5.0 / 9, 5.0 / 6), m.ceafE());
  }

  @Test
  void blancUsesOnlyNonCoreferenceLinksWhenTheKeyHasNoCoreferenceLinks() {
    // key {a} {b} {c}: no coreference links, 3 non-coreference; response {a b} {c}: a-c, b-c
    // non-coreference, both in the key: Rn 2/3, Pn 2/2
    CorefMetrics m = new CorefMetrics(new int[][] {{A}, {B}, {C}}, new int[][] {{A, B}, {C}});
    assertRatios(1, 2.0 / 3, 0.8, m.blanc());
  }

  @Test
  void blancUsesOnlyCoreferenceLinksWhenTheKeyIsOneChain() {
    // key {a b c}: 3 coreference links, no non-coreference; response {a b} {c}: 1 of 3, 1 of 1
    CorefMetrics m = new CorefMetrics(new int[][] {{A, B, C}}, new int[][] {{A, B}, {C}});
    assertRatios(1, 1.0 / 3, 0.5, m.blanc());
  }

  @Test
  void anEmptyResponseScoresZeroEverywhere() {
    CorefMetrics m = new CorefMetrics(PRADHAN_KEY, new int[0][]);
    m.all().forEach((metric, r) -> assertRatios(0, 0, 0, r));
    assertRatios(0, 0, 0, m.mentions());
  }

  @Test
  void aResponseEqualToTheKeyScoresOneEverywhere() {
    CorefMetrics m = new CorefMetrics(PRADHAN_KEY, new int[][] {{G, F, E, D}, {C, A, B}});
    m.all().forEach((metric, r) -> assertRatios(1, 1, 1, r));
  }

  static final int[][] PRADHAN_KEY = {{A, B, C}, {D, E, F, G}};
}
