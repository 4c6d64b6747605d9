package io.github.newscorpus.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.newscorpus.model.EntityType;
import org.junit.jupiter.api.Test;

class EntityScoreTest {

  private final EntityScore score = EvaluationTest.EVAL.entities(EvaluationTest.predicted()
      .mention(0, 7, EntityType.PERSON).build());

  @Test
  void refusesANullSchemeOrTypeInsteadOfAnsweringNull() {
    NullPointerException e = assertThrows(NullPointerException.class, () -> score.counts(null));
    assertEquals("scheme must not be null", e.getMessage());
    e = assertThrows(NullPointerException.class, () -> score.errors(null));
    assertEquals("scheme must not be null", e.getMessage());
    e = assertThrows(NullPointerException.class, () -> score.counts(Scheme.STRICT, null));
    assertEquals("type must not be null", e.getMessage());
  }

  @Test
  void countsATypeNeitherSideHasAsNothing() {
    // gold: Ann Lee, Bob, Paris, Bob (names); predicted: Ann Lee PERSON. No MEDIA anywhere.
    TypeCounts media = score.counts(Scheme.STRICT, EntityType.MEDIA);
    assertEquals(0, media.gold().gold());
    assertEquals(0, media.predicted().predicted());
    // PERSON: 3 gold (Ann Lee, Bob, Bob), 1 predicted and correct
    TypeCounts person = score.counts(Scheme.STRICT, EntityType.PERSON);
    assertEquals(3, person.gold().gold());
    assertEquals(1, person.gold().correct());
    assertEquals(1, person.predicted().predicted());
  }
}
