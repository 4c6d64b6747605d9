package io.github.newscorpus.model;

/** Names how a {@link Mention} refers to its entity. */
public enum MentionKind {
  /** A proper name ("Peña Nieto"). */
  NAME,
  /** A descriptive noun phrase ("the Mexican leader"). */
  NOMINAL,
  /** A personal or possessive pronoun ("he", "his", "they"). */
  PRONOUN
}
