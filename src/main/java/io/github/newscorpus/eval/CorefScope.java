package io.github.newscorpus.eval;

/**
 * Names which gold chains a coreference score counts. The guidelines annotate nominal and pronoun
 * mentions for persons and quoted sources only, so only those chains are complete; a resolver
 * that links "the country" to Mexico is right, but the gold has no such mention.
 */
public enum CorefScope {
  /** Every gold chain, one per entity, with every mention, singletons included. */
  ALL,
  /**
   * The chains of entities of type {@code PERSON} and {@code UNNAMED_SOURCE}, the ones the
   * guidelines annotate fully. A predicted cluster counts when at least one of its mentions is a
   * gold mention of such an entity, and then counts whole (a place merged into a person's cluster
   * still costs precision); the other predicted clusters are left out.
   */
  PEOPLE_AND_SOURCES
}
