package io.github.newscorpus.model;

import io.github.newscorpus.internal.Messages;
import io.github.newscorpus.internal.Show;

/**
 * Holds one gold token: a word, number, punctuation mark or clitic, by the rules of
 * {@code corpus/GUIDELINES.md} (implemented by {@code io.github.newscorpus.token.Tokenizer}).
 *
 * @param span the extent of the token
 * @param text the covered text
 */
public record Token(Span span, String text) implements Annotation {

  /** Checks that no component is null and that the text is as long as the span. */
  public Token {
    Checks.notNull(span, "span");
    Checks.coveredText(span, text);
  }

  /** Returns the covered text and span, such as {@code Token["Trump" 0..5]}. */
  @Override
  public String toString() {
    return "Token[" + Messages.excerpt(text) + " " + Show.range(span.begin(), span.end()) + "]";
  }
}
