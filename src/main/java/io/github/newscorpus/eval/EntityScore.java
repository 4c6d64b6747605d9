package io.github.newscorpus.eval;

import io.github.newscorpus.internal.Show;
import io.github.newscorpus.model.EntityType;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * Holds the scores of predicted entity mentions against the gold name mentions, under each
 * {@link Scheme}: micro-averaged over all mentions, per entity type, and macro-averaged over the
 * types. As a {@link Score} it stands for the STRICT micro score.
 *
 * <p>Per type, a prediction counts for its own (predicted) type's precision and a gold mention
 * for its own type's recall; a mistyped match therefore lowers the precision of the type it was
 * given and, under STRICT and TYPE, the recall of the type it should have had. Under
 * {@link Matching#OPTIMAL} the per-type figures come from the one matching, so the gold sides of
 * the types add up to the overall counts without spurious predictions and the predicted sides
 * without missed gold mentions. Under {@link Matching#NERVALUATE} each type is matched again
 * among its own mentions, as nervaluate does, and the sums need not agree.
 */
public final class EntityScore implements Score {

  private static final TypeCounts NONE = new TypeCounts(new Counts(0, 0, 0, 0, 0),
      new Counts(0, 0, 0, 0, 0));

  private final Matching matching;
  private final Map<Scheme, Counts> micro;
  private final Map<EntityType, Map<Scheme, TypeCounts>> byType;
  private final Map<Scheme, List<ScoringError>> errors = new EnumMap<>(Scheme.class);

  EntityScore(Matching matching, Map<Scheme, Counts> micro,
      Map<EntityType, Map<Scheme, TypeCounts>> byType, Map<Scheme, List<ScoringError>> errors) {
    this.matching = matching;
    this.micro = new EnumMap<>(micro);
    this.byType = new EnumMap<>(EntityType.class);
    byType.forEach((t, m) -> this.byType.put(t, new EnumMap<>(m)));
    errors.forEach((s, list) -> this.errors.put(s, List.copyOf(list)));
  }

  /** Returns the matching the predictions were paired by. */
  public Matching matching() {
    return matching;
  }

  /** Returns the counts over all mentions under {@code scheme}. */
  public Counts counts(Scheme scheme) {
    return micro.get(Objects.requireNonNull(scheme, "scheme must not be null"));
  }

  /** Returns the micro-averaged ratios under {@code scheme}: every mention counts once. */
  public Ratios ratios(Scheme scheme) {
    return counts(scheme).ratios();
  }

  /**
   * Returns the counts for one type under {@code scheme}: how the gold mentions of that type fared
   * and how the predictions given that type fared (see the class comment for a mistyped match);
   * all zero when neither side has the type.
   */
  public TypeCounts counts(Scheme scheme, EntityType type) {
    Objects.requireNonNull(scheme, "scheme must not be null");
    Map<Scheme, TypeCounts> forType = byType.get(Objects.requireNonNull(type, "type must not be null"));
    return forType == null ? NONE : forType.get(scheme);
  }

  /**
   * Returns the ratios for one type under {@code scheme}: precision over the predictions given
   * that type, recall over the gold mentions of that type; all 1 when neither side has the type.
   */
  public Ratios ratios(Scheme scheme, EntityType type) {
    return counts(scheme, type).ratios();
  }

  /**
   * Returns every type that a gold mention or a prediction has, in declaration order; empty when
   * both sides are empty.
   */
  public List<EntityType> types() {
    return List.copyOf(byType.keySet());
  }

  /**
   * Returns the macro-averaged ratios under {@code scheme}: the mean of each type's precision,
   * recall and F1 over {@link #types()}; all 1 when there are none.
   */
  public Ratios macro(Scheme scheme) {
    if (byType.isEmpty()) {
      return new Ratios(1, 1, 1);
    }
    double p = 0;
    double r = 0;
    double f = 0;
    for (EntityType t : byType.keySet()) {
      Ratios x = ratios(scheme, t);
      p += x.precision();
      r += x.recall();
      f += x.f1();
    }
    int n = byType.size();
    return new Ratios(p / n, r / n, f / n);
  }

  /**
   * Returns the errors under {@code scheme}, in document order: the outcomes that are not correct
   * under it (under EXACT a wrong type is no error; under TYPE a shifted boundary of the right type
   * is none).
   */
  public List<ScoringError> errors(Scheme scheme) {
    return errors.get(Objects.requireNonNull(scheme, "scheme must not be null"));
  }

  /** Returns this score seen under one scheme, micro-averaged, with that scheme's errors. */
  public Score scheme(Scheme scheme) {
    return new Score() {
      @Override
      public Ratios ratios() {
        return EntityScore.this.ratios(scheme);
      }

      @Override
      public List<ScoringError> errors() {
        return EntityScore.this.errors(scheme);
      }

      @Override
      public String description() {
        return "entities, " + scheme + (matching == Matching.OPTIMAL ? "" : " (" + matching + ")")
            + ": " + counts(scheme);
      }
    };
  }

  /** Returns the STRICT micro-averaged ratios. */
  @Override
  public Ratios ratios() {
    return ratios(Scheme.STRICT);
  }

  /** Returns the STRICT errors: every difference from the gold. */
  @Override
  public List<ScoringError> errors() {
    return errors(Scheme.STRICT);
  }

  @Override
  public String description() {
    return scheme(Scheme.STRICT).description();
  }

  /**
   * Returns one line: STRICT's micro ratios, the other schemes' F1 and how many STRICT errors,
   * such as {@code EntityScore[STRICT P 0.266, R 0.316, F1 0.289; EXACT F1 0.914; …; 171 errors]}.
   */
  @Override
  public String toString() {
    StringBuilder s = new StringBuilder("EntityScore[");
    if (matching != Matching.OPTIMAL) {
      s.append(matching).append("; ");
    }
    s.append(Scheme.STRICT).append(' ').append(ratios(Scheme.STRICT));
    for (Scheme scheme : Scheme.values()) {
      if (scheme != Scheme.STRICT) {
        s.append(String.format(Locale.ROOT, "; %s F1 %.3f", scheme, ratios(scheme).f1()));
      }
    }
    return s.append("; ").append(Show.count(errors().size(), "error")).append(']').toString();
  }
}
