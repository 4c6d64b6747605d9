package io.github.newscorpus.model;

import io.github.newscorpus.internal.Messages;
import io.github.newscorpus.internal.Show;

/**
 * Holds one gold sentence.
 *
 * @param span the extent of the sentence, from its first character to its final punctuation
 *     (and closing quotation mark)
 * @param text the covered text
 */
public record Sentence(Span span, String text) implements Annotation {

  /** Checks that no component is null and that the text is as long as the span. */
  public Sentence {
    Checks.notNull(span, "span");
    Checks.coveredText(span, text);
  }

  /** Returns the covered text and span, such as {@code Sentence["Bob left." 36..45]}. */
  @Override
  public String toString() {
    return "Sentence[" + Messages.excerpt(text) + " " + Show.range(span.begin(), span.end()) + "]";
  }
}
