package io.github.newscorpus.eval;

/** Names the coreference metrics, each as the reference CoNLL-2012 scorer computes it. */
public enum CorefMetric {
  /** MUC (Vilain et al. 1995): links; blind to singletons. */
  MUC("muc"),
  /** B³ (Bagga and Baldwin 1998): per mention. */
  B_CUBED("bcub"),
  /** Mention-based CEAF, CEAFₘ (Luo 2005): shared mentions under the best chain alignment. */
  CEAF_M("ceafm"),
  /** Entity-based CEAF, CEAFₑ (Luo 2005): φ4 chain similarity under the best chain alignment. */
  CEAF_E("ceafe"),
  /** BLANC (Recasens and Hovy 2011; Luo et al. 2014): coreference and non-coreference links. */
  BLANC("blanc"),
  /** LEA (Moosavi and Strube 2016): link-based, each chain weighted by its size. */
  LEA("lea");

  private final String referenceName;

  CorefMetric(String referenceName) {
    this.referenceName = referenceName;
  }

  /** Returns the name the reference scorer's command line takes, such as {@code bcub}. */
  public String referenceName() {
    return referenceName;
  }
}
