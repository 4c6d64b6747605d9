package io.github.newscorpus.query;

import io.github.newscorpus.internal.Show;
import io.github.newscorpus.model.Entity;
import java.util.Objects;

/**
 * Counts how often an entity is mentioned together with another one.
 *
 * @param entity the other entity
 * @param count the number of sentences (or paragraphs) that mention both; at least one
 */
public record Cooccurrence(Entity entity, int count) {

  /** Checks that the entity is not null and the count positive. */
  public Cooccurrence {
    Objects.requireNonNull(entity, "entity must not be null");
    if (count < 1) {
      throw new IllegalArgumentException("count (" + count + ") must be positive");
    }
  }

  /** Returns the entity's id and the count, such as {@code Cooccurrence[e-mexico ×2]}. */
  @Override
  public String toString() {
    return "Cooccurrence[" + Show.id(entity.id()) + " ×" + count + "]";
  }
}
