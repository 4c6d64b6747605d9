package io.github.newscorpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.newscorpus.model.Article;
import io.github.newscorpus.model.Entity;
import io.github.newscorpus.model.EntityType;
import io.github.newscorpus.model.Fact;
import io.github.newscorpus.model.Mention;
import io.github.newscorpus.model.MentionKind;
import io.github.newscorpus.model.Paragraph;
import io.github.newscorpus.model.ParagraphKind;
import io.github.newscorpus.model.Quote;
import io.github.newscorpus.model.QuoteKind;
import io.github.newscorpus.model.Sentence;
import io.github.newscorpus.model.Span;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Tests the bundled gold article through the public API. Every expected value here was worked
 * out by reading corpus/000_4e41f4d9df3989c8.txt (paragraph numbers ¶ count non-empty lines).
 */
class BundledArticleTest {

  private static final Article STORY = Corpus.bundled().articles().get(0);

  private static List<String> texts(List<? extends io.github.newscorpus.model.Annotation> list) {
    return list.stream().map(io.github.newscorpus.model.Annotation::text).toList();
  }

  private static <T, K> Map<K, Long> count(List<T> items, Function<T, K> key) {
    return items.stream().collect(Collectors.groupingBy(key, Collectors.counting()));
  }

  private static String cue(Quote q) {
    return q.cue().map(STORY::text).orElse("");
  }

  // ------------------------------------------------------------------ text and paragraphs

  @Test
  void textIsTheSourceCharacterForCharacter() throws IOException {
    String source = Files.readString(Path.of("corpus/000_4e41f4d9df3989c8.txt"), StandardCharsets.UTF_8);
    assertEquals(source, STORY.text());
    assertEquals(10_487, STORY.text().length());
  }

  @Test
  void everyNonEmptyLineIsOneParagraphOfItsKind() {
    List<ParagraphKind> expected = new ArrayList<>(List.of(ParagraphKind.HEADLINE,
        ParagraphKind.CAPTION, ParagraphKind.CAPTION, ParagraphKind.CREDIT));
    expected.addAll(Collections.nCopies(42, ParagraphKind.BODY));
    expected.add(ParagraphKind.CONTRIBUTOR);
    expected.addAll(Collections.nCopies(4, ParagraphKind.RELATED));
    expected.addAll(Collections.nCopies(3, ParagraphKind.NOTE));
    assertEquals(expected, STORY.paragraphs().stream().map(Paragraph::kind).toList());
    List<String> lines = STORY.text().lines().filter(l -> !l.isBlank()).toList();
    assertEquals(lines, texts(STORY.paragraphs()));
  }

  @Test
  void bodyRunsFromTillersonsArrivalToPublicAttitudes() {
    List<Paragraph> body = STORY.paragraphs(ParagraphKind.BODY);
    assertTrue(body.get(0).text().startsWith("Secretary of State Rex Tillerson arrived"));
    assertTrue(body.get(41).text().startsWith("“Public attitudes"));
    assertEquals("(AFP/Getty Images)", STORY.paragraphs(ParagraphKind.CREDIT).get(0).text());
    assertEquals("Cecilia Sanchez in The Times’ Mexico City bureau contributed to this report.",
        STORY.paragraphs(ParagraphKind.CONTRIBUTOR).get(0).text());
  }

  @Test
  void headline() {
    assertEquals("Trump’s top deputies hope to shore up ties with a suspicious Mexico", STORY.headline());
  }

  // ------------------------------------------------------------------ sentences

  @Test
  void seventySentences() {
    // 54 paragraphs, of which ¶2 ¶3 ¶7 ¶8 ¶10 ¶14 ¶23 ¶25 ¶29 ¶30 ¶31 ¶43 have two sentences and
    // ¶46 has five: 54 + 12 + 4 = 70.
    assertEquals(70, STORY.sentences().size());
  }

