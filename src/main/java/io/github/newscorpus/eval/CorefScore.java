package io.github.newscorpus.eval;

import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * Holds the coreference scores of predicted clusters against an article's gold chains: every
 * {@link CorefMetric}, the CoNLL-2012 average, mention identification, and the split and merged
 * chains. Each {@link Ratios} holds the figures the reference scorer prints; for BLANC, F1 is its
 * mean of two F1s, not the harmonic mean of its precision and recall.
 *
 * @param scope which gold chains were scored
 * @param metrics precision, recall and F1 of every metric, in the order of {@link CorefMetric}
 * @param mentions mention identification: predicted spans equal to a gold mention's
 * @param errors every split and merged chain, in order of the first mention involved
 */
public record CorefScore(CorefScope scope, Map<CorefMetric, Ratios> metrics, Ratios mentions,
    List<CorefError> errors) {

  /** Checks that every metric is present and copies the map and the errors. */
  public CorefScore {
    Objects.requireNonNull(scope, "scope must not be null");
    Objects.requireNonNull(mentions, "mentions must not be null");
    for (CorefMetric m : CorefMetric.values()) {
      if (!metrics.containsKey(m)) {
        throw new IllegalArgumentException("metrics must have every metric; " + m + " is missing");
      }
    }
    metrics = Collections.unmodifiableMap(new EnumMap<>(metrics));
    errors = List.copyOf(errors);
  }

  /** Returns precision, recall and F1 of {@code metric}. */
  public Ratios metric(CorefMetric metric) {
    return metrics.get(Objects.requireNonNull(metric, "metric must not be null"));
  }

  /** Returns the CoNLL-2012 score: the mean F1 of MUC, B³ and CEAFₑ. */
  public double conll() {
    return (metric(CorefMetric.MUC).f1() + metric(CorefMetric.B_CUBED).f1()
        + metric(CorefMetric.CEAF_E).f1()) / 3;
  }

  /** Returns the errors of one kind, in order; empty when there are none. */
  public List<CorefError> errors(CorefError.Kind kind) {
    return errors.stream().filter(e -> e.kind() == kind).toList();
  }

  /**
   * Returns a table for a test report: a line for mention identification and for each metric,
   * then the CoNLL average and the number of errors.
   */
  public String report() {
    StringBuilder s = new StringBuilder("coreference (").append(scope).append(")\n");
    s.append(String.format(Locale.ROOT, "  %-8s %s%n", "mentions", mentions));
    metrics.forEach((m, r) -> s.append(String.format(Locale.ROOT, "  %-8s %s%n", m, r)));
    s.append(String.format(Locale.ROOT, "  CoNLL F1 %.3f, %d split, %d merged", conll(),
        errors(CorefError.Kind.SPLIT).size(), errors(CorefError.Kind.MERGED).size()));
    return s.toString();
  }

  /** Returns one line: the scope, the CoNLL average, each metric's F1 and how many errors. */
  @Override
  public String toString() {
    StringBuilder s = new StringBuilder("CorefScore[").append(scope)
        .append(String.format(Locale.ROOT, ": CoNLL F1 %.3f", conll()));
    metrics.forEach((m, r) -> s.append(String.format(Locale.ROOT, ", %s %.3f", m, r.f1())));
    return s.append(String.format(Locale.ROOT, ", mentions %.3f, %d split, %d merged]",
        mentions.f1(), errors(CorefError.Kind.SPLIT).size(),
        errors(CorefError.Kind.MERGED).size())).toString();
  }
}
