package io.github.newscorpus.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class ShowTest {

  @Test
  void printsAPlainIdAsItIsAndAnyOtherQuoted() {
    assertEquals("e-cardin", Show.id("e-cardin"));
    assertEquals("\"a b\"", Show.id("a b"));
    assertEquals("\"" + "x".repeat(41) + "\"", Show.id("x".repeat(41)));
  }

  @Test
  void countsWithThePluralOfTheNoun() {
    assertEquals("1 quote", Show.count(1, "quote"));
    assertEquals("0 mentions", Show.count(0, "mention"));
    assertEquals("2 entities", Show.count(2, "entity"));
  }

  @Test
  void printsARangeWithTwoDots() {
    assertEquals("3..7", Show.range(3, 7));
  }

  @Test
  void cutsABriefAtItsLastSpaceBeforeTheLimit() {
    assertEquals("\"short\"", Show.brief("short", 30));
    // the last space at or before index 30 is the one after "should" (index 29)
    assertEquals("\"The federal government should…\"",
        Show.brief("The federal government should enter these negotiations", 30));
  }

  @Test
  void escapesControlCharactersOnly() {
    assertEquals("a\\nb é", Show.oneLine("a\nb é"));
  }
}
