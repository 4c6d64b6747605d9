package io.github.newscorpus.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.newscorpus.Corpus;
import io.github.newscorpus.eval.Annotations;
import io.github.newscorpus.eval.BoundaryScore;
import io.github.newscorpus.eval.Clusters;
import io.github.newscorpus.eval.CorefScope;
import io.github.newscorpus.eval.CorefScore;
import io.github.newscorpus.eval.EntityScore;
import io.github.newscorpus.eval.Evaluation;
import io.github.newscorpus.eval.LabelMap;
import io.github.newscorpus.eval.PredictedQuote;
import io.github.newscorpus.eval.QuoteOverlap;
import io.github.newscorpus.eval.QuoteScore;
import io.github.newscorpus.eval.Scheme;
import io.github.newscorpus.eval.Subset;
import io.github.newscorpus.export.Brat;
import io.github.newscorpus.export.BratDocument;
import io.github.newscorpus.model.Article;
import io.github.newscorpus.model.Entity;
import io.github.newscorpus.model.EntityType;
import io.github.newscorpus.model.Fact;
import io.github.newscorpus.model.Layer;
import io.github.newscorpus.model.Mention;
import io.github.newscorpus.model.Metadata;
import io.github.newscorpus.model.Paragraph;
import io.github.newscorpus.model.ParagraphKind;
import io.github.newscorpus.model.Quote;
import io.github.newscorpus.model.QuoteKind;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * Walks every value of the bundled corpus and every query result reachable from it, and checks
 * that each {@code toString()} is one line of at most {@value #BOUND} characters: never a whole
 * article, layer or entity inside another value.
 */
class CompactToStringTest {

  /** The longest {@code toString()} allowed. */
  static final int BOUND = 160;

  @Test
  void everyValueOfTheBundledCorpusPrintsOneShortLine() throws java.io.IOException {
    List<Article> articles = Corpus.bundled().articles();
    List<Object> values = new ArrayList<>();
    for (Article a : articles) {
      article(a, values);
      queries(a, values);
      annotations(a, values);
      scores(a, values);
    }
    BratDocument edited = Brat.readDocument(
        Path.of("src/test/resources/export/brat-edited/newscorpus/000_4e41f4d9df3989c8.txt"));
    values.add(edited);
    values.addAll(edited.notes());
    // a copy under another id, so that corpus entities have two members and results two articles
    List<Article> twice = new ArrayList<>(articles);
    twice.add(copy(articles.get(0), "copy"));
    corpus(CorpusQueries.of(Corpus.bundled().articles()), values);
    corpus(CorpusQueries.of(twice), values);

    Set<String> types = new TreeSet<>();
    for (Object value : values) {
      String s = value.toString();
      types.add(value.getClass().getSimpleName());
      assertTrue(s.lines().count() == 1 && s.chars().noneMatch(CompactToStringTest::breaksLine),
          () -> "not one line: " + s);
      assertTrue(s.length() <= BOUND, () -> s.length() + " characters: " + s);
    }
    assertEquals(new TreeSet<>(List.of("Accuracy", "Annotations", "Article", "BoundaryScore",
        "BratDocument", "Builder", "ClusterMention", "Clusters", "CorefError", "CorefScore",
        "CorpusCooccurrence", "CorpusEntity", "CorpusQueries", "Cooccurrence", "Counts",
        "Entity", "EntityScore", "Fact", "KwicLine", "LabelMap", "Layer", "Located", "Mention",
        "Metadata", "Note", "Paragraph", "PredictedMention", "PredictedQuote", "Queries", "Quote",
        "QuoteOverlap", "QuoteScore", "Ratios", "ScoringError", "Sentence", "Span", "SpanScore",
        "Speaker", "Statistics", "Subset", "Token", "TypeCounts")), types.stream()
        .filter(t -> !t.isEmpty()).collect(java.util.stream.Collectors.toCollection(TreeSet::new)),
        "the walk reaches every model, query, score and brat document type");
  }

  /**
   * Scores predictions that are wrong in many ways (every name typed PERSON, quotes and
   * sentences shortened by a character, every mention in one cluster), so that the scores carry
   * long error lists and the coreference errors long mention lists.
   */
  private static void scores(Article a, List<Object> values) {
    Evaluation gold = Evaluation.of(a);
    Annotations.Builder wrong = Annotations.of(a.text());
    Clusters.Builder one = Clusters.of(a.text());
    for (Mention m : a.mentions()) {
      wrong.mention(m.span().begin(), m.span().end(), EntityType.PERSON);
      one.mention(m.span().begin(), m.span().end(), "all");
    }
    for (Quote q : a.quotes()) {
      wrong.quote(PredictedQuote.of(q.segments().get(0).begin() + 1, q.span().end()));
    }
    a.sentences().forEach(x -> wrong.sentence(x.span().begin(), x.span().end() - 1));
    a.tokens().forEach(x -> wrong.token(x.span().begin(), x.span().end()));
    Annotations predicted = wrong.build();
    EntityScore entities = gold.entities(predicted);
    values.add(entities);
    for (Scheme scheme : Scheme.values()) {
      values.add(entities.counts(scheme));
      values.add(entities.ratios(scheme));
      values.addAll(entities.errors(scheme));
      for (EntityType type : entities.types()) {
        values.add(entities.counts(scheme, type));
      }
    }
    QuoteScore quotes = gold.quotes(predicted, QuoteOverlap.LENIENT);
    values.addAll(List.of(quotes, quotes.speaker(), quotes.kind(), quotes.threshold()));
    values.addAll(quotes.errors());
    BoundaryScore sentences = gold.sentences(predicted);
    values.add(sentences);
    values.addAll(sentences.errors());
    values.add(gold.tokens(predicted));
    Clusters clusters = one.build();
    values.add(clusters);
    values.addAll(clusters.mentions());
    CorefScore coreference = gold.coreference(clusters, CorefScope.ALL);
    values.add(coreference);
    values.addAll(coreference.errors());
    values.add(Subset.paragraphs(ParagraphKind.BODY).quoteKinds(QuoteKind.DIRECT));
    values.add(LabelMap.DEFAULT);
  }

  private static boolean breaksLine(int c) {
    return c == '\n' || c == '\r' || c == '\u0085' || c == '\u2028' || c == '\u2029';
  }

  private static void article(Article a, List<Object> values) {
    values.add(a);
    values.add(copyBuilder(a, a.id()));
    Metadata m = a.metadata();
    values.add(m);
    m.publisher().ifPresent(values::add);
    m.published().ifPresent(values::add);
    values.addAll(m.updated());
    values.addAll(m.contributors());
    values.addAll(m.credits());
    m.published().flatMap(Fact::evidence).ifPresent(values::add);
    List<Layer<?>> layers = List.of(a.paragraphs(), a.sentences(), a.tokens(), a.mentions(), a.quotes());
    for (Layer<?> layer : layers) {
      values.add(layer);
      layer.forEach(item -> {
        values.add(item);
        values.add(item.span());
      });
    }
    for (ParagraphKind kind : ParagraphKind.values()) {
      values.addAll(a.paragraphs(kind));
    }
    for (Quote q : a.quotes()) {
      values.addAll(q.segments());
      q.cue().ifPresent(values::add);
      q.speaker().ifPresent(values::add);
      q.speakerMention().ifPresent(values::add);
      values.addAll(a.mentionsIn(q));
    }
    values.addAll(a.entities());
    for (Entity e : a.entities()) {
      values.addAll(a.mentionsOf(e));
      values.addAll(a.quotesBy(e));
      values.addAll(a.paragraphsMentioning(e));
      a.affiliationOf(e).ifPresent(values::add);
    }
    for (Paragraph p : a.paragraphs()) {
      values.addAll(a.mentions().coveredBy(p));
      values.addAll(a.sentences().overlapping(p));
    }
  }

  private static void queries(Article a, List<Object> values) {
    Queries q = Queries.of(a);
    values.add(q);
    values.addAll(q.speakers());
    values.add(q.statistics());
    for (Entity e : a.entities()) {
      for (Scope scope : Scope.values()) {
        values.addAll(q.cooccurring(e, scope));
      }
      values.addAll(q.quotesMentioning(e));
      values.addAll(q.find(e.name()));
      values.addAll(q.kwic(e.name(), 40));
    }
  }

  private static void annotations(Article a, List<Object> values) {
    Annotations predicted = Annotations.from(a);
    values.add(predicted);
    values.addAll(predicted.mentions());
    values.addAll(predicted.quotes());
  }

  private static void corpus(CorpusQueries corpus, List<Object> values) {
    values.add(corpus);
    for (CorpusEntity e : corpus.entities()) {
      values.add(e);
      values.addAll(e.members());
      values.addAll(corpus.quotesBy(e));
      values.addAll(corpus.mentionsOf(e));
      for (Scope scope : Scope.values()) {
        values.addAll(corpus.cooccurring(e, scope));
      }
    }
  }

  private static Article copy(Article a, String id) {
    return copyBuilder(a, id).build();
  }

  private static Article.Builder copyBuilder(Article a, String id) {
    return Article.builder(id, a.text()).metadata(a.metadata()).paragraphs(a.paragraphs())
        .sentences(a.sentences()).tokens(a.tokens()).entities(a.entities()).mentions(a.mentions())
        .quotes(a.quotes());
  }
}