  @Test
  void abbreviationsAndInitialsDoNotEndSentences() {
    List<String> sentences = texts(STORY.sentences());
    assertTrue(sentences.contains("John F. Kelly, the secretary of Homeland Security, was expected to "
        + "join him later in the day in a bid to repair the once-close relationship, which began "
        + "deteriorating when President Trump repeatedly criticized Mexico during his election campaign."));
    assertTrue(sentences.contains("In Mexican congressional hearings this week about the new "
        + "ambassador-designate to Washington, one lawmaker, Sen. Gabriela Cuevas, questioned why "
        + "Mexico should continue its policy of deporting U.S.-bound Central American migrants on "
        + "behalf of Washington."));
    assertTrue(sentences.contains("4:30 p.m.: This article has been updated with the arrival of "
        + "Tillerson and background on the U.S.-Mexico relationship."));
    assertEquals("This article was originally published at 3 a.m.", sentences.get(69));
  }

  @Test
  void quotationMarksBelongToTheirSentences() {
    List<String> sentences = texts(STORY.sentences());
    assertTrue(sentences.contains("“Otherwise, what Mexico should do is leave the table and change "
        + "its migratory policies with Central America.”"));
    int first = sentences.indexOf("“Public attitudes in both countries are being soured by "
        + "exaggerated public accusations,” they wrote.");
    assertEquals(List.of(
        "“Mexicans believe that their national ‘dignity’ has been insulted.",
        "Champions of closer cooperation with the United States are on the defensive.",
        "Nationalist voices are gaining traction.",
        "This is not in the United States’ long-term interest.”"),
        sentences.subList(first + 1, first + 5));
  }

  @Test
  void sentencesPartitionEachParagraph() {
    for (Paragraph p : STORY.paragraphs()) {
      List<Sentence> inside = STORY.sentences().stream().filter(s -> p.span().covers(s.span())).toList();
      assertEquals(p.span().begin(), inside.get(0).span().begin(), p.text());
      assertEquals(p.span().end(), inside.get(inside.size() - 1).span().end(), p.text());
      for (int i = 1; i < inside.size(); i++) {
        String gap = STORY.text(new Span(inside.get(i - 1).span().end(), inside.get(i).span().begin()));
        assertEquals(" ", gap, "between sentences of " + p.text());
      }
    }
  }

  // ------------------------------------------------------------------ entities

  @Test
  void entitiesByType() {
    assertEquals(61, STORY.entities().size());
    assertEquals(Map.of(EntityType.PERSON, 17L, EntityType.LOCATION, 17L,
        EntityType.ORGANIZATION, 9L, EntityType.MEDIA, 7L, EntityType.NORP, 5L, EntityType.BRAND, 3L,
        EntityType.UNNAMED_SOURCE, 2L, EntityType.LAW, 1L), count(STORY.entities(), Entity::type));
  }

  @Test
  void peopleInOrderOfFirstMention() {
    assertEquals(List.of("Trump", "Rex Tillerson", "John F. Kelly", "Enrique Peña Nieto",
        "Clemente Castañeda Hoeflich", "Luis Videgaray", "Jared Kushner", "Mike Pence",
        "James N. Mattis", "Joaquin “El Chapo” Guzman", "Gabriela Cuevas", "Jorge Castañeda",
        "Benjamin L. Cardin", "Craig Deare", "Stephen K. Bannon", "Andres Manuel Lopez Obrador",
        "Cecilia Sanchez"),
        STORY.entities(EntityType.PERSON).stream().map(Entity::name).toList());
  }

  @Test
  void quotedSourcesWithoutANameAreEntitiesApartFromPeople() {
    assertEquals(List.of("six former U.S. ambassadors to Mexico", "one of the people who attended the meeting"),
        STORY.entities(EntityType.UNNAMED_SOURCE).stream().map(Entity::name).sorted(
            java.util.Comparator.reverseOrder()).toList());
  }

