package io.github.newscorpus.model;

/** Names the role a line of the source plays in the published page. */
public enum ParagraphKind {
  /** The story's headline. */
  HEADLINE,
  /** A photo caption. */
  CAPTION,
  /** A photo credit, such as "(AFP/Getty Images)". */
  CREDIT,
  /** A paragraph of the story itself. */
  BODY,
  /** A contributor line, such as "X contributed to this report." */
  CONTRIBUTOR,
  /** The headline of a linked story. */
  RELATED,
  /** An update or publication note. */
  NOTE
}
