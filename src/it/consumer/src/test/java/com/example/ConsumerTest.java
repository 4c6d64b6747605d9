package com.example;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.newscorpus.Corpus;
import io.github.newscorpus.model.Article;
import io.github.newscorpus.model.Entity;
import io.github.newscorpus.model.Quote;
import io.github.newscorpus.model.QuoteKind;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Queries the bundled article through the public API only, from the jar on the class path. */
class ConsumerTest {

  @Test
  void queriesTheBundledArticle() {
    Article story = Corpus.bundled().articles().get(0);
    Entity cardin = story.expectEntity("Cardin");
    List<Quote> quotes = story.quotesBy(cardin);
    assertEquals(2, quotes.size());
    assertEquals("he", quotes.get(1).speakerMention().orElseThrow().text());
    assertEquals(3, story.paragraphsMentioning(story.expectEntity("Deare")).size());
    assertEquals(8, story.quotes().stream().filter(q -> q.kind() == QuoteKind.INDIRECT).count());
    assertEquals("Enrique Peña Nieto", story.expectEntity("pena nieto").name());
  }
}
