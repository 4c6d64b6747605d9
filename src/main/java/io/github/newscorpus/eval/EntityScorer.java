package io.github.newscorpus.eval;

import io.github.newscorpus.internal.Messages;
import io.github.newscorpus.model.EntityType;
import io.github.newscorpus.model.Span;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Matches predicted mentions to gold mentions one to one, then counts each outcome under every
 * scheme and for the entity type it belongs to.
 *
 * <p>Matching, prediction by prediction in document order: a prediction takes an unmatched gold
 * mention at its exact span (one of its own type first); otherwise the unmatched gold mention it
 * overlaps (one of its own type first, then the largest overlap, then the first); otherwise it is
 * spurious. Gold mentions left unmatched are missed. Each gold mention is counted once, so a
 * duplicated prediction is spurious. This follows nervaluate's categories and formulas; where
 * nervaluate takes the first overlapping gold mention, this prefers the same type and the larger
 * overlap.
 *
 * <p>Per type, a matched or missed outcome counts for the gold mention's type and a spurious one
 * for the predicted type, so the per-type counts add up to the overall counts.
 */
final class EntityScorer {

  /** A typed span on either side. */
  record Item(Span span, EntityType type) {}

  private static final int CORRECT = 0;
  private static final int INCORRECT = 1;
  private static final int PARTIAL = 2;
  private static final int MISSED = 3;
  private static final int SPURIOUS = 4;

  private final String text;

  EntityScorer(String text) {
    this.text = text;
  }

  EntityScore score(List<Item> gold, List<Item> predicted) {
    Map<EntityType, Map<Scheme, int[]>> tally = new EnumMap<>(EntityType.class);
    Map<Scheme, List<ScoringError>> errors = new EnumMap<>(Scheme.class);
    for (Scheme s : Scheme.values()) {
      errors.put(s, new ArrayList<>());
    }
    boolean[] matched = new boolean[gold.size()];
    for (Item p : predicted) {
      int g = exactMatch(gold, matched, p);
      boolean exact = g >= 0;
      if (!exact) {
        g = overlapMatch(gold, matched, p);
      }
      if (g < 0) {
        outcome(tally, p.type(), errors, error(ScoringError.Kind.FALSE_POSITIVE, null, p, ""),
            SPURIOUS, SPURIOUS, SPURIOUS, SPURIOUS);
        continue;
      }
      matched[g] = true;
      Item gi = gold.get(g);
      boolean sameType = gi.type() == p.type();
      if (exact) {
        outcome(tally, gi.type(), errors,
            sameType ? null : error(ScoringError.Kind.TYPE, gi, p, ""),
            sameType ? CORRECT : INCORRECT, CORRECT, CORRECT, sameType ? CORRECT : INCORRECT);
      } else {
        outcome(tally, gi.type(), errors,
            error(ScoringError.Kind.BOUNDARY, gi, p, sameType ? "" : " (and type)"),
            INCORRECT, INCORRECT, PARTIAL, sameType ? CORRECT : INCORRECT);
      }
    }
    for (int i = 0; i < gold.size(); i++) {
      if (!matched[i]) {
        outcome(tally, gold.get(i).type(), errors,
            error(ScoringError.Kind.FALSE_NEGATIVE, gold.get(i), null, ""),
            MISSED, MISSED, MISSED, MISSED);
      }
    }
    Map<EntityType, Map<Scheme, Counts>> byType = new EnumMap<>(EntityType.class);
    tally.forEach((type, schemes) -> {
      Map<Scheme, Counts> counts = new EnumMap<>(Scheme.class);
      schemes.forEach((s, c) -> counts.put(s, new Counts(c[0], c[1], c[2], c[3], c[4])));
      byType.put(type, counts);
    });
    errors.values().forEach(list -> list.sort(Comparator.comparing(ScoringError::position)));
    return new EntityScore(byType, errors);
  }

  /**
   * Counts one outcome under each scheme (in declaration order) for {@code type}, and records the
   * error under every scheme for which the outcome is not correct.
   */
  private static void outcome(Map<EntityType, Map<Scheme, int[]>> tally, EntityType type,
      Map<Scheme, List<ScoringError>> errors, ScoringError error, int... categoryByScheme) {
    Map<Scheme, int[]> forType = tally.computeIfAbsent(type, t -> {
      Map<Scheme, int[]> m = new EnumMap<>(Scheme.class);
      for (Scheme s : Scheme.values()) {
        m.put(s, new int[5]);
      }
      return m;
    });
    Scheme[] schemes = Scheme.values();
    for (int i = 0; i < schemes.length; i++) {
      forType.get(schemes[i])[categoryByScheme[i]]++;
      if (categoryByScheme[i] != CORRECT && error != null) {
        errors.get(schemes[i]).add(error);
      }
    }
  }

  /** Returns an unmatched gold item at the prediction's exact span, of its type if any, or -1. */
  private static int exactMatch(List<Item> gold, boolean[] matched, Item p) {
    int any = -1;
    for (int i = 0; i < gold.size(); i++) {
      if (!matched[i] && gold.get(i).span().equals(p.span())) {
        if (gold.get(i).type() == p.type()) {
          return i;
        }
        if (any < 0) {
          any = i;
        }
      }
    }
    return any;
  }

  /**
   * Returns the unmatched gold item the prediction overlaps, preferring its own type, then the
   * larger overlap, then the first; -1 when it overlaps none.
   */
  private static int overlapMatch(List<Item> gold, boolean[] matched, Item p) {
    int best = -1;
    int bestOverlap = 0;
    boolean bestSameType = false;
    for (int i = 0; i < gold.size(); i++) {
      Span g = gold.get(i).span();
      if (matched[i] || !g.overlaps(p.span())) {
        continue;
      }
      int overlap = Math.min(g.end(), p.span().end()) - Math.max(g.begin(), p.span().begin());
      boolean sameType = gold.get(i).type() == p.type();
      if (best < 0 || sameType && !bestSameType || sameType == bestSameType && overlap > bestOverlap) {
        best = i;
        bestOverlap = overlap;
        bestSameType = sameType;
      }
    }
    return best;
  }

  private ScoringError error(ScoringError.Kind kind, Item gold, Item predicted, String suffix) {
    List<String> parts = new ArrayList<>();
    if (gold != null) {
      parts.add(describe("gold", gold));
    }
    if (predicted != null) {
      parts.add(describe("predicted", predicted));
    }
    return new ScoringError(kind, Optional.ofNullable(gold).map(Item::span),
        Optional.ofNullable(predicted).map(Item::span), String.join(", ", parts) + suffix);
  }

  private String describe(String side, Item item) {
    return side + " " + item.span() + " " + Messages.excerpt(text.substring(item.span().begin(),
        item.span().end())) + " " + item.type();
  }
}
