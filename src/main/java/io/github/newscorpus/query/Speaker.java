package io.github.newscorpus.query;

import io.github.newscorpus.internal.Show;
import io.github.newscorpus.model.Entity;
import java.util.Comparator;
import java.util.Objects;

/**
 * Counts what one source is quoted saying.
 *
 * @param entity the speaker
 * @param quotes how many quotes it has
 * @param words how many words its quotes' texts hold, all quotes together
 */
public record Speaker(Entity entity, int quotes, int words) {

  /** Orders by number of quotes, most first, then by number of words, most first. */
  public static final Comparator<Speaker> BY_QUOTES = Comparator.comparingInt(Speaker::quotes)
      .thenComparingInt(Speaker::words).reversed();

  /** Orders by number of words, most first, then by number of quotes, most first. */
  public static final Comparator<Speaker> BY_WORDS = Comparator.comparingInt(Speaker::words)
      .thenComparingInt(Speaker::quotes).reversed();

  /** Checks that the entity is not null and the counts not negative. */
  public Speaker {
    Objects.requireNonNull(entity, "entity must not be null");
    if (quotes < 0 || words < 0) {
      throw new IllegalArgumentException(
          "quotes (" + quotes + ") and words (" + words + ") must not be negative");
    }
  }

  /** Returns the entity's id and the counts, such as {@code Speaker[e-cardin 2 quotes, 50 words]}. */
  @Override
  public String toString() {
    return "Speaker[" + Show.id(entity.id()) + " " + Show.count(quotes, "quote") + ", "
        + Show.count(words, "word") + "]";
  }
}
