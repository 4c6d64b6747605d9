package io.github.newscorpus.model;

/** Names how a {@link Quote} reports what its speaker said. */
public enum QuoteKind {
  /** Words inside quotation marks, all of them the speaker's. */
  DIRECT,
  /** A quoted fragment woven into the reporter's sentence, like “total war”. */
  PARTIAL,
  /** Reported speech without quotation marks ("Videgaray later said the relationship is…"). */
  INDIRECT
}
