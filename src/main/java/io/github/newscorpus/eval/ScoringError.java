package io.github.newscorpus.eval;

import io.github.newscorpus.model.Span;
import java.util.Objects;
import java.util.Optional;

/**
 * Describes one difference between a prediction and the gold.
 *
 * @param kind what kind of difference
 * @param gold the gold item's span, if a gold item is involved
 * @param predicted the predicted item's span, if a prediction is involved
 * @param detail the texts and labels involved, readable in a test failure
 */
public record ScoringError(Kind kind, Optional<Span> gold, Optional<Span> predicted, String detail) {

  /** Names the kinds of difference. */
  public enum Kind {
    /** A prediction that matches no gold item. */
    FALSE_POSITIVE,
    /** A gold item that no prediction matches. */
    FALSE_NEGATIVE,
    /** A prediction that overlaps a gold item but not at its exact boundaries. */
    BOUNDARY,
    /** A prediction at a gold item's boundaries with the wrong type (or kind). */
    TYPE,
    /** A quote matched, but attributed to the wrong speaker. */
    SPEAKER,
    /** A quote matched, but with the wrong cue. */
    CUE
  }

  /** Checks that no component is null and that at least one span is present. */
  public ScoringError {
    Objects.requireNonNull(kind, "kind must not be null");
    Objects.requireNonNull(gold, "gold must not be null");
    Objects.requireNonNull(predicted, "predicted must not be null");
    Objects.requireNonNull(detail, "detail must not be null");
    if (gold.isEmpty() && predicted.isEmpty()) {
      throw new IllegalArgumentException("an error needs a gold or a predicted span");
    }
  }

  /** Returns the span errors sort by: the gold span if any, else the predicted one. */
  Span position() {
    return gold.orElseGet(predicted::orElseThrow);
  }

  /** The longest {@link #toString}, in characters. */
  private static final int SHOWN = 160;

  /**
   * Returns {@code KIND detail} on one line of at most 160 characters: a longer detail is cut at
   * its last space that fits and ends with {@code " …"} ({@link #detail()} has it whole).
   */
  @Override
  public String toString() {
    String line = kind + " " + detail;
    if (line.length() <= SHOWN) {
      return line;
    }
    int space = line.lastIndexOf(' ', SHOWN - 2);
    return line.substring(0, space > 0 ? space : SHOWN - 2) + " …";
  }
}
