package io.github.newscorpus.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class SentenceTest {

  @Test
  void rejectsNullText() {
    NullPointerException e =
        assertThrows(NullPointerException.class, () -> new Sentence(new Span(0, 1), null));
    assertEquals("text must not be null", e.getMessage());
  }

  @Test
  void emptySentenceHasEmptyText() {
    assertEquals("", new Sentence(new Span(4, 4), "").text());
  }
}