  @Test
  void brandsInsideHashtags() {
    assertEquals(List.of("Starbucks", "Walmart", "Cocacola"),
        texts(STORY.mentions().stream().filter(m -> m.entity().type() == EntityType.BRAND).toList()));
  }

  @Test
  void aliasesAreTheNameFormsInOrderOfFirstUse() {
    assertEquals(List.of("United States", "U.S."), STORY.expectEntity("e-united-states").aliases());
    assertEquals(List.of("Enrique Peña Nieto", "Peña Nieto"), STORY.expectEntity("e-pena-nieto").aliases());
    assertEquals(List.of("Mexican", "Mexicans"), STORY.expectEntity("e-mexicans").aliases());
    assertEquals(List.of("North American Free Trade Agreement", "NAFTA"), STORY.expectEntity("NAFTA").aliases());
    assertEquals(List.of("Joaquin “El Chapo” Guzman", "El Chapo"), STORY.expectEntity("e-guzman").aliases());
    assertEquals(List.of("Trump"), STORY.expectEntity("e-trump").aliases());
  }

  @Test
  void rolesAndAffiliationsAsTheTextStatesThem() {
    Entity tillerson = STORY.expectEntity("Tillerson");
    assertEquals(Optional.of("Secretary of State"), tillerson.role());
    assertEquals("United States", STORY.affiliationOf(tillerson).orElseThrow().name());
    Entity cardin = STORY.expectEntity("Cardin");
    assertEquals("Senate Foreign Relations Committee", STORY.affiliationOf(cardin).orElseThrow().name());
    assertEquals("Mexico", STORY.affiliationOf(STORY.expectEntity("Videgaray")).orElseThrow().name());
    assertEquals(Optional.empty(), STORY.expectEntity("Stephen K. Bannon").affiliation());
  }

  @Test
  void findsEntitiesIgnoringCaseAndAccents() {
    assertEquals("Enrique Peña Nieto", STORY.expectEntity("pena nieto").name());
    assertEquals("Enrique Peña Nieto", STORY.expectEntity("PEÑA NIETO").name());
    assertEquals("Benjamin L. Cardin", STORY.expectEntity("e-cardin").name());
    assertEquals("Joaquin “El Chapo” Guzman", STORY.expectEntity("el chapo").name());
    assertEquals("United States", STORY.expectEntity("U.S.").name());
    assertEquals(Optional.empty(), STORY.findEntity("Castañeda"));
  }

  @Test
  void missSuggestsTheClosestNames() {
    NoSuchElementException e = assertThrows(NoSuchElementException.class, () -> STORY.expectEntity("Cardn"));
    assertTrue(e.getMessage().startsWith("no entity matches \"Cardn\" in article 000_4e41f4d9df3989c8; "
        + "closest: \"Benjamin L. Cardin\" (e-cardin)"), e.getMessage());
    NoSuchElementException both = assertThrows(NoSuchElementException.class,
        () -> STORY.expectEntity("Castaneda"));
    assertTrue(both.getMessage().contains("\"Clemente Castañeda Hoeflich\" (e-castaneda-hoeflich)"));
    assertTrue(both.getMessage().contains("\"Jorge Castañeda\" (e-jorge-castaneda)"));
  }

  // ------------------------------------------------------------------ mentions

  @Test
  void mentionsByKind() {
    // pronouns: ¶2 He, ¶3 He, ¶6 him his, ¶7 he, ¶17 he, ¶22 he he, ¶23 his He, ¶33 his his,
    // ¶34 his, ¶36 his, ¶37 I he, ¶38 his, ¶39 he, ¶45 We, ¶46 they, ¶48 him, ¶51 he = 22;
    // nominals: ¶6 1, ¶7 1, ¶9 1, ¶15 3, ¶28 1, ¶34 1, ¶35 1, ¶40 2, ¶41 2, ¶45 1, ¶51 1 = 15.
    assertEquals(Map.of(MentionKind.NAME, 196L, MentionKind.NOMINAL, 15L, MentionKind.PRONOUN, 22L),
        count(STORY.mentions(), Mention::kind));
  }

