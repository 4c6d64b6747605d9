package io.github.newscorpus.query;

import io.github.newscorpus.internal.Messages;
import java.util.Objects;

/**
 * Counts how often a corpus entity is mentioned together with another one, over a corpus.
 *
 * @param entity the other corpus entity
 * @param count the sentences (or paragraphs) that mention both, over all articles; at least one
 */
public record CorpusCooccurrence(CorpusEntity entity, int count) {

  /** Checks that the entity is not null and the count positive. */
  public CorpusCooccurrence {
    Objects.requireNonNull(entity, "entity must not be null");
    if (count < 1) {
      throw new IllegalArgumentException("count (" + count + ") must be positive");
    }
  }

  /**
   * Returns the corpus entity's name and type and the count, such as
   * {@code CorpusCooccurrence["Mexico" LOCATION ×3]}.
   */
  @Override
  public String toString() {
    return "CorpusCooccurrence[" + Messages.excerpt(entity.name()) + " " + entity.type() + " ×" + count
        + "]";
  }
}
