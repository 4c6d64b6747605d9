package io.github.newscorpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

class ReadLimitsTest {

  @Test
  void defaultsAreThoseTheTableDocuments() {
    ReadLimits d = ReadLimits.defaults();
    assertSame(d, ReadLimits.defaults());
    assertEquals(List.of(Long.MAX_VALUE, 50_000_000L, 20_000_000L, 64L, 1_000_000L, 100_000L, 1_000_000L),
        List.of(d.maxDocumentLength(), d.maxArticleLength(), (long) d.maxStringLength(),
            (long) d.maxNestingDepth(), (long) d.maxArticles(), (long) d.maxAnnotations(),
            (long) d.maxArticleValues()));
  }

  @Test
  void eachWitherChangesOneLimitInACopy() {
    ReadLimits d = ReadLimits.defaults();
    ReadLimits changed = d.withMaxDocumentLength(1).withMaxArticleLength(2).withMaxStringLength(3)
        .withMaxNestingDepth(4).withMaxArticles(5).withMaxAnnotations(6).withMaxArticleValues(7);
    assertEquals("ReadLimits[maxDocumentLength=1, maxArticleLength=2, maxStringLength=3, "
        + "maxNestingDepth=4, maxArticles=5, maxAnnotations=6, maxArticleValues=7]", changed.toString());
    assertEquals(50_000_000L, d.maxArticleLength(), "the defaults are unchanged");
    assertEquals(d.withMaxAnnotations(6), d.withMaxAnnotations(6));
    assertEquals(d.withMaxAnnotations(6).hashCode(), d.withMaxAnnotations(6).hashCode());
    assertNotEquals(d, d.withMaxAnnotations(6));
    assertEquals(d, d.withMaxAnnotations(100_000));
  }

  @Test
  void refusesLimitsBelowOneAndNestingDeeperThanTheCeiling() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> ReadLimits.defaults().withMaxAnnotations(0));
    assertEquals("maxAnnotations (0) must be at least 1", e.getMessage());
    e = assertThrows(IllegalArgumentException.class,
        () -> ReadLimits.defaults().withMaxDocumentLength(-5));
    assertEquals("maxDocumentLength (-5) must be at least 1", e.getMessage());
    e = assertThrows(IllegalArgumentException.class,
        () -> ReadLimits.defaults().withMaxNestingDepth(1_001));
    assertEquals("maxNestingDepth (1,001) must not exceed 1,000", e.getMessage());
    assertEquals(1_000, ReadLimits.defaults().withMaxNestingDepth(1_000).maxNestingDepth());
  }
}
