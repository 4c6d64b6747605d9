package io.github.newscorpus.eval;

import io.github.newscorpus.model.Article;
import io.github.newscorpus.model.MentionKind;
import io.github.newscorpus.model.Sentence;
import io.github.newscorpus.model.Token;
import java.util.List;
import java.util.Objects;

/**
 * Scores a system's predictions for one article against the article's gold annotation.
 *
 * <pre>{@code
 * Evaluation gold = Evaluation.of(Corpus.bundled().articles().get(0));
 * EntityScore ner = gold.entities(predicted);
 * ScoreAssertions.assertThat(ner.scheme(Scheme.PARTIAL)).f1AtLeast(0.8);
 * }</pre>
 *
 * <p>Immutable and safe to share between threads.
 */
public final class Evaluation {

  private final Article gold;
  private final Subset subset;

  private Evaluation(Article gold, Subset subset) {
    this.gold = gold;
    this.subset = subset;
  }

  /** Returns an evaluation against {@code gold} that scores every item ({@link Subset#ALL}). */
  public static Evaluation of(Article gold) {
    return new Evaluation(Objects.requireNonNull(gold, "gold must not be null"), Subset.ALL);
  }

  /**
   * Returns an evaluation against the same gold that scores only the entity mentions and quotes
   * in {@code subset}, on both sides; sentences and tokens are always scored whole, and
   * coreference is scoped by {@link CorefScope} instead (a subset other than {@link Subset#ALL}
   * makes {@link #coreference} throw rather than ignore it).
   */
  public Evaluation within(Subset subset) {
    return new Evaluation(gold, Objects.requireNonNull(subset, "subset must not be null"));
  }

  /**
   * Scores predicted mentions against the gold name mentions (nominal and pronoun mentions are
   * coreference, not entity recognition, and are left out), under every {@link Scheme}, paired by
   * the {@link Matching#OPTIMAL} assignment.
   */
  public EntityScore entities(Annotations predicted) {
    return entities(predicted, Matching.OPTIMAL);
  }

  /**
   * Scores predicted mentions against the gold name mentions, as {@link #entities(Annotations)}
   * does, paired by {@code matching}: {@link Matching#NERVALUATE} reproduces nervaluate's figures.
   */
  public EntityScore entities(Annotations predicted, Matching matching) {
    check(predicted);
    Objects.requireNonNull(matching, "matching must not be null");
    List<EntityScorer.Item> goldItems = gold.mentions().stream()
        .filter(m -> m.kind() == MentionKind.NAME)
        .filter(m -> subset.inParagraphs(gold, List.of(m.span())))
        .map(m -> new EntityScorer.Item(m.span(), m.entity().type()))
        .toList();
    List<EntityScorer.Item> predictedItems = predicted.mentions().stream()
        .filter(m -> subset.inParagraphs(gold, List.of(m.span())))
        .map(m -> new EntityScorer.Item(m.span(), m.type()))
        .toList();
    return new EntityScorer(gold.text()).score(goldItems, predictedItems, matching);
  }

  /**
   * Scores predicted quotes against the gold quotes at an overlap {@code threshold}, such as
   * {@link QuoteOverlap#LENIENT} or {@link QuoteOverlap#STRICT}; the matching never depends on the
   * order of the predictions.
   */
  public QuoteScore quotes(Annotations predicted, QuoteOverlap threshold) {
    check(predicted);
    Objects.requireNonNull(threshold, "threshold must not be null");
    return new QuoteScorer(gold).score(predicted.quotes(), threshold, subset);
  }

  /** Scores predicted sentences against the gold sentences, by their end boundaries. */
  public BoundaryScore sentences(Annotations predicted) {
    check(predicted);
    return BoundaryScore.of("sentences", gold.text(),
        gold.sentences().stream().map(Sentence::span).toList(), predicted.sentences());
  }

  /**
   * Scores predicted tokens against the gold tokens by exact span.
   *
   * @throws IllegalStateException when the gold article has no tokens
   */
  public SpanScore tokens(Annotations predicted) {
    check(predicted);
    if (gold.tokens().isEmpty()) {
      throw new IllegalStateException("article " + gold.id() + " has no gold tokens to score against");
    }
    return SpanScore.of("tokens", gold.text(), gold.tokens().stream().map(Token::span).toList(),
        predicted.tokens());
  }

  /**
   * Scores predicted clusters against the gold chains in {@code scope} by every {@link CorefMetric}
   * and the CoNLL-2012 average, as the reference CoNLL-2012 scorer (v8.01; LEA from its LEA
   * branch) scores them. A gold chain is one entity's mentions of every kind, singletons included.
   * Mentions match by exact span; a predicted mention no gold mention has is twinless and counts on
   * the predicted side only, and a gold mention no cluster has counts on the gold side only. A span
   * given more than once counts once, in the cluster whose first mention comes first (by begin,
   * then end; ties in the order given). A ratio with a zero denominator is 0, as in the reference
   * scorer, so an empty prediction scores 0, and so does anything against an empty gold.
   *
   * @throws IllegalStateException when this evaluation is {@link #within} a subset: chains cross
   *     paragraphs, so coreference takes a {@link CorefScope} instead
   */
  public CorefScore coreference(Clusters predicted, CorefScope scope) {
    Objects.requireNonNull(predicted, "predicted must not be null");
    Objects.requireNonNull(scope, "scope must not be null");
    if (!subset.equals(Subset.ALL)) {
      throw new IllegalStateException("coreference is scored over whole chains, not within "
          + subset + "; use Evaluation.of(article).coreference(predicted, scope)");
    }
    if (!predicted.text().equals(gold.text())) {
      throw new IllegalArgumentException("the clusters are for another text (length "
          + predicted.text().length() + ") than article " + gold.id() + " (length "
          + gold.text().length() + ")");
    }
    return CorefScorer.score(gold, predicted, scope);
  }

  private void check(Annotations predicted) {
    Objects.requireNonNull(predicted, "predicted must not be null");
    if (!predicted.text().equals(gold.text())) {
      throw new IllegalArgumentException("the predictions are for another text (length "
          + predicted.text().length() + ") than article " + gold.id() + " (length "
          + gold.text().length() + ")");
    }
  }
}
