package io.github.newscorpus.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.newscorpus.Corpus;
import io.github.newscorpus.model.Article;
import io.github.newscorpus.model.Entity;
import io.github.newscorpus.model.EntityType;
import io.github.newscorpus.model.Quote;
import io.github.newscorpus.model.Span;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Tests {@link Queries} on the bundled article; every expected value was worked out by reading
 * the text (¶ numbers count non-empty lines; word counts split the quote texts on whitespace).
 */
class QueriesTest {

  private static final Article STORY = Corpus.bundled().articles().get(0);
  private static final Queries Q = Queries.of(STORY);

  private static List<String> names(List<Cooccurrence> list) {
    return list.stream().map(c -> c.entity().name() + " " + c.count()).toList();
  }

  @Test
  void whoIsNamedWithCardinSentenceBySentence() {
    // ¶35: Maryland, "Democrat", the committee, Mexico City; ¶36: U.S., Mexico, Trump (and his);
    // ¶37: Mexico. Mexico shares two sentences; the rest one, in order of first mention.
    assertEquals(List.of("Mexico 2", "Trump 1", "Mexico City 1", "United States 1", "Maryland 1",
        "Democratic 1", "Senate Foreign Relations Committee 1"),
        names(Q.cooccurring(STORY.expectEntity("Cardin"), Scope.SENTENCE)));
  }

  @Test
  void whoIsNamedWithDeareParagraphByParagraph() {
    // ¶39: NSC, Western Hemisphere; ¶40: Wilson Center, Washington, Kushner, Bannon, Trump, the
    // attendee; ¶41: the president/Trump, White House, the person.
    assertEquals(List.of("Trump 2", "one of the people who attended the meeting 2", "White House 1",
        "Washington 1", "Jared Kushner 1", "National Security Council 1", "Western Hemisphere 1",
        "Wilson Center 1", "Stephen K. Bannon 1"),
        names(Q.cooccurring(STORY.expectEntity("Deare"), Scope.PARAGRAPH)));
  }

  @Test
  void cooccurrenceOfAnEntityNotInTheArticleIsEmpty() {
    assertEquals(List.of(), Q.cooccurring(Entity.of("e-x", "X", EntityType.PERSON), Scope.SENTENCE));
  }

  @Test
  void speakersRankedByQuotesThenWords() {
    assertEquals(List.of(
        "six former U.S. ambassadors to Mexico 2 58",            // 11 + 12 + 35 words
        "one of the people who attended the meeting 2 56",       // 33 + 23
        "Gabriela Cuevas 2 50",                                  // 16 + 17 + 17
        "Benjamin L. Cardin 2 37",                               // 16 + 21
        "Craig Deare 2 36",                                      // 15 + 21
        "Luis Videgaray 2 34",                                   // 7 + 27
        "Jorge Castañeda 1 36",                                  // 26 + 10
        "Clemente Castañeda Hoeflich 1 26",                      // 12 + 14
        "Enrique Peña Nieto 1 12",
        "Trump 1 5",                                             // what were unfair trade practices
        "La Jornada 1 2"),                                       // total war
        Q.speakers().stream().map(s -> s.entity().name() + " " + s.quotes() + " " + s.words()).toList());
  }

  @Test
  void speakersRankedByWords() {
    List<String> byWords = Q.speakers().stream().sorted(Speaker.BY_WORDS)
        .map(s -> s.entity().name()).toList();
    // Deare and Jorge Castañeda both have 36 words; Deare has more quotes
    assertEquals(List.of("six former U.S. ambassadors to Mexico", "one of the people who attended the meeting",
        "Gabriela Cuevas", "Benjamin L. Cardin", "Craig Deare", "Jorge Castañeda", "Luis Videgaray",
        "Clemente Castañeda Hoeflich", "Enrique Peña Nieto", "Trump", "La Jornada"), byWords);
  }

  @Test
  void quotesAboutTrumpAreNotQuotesByTrump() {
    Entity trump = STORY.expectEntity("Trump");
    List<Quote> about = Q.quotesMentioning(trump);
    // the attendee's two reports, Deare's two, the related headline's "him", Peña Nieto's warning
    assertEquals(List.of("one of the people who attended the meeting", "Craig Deare",
        "one of the people who attended the meeting", "Craig Deare", "-", "Enrique Peña Nieto"),
        about.stream().map(q -> q.speaker().map(Entity::name).orElse("-")).toList());
    assertEquals(1, STORY.quotesBy(trump).size());
  }

  @Test
  void findsWholeWordsIgnoringCaseAndAccents() {
    List<Span> pena = Q.find("pena nieto");
    assertEquals(4, pena.size()); // ¶7 (inside "Enrique Peña Nieto"), ¶8, ¶9, ¶34
    pena.forEach(s -> assertEquals("Peña Nieto", STORY.text(s)));
    assertEquals(39, Q.find("MEXICO").size()); // "Mexican" and "Mexicans" are other words
    assertEquals(List.of(), Q.find("exico"));
    assertEquals(1, Q.find("el chapo").size()); // inside the name, quotation marks and all
    assertEquals(1, Q.find("'we don't want him'").size()); // curly quotes match straight ones
  }

  @Test
  void blankPhraseIsRejected() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Q.find("  "));
    assertEquals("phrase must not be blank, got \"  \"", e.getMessage());
  }

  @Test
  void keywordInContextCutAtParagraphEdges() {
    List<KwicLine> lines = Q.kwic("Cardin", 20);
    assertEquals(List.of(
        ",” Sen. Benjamin L. [Cardin] of Maryland, the ra",
        "But [Cardin] voiced optimism for"),
        lines.stream().map(KwicLine::toString).toList());
    // regression: a huge width wrapped around; it is cut at the paragraph's edges like any other
    assertEquals("But [Cardin] voiced optimism for the future of U.S.-Mexico relations while taking a "
        + "swipe at Trump and his penchant for tweeting.", Q.kwic("Cardin", Integer.MAX_VALUE).get(1).toString());
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Q.kwic("x", -1));
    assertEquals("width (-1) must not be negative", e.getMessage());
  }

  @Test
  void statistics() {
    Statistics s = Q.statistics();
    assertEquals(10_487, s.characters());
    // independent count: Python len([w for w in text.split() if re.search(r'[^\W_]', w)])
    assertEquals(1_635, s.words());
    assertEquals(70, s.sentences());
    assertEquals(54, s.paragraphs());
    assertEquals(18, s.quotes());
    // the union of the 23 segments, computed from the JSON with Python
    assertEquals(2_026, s.quotedCharacters());
    assertEquals(2_026 / 10_487.0, s.quotedShare(), 1e-12);
    assertEquals(Map.of(EntityType.PERSON, 8, EntityType.UNNAMED_SOURCE, 2, EntityType.MEDIA, 1),
        s.sourcesByType());
    // Mexico: La Jornada, Videgaray, Cuevas, Jorge Castañeda, Peña Nieto; United States: Trump,
    // the ambassadors; the attendee has none
    assertEquals(Map.of("Mexico", 5, "United States", 2, "Excelsior", 1,
        "Senate Foreign Relations Committee", 1, "National Security Council", 1, Statistics.UNAFFILIATED, 1),
        s.sourcesByAffiliation());
  }

  @Test
  void printsTheArticleIdOnly() {
    assertEquals("Queries[small]", Queries.of(CorpusQueriesTest.small()).toString());
  }
}
