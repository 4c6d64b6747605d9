package io.github.newscorpus.eval;

import io.github.newscorpus.internal.Messages;
import io.github.newscorpus.internal.Show;
import io.github.newscorpus.model.Article;
import io.github.newscorpus.model.Mention;
import io.github.newscorpus.model.Quote;
import io.github.newscorpus.model.Span;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Matches predicted quotes to gold quotes one to one: among the pairs whose overlap reaches the
 * threshold, the assignment with the most pairs, then the largest total overlap (exact
 * rationals), then the most speakers right; ties go to the pairing closest to document order.
 * Predictions are first put in a canonical order, so the result never depends on their order.
 */
final class QuoteScorer {

  private static final Comparator<Optional<Span>> OPTIONAL_SPAN =
      Comparator.comparing(o -> o.orElse(null), Comparator.nullsFirst(Comparator.naturalOrder()));
  private static final Comparator<PredictedQuote> CANONICAL = Comparator
      .comparing((PredictedQuote q) -> q.segments(), QuoteScorer::compareSegments)
      .thenComparing(PredictedQuote::kind,
          Comparator.comparing(o -> o.orElse(null), Comparator.nullsFirst(Comparator.naturalOrder())))
      .thenComparing(PredictedQuote::speaker, OPTIONAL_SPAN)
      .thenComparing(PredictedQuote::cue, OPTIONAL_SPAN);

  private final Article article;

  QuoteScorer(Article article) {
    this.article = article;
  }

  QuoteScore score(List<PredictedQuote> predictedInAnyOrder, QuoteOverlap threshold, Subset scope) {
    List<Quote> gold = article.quotes().stream()
        .filter(q -> scope.inParagraphs(article, q.segments())).toList();
    List<PredictedQuote> predicted = predictedInAnyOrder.stream()
        .filter(q -> scope.inParagraphs(article, q.segments())).sorted(CANONICAL).toList();
    int[] goldOf = assign(gold, predicted, threshold.minimum());
    boolean[] goldMatched = new boolean[gold.size()];
    List<ScoringError> errors = new ArrayList<>();
    int[] speaker = new int[2];
    int[] cue = new int[2];
    int[] kind = new int[2];
    int matched = 0;
    int goldScored = (int) gold.stream().filter(q -> scope.quoteKinds().contains(q.kind())).count();
    int predictedScored = 0;
    for (int p = 0; p < predicted.size(); p++) {
      boolean scored = goldOf[p] >= 0 ? scope.quoteKinds().contains(gold.get(goldOf[p]).kind())
          : predicted.get(p).kind().map(scope.quoteKinds()::contains).orElse(true);
      if (goldOf[p] >= 0) {
        goldMatched[goldOf[p]] = true;
      }
      if (!scored) {
        continue;
      }
      predictedScored++;
      if (goldOf[p] >= 0) {
        matched++;
        Quote g = gold.get(goldOf[p]);
        judge(g, predicted.get(p), overlap(g.segments(), predicted.get(p).segments()), errors,
            speaker, cue, kind);
      } else {
        PredictedQuote q = predicted.get(p);
        errors.add(new ScoringError(ScoringError.Kind.FALSE_POSITIVE, Optional.empty(),
            Optional.of(extent(q.segments())), "predicted " + excerpt(q.segments())));
      }
    }
    for (int g = 0; g < gold.size(); g++) {
      if (!goldMatched[g] && scope.quoteKinds().contains(gold.get(g).kind())) {
        Quote q = gold.get(g);
        errors.add(new ScoringError(ScoringError.Kind.FALSE_NEGATIVE, Optional.of(q.span()),
            Optional.empty(), "gold " + describe(q)));
      }
    }
    errors.sort(Comparator.comparing(ScoringError::position).thenComparing(ScoringError::kind)
        .thenComparing(ScoringError::detail));
    return new QuoteScore(threshold, matched, goldScored, predictedScored,
        new Accuracy(speaker[0], speaker[1]), new Accuracy(cue[0], cue[1]), new Accuracy(kind[0], kind[1]),
        errors);
  }

