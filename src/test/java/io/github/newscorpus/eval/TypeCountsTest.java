package io.github.newscorpus.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class TypeCountsTest {

  private static final Counts NONE = new Counts(0, 0, 0, 0, 0);

  private static void assertRatios(double precision, double recall, double f1, Ratios actual) {
    assertEquals(precision, actual.precision(), 1e-12, "precision");
    assertEquals(recall, actual.recall(), 1e-12, "recall");
    assertEquals(f1, actual.f1(), 1e-12, "f1");
  }

  @Test
  void refusesSpuriousGoldMentions() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> new TypeCounts(new Counts(1, 0, 0, 0, 2), NONE));
    assertEquals("gold.spurious (2) must be 0", e.getMessage());
  }

  @Test
  void refusesMissedPredictions() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> new TypeCounts(NONE, new Counts(1, 0, 0, 3, 0)));
    assertEquals("predicted.missed (3) must be 0", e.getMessage());
  }

  @Test
  void refusesNull() {
    assertEquals("gold must not be null",
        assertThrows(NullPointerException.class, () -> new TypeCounts(null, NONE)).getMessage());
    assertEquals("predicted must not be null",
        assertThrows(NullPointerException.class, () -> new TypeCounts(NONE, null)).getMessage());
  }

  @Test
  void countsEachSideApart() {
    // gold: 2 correct + 1 incorrect + 1 missed = 4 gold mentions, 2 found: recall 1/2
    // predicted: 2 correct + 1 incorrect + 3 spurious = 6 predictions, 2 right: precision 1/3
    // F1 = 2 · 1/3 · 1/2 / (1/3 + 1/2) = (1/3) / (5/6) = 2/5
    TypeCounts c = new TypeCounts(new Counts(2, 1, 0, 1, 0), new Counts(2, 1, 0, 0, 3));
    assertRatios(1.0 / 3, 0.5, 0.4, c.ratios());
  }

  @Test
  void countsAPersonPredictedAtALocationOnlyOnItsOwnSide() {
    // PERSON: 1 gold, found; 2 predictions, one of them at a gold LOCATION (incorrect for
    // PERSON's precision only): P 1/2, R 1, F1 = 2 · 1/2 · 1 / (3/2) = 2/3
    TypeCounts person = new TypeCounts(new Counts(1, 0, 0, 0, 0), new Counts(1, 1, 0, 0, 0));
    assertRatios(0.5, 1, 2.0 / 3, person.ratios());
    // LOCATION: its one gold mention typed PERSON (incorrect), no LOCATION prediction: P 0, R 0
    TypeCounts location = new TypeCounts(new Counts(0, 1, 0, 0, 0), NONE);
    assertRatios(0, 0, 0, location.ratios());
  }

  @Test
  void countsAPartialMatchHalfOnEachSide() {
    // gold: 1 correct + 1 partial of 2: recall 1.5/2 = 3/4
    // predicted: 1 partial + 1 spurious of 2: precision 0.5/2 = 1/4
    // F1 = 2 · 1/4 · 3/4 / 1 = 3/8
    TypeCounts c = new TypeCounts(new Counts(1, 0, 1, 0, 0), new Counts(0, 0, 1, 0, 1));
    assertRatios(0.25, 0.75, 0.375, c.ratios());
  }

  @Test
  void scoresATypeWithNeitherGoldNorPredictionsOne() {
    assertEquals(new Ratios(1, 1, 1), new TypeCounts(NONE, NONE).ratios());
  }

  @Test
  void scoresOneEmptySideZero() {
    // 3 gold mentions, all missed, no predictions
    assertEquals(new Ratios(0, 0, 0), new TypeCounts(new Counts(0, 0, 0, 3, 0), NONE).ratios());
    // 2 spurious predictions, no gold mention
    assertEquals(new Ratios(0, 0, 0), new TypeCounts(NONE, new Counts(0, 0, 0, 0, 2)).ratios());
  }
}
