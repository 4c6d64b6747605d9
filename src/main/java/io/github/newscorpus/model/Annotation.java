package io.github.newscorpus.model;

/**
 * Marks a standoff annotation over an article's text: something with an extent and the text it
 * covers.
 */
public sealed interface Annotation permits Paragraph, Sentence, Mention, Quote {

  /** Returns the extent, from the first covered character to the last. */
  Span span();

  /** Returns the covered text. */
  String text();
}
