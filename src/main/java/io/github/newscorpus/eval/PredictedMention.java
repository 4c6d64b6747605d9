package io.github.newscorpus.eval;

import io.github.newscorpus.model.EntityType;
import io.github.newscorpus.model.Span;
import java.util.Objects;

/**
 * Holds one entity mention a system found.
 *
 * @param span where, in UTF-16 indices
 * @param type the type the system gave it
 */
public record PredictedMention(Span span, EntityType type) {

  /** Checks that neither component is null. */
  public PredictedMention {
    Objects.requireNonNull(span, "span must not be null");
    Objects.requireNonNull(type, "type must not be null");
  }
}
