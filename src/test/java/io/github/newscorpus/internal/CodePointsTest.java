package io.github.newscorpus.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class CodePointsTest {

  @Test
  void identityWithoutSupplementaryCharacters() {
    CodePoints cp = new CodePoints("Peña Nieto’s");
    assertEquals(12, cp.count());
    assertEquals(7, cp.toUtf16(7));
    assertEquals(7, cp.toCodePoint(7));
  }

  @Test
  void shiftsAfterEachSupplementaryCharacter() {
    // a=0 😀=1 b=2 😀=3 c=4 in code points; a=0 😀=1,2 b=3 😀=4,5 c=6 in UTF-16
    CodePoints cp = new CodePoints("a😀b😀c");
    assertEquals(5, cp.count());
    int[] utf16 = {0, 1, 3, 4, 6, 7};
    for (int i = 0; i <= 5; i++) {
      assertEquals(utf16[i], cp.toUtf16(i), "code point " + i);
      assertEquals(i, cp.toCodePoint(utf16[i]), "UTF-16 index " + utf16[i]);
    }
  }

  @Test
  void emptyText() {
    CodePoints cp = new CodePoints("");
    assertEquals(0, cp.count());
    assertEquals(0, cp.toUtf16(0));
  }

  @Test
  void findsTheFirstSurrogateWithoutItsOtherHalf() {
    assertEquals(-1, CodePoints.loneSurrogate(""));
    assertEquals(-1, CodePoints.loneSurrogate("a👋b"));     // a pair is whole
    assertEquals(1, CodePoints.loneSurrogate("a\ud800b"));  // high, then no low
    assertEquals(0, CodePoints.loneSurrogate("\udc00a"));   // low first
    assertEquals(3, CodePoints.loneSurrogate("a👋\ud83d"));  // high at the end
    assertEquals(2, CodePoints.loneSurrogate("👋\udc4b\ud83d")); // a pair, then a low alone
    assertEquals(3, CodePoints.loneSurrogate("👋\udc4b\ud83d", 3)); // from index 3: the high
  }
}
