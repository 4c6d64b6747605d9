package io.github.newscorpus.eval;

import io.github.newscorpus.internal.Messages;
import io.github.newscorpus.model.EntityType;
import io.github.newscorpus.model.Span;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Pairs predicted mentions with gold mentions one to one (see {@link Matching}), then counts each
 * outcome under every scheme, overall and per entity type.
 *
 * <p>Both sides are first put in document order (begin, longer span first), ties by type in
 * declaration order, so the result depends only on which mentions there are, never on the order
 * they came in.
 */
final class EntityScorer {

  /** A typed span on either side. */
  record Item(Span span, EntityType type) {}

  /** A gold item and the prediction paired with it; one of them is absent when missed or spurious. */
  record Outcome(Optional<Item> gold, Optional<Item> predicted) {}

  private static final Comparator<Item> DOCUMENT_ORDER =
      Comparator.comparing(Item::span).thenComparing(Item::type);

  private static final int CORRECT = 0;
  private static final int INCORRECT = 1;
  private static final int PARTIAL = 2;
  private static final int MISSED = 3;
  private static final int SPURIOUS = 4;

  private final String text;

  EntityScorer(String text) {
    this.text = text;
  }

  EntityScore score(List<Item> gold, List<Item> predicted, Matching matching) {
    List<Item> g = gold.stream().sorted(DOCUMENT_ORDER).toList();
    List<Item> p = predicted.stream().sorted(DOCUMENT_ORDER).toList();
    List<Outcome> all = match(g, p, matching);
    Set<EntityType> types = EnumSet.noneOf(EntityType.class);
    g.forEach(i -> types.add(i.type()));
    p.forEach(i -> types.add(i.type()));
    Map<Scheme, Counts> micro = new EnumMap<>(Scheme.class);
    Map<Scheme, List<ScoringError>> errors = new EnumMap<>(Scheme.class);
    for (Scheme s : Scheme.values()) {
      micro.put(s, count(s, all, o -> true));
      errors.put(s, errors(s, all));
    }
    Map<EntityType, Map<Scheme, TypeCounts>> byType = new EnumMap<>(EntityType.class);
    for (EntityType t : types) {
      List<Outcome> outcomes = matching == Matching.OPTIMAL ? all
          : match(ofType(g, t), ofType(p, t), matching);
      Map<Scheme, TypeCounts> counts = new EnumMap<>(Scheme.class);
      for (Scheme s : Scheme.values()) {
        counts.put(s, new TypeCounts(
            count(s, outcomes, o -> o.gold().filter(i -> i.type() == t).isPresent()),
            count(s, outcomes, o -> o.predicted().filter(i -> i.type() == t).isPresent())));
      }
      byType.put(t, counts);
    }
    return new EntityScore(matching, micro, byType, errors);
  }

  private static List<Item> ofType(List<Item> items, EntityType type) {
    return items.stream().filter(i -> i.type() == type).toList();
  }

  private static List<Outcome> match(List<Item> gold, List<Item> predicted, Matching matching) {
    int[] goldOf = matching == Matching.OPTIMAL ? optimal(gold, predicted)
        : nervaluate(gold, predicted);
    List<Outcome> outcomes = new ArrayList<>();
    boolean[] matched = new boolean[gold.size()];
    for (int i = 0; i < predicted.size(); i++) {
      Optional<Item> pairedWith = Optional.empty();
      if (goldOf[i] >= 0) {
        matched[goldOf[i]] = true;
        pairedWith = Optional.of(gold.get(goldOf[i]));
      }
      outcomes.add(new Outcome(pairedWith, Optional.of(predicted.get(i))));
    }
    for (int i = 0; i < gold.size(); i++) {
      if (!matched[i]) {
        outcomes.add(new Outcome(Optional.of(gold.get(i)), Optional.empty()));
      }
    }
    return outcomes;
  }

  /**
   * Returns, for each prediction, the gold item nervaluate 1.1.0 pairs it with, or -1: the first
   * unmatched gold item (in list order) whose span overlaps it by at least 1% of the gold span's
   * length. Every one of nervaluate's four strategies pairs this way once spans are not empty
   * (an exact span is a sufficient overlap); they differ only in how they count the pair.
   */
  static int[] nervaluate(List<Item> gold, List<Item> predicted) {
    int[] goldOf = new int[predicted.size()];
    boolean[] matched = new boolean[gold.size()];
    for (int i = 0; i < predicted.size(); i++) {
      goldOf[i] = -1;
      for (int j = 0; j < gold.size(); j++) {
        if (!matched[j] && sufficientOverlap(predicted.get(i).span(), gold.get(j).span())) {
          matched[j] = true;
          goldOf[i] = j;
          break;
        }
      }
    }
    return goldOf;
  }

  /**
   * Returns whether nervaluate's {@code _has_sufficient_overlap} holds at its default minimum of
   * 1.0 percent. nervaluate's ends are inclusive, so a half-open {@code [b, e)} is its
   * {@code (b, e - 1)}; the arithmetic is its own, in the same double precision.
   */
  private static boolean sufficientOverlap(Span predicted, Span gold) {
    int predictedEnd = predicted.end() - 1;
    int goldEnd = gold.end() - 1;
    if (predicted.begin() > goldEnd || predictedEnd < gold.begin()) {
      return false;
    }
    int overlap = Math.min(predictedEnd, goldEnd) - Math.max(predicted.begin(), gold.begin()) + 1;
    int goldLength = goldEnd - gold.begin() + 1;
    return (double) overlap / goldLength * 100.0 >= 1.0;
  }

