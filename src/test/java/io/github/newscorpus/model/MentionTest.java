package io.github.newscorpus.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class MentionTest {

  private static final Entity ANN = Entity.of("e-ann", "Ann", EntityType.PERSON);

  @Test
  void equalByValue() {
    assertEquals(new Mention("m1", new Span(0, 3), "Ann", ANN, MentionKind.NAME),
        new Mention("m1", new Span(0, 3), "Ann", ANN, MentionKind.NAME));
    assertNotEquals(new Mention("m1", new Span(0, 3), "Ann", ANN, MentionKind.NAME),
        new Mention("m1", new Span(0, 3), "Ann", ANN, MentionKind.NOMINAL));
  }

  @Test
  void rejectsBlankId() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> new Mention("", new Span(0, 3), "Ann", ANN, MentionKind.NAME));
    assertEquals("id must not be blank, got \"\"", e.getMessage());
  }

  @Test
  void printsIdTextSpanEntityIdAndKind() {
    assertEquals("Mention[m1 \"Ann\" 0..3 → e-ann NAME]",
        new Mention("m1", new Span(0, 3), "Ann", ANN, MentionKind.NAME).toString());
    // an id with a space is quoted; a line break in the text is escaped, so the line stays one
    assertEquals("Mention[\"m 2\" \"A\\nB\" 5..8 → e-ann NOMINAL]",
        new Mention("m 2", new Span(5, 8), "A\nB", ANN, MentionKind.NOMINAL).toString());
  }
}
