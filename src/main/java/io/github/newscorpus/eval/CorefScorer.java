package io.github.newscorpus.eval;

import io.github.newscorpus.internal.Messages;
import io.github.newscorpus.model.Article;
import io.github.newscorpus.model.Entity;
import io.github.newscorpus.model.EntityType;
import io.github.newscorpus.model.Mention;
import io.github.newscorpus.model.Span;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Scores predicted clusters against an article's gold chains: builds the key and the response as
 * the reference CoNLL-2012 scorer reads them, hands them to {@link CorefMetrics}, and names the
 * split and merged chains.
 */
final class CorefScorer {

  /** By begin, then shorter first: the order in which the reference scorer meets clusters. */
  private static final Comparator<Span> FIRST = Comparator.comparingInt(Span::begin)
      .thenComparingInt(Span::end);

  /** A gold chain or a predicted cluster: its id and its distinct spans. */
  private record Chain(String id, List<Span> spans) {
    Span first() {
      return spans.stream().min(FIRST).orElseThrow();
    }
  }

  private final String text;
  private final List<Chain> key = new ArrayList<>();
  private final List<Chain> response = new ArrayList<>();
  /** Each span's mention id: key mentions first, then the response's twinless ones. */
  private final Map<Span, Integer> ids = new HashMap<>();

  private CorefScorer(Article gold, Clusters predicted, CorefScope scope) {
    text = gold.text();
    for (Entity e : gold.entities()) {
      if (scope == CorefScope.ALL || e.type() == EntityType.PERSON
          || e.type() == EntityType.UNNAMED_SOURCE) {
        List<Span> spans = new ArrayList<>();
        for (Mention m : gold.mentionsOf(e)) {
          if (ids.putIfAbsent(m.span(), ids.size()) == null) {
            spans.add(m.span());
          }
        }
        if (!spans.isEmpty()) {
          key.add(new Chain(e.id(), spans));
        }
      }
    }
    Map<String, List<Span>> byCluster = new LinkedHashMap<>();
    for (ClusterMention m : predicted.mentions()) {
      byCluster.computeIfAbsent(m.cluster(), c -> new ArrayList<>()).add(m.span());
    }
    List<Chain> clusters = new ArrayList<>();
    byCluster.forEach((id, spans) -> clusters.add(new Chain(id, spans)));
    if (scope != CorefScope.ALL) {
      clusters.removeIf(c -> c.spans().stream().noneMatch(ids::containsKey));
    }
    // A stable sort: clusters whose first mentions are equal keep the order given.
    clusters.sort(Comparator.comparing(Chain::first, FIRST));
    Set<Span> seen = new HashSet<>();
    for (Chain c : clusters) {
      List<Span> spans = c.spans().stream().filter(seen::add).toList();
      if (!spans.isEmpty()) {
        response.add(new Chain(c.id(), spans));
        spans.forEach(s -> ids.putIfAbsent(s, ids.size()));
      }
    }
  }

  /** Returns the scores of {@code predicted} against {@code gold}'s chains in {@code scope}. */
  static CorefScore score(Article gold, Clusters predicted, CorefScope scope) {
    return new CorefScorer(gold, predicted, scope).score(scope);
  }

  private CorefScore score(CorefScope scope) {
    CorefMetrics metrics = new CorefMetrics(mentionIds(key), mentionIds(response));
    List<CorefError> errors = new ArrayList<>();
    errors.addAll(errors(CorefError.Kind.SPLIT, key, response, "is split over"));
    errors.addAll(errors(CorefError.Kind.MERGED, response, key, "merges"));
    errors.sort(Comparator.comparing(CorefError::at, FIRST).thenComparing(CorefError::kind));
    return new CorefScore(scope, metrics.all(), metrics.mentions(), errors);
  }

  private int[][] mentionIds(List<Chain> chains) {
    return chains.stream()
        .map(c -> c.spans().stream().mapToInt(ids::get).toArray())
        .toArray(int[][]::new);
  }

  /** Returns an error for each chain of {@code whole} whose mentions lie in several of {@code parts}. */
  private List<CorefError> errors(CorefError.Kind kind, List<Chain> whole, List<Chain> parts,
      String verb) {
    Map<Span, Chain> partOf = new HashMap<>();
    parts.forEach(p -> p.spans().forEach(s -> partOf.put(s, p)));
    List<CorefError> errors = new ArrayList<>();
    for (Chain c : whole) {
      Map<Chain, List<Span>> pieces = new LinkedHashMap<>();
      c.spans().stream().sorted(FIRST).filter(partOf::containsKey)
          .forEach(s -> pieces.computeIfAbsent(partOf.get(s), p -> new ArrayList<>()).add(s));
      if (pieces.size() < 2) {
        continue;
      }
      String detail = c.id() + " " + verb + " " + pieces.entrySet().stream()
          .map(p -> p.getKey().id() + " {" + p.getValue().stream()
              .map(s -> Messages.excerpt(text.substring(s.begin(), s.end())))
              .collect(Collectors.joining(", ")) + "}")
          .collect(Collectors.joining(", "));
      List<String> pieceIds = pieces.keySet().stream().map(Chain::id).toList();
      errors.add(kind == CorefError.Kind.SPLIT
          ? new CorefError(kind, c.first(), List.of(c.id()), pieceIds, detail)
          : new CorefError(kind, c.first(), pieceIds, List.of(c.id()), detail));
    }
    return errors;
  }
}
