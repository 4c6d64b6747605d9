package io.github.newscorpus.eval;

import io.github.newscorpus.internal.Messages;
import io.github.newscorpus.model.Article;
import io.github.newscorpus.model.Entity;
import io.github.newscorpus.model.Mention;
import io.github.newscorpus.model.Quote;
import io.github.newscorpus.model.Span;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Matches predicted quotes to gold quotes one to one, greedily by overlap: the pair with the
 * largest overlap first (ties by gold, then predicted document order), as long as the overlap
 * reaches the threshold.
 */
final class QuoteScorer {

  private record Pair(int gold, int predicted, double overlap) {}

  private final Article article;

  QuoteScorer(Article article) {
    this.article = article;
  }

  QuoteScore score(List<PredictedQuote> predicted, double threshold) {
    if (!(threshold > 0 && threshold <= 1)) {
      throw new IllegalArgumentException("threshold (" + threshold + ") must be in (0, 1]");
    }
    List<Quote> gold = article.quotes();
    List<Pair> pairs = new ArrayList<>();
    for (int g = 0; g < gold.size(); g++) {
      for (int p = 0; p < predicted.size(); p++) {
        double overlap = overlap(gold.get(g).segments(), predicted.get(p).segments());
        if (overlap >= threshold) {
          pairs.add(new Pair(g, p, overlap));
        }
      }
    }
    pairs.sort(Comparator.comparingDouble(Pair::overlap).reversed()
        .thenComparingInt(Pair::gold).thenComparingInt(Pair::predicted));
    int[] goldMatch = new int[gold.size()];
    int[] predictedMatch = new int[predicted.size()];
    Arrays.fill(goldMatch, -1);
    Arrays.fill(predictedMatch, -1);
    List<Pair> matched = new ArrayList<>();
    for (Pair pair : pairs) {
      if (goldMatch[pair.gold()] < 0 && predictedMatch[pair.predicted()] < 0) {
        goldMatch[pair.gold()] = pair.predicted();
        predictedMatch[pair.predicted()] = pair.gold();
        matched.add(pair);
      }
    }
    List<ScoringError> errors = new ArrayList<>();
    int[] speaker = new int[2];
    int[] cue = new int[2];
    int[] kind = new int[2];
    for (Pair pair : matched) {
      judge(gold.get(pair.gold()), predicted.get(pair.predicted()), pair.overlap(), errors, speaker, cue, kind);
    }
    for (int g = 0; g < gold.size(); g++) {
      if (goldMatch[g] < 0) {
        Quote q = gold.get(g);
        errors.add(new ScoringError(ScoringError.Kind.FALSE_NEGATIVE, Optional.of(q.span()),
            Optional.empty(), "gold " + describe(q)));
      }
    }
    for (int p = 0; p < predicted.size(); p++) {
      if (predictedMatch[p] < 0) {
        PredictedQuote q = predicted.get(p);
        errors.add(new ScoringError(ScoringError.Kind.FALSE_POSITIVE, Optional.empty(),
            Optional.of(extent(q.segments())), "predicted " + excerpt(q.segments())));
      }
    }
    errors.sort(Comparator.comparing(ScoringError::position));
    return new QuoteScore(threshold, matched.size(), gold.size(), predicted.size(),
        new Accuracy(speaker[0], speaker[1]), new Accuracy(cue[0], cue[1]), new Accuracy(kind[0], kind[1]),
        errors);
  }

  private void judge(Quote g, PredictedQuote p, double overlap, List<ScoringError> errors,
      int[] speaker, int[] cue, int[] kind) {
    Optional<Span> at = Optional.of(g.span());
    Optional<Span> predictedAt = Optional.of(extent(p.segments()));
    if (overlap < 1) {
      errors.add(new ScoringError(ScoringError.Kind.BOUNDARY, at, predictedAt, String.format(
          "gold %s, predicted %s (overlap %.2f)", describe(g), excerpt(p.segments()), overlap)));
    }
    if (g.speaker().isPresent()) {
      Entity who = g.speaker().get();
      Optional<Mention> named = p.speaker().flatMap(this::mostOverlapped);
      speaker[1]++;
      if (named.isPresent() && named.get().entity().equals(who)) {
        speaker[0]++;
      } else {
        errors.add(new ScoringError(ScoringError.Kind.SPEAKER, at, predictedAt, "gold " + describe(g)
            + ", predicted speaker " + p.speaker().map(this::excerpt).orElse("none")
            + named.map(m -> " (" + m.entity().name() + ")").orElse("")));
      }
    }
    if (g.cue().isPresent()) {
      cue[1]++;
      if (p.cue().equals(g.cue())) {
        cue[0]++;
      } else {
        errors.add(new ScoringError(ScoringError.Kind.CUE, at, predictedAt, "gold cue "
            + excerpt(g.cue().get()) + " " + g.cue().get() + ", predicted "
            + p.cue().map(c -> excerpt(c) + " " + c).orElse("none")));
      }
    }
    if (p.kind().isPresent()) {
      kind[1]++;
      if (p.kind().get() == g.kind()) {
        kind[0]++;
      } else {
        errors.add(new ScoringError(ScoringError.Kind.TYPE, at, predictedAt, "gold " + g.kind()
            + " " + describe(g) + ", predicted " + p.kind().get()));
      }
    }
  }

  /**
   * Returns the gold mention (of any entity, any kind) that the span overlaps most, the first on
   * ties; empty when it overlaps none.
   */
  private Optional<Mention> mostOverlapped(Span span) {
    Mention best = null;
    int bestOverlap = 0;
    for (Mention m : article.mentions().overlapping(span)) {
      int overlap = Math.min(m.span().end(), span.end()) - Math.max(m.span().begin(), span.begin());
      if (overlap > bestOverlap) {
        best = m;
        bestOverlap = overlap;
      }
    }
    return Optional.ofNullable(best);
  }

  /** Returns characters in both over characters in either; segments are sorted and disjoint. */
  static double overlap(List<Span> a, List<Span> b) {
    long both = 0;
    int i = 0;
    int j = 0;
    while (i < a.size() && j < b.size()) {
      Span x = a.get(i);
      Span y = b.get(j);
      both += Math.max(0, Math.min(x.end(), y.end()) - Math.max(x.begin(), y.begin()));
      if (x.end() < y.end()) {
        i++;
      } else {
        j++;
      }
    }
    long either = length(a) + length(b) - both;
    return either == 0 ? 0 : (double) both / either;
  }

  private static long length(List<Span> spans) {
    return spans.stream().mapToLong(Span::length).sum();
  }

  private static Span extent(List<Span> segments) {
    return new Span(segments.get(0).begin(), segments.get(segments.size() - 1).end());
  }

  private String describe(Quote q) {
    return q.id() + " " + excerpt(q.segments()) + q.speaker().map(s -> " by " + s.name()).orElse("");
  }

  private String excerpt(List<Span> segments) {
    return Messages.excerpt(String.join(" … ", segments.stream().map(article::text).toList()));
  }

  private String excerpt(Span span) {
    return Messages.excerpt(article.text(span));
  }
}
