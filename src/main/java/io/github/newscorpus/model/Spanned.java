package io.github.newscorpus.model;

/**
 * Marks anything with an extent in an article's text: a {@link Span} itself, or an
 * {@link Annotation}. Span relations ({@link Layer#coveredBy} and the rest) take one.
 */
public interface Spanned {

  /** Returns the extent; for a quote of several segments, from its first segment to its last. */
  Span span();
}
