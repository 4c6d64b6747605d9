package io.github.newscorpus.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class FactTest {

  @Test
  void statedFactIsNotInferred() {
    Fact f = Fact.stated("03:00", new Span(10, 16));
    assertFalse(f.isInferred());
    assertEquals(Optional.of(new Span(10, 16)), f.evidence());
  }

  @Test
  void inferredFactSaysWhy() {
    Fact f = Fact.inferred("Los Angeles Times", "not written");
    assertTrue(f.isInferred());
    assertEquals(Optional.of("not written"), f.inference());
    assertEquals(Optional.empty(), f.evidence());
  }

  @Test
  void rejectsFactWithoutProvenance() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> new Fact("x", Optional.empty(), Optional.empty()));
    assertEquals("fact \"x\" must have evidence in the text or an inference reason", e.getMessage());
  }

  @Test
  void rejectsBlankInferenceReason() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> Fact.inferred("x", ""));
    assertEquals("inference must not be blank, got \"\"", e.getMessage());
  }
}
