package com.example.readme;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.newscorpus.Corpus;
import io.github.newscorpus.CorpusReader;
import io.github.newscorpus.ReadLimits;
import io.github.newscorpus.eval.*;
import io.github.newscorpus.export.Conll;
import io.github.newscorpus.html.HtmlView;
import io.github.newscorpus.model.*;
import io.github.newscorpus.query.CorpusQueries;
import io.github.newscorpus.query.Queries;
import io.github.newscorpus.query.Scope;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Runs every Java snippet of the README verbatim, in README order, each followed by assertions of
 * the figures its comments give (worked out from the article, not from the code's output).
 */
class ReadmeSnippetsTest {

  private static List<String> texts(List<? extends Spanned> spans, Article story) {
    return spans.stream().map(s -> story.text(s.span())).toList();
  }

  // --- "Use it"

  @Test
  void useIt() {
    Article story = Corpus.bundled().articles().get(0);
    Entity cardin = story.expectEntity("Cardin");          // by id, name or alias; case and accents ignored
    for (Quote q : story.quotesBy(cardin)) {               // 2 direct quotes, the second via "he said"
      System.out.println(q.kind() + " " + q.text() + " (" + story.text(q.cue().orElseThrow()) + ")");
    }
    story.paragraphsMentioning(story.expectEntity("Deare"));   // 3 paragraphs
    story.mentionsOf(story.expectEntity("pena nieto"));        // names, "The Mexican leader", "his"…
    story.quotes().stream().filter(q -> q.kind() == QuoteKind.INDIRECT).count();  // 8
    story.sentences();                                         // 70 gold sentences

    assertEquals("Benjamin L. Cardin", cardin.name());
    List<Quote> quotes = story.quotesBy(cardin);
    assertEquals(List.of(QuoteKind.DIRECT, QuoteKind.DIRECT), quotes.stream().map(Quote::kind).toList());
    assertEquals("he", quotes.get(1).speakerMention().orElseThrow().text());
    assertEquals("said", story.text(quotes.get(1).cue().orElseThrow()));
    assertEquals(3, story.paragraphsMentioning(story.expectEntity("Deare")).size());
    List<String> pena = story.mentionsOf(story.expectEntity("pena nieto")).stream().map(Mention::text).toList();
    assertTrue(pena.contains("Enrique Peña Nieto") && pena.contains("The Mexican leader") && pena.contains("his"), pena.toString());
    assertEquals(8, story.quotes().stream().filter(q -> q.kind() == QuoteKind.INDIRECT).count());
    assertEquals(70, story.sentences().size());
  }

  // --- "Score your NLP code against the gold"

  /** A stand-in for the reader's quote extractor: it returns the gold quotes of the bundled text. */
  static final class MyExtractor {
    Annotations extract(String text) {
      Article gold = Corpus.bundled().articles().get(0);
      assertEquals(gold.text(), text);
      return Annotations.from(gold);
    }
  }

  private final MyExtractor myExtractor = new MyExtractor();

  @Test
  void scoreYourCode() {
    Article story = Corpus.bundled().articles().get(0);
    QuoteScore score = Evaluation.of(story).quotes(myExtractor.extract(story.text()), QuoteOverlap.STRICT);
    ScoreAssertions.assertThat(score).f1AtLeast(0.8);

    assertEquals(1.0, score.ratios().f1(), "the gold scored against itself");
    assertEquals(18, score.matched());
  }

  // --- "Scoring a tagger's CoNLL output"

  @Test
  void conllOutput() throws IOException {
    Article story = Corpus.bundled().articles().get(0);
    // the tagger's output: here the gold's own names, written by Conll.write in BIOES
    Conll.write(Stream.of(story), Path.of("tagger-output.conll"), Conll.Tagging.BIOES);
    Annotations predicted = Conll.read(Path.of("tagger-output.conll"), story, Conll.Tagging.BIOES,
        LabelMap.CONLL_2003);                                  // or IOB1, IOB2; ONTONOTES_5, DEFAULT
    EntityScore ner = Evaluation.of(story).entities(predicted);
    ner.ratios(Scheme.STRICT);                                 // conlleval's phrase F1

    // every PERSON is written PER and read back at its own tokens; MISC (NORP, LAW, BRAND) has
    // no counterpart in the map and is left out, so those gold names are missed
    Ratios person = ner.ratios(Scheme.STRICT, EntityType.PERSON);
    assertEquals(1.0, person.precision());
    assertEquals(1.0, person.recall());
    assertTrue(ner.ratios(Scheme.STRICT).recall() < 1, "NORP, LAW and BRAND names are missed");
  }

  // --- "Coreference"

  @Test
  void coreference() {
    Article story = Corpus.bundled().articles().get(0);
    Clusters predicted = Clusters.of(story.text())          // UTF-16 indices, as Java counts
        .mention(7436, 7442, "c1").mention(7716, 7718, "c1").build();
    // or Clusters.read(Path.of("clusters.tsv"), story.text()): begin<TAB>end<TAB>cluster a line,
    // code points as in the JSON format, # comments
    CorefScore score = Evaluation.of(story).coreference(predicted, CorefScope.PEOPLE_AND_SOURCES);
    score.conll(); score.metric(CorefMetric.LEA).f1(); score.errors();
    score.metric(CorefMetric.MUC);    // precision 1 (its one link is right), recall 1/80 (of 80 links)

    assertEquals(List.of("Cardin", "he"), List.of(story.text().substring(7436, 7442), story.text().substring(7716, 7718)));
    // Cardin's chain: 5 mentions, cut by the response into {Cardin, he} and 3 singletons: 5 - 4 = 1
    // link found, of the 80 links of the 19 people and sources chains
    assertEquals(1.0, score.metric(CorefMetric.MUC).precision());
    assertEquals(1.0 / 80, score.metric(CorefMetric.MUC).recall(), 1e-12);
    assertTrue(score.errors(CorefError.Kind.MERGED).isEmpty(), score.errors().toString());
  }

  // --- "Span relations"

  @Test
  void spanRelations() {
    Article story = Corpus.bundled().articles().get(0);
    Paragraph p = story.paragraphs().get(36);
    story.mentions().coveredBy(p);              // 3 mentions: "I" (m168), "Mexico" (m169), "he" (m170)
    Mention he = story.mentions().coveredBy(p).get(2);
    story.sentenceOf(he);                       // the sentence a mention lies in: "“I’m confident … he said."
    Quote q14 = story.quotes().get(13);         // what Deare said, as the attendee (q13) reports it
    story.quotes().covering(q14);               // quotes that contain it (nested attribution): q13
    story.sentences().overlapping(q14);         // the sentences a quote runs over: 1
    story.mentions().following(he, 3);          // the next three mentions: Trump, Mexico, his

    assertEquals(List.of("m168", "m169", "m170"), story.mentions().coveredBy(p).stream().map(Mention::id).toList());
    assertEquals(List.of("I", "Mexico", "he"), texts(story.mentions().coveredBy(p), story));
    String sentence = story.text(story.sentenceOf(he).orElseThrow().span());
    assertTrue(sentence.startsWith("“I’m confident") && sentence.endsWith("he said."), sentence);
    assertEquals("q14", q14.id());
    assertEquals(story.expectEntity("Deare"), q14.speaker().orElseThrow());
    assertEquals(List.of("q13"), story.quotes().covering(q14).stream().map(Quote::id).toList());
    assertEquals(story.expectEntity("e-attendee"), story.quotes().covering(q14).get(0).speaker().orElseThrow());
    assertEquals(1, story.sentences().overlapping(q14).size());
    assertEquals(List.of("Trump", "Mexico", "his"), texts(story.mentions().following(he, 3), story));
  }

  // --- "News queries"

  @Test
  void newsQueries() {
    Article story = Corpus.bundled().articles().get(0);
    Entity cardin = story.expectEntity("Cardin");
    Queries q = Queries.of(story);
    q.speakers();                                   // ambassadors 2 quotes/58 words, attendee 2/56, Cuevas 2/50, …
    q.cooccurring(cardin, Scope.SENTENCE);          // Mexico 2, Trump 1, Mexico City 1, …
    q.quotesMentioning(story.expectEntity("Trump")); // 6 quotes about Trump; quotesBy gives his 1
    q.find("pena nieto");                           // 4 spans: whole words, case and accents ignored
    q.kwic("Cardin", 20);                           // ",” Sen. Benjamin L. [Cardin] of Maryland, the ra", …
    q.statistics();                                 // 1,635 words, 19.3% of the text inside quotes,
                                                    // sources: 8 people, 2 unnamed, 1 medium; 5 tied to Mexico

    var speakers = q.speakers();
    assertEquals(story.expectEntity("e-ambassadors"), speakers.get(0).entity());
    assertEquals(List.of(2, 2, 2), speakers.subList(0, 3).stream().map(s -> s.quotes()).toList());
    assertEquals(List.of(58, 56, 50), speakers.subList(0, 3).stream().map(s -> s.words()).toList());
    assertEquals(story.expectEntity("e-attendee"), speakers.get(1).entity());
    assertEquals(story.expectEntity("Cuevas"), speakers.get(2).entity());
    var with = q.cooccurring(cardin, Scope.SENTENCE);
    assertEquals(List.of("Mexico", "Trump", "Mexico City"), with.subList(0, 3).stream().map(c -> c.entity().name()).toList());
    assertEquals(List.of(2, 1, 1), with.subList(0, 3).stream().map(c -> c.count()).toList());
    assertEquals(6, q.quotesMentioning(story.expectEntity("Trump")).size());
    assertEquals(1, story.quotesBy(story.expectEntity("Trump")).size());
    assertEquals(4, q.find("pena nieto").size());
    var line = q.kwic("Cardin", 20).get(0);
    assertEquals(List.of(",” Sen. Benjamin L. ", "Cardin", " of Maryland, the ra"), List.of(line.left(), line.match(), line.right()));
    var stats = q.statistics();
    assertEquals(1635, stats.words());
    assertEquals("19.3%", String.format("%.1f%%", 100 * stats.quotedShare()));
    assertEquals(8, stats.sourcesByType().get(EntityType.PERSON));
    assertEquals(2, stats.sourcesByType().get(EntityType.UNNAMED_SOURCE));
    assertEquals(1, stats.sourcesByType().get(EntityType.MEDIA));
    assertEquals(5, stats.sourcesByAffiliation().get("Mexico"));
  }

  // --- "Many articles"

  private static final Path NEWS = Path.of("news.jsonl");

  private static void writeNews() throws IOException {
    Corpus.writeLines(NEWS, Corpus.bundled().articles().stream());
  }

  @Test
  void manyArticles() throws IOException {
    writeNews();
    long quotes;
    try (Stream<Article> articles = Corpus.stream(Path.of("news.jsonl"))) {
      quotes = articles.mapToLong(a -> a.quotes().size()).sum();       // the bundled article alone: 18
    }
    try (Stream<Article> articles = Corpus.stream(Path.of("news.jsonl"))) {   // constant memory:
      Corpus.writeLines(Path.of("quoted.jsonl"), articles.filter(a -> !a.quotes().isEmpty()));
    }
    Corpus corpus = Corpus.read(Path.of("news.jsonl"));  // all in memory
    corpus.write(Path.of("news.json"));                   // .jsonl: JSON Lines; otherwise corpus JSON

    assertEquals(18, quotes);
    assertEquals(Corpus.bundled().articles(), Corpus.read(Path.of("quoted.jsonl")).articles());
    assertEquals(Corpus.bundled().articles(), Corpus.read(Path.of("news.json")).articles());
    assertTrue(Files.readString(Path.of("news.json")).startsWith("{"), "corpus JSON, not JSON Lines");
  }

  /** Stands in for the reader's logger (SLF4J's {@code warn(String, Object)}). */
  static final class Log {
    int warnings;

    void warn(String format, Object argument) {
      warnings++;
    }
  }

  @Test
  void theReader() throws IOException {
    writeNews();
    Corpus.bundled().write(Path.of("news.json"));
    Log log = new Log();
    List<String> lines = Files.readAllLines(NEWS, StandardCharsets.UTF_8);
    String line = lines.get(1);                     // the article's line, after the header
    InputStream stdin = System.in;
    System.setIn(new ByteArrayInputStream(String.join("\n", lines.get(0), "{\"id\": 7}", line)
        .getBytes(StandardCharsets.UTF_8)));       // a bad article, then a good one
    try (InputStream inputStream = Files.newInputStream(Path.of("news.json"))) {
      CorpusReader reader = Corpus.reader()
          .withLimits(ReadLimits.defaults().withMaxAnnotations(500_000))
          .skippingBadArticles(problems -> log.warn("skipped: {}", problems));   // each bad article's problems
      try (Stream<Article> articles = reader.stream(System.in, "stdin.jsonl")) {  // layout by the name
        articles.forEach(a -> System.out.println(a.id()));
      }
      Corpus read = reader.read(inputStream, "news.json");
      Article one = reader.readArticle(line, "shard-00017.jsonl", 4_211);       // one article's JSON, placed
                                                                                // at that file and line

      assertEquals(1, log.warnings, "the bad article was skipped, with its problems");
      assertEquals(Corpus.bundled().articles(), read.articles());
      assertEquals(Corpus.bundled().articles().get(0), one);
    } finally {
      System.setIn(stdin);
    }
  }

  @Test
  void corpusQueries() throws IOException {
    writeNews();
    Corpus corpus = Corpus.read(NEWS);
    CorpusQueries q = CorpusQueries.of(corpus.articles());   // as Queries.of(story) for one article
    q.quotesBy("Cardin");                                    // every quote, article by article: 2
    q.cooccurring(q.findEntity("Cardin").orElseThrow(), Scope.SENTENCE);   // Mexico 2, Trump 1, …

    assertEquals(2, q.quotesBy("Cardin").size());
    var with = q.cooccurring(q.findEntity("Cardin").orElseThrow(), Scope.SENTENCE);
    assertEquals(List.of("Mexico", "Trump"), with.subList(0, 2).stream().map(c -> c.entity().name()).toList());
    assertEquals(List.of(2, 1), with.subList(0, 2).stream().map(c -> c.count()).toList());
  }

  // --- "The HTML view"

  @Test
  void htmlView() throws IOException {
    Article story = Corpus.bundled().articles().get(0);
    Files.writeString(Path.of("story.html"), HtmlView.render(story));

    String page = Files.readString(Path.of("story.html"));
    assertTrue(page.startsWith("<!DOCTYPE html>") && page.contains("Trump’s top deputies hope"), page.substring(0, 200));
  }
}
