package io.github.newscorpus.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.newscorpus.Corpus;
import io.github.newscorpus.model.Article;
import io.github.newscorpus.model.Span;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Tests {@link CorefScorer} against the reference CoNLL-2012 scorer's own figures for 43 seeded
 * perturbations of the bundled article's chains, in both scopes (fixtures and how they were made:
 * {@code src/test/resources/eval/coref/README.md}).
 */
class CorefScorerTest {

  static final Article STORY = Corpus.bundled().articles().get(0);

  /** One row of expected.tsv: the figures the reference scorer printed. */
  record Row(String kase, CorefScope scope, String metric, String version, double recallNum,
      double recallDen, double recallPct, double precisionNum, double precisionDen,
      double precisionPct, double f1Pct) {

    static Row parse(String line) {
      String[] f = line.split("\t");
      return new Row(f[0], CorefScope.valueOf(f[1]), f[2], f[3], d(f[4]), d(f[5]), d(f[6]), d(f[7]),
          d(f[8]), d(f[9]), d(f[10]));
    }

    private static double d(String s) {
      return Double.parseDouble(s);
    }
  }

  static Path fixtures() throws URISyntaxException {
    return Path.of(CorefScorerTest.class.getResource("/eval/coref/expected.tsv").toURI()).getParent();
  }

  static List<Row> rows() throws IOException, URISyntaxException {
    List<Row> rows = new ArrayList<>();
    for (String line : Files.readAllLines(fixtures().resolve("expected.tsv"), StandardCharsets.UTF_8)) {
      if (!line.startsWith("#") && !line.isBlank()) {
        rows.add(Row.parse(line));
      }
    }
    return rows;
  }

  @Test
  void theFixturesCoverEveryCaseScopeAndMetric() throws Exception {
    List<Row> rows = rows();
    try (Stream<Path> files = Files.list(fixtures().resolve("cases"))) {
      long cases = files.count();
      assertEquals(43, cases, "the 43 perturbations of the fixtures' README");
      // mention identification and six metrics, in two scopes
      assertEquals(cases * 2 * 7, rows.size());
    }
  }

  @TestFactory
  Stream<DynamicTest> everyFigureMatchesTheReferenceScorer() throws Exception {
    Map<String, List<Row>> byCase = new TreeMap<>();
    for (Row r : rows()) {
      byCase.computeIfAbsent(r.kase(), k -> new ArrayList<>()).add(r);
    }
    Path cases = fixtures().resolve("cases");
    return byCase.entrySet().stream().map(e -> DynamicTest.dynamicTest(e.getKey(), () -> {
      Clusters predicted = Clusters.read(cases.resolve(e.getKey() + ".tsv"), STORY.text());
      for (CorefScope scope : CorefScope.values()) {
        CorefScore score = Evaluation.of(STORY).coreference(predicted, scope);
        for (Row row : e.getValue()) {
          if (row.scope() == scope) {
            check(row, row.metric().equals("mentions") ? score.mentions() : score.metric(metric(row)));
          }
        }
      }
    }));
  }

  @Test
  void theGoldAgainstItselfScoresOneEverywhere() {
    Clusters.Builder b = Clusters.of(STORY.text());
    STORY.mentions().forEach(m -> b.mention(m.span().begin(), m.span().end(), m.entity().id()));
    Clusters gold = b.build();
    for (CorefScope scope : CorefScope.values()) {
      CorefScore score = Evaluation.of(STORY).coreference(gold, scope);
      for (CorefMetric m : CorefMetric.values()) {
        assertEquals(new Ratios(1, 1, 1), score.metric(m), scope + " " + m);
      }
      assertEquals(new Ratios(1, 1, 1), score.mentions());
      assertEquals(1, score.conll(), 1e-12);
      assertEquals(List.of(), score.errors());
    }
  }

  // The small story of EvaluationTest: Ann [0,7); Bob [12,15) [26,29) He [45,47); Paris [19,24);
  // "met" [8,11) is no mention.

  @Test
  void errorsNameSplitAndMergedChainsByIdAndText() {
    Clusters predicted = Clusters.of(EvaluationTest.TEXT)
        .mention(12, 15, "c1").mention(45, 47, "c1")
        .mention(26, 29, "c2").mention(19, 24, "c2")
        .mention(0, 7, "c3")
        .build();
    CorefScore score = EvaluationTest.EVAL.coreference(predicted, CorefScope.ALL);
    assertEquals(List.of(
        "SPLIT e-bob is split over c1 {\"Bob\", \"He\"}, c2 {\"Bob\"}",
        "MERGED c2 merges e-paris {\"Paris\"}, e-bob {\"Bob\"}"),
        score.errors().stream().map(Object::toString).toList());
    CorefError split = score.errors(CorefError.Kind.SPLIT).get(0);
    assertEquals(List.of("e-bob"), split.entities());
    assertEquals(List.of("c1", "c2"), split.clusters());
    assertEquals(new Span(12, 15), split.at());
    CorefError merged = score.errors(CorefError.Kind.MERGED).get(0);
    assertEquals(List.of("e-paris", "e-bob"), merged.entities());
    assertEquals(List.of("c2"), merged.clusters());
    assertEquals(new Span(19, 24), merged.at());
  }

