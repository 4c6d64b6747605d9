package io.github.newscorpus.eval;

import io.github.newscorpus.internal.Messages;
import io.github.newscorpus.model.EntityType;
import io.github.newscorpus.model.Span;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Matches predicted mentions to gold mentions the way nervaluate does: a prediction at a gold
 * mention's exact boundaries matches it; otherwise it matches the gold mention it overlaps most
 * (the first, on ties); otherwise it is spurious. A gold mention no prediction matches is missed.
 */
final class EntityScorer {

  /** A typed span on either side. */
  record Item(Span span, EntityType type) {}

  private final String text;

  EntityScorer(String text) {
    this.text = text;
  }

  EntityScore score(List<Item> gold, List<Item> predicted) {
    List<ScoringError> errors = new ArrayList<>();
    Map<Scheme, Counts> micro = evaluate(gold, predicted, errors);
    Set<EntityType> types = EnumSet.noneOf(EntityType.class);
    gold.forEach(g -> types.add(g.type()));
    predicted.forEach(p -> types.add(p.type()));
    Map<EntityType, Map<Scheme, Counts>> byType = new EnumMap<>(EntityType.class);
    for (EntityType t : types) {
      byType.put(t, evaluate(ofType(gold, t), ofType(predicted, t), new ArrayList<>()));
    }
    errors.sort(Comparator.comparing(ScoringError::position));
    return new EntityScore(micro, byType, errors);
  }

  private static List<Item> ofType(List<Item> items, EntityType type) {
    return items.stream().filter(i -> i.type() == type).toList();
  }

  private Map<Scheme, Counts> evaluate(List<Item> gold, List<Item> predicted, List<ScoringError> errors) {
    Map<Scheme, int[]> tally = new EnumMap<>(Scheme.class);
    for (Scheme s : Scheme.values()) {
      tally.put(s, new int[5]); // correct, incorrect, partial, missed, spurious
    }
    Map<Span, Integer> exact = new HashMap<>();
    for (int i = gold.size() - 1; i >= 0; i--) {
      exact.put(gold.get(i).span(), i); // the first gold item at a span wins
    }
    boolean[] found = new boolean[gold.size()];
    for (Item p : predicted) {
      Integer at = exact.get(p.span());
      if (at != null) {
        Item g = gold.get(at);
        found[at] = true;
        boolean sameType = g.type() == p.type();
        count(tally, Scheme.STRICT, sameType ? 0 : 1);
        count(tally, Scheme.EXACT, 0);
        count(tally, Scheme.PARTIAL, 0);
        count(tally, Scheme.TYPE, sameType ? 0 : 1);
        if (!sameType) {
          errors.add(new ScoringError(ScoringError.Kind.TYPE, Optional.of(g.span()),
              Optional.of(p.span()), describe("gold", g) + ", " + describe("predicted", p)));
        }
        continue;
      }
      int best = mostOverlapped(gold, p.span());
      if (best < 0) {
        for (Scheme s : Scheme.values()) {
          count(tally, s, 4);
        }
        errors.add(new ScoringError(ScoringError.Kind.FALSE_POSITIVE, Optional.empty(),
            Optional.of(p.span()), describe("predicted", p)));
        continue;
      }
      Item g = gold.get(best);
      found[best] = true;
      count(tally, Scheme.STRICT, 1);
      count(tally, Scheme.EXACT, 1);
      count(tally, Scheme.PARTIAL, 2);
      count(tally, Scheme.TYPE, g.type() == p.type() ? 0 : 1);
      errors.add(new ScoringError(ScoringError.Kind.BOUNDARY, Optional.of(g.span()),
          Optional.of(p.span()), describe("gold", g) + ", " + describe("predicted", p)));
    }
    for (int i = 0; i < gold.size(); i++) {
      if (!found[i]) {
        for (Scheme s : Scheme.values()) {
          count(tally, s, 3);
        }
        errors.add(new ScoringError(ScoringError.Kind.FALSE_NEGATIVE,
            Optional.of(gold.get(i).span()), Optional.empty(),
            describe("gold", gold.get(i))));
      }
    }
    Map<Scheme, Counts> result = new EnumMap<>(Scheme.class);
    tally.forEach((s, c) -> result.put(s, new Counts(c[0], c[1], c[2], c[3], c[4])));
    return result;
  }

  private static void count(Map<Scheme, int[]> tally, Scheme scheme, int category) {
    tally.get(scheme)[category]++;
  }

  /** Returns the gold item that overlaps {@code span} most (the first on ties), or -1. */
  private static int mostOverlapped(List<Item> gold, Span span) {
    int best = -1;
    int bestOverlap = 0;
    for (int i = 0; i < gold.size(); i++) {
      Span g = gold.get(i).span();
      if (g.overlaps(span)) {
        int overlap = Math.min(g.end(), span.end()) - Math.max(g.begin(), span.begin());
        if (overlap > bestOverlap) {
          best = i;
          bestOverlap = overlap;
        }
      }
    }
    return best;
  }

  private String describe(String side, Item item) {
    return side + " " + item.span() + " " + Messages.excerpt(text.substring(item.span().begin(),
        item.span().end())) + " " + item.type();
  }
}
