package io.github.newscorpus.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class FoldingTest {

  @Test
  void foldsCaseAccentsAndQuotesOneUnitForOne() {
    assertEquals("pena nieto's \"x\"", Folding.fold("PEÑA Nieto’s “X”"));
    String emoji = "a😀B";
    assertEquals("a😀b", Folding.fold(emoji));
    assertEquals(emoji.length(), Folding.fold(emoji).length());
  }
}
