package io.github.newscorpus.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.newscorpus.Corpus;
import io.github.newscorpus.model.Article;
import io.github.newscorpus.model.Entity;
import io.github.newscorpus.model.EntityType;
import io.github.newscorpus.model.Mention;
import io.github.newscorpus.model.MentionKind;
import io.github.newscorpus.model.Paragraph;
import io.github.newscorpus.model.ParagraphKind;
import io.github.newscorpus.model.Quote;
import io.github.newscorpus.model.QuoteKind;
import io.github.newscorpus.model.Sentence;
import io.github.newscorpus.model.Span;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Tests {@link CorpusQueries} on the bundled article plus two small ones whose offsets were
 * counted by hand:
 *
 * <pre>
 * "Sen. Benjamin L. Cardin said “Mexico matters.” Cardin left."
 *  Benjamin L. Cardin [5,23) said [24,28) “ [29,30) Mexico matters. [30,45) Mexico [30,36)
 *  Cardin [47,53); sentences [0,46) [47,59)
 * "Ben Cardin spoke."   Ben Cardin [0,10), with an external id shared by "Tim Kaine" in a third
 * </pre>
 */
class CorpusQueriesTest {

  private static final Article STORY = Corpus.bundled().articles().get(0);

  static Article small() {
    String text = "Sen. Benjamin L. Cardin said “Mexico matters.” Cardin left.";
    Entity cardin = Entity.of("e-c", "Benjamin L. Cardin", EntityType.PERSON)
        .withAliases(List.of("Benjamin L. Cardin", "Cardin"));
    Entity mexico = Entity.of("e-m", "Mexico", EntityType.LOCATION).withAliases(List.of("Mexico"));
    Mention name = new Mention("m1", new Span(5, 23), "Benjamin L. Cardin", cardin, MentionKind.NAME);
    return Article.builder("small", text)
        .paragraphs(List.of(new Paragraph(new Span(0, 59), text, ParagraphKind.BODY)))
        .sentences(List.of(new Sentence(new Span(0, 46), text.substring(0, 46)),
            new Sentence(new Span(47, 59), "Cardin left.")))
        .entities(List.of(cardin, mexico))
        .mentions(List.of(name,
            new Mention("m2", new Span(30, 36), "Mexico", mexico, MentionKind.NAME),
            new Mention("m3", new Span(47, 53), "Cardin", cardin, MentionKind.NAME)))
        .quotes(List.of(new Quote("q1", QuoteKind.DIRECT, List.of(new Span(30, 45)), "Mexico matters.",
            Optional.of(cardin), Optional.of(name), Optional.of(new Span(24, 28)))))
        .build();
  }

  static Article withIds(String id, String name) {
    String text = name + " spoke.";
    Entity e = Entity.of("e-x", name, EntityType.PERSON).withAliases(List.of(name))
        .withExternalId("test", "Q1");
    return Article.builder(id, text)
        .entities(List.of(e))
        .mentions(List.of(new Mention("m1", new Span(0, name.length()), name, e, MentionKind.NAME)))
        .build();
  }

  private final CorpusQueries corpus = CorpusQueries.of(List.of(STORY, small(),
      withIds("third", "Ben Cardin"), withIds("fourth", "Tim Kaine")));

  @Test
  void mergesByNameAndTypeOrByExternalId() {
    // the bundled 61; Cardin and Mexico of "small" merge by name; "Ben Cardin" and "Tim Kaine"
    // share an external id and merge with each other, not with the Cardins (which have no ids)
    assertEquals(62, corpus.entities().size());
    CorpusEntity cardin = corpus.findEntity("Cardin").orElseThrow();
    assertEquals(List.of("000_4e41f4d9df3989c8", "small"),
        cardin.members().stream().map(m -> m.article().id()).toList());
    CorpusEntity ids = corpus.entities().get(61);
    assertEquals("Ben Cardin", ids.name());
    assertEquals(List.of("third", "fourth"), ids.members().stream().map(m -> m.article().id()).toList());
  }

