package io.github.newscorpus.query;

/** Names the stretch of text within which two mentions count as co-occurring. */
public enum Scope {
  /** The same gold sentence. */
  SENTENCE,
  /** The same paragraph. */
  PARAGRAPH
}