  @Test
  void everyOccurrenceOfTrumpAndMexicoIsANameMention() {
    // "Trump" occurs 25 times in the text; "Mexico" 39 times, 6 of them inside "Mexico City".
    assertEquals(25, STORY.mentionsOf(STORY.expectEntity("Trump")).stream()
        .filter(m -> m.kind() == MentionKind.NAME).count());
    assertEquals(33, STORY.mentionsOf(STORY.expectEntity("e-mexico")).size());
    assertEquals(6, STORY.mentionsOf(STORY.expectEntity("Mexico City")).size());
  }

  @Test
  void cardinsMentionsIncludeTheHeAfterTrumpsPenchant() {
    List<Mention> mentions = STORY.mentionsOf(STORY.expectEntity("Cardin"));
    assertEquals(List.of("Benjamin L. Cardin", "the ranking Democrat on the Senate Foreign Relations "
        + "Committee", "Cardin", "I", "he"), texts(mentions));
    assertEquals(List.of(MentionKind.NAME, MentionKind.NOMINAL, MentionKind.NAME, MentionKind.PRONOUN,
        MentionKind.PRONOUN), mentions.stream().map(Mention::kind).toList());
    // ¶36 "…a swipe at Trump and his penchant for tweeting": that "his" is Trump's
    Paragraph p36 = STORY.paragraphs().get(35);
    Mention his = STORY.mentions().stream()
        .filter(m -> p36.span().covers(m.span()) && m.text().equals("his")).findFirst().orElseThrow();
    assertEquals("Trump", his.entity().name());
  }

  @Test
  void elChapoIsPartOfANameNotAQuote() {
    Entity guzman = STORY.expectEntity("El Chapo");
    assertEquals(List.of("Joaquin “El Chapo” Guzman"), texts(STORY.mentionsOf(guzman)));
    int at = STORY.text().indexOf("El Chapo");
    Span elChapo = new Span(at, at + "El Chapo".length());
    assertTrue(STORY.quotes().stream().flatMap(q -> q.segments().stream()).noneMatch(s -> s.overlaps(elChapo)));
  }

  @Test
  void deareIsMentionedInThreeParagraphs() {
    List<Paragraph> paragraphs = STORY.paragraphsMentioning(STORY.expectEntity("Deare"));
    assertEquals(3, paragraphs.size());
    assertTrue(paragraphs.get(0).text().startsWith("Craig Deare, who had been named"));
    assertTrue(paragraphs.get(1).text().startsWith("Deare had complained"));
    assertTrue(paragraphs.get(2).text().startsWith("Deare said the president’s"));
  }

  // ------------------------------------------------------------------ quotes

  @Test
  void quotesByKind() {
    assertEquals(Map.of(QuoteKind.DIRECT, 9L, QuoteKind.PARTIAL, 1L, QuoteKind.INDIRECT, 8L),
        count(STORY.quotes(), Quote::kind));
  }

  @Test
  void cardinHasTwoDirectQuotesTheSecondViaHeSaid() {
    List<Quote> quotes = STORY.quotesBy(STORY.expectEntity("Cardin"));
    assertEquals(2, quotes.size());
    assertEquals("We know that damage has been done to the bilateral relationship in the last few months",
        quotes.get(0).text());
    assertEquals("Benjamin L. Cardin", quotes.get(0).speakerMention().orElseThrow().text());
    Quote second = quotes.get(1);
    assertEquals(QuoteKind.DIRECT, second.kind());
    assertEquals("I’m confident the strength of our partnership and friendship with Mexico is dynamic "
        + "enough to withstand 140-character broadsides or unrealistic demands", second.text());
    assertEquals("he", second.speakerMention().orElseThrow().text());
    assertEquals("said", cue(second));
  }