  @Test
  void peopleAndSourcesLeavesOutClustersWithoutAPersonOrSource() {
    // c2 links Paris to "met", a mention the gold does not have
    Clusters predicted = Clusters.of(EvaluationTest.TEXT)
        .mention(12, 15, "c1").mention(26, 29, "c1").mention(45, 47, "c1")
        .mention(19, 24, "c2").mention(8, 11, "c2")
        .mention(0, 7, "c3")
        .build();
    // ALL: key links Bob 2; response links c1 2 + c2 1; correct 2
    assertEquals(new Ratios(2.0 / 3, 1, 0.8),
        EvaluationTest.EVAL.coreference(predicted, CorefScope.ALL).metric(CorefMetric.MUC));
    // people and sources: c2 holds no gold mention of Ann or Bob and is left out
    CorefScore people = EvaluationTest.EVAL.coreference(predicted, CorefScope.PEOPLE_AND_SOURCES);
    assertEquals(new Ratios(1, 1, 1), people.metric(CorefMetric.MUC));
    assertEquals(new Ratios(1, 1, 1), people.metric(CorefMetric.B_CUBED));
  }

  @Test
  void peopleAndSourcesScoresAClusterWithAPersonWhole() {
    // Paris merged into Bob's cluster: the restricted key has no Paris, so it is twinless
    Clusters predicted = Clusters.of(EvaluationTest.TEXT)
        .mention(12, 15, "c1").mention(26, 29, "c1").mention(45, 47, "c1").mention(19, 24, "c1")
        .mention(0, 7, "c3")
        .build();
    CorefScore people = EvaluationTest.EVAL.coreference(predicted, CorefScope.PEOPLE_AND_SOURCES);
    // MUC: key links 2 (Bob); response links 3; correct 2
    assertEquals(new Ratios(2.0 / 3, 1, 0.8), people.metric(CorefMetric.MUC));
    // mentions: 4 key (Ann, 3 × Bob), 5 predicted, 4 found
    assertEquals(new Ratios(0.8, 1, 2 * 0.8 / 1.8), people.mentions());
  }

  @Test
  void aSpanGivenTwiceCountsOnceInTheClusterThatComesFirst() {
    // He [45,47) is given to c2 first, but c1's first mention [12,15) comes first in the text
    Clusters predicted = Clusters.of(EvaluationTest.TEXT)
        .mention(45, 47, "c2").mention(26, 29, "c2")
        .mention(12, 15, "c1").mention(45, 47, "c1")
        .mention(0, 7, "a").mention(19, 24, "p")
        .build();
    CorefScore score = EvaluationTest.EVAL.coreference(predicted, CorefScope.ALL);
    // kept in c1: {Bob, He} {Bob}; MUC key links 2, response links 1 + 0, correct 1
    assertEquals(new Ratios(1, 0.5, 2.0 / 3), score.metric(CorefMetric.MUC));
    assertEquals(List.of("SPLIT e-bob is split over c1 {\"Bob\", \"He\"}, c2 {\"Bob\"}"),
        score.errors().stream().map(Object::toString).toList());
  }

  private static CorefMetric metric(Row row) {
    for (CorefMetric m : CorefMetric.values()) {
      if (m.referenceName().equals(row.metric())) {
        return m;
      }
    }
    throw new IllegalArgumentException("unknown metric " + row.metric());
  }

  /**
   * Checks recall and precision against the printed fraction (to 1e-9; B³, CEAFₑ, LEA and BLANC
   * print their sums to 15 digits) and all three against the printed percentages, which the
   * scorer truncates to two decimals: a value v prints as p when p ≤ 100·v < p + 0.01.
   */
  private static void check(Row row, Ratios actual) {
    String where = row.kase() + " " + row.scope() + " " + row.metric() + ": ";
    assertEquals(row.recallDen() == 0 ? 0 : row.recallNum() / row.recallDen(), actual.recall(), 1e-9,
        where + "recall");
    assertEquals(row.precisionDen() == 0 ? 0 : row.precisionNum() / row.precisionDen(),
        actual.precision(), 1e-9, where + "precision");
    truncated(row.recallPct(), actual.recall(), where + "recall %");
    truncated(row.precisionPct(), actual.precision(), where + "precision %");
    truncated(row.f1Pct(), actual.f1(), where + "F1 %");
  }

  private static void truncated(double printed, double actual, String what) {
    double percent = actual * 100;
    assertTrue(printed <= percent + 1e-9 && percent < printed + 0.01 + 1e-9,
        what + ": printed " + printed + ", computed " + percent);
  }
}
