package io.github.newscorpus.eval;

import io.github.newscorpus.model.Span;
import java.util.List;
import java.util.Objects;

/**
 * Describes one way predicted clusters differ from the gold chains.
 *
 * @param kind split or merged
 * @param at the first mention involved: the chain's (split) or the cluster's (merged)
 * @param entities the gold entity ids involved, in order of their first mention
 * @param clusters the predicted cluster ids involved, in order of their first mention
 * @param detail the ids and the mention texts, readable in a test failure
 */
public record CorefError(Kind kind, Span at, List<String> entities, List<String> clusters,
    String detail) {

  /** Names the kinds of difference. */
  public enum Kind {
    /** One gold chain spread over several predicted clusters. */
    SPLIT,
    /** One predicted cluster joining mentions of several gold chains. */
    MERGED
  }

  /** Checks that no component is null and copies the lists. */
  public CorefError {
    Objects.requireNonNull(kind, "kind must not be null");
    Objects.requireNonNull(at, "at must not be null");
    entities = List.copyOf(entities);
    clusters = List.copyOf(clusters);
    Objects.requireNonNull(detail, "detail must not be null");
  }

  /** The longest {@link #toString}, in characters. */
  private static final int SHOWN = 160;

  /**
   * Returns {@code KIND detail} on one line of at most 160 characters: a longer detail is cut
   * after its last whole chain (or, within one long chain, its last whole mention) that fits, and
   * ends with {@code , …} (a merged cluster of a long article can list hundreds of mentions;
   * {@link #detail()} has them all).
   */
  @Override
  public String toString() {
    String head = kind + " ";
    if (head.length() + detail.length() <= SHOWN) {
      return head + detail;
    }
    int budget = SHOWN - head.length() - ", …".length();
    int chain = detail.lastIndexOf("}, ", budget - 1);
    if (chain > 0) {
      return head + detail.substring(0, chain + 1) + ", …";
    }
    int mention = detail.lastIndexOf(", ", budget);
    return head + detail.substring(0, mention > 0 ? mention : budget) + ", …";
  }
}
