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

  @Test
  void printsValueEvidenceAndWhetherInferred() {
    assertEquals("Fact[\"03:00\" 10..16]", Fact.stated("03:00", new Span(10, 16)).toString());
    assertEquals("Fact[\"Los Angeles Times\" inferred]",
        Fact.inferred("Los Angeles Times", "not written").toString());
    assertEquals("Fact[\"16:30\" 1..6 inferred]",
        new Fact("16:30", Optional.of(new Span(1, 6)), Optional.of("no date")).toString());
    // 46 characters: cut at the last space within the first 30 (after "Media", at 27)
    assertEquals("Fact[\"The Los Angeles Times Media…\" inferred]",
        Fact.inferred("The Los Angeles Times Media Group, a publisher", "a guess").toString());
  }
}