  @Test
  void twoDifferentCastanedas() {
    Entity jorge = STORY.expectEntity("Jorge Castañeda");
    Entity clemente = STORY.expectEntity("Clemente Castañeda Hoeflich");
    assertNotEquals(jorge, clemente);
    Quote told = STORY.quotesBy(jorge).get(0);
    assertEquals(1, STORY.quotesBy(jorge).size());
    assertEquals("told", cue(told));
    assertEquals(List.of("We have been cooperating with United States for many years on these issues, "
        + "because they asked us to, and because we have a friendly, trustful relationship",
        "If that relationship disappears, the reasons for cooperation also disappear."),
        told.segments().stream().map(STORY::text).toList());
    Quote wrote = STORY.quotesBy(clemente).get(0);
    assertEquals(1, STORY.quotesBy(clemente).size());
    assertEquals("wrote", cue(wrote));
    assertEquals(List.of("The federal government should enter these negotiations with resolve and "
        + "without hesitation", "This is a relation of equals between two countries, two governments "
        + "and two presidents."), wrote.segments().stream().map(STORY::text).toList());
    assertEquals("Excelsior", STORY.affiliationOf(clemente).orElseThrow().name());
    assertEquals("Mexico", STORY.affiliationOf(jorge).orElseThrow().name());
  }

  @Test
  void ambassadorsLetterSpansTwoParagraphsTheSecondViaTheyWrote() {
    Entity ambassadors = STORY.expectEntity("six former U.S. ambassadors to Mexico");
    List<Quote> quotes = STORY.quotesBy(ambassadors);
    assertEquals(2, quotes.size());
    assertEquals("We are now deeply concerned to see this [U.S.-Mexico] foundation shaken",
        quotes.get(0).text(), "the bracketed insertion stays inside the quote");
    Quote second = quotes.get(1);
    assertEquals("they", second.speakerMention().orElseThrow().text());
    assertEquals(MentionKind.PRONOUN, second.speakerMention().orElseThrow().kind());
    assertEquals("wrote", cue(second));
    assertEquals(2, second.segments().size());
    String last = STORY.text(second.segments().get(1));
    assertTrue(last.startsWith("Mexicans believe that their national ‘dignity’ has been insulted."), last);
    assertTrue(last.endsWith("This is not in the United States’ long-term interest."), last);
    assertTrue(STORY.quotes().stream().noneMatch(q -> q.text().contains("dignity") && q.text().length() < 20),
        "the nested ‘dignity’ is not a quote of its own");
  }

  @Test
  void partialQuoteByLaJornada() {
    Quote totalWar = STORY.quotesBy(STORY.expectEntity("La Jornada")).get(0);
    assertEquals(QuoteKind.PARTIAL, totalWar.kind());
    assertEquals("total war", totalWar.text());
    assertEquals("blared", cue(totalWar));
  }

  @Test
  void indirectQuotes() {
    Quote videgaray = STORY.quotesBy(STORY.expectEntity("Videgaray")).get(0);
    assertEquals(QuoteKind.INDIRECT, videgaray.kind());
    assertEquals("the U.S.-Mexico relationship is at a crossroads", videgaray.text());
    Quote trump = STORY.quotesBy(STORY.expectEntity("Trump")).get(0);
    assertEquals(List.of("what", "were unfair trade practices"),
        trump.segments().stream().map(STORY::text).toList());
    assertEquals("what were unfair trade practices", trump.text());
    Quote cuevas = STORY.quotesBy(STORY.expectEntity("Cuevas")).get(0);
    assertEquals("questioned", cue(cuevas));
    assertTrue(cuevas.text().startsWith("why Mexico should continue"));
  }

  @Test
  void videgaraysSecondQuoteIsDirectThroughHe() {
    List<Quote> quotes = STORY.quotesBy(STORY.expectEntity("Videgaray"));
    assertEquals(List.of(QuoteKind.INDIRECT, QuoteKind.DIRECT), quotes.stream().map(Quote::kind).toList());
    assertEquals("he", quotes.get(1).speakerMention().orElseThrow().text());
  }

