package io.github.newscorpus.model;

/**
 * Marks a standoff annotation over an article's text: something with an extent and the text it
 * covers.
 */
public sealed interface Annotation extends Spanned permits Paragraph, Sentence, Token, Mention, Quote {

  /** Returns the extent, from the first covered character to the last. */
  @Override
  Span span();

  /**
   * Returns the covered text; for a {@link Quote} of several segments, the segments' texts joined
   * with one space (the text between them is the reporter's, not the quote's).
   */
  String text();
}