  /**
   * Returns, for each prediction, the gold item the optimal assignment pairs it with, or -1. Only
   * overlapping spans can pair, so each group of spans linked by overlaps is assigned on its own.
   */
  static int[] optimal(List<Item> gold, List<Item> predicted) {
    return Assignment.maximiseByGroups(gold.size(), predicted.size(),
        (g, p) -> gold.get(g).span().overlaps(predicted.get(p).span()),
        (gs, ps) -> weights(gold, gs, predicted, ps));
  }

  /**
   * Returns the weight of each pair in one group, rows gold, columns predicted: zero when the spans
   * do not overlap, else one number whose digits, in mixed radix, are (exact span, same type,
   * overlapping characters, closeness to document order), each base larger than any total of the
   * digits below it, so that the largest total weight is the lexicographically best assignment.
   */
  private static BigInteger[][] weights(List<Item> gold, List<Integer> gs, List<Item> predicted,
      List<Integer> ps) {
    long pairs = Math.min(gs.size(), ps.size());
    BigInteger typeBase = BigInteger.valueOf(pairs + 1);
    long goldLength = 1;
    for (int i : gs) {
      goldLength += gold.get(i).span().length();
    }
    BigInteger overlapBase = BigInteger.valueOf(goldLength);
    BigInteger orderBase = BigInteger.valueOf(pairs * gs.size() * ps.size() + 1);
    BigInteger[][] w = new BigInteger[gs.size()][ps.size()];
    for (int a = 0; a < gs.size(); a++) {
      for (int b = 0; b < ps.size(); b++) {
        Span g = gold.get(gs.get(a)).span();
        Span p = predicted.get(ps.get(b)).span();
        if (!g.overlaps(p)) {
          w[a][b] = BigInteger.ZERO;
          continue;
        }
        long overlap = Math.min(g.end(), p.end()) - Math.max(g.begin(), p.begin());
        long order = (long) (gs.size() - a) * (ps.size() - b);
        w[a][b] = BigInteger.valueOf(g.equals(p) ? 1 : 0).multiply(typeBase)
            .add(BigInteger.valueOf(gold.get(gs.get(a)).type() == predicted.get(ps.get(b)).type() ? 1 : 0))
            .multiply(overlapBase).add(BigInteger.valueOf(overlap))
            .multiply(orderBase).add(BigInteger.valueOf(order));
      }
    }
    return w;
  }

  /** Returns the category of one outcome under a scheme (the table in {@link Scheme}). */
  private static int category(Scheme scheme, Outcome o) {
    if (o.predicted().isEmpty()) {
      return MISSED;
    }
    if (o.gold().isEmpty()) {
      return SPURIOUS;
    }
    boolean exact = o.gold().get().span().equals(o.predicted().get().span());
    boolean sameType = o.gold().get().type() == o.predicted().get().type();
    return switch (scheme) {
      case STRICT -> exact && sameType ? CORRECT : INCORRECT;
      case EXACT -> exact ? CORRECT : INCORRECT;
      case PARTIAL -> exact ? CORRECT : PARTIAL;
      case TYPE -> sameType ? CORRECT : INCORRECT;
    };
  }

  private static Counts count(Scheme scheme, List<Outcome> outcomes, Predicate<Outcome> which) {
    int[] c = new int[5];
    for (Outcome o : outcomes) {
      if (which.test(o)) {
        c[category(scheme, o)]++;
      }
    }
    return new Counts(c[CORRECT], c[INCORRECT], c[PARTIAL], c[MISSED], c[SPURIOUS]);
  }

  /** Returns the outcomes that are not correct under the scheme, as errors in document order. */
  private List<ScoringError> errors(Scheme scheme, List<Outcome> outcomes) {
    List<ScoringError> errors = new ArrayList<>();
    for (Outcome o : outcomes) {
      if (category(scheme, o) != CORRECT) {
        errors.add(error(o));
      }
    }
    errors.sort(Comparator.comparing(ScoringError::position)
        .thenComparing(ScoringError::kind).thenComparing(ScoringError::detail));
    return errors;
  }

  private ScoringError error(Outcome o) {
    Optional<Span> goldSpan = o.gold().map(Item::span);
    Optional<Span> predictedSpan = o.predicted().map(Item::span);
    List<String> parts = new ArrayList<>();
    o.gold().ifPresent(g -> parts.add(describe("gold", g)));
    o.predicted().ifPresent(p -> parts.add(describe("predicted", p)));
    String detail = String.join(", ", parts);
    if (o.gold().isEmpty()) {
      return new ScoringError(ScoringError.Kind.FALSE_POSITIVE, goldSpan, predictedSpan, detail);
    }
    if (o.predicted().isEmpty()) {
      return new ScoringError(ScoringError.Kind.FALSE_NEGATIVE, goldSpan, predictedSpan, detail);
    }
    boolean sameType = o.gold().get().type() == o.predicted().get().type();
    if (goldSpan.equals(predictedSpan)) {
      return new ScoringError(ScoringError.Kind.TYPE, goldSpan, predictedSpan, detail);
    }
    return new ScoringError(ScoringError.Kind.BOUNDARY, goldSpan, predictedSpan,
        detail + (sameType ? "" : " (and type)"));
  }

  private String describe(String side, Item item) {
    return side + " " + item.span() + " " + Messages.excerpt(text.substring(item.span().begin(),
        item.span().end())) + " " + item.type();
  }
}
