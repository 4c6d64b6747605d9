package io.github.newscorpus;

import io.github.newscorpus.model.Article;
import io.github.newscorpus.model.Entity;
import io.github.newscorpus.model.Mention;
import io.github.newscorpus.model.Paragraph;
import io.github.newscorpus.model.Quote;
import io.github.newscorpus.model.Sentence;
import io.github.newscorpus.query.CorpusEntity;
import io.github.newscorpus.query.CorpusQueries;
import io.github.newscorpus.query.Queries;
import io.github.newscorpus.query.Scope;
import io.github.newscorpus.query.Statistics;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;

/**
 * Asks a corpus every kind of question the library answers, the first of each kind building the
 * lazy indexes it needs: an article's lookups, its layers' span relations, the news queries
 * ({@link Queries}) and the corpus-wide ones ({@link CorpusQueries}). Returns the answers as one
 * text, so that runs on different threads (or in different class loaders) can be compared.
 */
public final class QueryWorkload {

  private QueryWorkload() {}

  /** Answers the questions about the bundled corpus, loading it first if no one has. */
  public static String bundled() {
    return answers(Corpus.bundled());
  }

  /** Returns the answers about {@code corpus}, in a fixed order. */
  public static String answers(Corpus corpus) {
    List<Object> answers = new ArrayList<>();
    for (Article a : corpus.articles()) {
      article(a, answers);
      layers(a, answers);
      queries(a, answers);
    }
    CorpusQueries q = CorpusQueries.of(corpus.articles());
    for (CorpusEntity e : q.entities()) {
      answers.add(q.findEntity(e.name()));
      answers.add(q.quotesBy(e).size());
      answers.add(q.mentionsOf(e).size());
      answers.add(q.cooccurring(e, Scope.SENTENCE));
    }
    answers.add(q.quotesBy("Cardin").size());
    return answers.toString();
  }

  private static void article(Article a, List<Object> answers) {
    for (Entity e : a.entities()) {
      answers.add(a.mentionsOf(e));
      answers.add(a.quotesBy(e));
      answers.add(a.paragraphsMentioning(e));
      answers.add(a.findEntity(e.name()));
      answers.add(a.affiliationOf(e));
    }
    for (Quote quote : a.quotes()) {
      answers.add(a.mentionsIn(quote));
      answers.add(a.sentenceOf(quote));
      answers.add(a.paragraphOf(quote));
    }
  }

  private static void layers(Article a, List<Object> answers) {
    for (Sentence s : a.sentences()) {
      answers.add(a.mentions().coveredBy(s));
      answers.add(a.tokens().coveredBy(s).size());
      answers.add(a.paragraphs().covering(s));
      answers.add(a.quotes().overlapping(s));
      answers.add(a.mentions().preceding(s, 3));
      answers.add(a.mentions().following(s, 3));
      answers.add(a.tokens().at(s));
      answers.add(a.paragraphs().firstCovering(s));
    }
    for (Paragraph p : a.paragraphs()) {
      answers.add(a.sentences().coveredBy(p));
    }
    for (Mention m : a.mentions()) {
      answers.add(a.quotes().covering(m));
    }
  }

  private static void queries(Article a, List<Object> answers) {
    Queries q = Queries.of(a);
    answers.add(q.speakers());
    // Statistics holds its counts in Map.copyOf maps, whose order differs between class loaders
    // (enum keys hash by identity) and between runs: compare them sorted.
    Statistics statistics = q.statistics();
    answers.add(List.of(statistics.characters(), statistics.words(), statistics.sentences(),
        statistics.paragraphs(), statistics.quotes(), statistics.quotedCharacters(),
        new TreeMap<>(statistics.sourcesByType()), new TreeMap<>(statistics.sourcesByAffiliation())));
    answers.add(q.find("Mexico"));
    answers.add(q.kwic("said", 20));
    for (Entity e : a.entities()) {
      answers.add(q.cooccurring(e, Scope.PARAGRAPH));
      answers.add(q.quotesMentioning(e));
    }
  }
}