  /**
   * Returns, for each prediction, the gold quote it is matched to, or -1. Each group of quotes
   * linked by pairs at the threshold is assigned on its own.
   */
  private int[] assign(List<Quote> gold, List<PredictedQuote> predicted, double threshold) {
    long[][][] ratio = new long[gold.size()][predicted.size()][];
    return Assignment.maximiseByGroups(gold.size(), predicted.size(), (g, p) -> {
      long[] r = bothAndEither(gold.get(g).segments(), predicted.get(p).segments());
      if (r[1] > 0 && (double) r[0] / r[1] >= threshold && r[0] > 0) {
        ratio[g][p] = r;
        return true;
      }
      return false;
    }, (gs, ps) -> weights(gold, gs, predicted, ps, ratio));
  }

  /**
   * Returns the weight of each pair in one group, rows gold, columns predicted: zero below the
   * threshold, else one number whose digits, in mixed radix, are (a pair, its overlap times the
   * common denominator of the group's overlaps, the speaker right, closeness to document order),
   * each base larger than any total of the digits below it.
   */
  private BigInteger[][] weights(List<Quote> gold, List<Integer> gs, List<PredictedQuote> predicted,
      List<Integer> ps, long[][][] ratio) {
    BigInteger denominator = BigInteger.ONE;
    for (int g : gs) {
      for (int p : ps) {
        if (ratio[g][p] != null) {
          BigInteger either = BigInteger.valueOf(ratio[g][p][1]);
          denominator = denominator.divide(denominator.gcd(either)).multiply(either);
        }
      }
    }
    BigInteger pairs = BigInteger.valueOf(Math.min(gs.size(), ps.size()));
    BigInteger overlapBase = pairs.multiply(denominator).add(BigInteger.ONE);
    BigInteger speakerBase = pairs.add(BigInteger.ONE);
    BigInteger orderBase = pairs.multiply(BigInteger.valueOf((long) gs.size() * ps.size()))
        .add(BigInteger.ONE);
    BigInteger[][] w = new BigInteger[gs.size()][ps.size()];
    for (int a = 0; a < gs.size(); a++) {
      for (int b = 0; b < ps.size(); b++) {
        long[] r = ratio[gs.get(a)][ps.get(b)];
        if (r == null) {
          w[a][b] = BigInteger.ZERO;
          continue;
        }
        BigInteger overlap = BigInteger.valueOf(r[0]).multiply(denominator)
            .divide(BigInteger.valueOf(r[1]));
        int speakerRight = speakerRight(gold.get(gs.get(a)), predicted.get(ps.get(b))) ? 1 : 0;
        long order = (long) (gs.size() - a) * (ps.size() - b);
        w[a][b] = overlapBase.add(overlap).multiply(speakerBase).add(BigInteger.valueOf(speakerRight))
            .multiply(orderBase).add(BigInteger.valueOf(order));
      }
    }
    return w;
  }

  private static int compareSegments(List<Span> a, List<Span> b) {
    for (int i = 0; i < Math.min(a.size(), b.size()); i++) {
      int c = a.get(i).compareTo(b.get(i));
      if (c != 0) {
        return c;
      }
    }
    return Integer.compare(a.size(), b.size());
  }

  /** Returns whether the prediction names the gold quote's speaker (false when it has none). */
  private boolean speakerRight(Quote g, PredictedQuote p) {
    return g.speaker().isPresent() && p.speaker().flatMap(this::mostOverlapped)
        .filter(m -> m.entity().equals(g.speaker().get())).isPresent();
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
      Optional<Mention> named = p.speaker().flatMap(this::mostOverlapped);
      speaker[1]++;
      if (speakerRight(g, p)) {
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
    long[] r = bothAndEither(a, b);
    return r[1] == 0 ? 0 : (double) r[0] / r[1];
  }

  /** Returns {characters in both, characters in either}; segments are sorted and disjoint. */
  static long[] bothAndEither(List<Span> a, List<Span> b) {
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
    return new long[] {both, length(a) + length(b) - both};
  }

  private static long length(List<Span> spans) {
    return spans.stream().mapToLong(Span::length).sum();
  }

  private static Span extent(List<Span> segments) {
    return new Span(segments.get(0).begin(), segments.get(segments.size() - 1).end());
  }

  private String describe(Quote q) {
    return q.id() + " " + excerpt(q.segments()) + q.speaker().map(s -> " by " + s.name())
        .orElse("");
  }

  /** Returns the segments' text, joined by " … ", as an excerpt short enough for one line. */
  private String excerpt(List<Span> segments) {
    return Show.brief(String.join(" … ", segments.stream().map(article::text).toList()), 36);
  }

  private String excerpt(Span span) {
    return Messages.excerpt(article.text(span));
  }
}
