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

  @Test
  void printsTextShortenedAndSpan() {
    assertEquals("Sentence[\"Bob left.\" 36..45]", new Sentence(new Span(36, 45), "Bob left.").toString());
    // 67 characters: cut at the first space from the 41st character, after "the"
    String text = "We know that damage has been done to the relationship between them.";
    assertEquals("Sentence[\"We know that damage has been done to the…\" 100..167]",
        new Sentence(new Span(100, 167), text).toString());
  }
}
