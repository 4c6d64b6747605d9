package io.github.newscorpus.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.newscorpus.model.Entity;
import io.github.newscorpus.model.EntityType;
import org.junit.jupiter.api.Test;

class CooccurrenceTest {

  @Test
  void countMustBePositive() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> new Cooccurrence(Entity.of("e-a", "A", EntityType.PERSON), 0));
    assertEquals("count (0) must be positive", e.getMessage());
  }

  @Test
  void printsEntityIdAndCount() {
    assertEquals("Cooccurrence[e-mexico ×2]",
        new Cooccurrence(Entity.of("e-mexico", "Mexico", EntityType.LOCATION), 2).toString());
  }
}
