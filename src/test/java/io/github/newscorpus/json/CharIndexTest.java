package io.github.newscorpus.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

/**
 * Tests {@link CharIndex} with continuation bytes marked by hand: "é" is one lead byte and one
 * continuation byte, so a run of them counts half its bytes as characters.
 */
class CharIndexTest {

  /** Returns an index of {@code n} "é", from offset 0, then ASCII up to {@code end}. */
  private static CharIndex accents(int n, long end) {
    CharIndex index = new CharIndex();
    index.cover(end);
    for (int i = 0; i < n; i++) {
      index.mark(2L * i + 1);
    }
    return index;
  }

  @Test
  void countsCharactersAcrossBlocksOfSixtyFourBytes() {
    CharIndex index = accents(100, 300); // 200 bytes of accents, then 100 ASCII bytes
    assertEquals(100, index.chars(0, 200));
    assertEquals(200, index.chars(0, 300));
    assertEquals(30, index.chars(130, 190));
    assertEquals(60, index.chars(240, 300));
    assertEquals(0, index.chars(64, 64));
  }

  @Test
  void countsOnAlongOneLineFromWhereItStopped() {
    CharIndex index = accents(100, 300);
    assertEquals(10, index.chars(0, 20));
    assertEquals(50, index.chars(0, 100), "the same start, further on");
    assertEquals(25, index.chars(50, 100), "another start");
    assertEquals(5, index.chars(0, 10), "the first start, nearer");
  }

  @Test
  void keepsTheLineStartOfTheLastPlaceReleased() {
    CharIndex index = accents(100, 300);
    index.release(180, 0);
    assertEquals(90, index.chars(0, 180));
    assertEquals(150, index.chars(0, 250));
    assertEquals(10, index.chars(180, 200));
    IllegalStateException e = assertThrows(IllegalStateException.class, () -> index.chars(10, 200));
    assertEquals("bytes from 10 were released", e.getMessage());
    index.release(260, 250); // a new line started at 250
    assertEquals(10, index.chars(250, 260));
    assertThrows(IllegalStateException.class, () -> index.chars(0, 260));
  }
}
