package io.github.newscorpus.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class MessagesTest {

  @Test
  void quotesAndEscapesControlCharactersButNotAccents() {
    assertEquals("\"Peña \\\"Nieto\\\"\\n\"", Messages.excerpt("Peña \"Nieto\"\n"));
  }

  @Test
  void cutsLongTextAfterTheFirstSpacePastFortyCharacters() {
    String text = "We know that damage has been done to the bilateral relationship in the last months";
    // the first space at or after index 40 is the one after "the" (index 40)
    assertEquals("\"We know that damage has been done to the…\"", Messages.excerpt(text));
  }

  @Test
  void emptyText() {
    assertEquals("\"\"", Messages.excerpt(""));
  }
}