  @Test
  void mergeKeysAreEachExternalIdOrElseTheTypeAndTheFoldedName() {
    assertEquals(List.of("name PERSON benjamin l cardin"), CorpusQueries.mergeKeys(
        Entity.of("e-c", "Benjamin L.  CARDIN", EntityType.PERSON)));
    assertEquals(List.of("id viaf 12", "id wikidata Q1"), CorpusQueries.mergeKeys(
        Entity.of("e-x", "Ann", EntityType.PERSON).withExternalId("wikidata", "Q1")
            .withExternalId("viaf", "12")));
  }

  @Test
  void quotesByAcrossArticles() {
    List<Located<Quote>> quotes = corpus.quotesBy("Cardin");
    assertEquals(List.of("000_4e41f4d9df3989c8", "000_4e41f4d9df3989c8", "small"),
        quotes.stream().map(q -> q.article().id()).toList());
    assertEquals("Mexico matters.", quotes.get(2).item().text());
    assertEquals(List.of(), corpus.quotesBy("Nobody"));
  }

  @Test
  void findsThroughEachArticlesOwnLookup() {
    // only "third" knows "Ben Cardin"; the bundled and small articles know "Cardin"
    assertEquals("Ben Cardin", corpus.findEntity("ben cardin").orElseThrow().name());
    assertEquals("Benjamin L. Cardin", corpus.findEntity("CARDIN").orElseThrow().name());
  }

  static Article washington(String id, String name) {
    String text = name + " voted.";
    Entity place = Entity.of("e-wa", name, EntityType.LOCATION).withAliases(List.of(name, "Washington"));
    return Article.builder(id, text).entities(List.of(place))
        .mentions(List.of(new Mention("m1", new Span(0, name.length()), name, place, MentionKind.NAME)))
        .build();
  }

  @Test
  void aliasesOfDifferentCorpusEntitiesAreAmbiguous() {
    CorpusQueries two = CorpusQueries.of(List.of(washington("a", "Washington State"),
        washington("b", "Washington County")));
    assertEquals(Optional.empty(), two.findEntity("Washington"));
    assertEquals(Optional.of("Washington County"), two.findEntity("washington county").map(CorpusEntity::name));
  }

  @Test
  void aNameMatchWinsOverAnAliasMatch() {
    // "Washington" is the bundled article's city by name, and the state's alias elsewhere
    CorpusQueries two = CorpusQueries.of(List.of(washington("a", "Washington State"), STORY));
    assertEquals(List.of("000_4e41f4d9df3989c8"), two.findEntity("Washington").orElseThrow().members()
        .stream().map(m -> m.article().id()).toList());
  }

  @Test
  void duplicateArticleIdsAreRefused() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> CorpusQueries.of(List.of(small(), small())));
    assertEquals("article id \"small\" appears twice; ids must be unique in a corpus", e.getMessage());
  }

  @Test
  void mentionsAcrossArticles() {
    CorpusEntity cardin = corpus.findEntity("Cardin").orElseThrow();
    // 5 in the bundled article, 2 in "small"
    assertEquals(7, corpus.mentionsOf(cardin).size());
  }

  @Test
  void cooccurrenceSumsOverArticles() {
    CorpusEntity cardin = corpus.findEntity("Cardin").orElseThrow();
    List<CorpusCooccurrence> with = corpus.cooccurring(cardin, Scope.SENTENCE);
    // Mexico: 2 sentences in the bundled article, 1 in "small"
    assertEquals("Mexico 3", with.get(0).entity().name() + " " + with.get(0).count());
    assertEquals(7, with.size());
  }

  @Test
  void entityOfAnArticlesEntity() {
    Article small = small();
    Entity cardin = small.expectEntity("Cardin");
    assertEquals("Benjamin L. Cardin", corpus.entityOf(small, cardin).orElseThrow().name());
    assertEquals(Optional.empty(), corpus.entityOf(small, Entity.of("e-z", "Z", EntityType.PERSON)));
  }

  @Test
  void printsHowManyArticlesAndCorpusEntities() {
    // small: Cardin and Mexico; "third" and "fourth" share an external id: one corpus entity
    assertEquals("CorpusQueries[3 articles, 3 corpus entities]", CorpusQueries.of(List.of(small(),
        withIds("third", "Ben Cardin"), withIds("fourth", "Tim Kaine"))).toString());
    assertEquals("CorpusQueries[1 article, 1 corpus entity]",
        CorpusQueries.of(List.of(withIds("third", "Ben Cardin"))).toString());
  }
}
