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
}