  @Test
  void nestedAttributionGivesOneQuotePerSource() {
    Entity attendee = STORY.expectEntity("one of the people who attended the meeting");
    List<Quote> outer = STORY.quotesBy(attendee);
    assertEquals(List.of("according to", "said"), outer.stream().map(BundledArticleTest::cue).toList());
    assertTrue(outer.get(1).text().startsWith("Deare said the president’s top aides"));
    assertEquals("the person", outer.get(1).speakerMention().orElseThrow().text());
    List<Quote> inner = STORY.quotesBy(STORY.expectEntity("Deare"));
    assertEquals(List.of("complained", "said"), inner.stream().map(BundledArticleTest::cue).toList());
    assertTrue(outer.get(1).span().covers(inner.get(1).span()));
  }

  @Test
  void relatedHeadlines() {
    Quote unattributed = STORY.quotes().stream().filter(q -> q.speaker().isEmpty()).findFirst().orElseThrow();
    assertEquals("We don’t want him", unattributed.text());
    assertEquals(Optional.empty(), unattributed.cue());
    assertEquals(1, STORY.quotes().stream().filter(q -> q.speaker().isEmpty()).count());
    Quote warns = STORY.quotesBy(STORY.expectEntity("Peña Nieto")).get(0);
    assertEquals("Mexico’s president", warns.speakerMention().orElseThrow().text());
    assertEquals("if Trump wants to talk trade, he’ll have to talk security, too", warns.text());
  }

  @Test
  void attributionLiesInTheQuotesParagraph() {
    for (Quote q : STORY.quotes()) {
      Paragraph p = STORY.paragraphs().stream().filter(x -> x.span().covers(q.segments().get(0))).findFirst().orElseThrow();
      q.cue().ifPresent(c -> assertTrue(p.span().covers(c), q.id()));
      q.speakerMention().ifPresent(m -> assertTrue(p.span().covers(m.span()), q.id()));
      assertTrue(p.span().covers(q.span()), q.id());
      assertEquals(q.speaker().isPresent(), q.cue().isPresent(), q.id());
    }
  }

  // ------------------------------------------------------------------ span relations

  @Test
  void spanRelationsOverTheLayers() {
    Paragraph p37 = STORY.paragraphs().get(36);
    assertEquals(List.of("I", "Mexico", "he"), texts(STORY.mentions().coveredBy(p37)));
    Mention he = STORY.mentions().coveredBy(p37).get(2);
    assertEquals("“I’m confident the strength of our partnership and friendship with Mexico is dynamic "
        + "enough to withstand 140-character broadsides or unrealistic demands,” he said.",
        STORY.sentenceOf(he).orElseThrow().text());
    assertEquals(p37, STORY.paragraphOf(he).orElseThrow());
    // ¶41: the attendee's quote contains Deare's
    Quote deare = STORY.quotesBy(STORY.expectEntity("Deare")).get(1);
    assertEquals(List.of(STORY.quotesBy(STORY.expectEntity("e-attendee")).get(1)),
        STORY.quotes().covering(deare));
    // Castañeda Hoeflich's quote runs over two sentences, so no one sentence holds it
    Quote wrote = STORY.quotesBy(STORY.expectEntity("Clemente Castañeda Hoeflich")).get(0);
    assertEquals(Optional.empty(), STORY.sentenceOf(wrote));
    assertEquals(2, STORY.sentences().overlapping(wrote).size());
    // ¶36 "But Cardin voiced optimism for the future of U.S.-Mexico relations while taking a swipe
    // at Trump and his penchant…"
    Mention cardin = STORY.mentionsOf(STORY.expectEntity("Cardin")).get(2);
    assertEquals(List.of("U.S.", "Mexico", "Trump"), texts(STORY.mentions().following(cardin, 3)));
  }

