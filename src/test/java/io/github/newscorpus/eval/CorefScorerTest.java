package io.github.newscorpus.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.newscorpus.Corpus;
import io.github.newscorpus.model.Article;
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
      assertTrue(cases >= 36, "at least 36 perturbations, found " + cases);
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
