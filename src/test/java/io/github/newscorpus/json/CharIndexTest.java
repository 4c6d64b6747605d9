package io.github.newscorpus.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

/**
 * Tests {@link CharIndex} with continuation bytes marked by hand: "é" is one lead byte and one
 * continuation byte, so a run of them counts half its bytes as characters.
 */
class CharIndexTest {

  /** Returns an index of {@code n} "é", from offset 0, then ASCII. */
  private static CharIndex accents(int n) {
    CharIndex index = new CharIndex();
    for (int i = 0; i < n; i++) {
      index.mark(2L * i + 1);
    }
    return index;
  }

  @Test
  void countsCharactersAcrossBlocksOfSixtyFourBytes() {
    CharIndex index = accents(100); // 200 bytes of accents, then 100 ASCII bytes
    assertEquals(100, index.chars(0, 200));
    assertEquals(200, index.chars(0, 300));
    assertEquals(30, index.chars(130, 190));
    assertEquals(60, index.chars(240, 300));
    assertEquals(0, index.chars(64, 64));
  }

  @Test
  void countsOnAlongOneLineFromWhereItStopped() {
    CharIndex index = accents(100);
    assertEquals(10, index.chars(0, 20));
    assertEquals(50, index.chars(0, 100), "the same start, further on");
    assertEquals(25, index.chars(50, 100), "another start");
    assertEquals(5, index.chars(0, 10), "the first start, nearer");
  }

  @Test
  void keepsTheLineStartOfTheLastPlaceReleased() {
    CharIndex index = accents(5_000); // 10,000 bytes of accents, then ASCII
    index.release(9_000, 0);
    assertEquals(4_500, index.chars(0, 9_000));
    assertEquals(5_100, index.chars(0, 10_100));
    assertEquals(100, index.chars(9_000, 9_200));
    IllegalStateException e = assertThrows(IllegalStateException.class,
        () -> index.chars(10, 9_200));
    assertEquals("bytes from 10 were released", e.getMessage());
    index.release(10_060, 10_050); // a new line started at 10,050
    assertEquals(10, index.chars(10_050, 10_060));
    assertThrows(IllegalStateException.class, () -> index.chars(0, 10_060));
  }

  @Test
  void keepsNoChunkForAscii() {
    CharIndex index = new CharIndex();
    assertEquals(1_000_000_000L, index.chars(0, 1_000_000_000L));
    assertEquals(0, index.chunks());
  }

  @Test
  void countsAcrossChunksFarApart() {
    CharIndex index = new CharIndex();
    index.mark(1); // "é" at 0
    index.mark(1_000_001); // "€" (three bytes) at 1,000,000, chunk 244 of 4,096 bytes
    index.mark(1_000_002);
    assertEquals(2, index.chunks());
    assertEquals(999_999, index.chars(0, 1_000_000));
    assertEquals(1_000_000, index.chars(0, 1_000_003));
    assertEquals(2, index.chars(999_999, 1_000_003), "one ASCII byte, then \"€\"");
  }

  @Test
  void releasingDropsTheChunksBehind() {
    CharIndex index = new CharIndex();
    for (long at = 1; at < 40_000; at += 2) {
      index.mark(at); // 20,000 "é": ten chunks
    }
    assertEquals(10, index.chunks());
    index.release(36_864, 36_864); // the start of chunk 9
    assertEquals(1, index.chunks());
    assertEquals(100, index.chars(36_864, 37_064));
  }
}
