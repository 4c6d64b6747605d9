package io.github.newscorpus.eval;

import io.github.newscorpus.model.EntityType;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Holds the scores of predicted entity mentions against the gold name mentions, under each
 * {@link Scheme}: micro-averaged over all mentions, per entity type, and macro-averaged over the
 * types. The per-type counts add up to the overall counts: a matched or missed outcome belongs to
 * the gold mention's type, a spurious one to the predicted type. As a {@link Score} it stands for
 * the STRICT micro score.
 */
public final class EntityScore implements Score {

  private final Map<Scheme, Counts> micro = new EnumMap<>(Scheme.class);
  private final Map<EntityType, Map<Scheme, Counts>> byType = new EnumMap<>(EntityType.class);
  private final Map<Scheme, List<ScoringError>> errors = new EnumMap<>(Scheme.class);

  EntityScore(Map<EntityType, Map<Scheme, Counts>> byType, Map<Scheme, List<ScoringError>> errors) {
    for (Scheme s : Scheme.values()) {
      micro.put(s, new Counts(0, 0, 0, 0, 0));
      this.errors.put(s, List.copyOf(errors.get(s)));
    }
    byType.forEach((t, m) -> {
      this.byType.put(t, Map.copyOf(m));
      m.forEach((s, c) -> micro.merge(s, c, Counts::plus));
    });
  }

  /** Returns the counts over all mentions under {@code scheme}. */
  public Counts counts(Scheme scheme) {
    return micro.get(scheme);
  }

  /** Returns the micro-averaged ratios under {@code scheme}: every mention counts once. */
  public Ratios ratios(Scheme scheme) {
    return counts(scheme).ratios();
  }

  /**
   * Returns the counts for the mentions of one type (gold mentions of that type, predictions with
   * that type) under {@code scheme}; all zero when neither side has the type.
   */
  public Counts counts(Scheme scheme, EntityType type) {
    Map<Scheme, Counts> forType = byType.get(type);
    return forType == null ? new Counts(0, 0, 0, 0, 0) : forType.get(scheme);
  }

  /** Returns the types that the gold or the predictions have, in declaration order. */
  public List<EntityType> types() {
    return List.copyOf(byType.keySet());
  }

  /**
   * Returns the macro-averaged ratios under {@code scheme}: the mean of each type's precision,
   * recall and F1, over the types the gold or the predictions have; all 1 when there are none.
   */
  public Ratios macro(Scheme scheme) {
    if (byType.isEmpty()) {
      return new Ratios(1, 1, 1);
    }
    double p = 0;
    double r = 0;
    double f = 0;
    for (EntityType t : byType.keySet()) {
      Ratios x = counts(scheme, t).ratios();
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
    return errors.get(scheme);
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
        return "entities, " + scheme + ": " + counts(scheme);
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

  /** Returns one line per scheme with its micro ratios. */
  @Override
  public String toString() {
    StringBuilder s = new StringBuilder("EntityScore[");
    for (Scheme scheme : Scheme.values()) {
      s.append(scheme == Scheme.STRICT ? "" : "; ").append(scheme).append(' ').append(ratios(scheme));
    }
    return s.append(", ").append(errors().size()).append(" errors]").toString();
  }
}