  @Test
  void mentionsInAQuoteLeaveOutItsAttribution() {
    // ¶29: “If the United States wants dialogue …,” Cuevas said. “Otherwise, what Mexico should do
    // is … with Central America.”
    Quote cuevas = STORY.quotesBy(STORY.expectEntity("Cuevas")).get(1);
    assertEquals(List.of("United States", "Mexico", "Central America"), texts(STORY.mentionsIn(cuevas)));
    assertEquals(List.of("United States", "Cuevas", "Mexico", "Central America"),
        texts(STORY.mentions().coveredBy(cuevas)));
  }

  // ------------------------------------------------------------------ consistency of the gold data

  @Test
  void everyNameMentionIsAnAliasOfItsEntity() {
    for (Mention m : STORY.mentions()) {
      if (m.kind() == MentionKind.NAME) {
        assertTrue(m.entity().aliases().contains(m.text()), m.text() + " of " + m.entity().id());
      }
    }
    for (Entity e : STORY.entities(EntityType.UNNAMED_SOURCE)) {
      assertEquals(List.of(), e.aliases());
    }
  }

  /**
   * Checks completeness independently of the annotation: every whole-word occurrence of any alias
   * in the text lies inside some name mention (its own entity's, or a longer name's, as "Mexico"
   * inside "Mexico City").
   */
  @Test
  void everyOccurrenceOfAnAliasIsInsideANameMention() {
    List<Span> names = STORY.mentions().stream().filter(m -> m.kind() == MentionKind.NAME)
        .map(Mention::span).toList();
    List<String> missed = new ArrayList<>();
    for (Entity e : STORY.entities()) {
      for (String alias : e.aliases()) {
        Matcher m = Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(alias) + "(?![\\p{L}\\p{N}])")
            .matcher(STORY.text());
        while (m.find()) {
          Span at = new Span(m.start(), m.end());
          if (names.stream().noneMatch(n -> n.covers(at))) {
            missed.add(alias + " at " + at);
          }
        }
      }
    }
    assertEquals(List.of(), missed);
  }

  @Test
  void everySpanIsTrimmed() {
    List<Span> spans = new ArrayList<>();
    STORY.paragraphs().forEach(p -> spans.add(p.span()));
    STORY.sentences().forEach(x -> spans.add(x.span()));
    STORY.mentions().forEach(m -> spans.add(m.span()));
    STORY.quotes().forEach(q -> {
      spans.addAll(q.segments());
      q.cue().ifPresent(spans::add);
    });
    for (Span s : spans) {
      String text = STORY.text(s);
      assertEquals(text.strip(), text, "span " + s);
    }
  }

  @Test
  void noTwoMentionsOfOneEntityOverlap() {
    for (Entity e : STORY.entities()) {
      List<Mention> mentions = STORY.mentionsOf(e);
      for (int i = 1; i < mentions.size(); i++) {
        assertFalse(mentions.get(i - 1).span().overlaps(mentions.get(i).span()), e.id());
      }
    }
  }

  @Test
  void metadataMarksWhatIsInferred() {
    var m = STORY.metadata();
    Fact publisher = m.publisher().orElseThrow();
    assertEquals("Los Angeles Times", publisher.value());
    assertTrue(publisher.isInferred());
    Fact published = m.published().orElseThrow();
    assertEquals("2017-02-22T03:00", published.value());
    assertEquals("3 a.m.", STORY.text(published.evidence().orElseThrow()));
    assertTrue(published.isInferred(), "the date is not in the text");
    assertEquals(List.of("4:30 p.m.", "9:55 a.m."),
        m.updated().stream().map(f -> STORY.text(f.evidence().orElseThrow())).toList());
    assertEquals(List.of("2017-02-22T16:30", "2017-02-22T09:55"), m.updated().stream().map(Fact::value).toList());
    assertEquals("Cecilia Sanchez", m.contributors().get(0).value());
    assertFalse(m.contributors().get(0).isInferred());
    assertEquals("AFP/Getty Images", m.credits().get(0).value());
  }
}
