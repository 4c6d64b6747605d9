package io.github.newscorpus.eval;

import java.util.List;

/** Marks a score that has precision, recall and F1 and can list its errors. */
public interface Score {

  /** Returns precision, recall and F1. */
  Ratios ratios();

  /** Returns every error, in document order; empty when the prediction is perfect. */
  List<ScoringError> errors();

  /** Returns a one-line description of what was scored, for messages ("entities, STRICT"). */
  String description();
}
