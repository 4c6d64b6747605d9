package io.github.newscorpus.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

/**
 * Tests {@link Article} on a three-line story whose offsets were worked out by hand:
 *
 * <pre>
 * [0,12)  "Ann Lee won."                   HEADLINE
 * [13,35) "She said: “We did it.”"         BODY    She [13,16) said [17,21) We did it. [24,34)
 * [36,45) "Bob left."                      BODY    Bob [36,39)
 * </pre>
 */
class ArticleTest {

  static final String TEXT = "Ann Lee won.\nShe said: “We did it.”\nBob left.";
  static final Entity ANN = Entity.of("e-ann", "Ann Lee", EntityType.PERSON)
      .withAliases(List.of("Ann Lee")).withAffiliation("e-club");
  static final Entity BOB = Entity.of("e-bob", "Bob", EntityType.PERSON).withAliases(List.of("Bob"));
  static final Entity CLUB = Entity.of("e-club", "Chess Club", EntityType.ORGANIZATION);
  static final Paragraph P1 = new Paragraph(new Span(0, 12), "Ann Lee won.", ParagraphKind.HEADLINE);
  static final Paragraph P2 = new Paragraph(new Span(13, 35), "She said: “We did it.”", ParagraphKind.BODY);
  static final Paragraph P3 = new Paragraph(new Span(36, 45), "Bob left.", ParagraphKind.BODY);
  static final Mention ANN_NAME = new Mention("m1", new Span(0, 7), "Ann Lee", ANN, MentionKind.NAME);
  static final Mention SHE = new Mention("m2", new Span(13, 16), "She", ANN, MentionKind.PRONOUN);
  static final Mention BOB_NAME = new Mention("m3", new Span(36, 39), "Bob", BOB, MentionKind.NAME);
  static final Quote QUOTE = new Quote("q1", QuoteKind.DIRECT, List.of(new Span(24, 34)),
      "We did it.", Optional.of(ANN), Optional.of(SHE), Optional.of(new Span(17, 21)));

  /** Returns a valid builder with every layer given out of order. */
  static Article.Builder story() {
    return Article.builder("a1", TEXT)
        .paragraphs(List.of(P3, P1, P2))
        .sentences(List.of(new Sentence(P2.span(), P2.text()), new Sentence(P1.span(), P1.text()),
            new Sentence(P3.span(), P3.text())))
        .entities(List.of(CLUB, BOB, ANN))
        .mentions(List.of(BOB_NAME, SHE, ANN_NAME))
        .quotes(List.of(QUOTE));
  }

  @Test
  void sortsEveryLayerIntoDocumentOrder() {
    Article a = story().build();
    assertEquals(List.of(P1, P2, P3), a.paragraphs());
    assertEquals(List.of(ANN_NAME, SHE, BOB_NAME), a.mentions());
    assertEquals(new Span(0, 12), a.sentences().get(0).span());
  }

  @Test
  void listsEntitiesByFirstMentionThenUnmentioned() {
    assertEquals(List.of(ANN, BOB, CLUB), story().build().entities());
  }

  @Test
  void headlineIsTheHeadlineParagraph() {
    assertEquals("Ann Lee won.", story().build().headline());
    assertEquals("", story().paragraphs(List.of(P2)).sentences(List.of()).build().headline());
  }

  @Test
  void queriesByEntity() {
    Article a = story().build();
    assertEquals(List.of(ANN_NAME, SHE), a.mentionsOf(ANN));
    assertEquals(List.of(QUOTE), a.quotesBy(ANN));
    assertEquals(List.of(), a.quotesBy(BOB));
    assertEquals(List.of(P1, P2), a.paragraphsMentioning(ANN));
    assertEquals(List.of(P3), a.paragraphsMentioning(BOB));
    assertEquals(List.of(), a.paragraphsMentioning(CLUB));
    assertEquals(List.of(P2, P3), a.paragraphs(ParagraphKind.BODY));
    assertEquals(List.of(CLUB), a.entities(EntityType.ORGANIZATION));
    assertEquals(List.of(), a.entities(EntityType.LAW));
    assertEquals(Optional.of(CLUB), a.affiliationOf(ANN));
    assertEquals(Optional.empty(), a.affiliationOf(BOB));
  }

  @Test
  void queriesForAnEntityNotInTheArticleFindNothing() {
    Entity otherBob = Entity.of("e-bob", "Bob Other", EntityType.PERSON);
    assertEquals(List.of(), story().build().mentionsOf(otherBob));
    assertEquals(List.of(), story().build().quotesBy(otherBob));
    assertEquals(List.of(), story().build().paragraphsMentioning(otherBob));
  }

  @Test
  void entitiesAreComparedByValue() {
    Entity equalAnn = Entity.of("e-ann", "Ann Lee", EntityType.PERSON)
        .withAliases(List.of("Ann Lee")).withAffiliation("e-club");
    assertEquals(List.of(QUOTE), story().build().quotesBy(equalAnn));
  }

  @Test
  void findsEntitiesIgnoringCaseAccentsAndSpaces() {
    Article a = story().build();
    assertEquals(Optional.of(ANN), a.findEntity("  ANN   lee "));
    assertEquals(Optional.of(BOB), a.findEntity("e-bob"));
    assertEquals(Optional.of(CLUB), a.findEntity("chess club"));
    assertEquals(Optional.empty(), a.findEntity("Nobody"));
  }

  @Test
  void expectEntitySuggestsCloseNames() {
    NoSuchElementException e =
        assertThrows(NoSuchElementException.class, () -> story().build().expectEntity("Bobb"));
    assertEquals("no entity matches \"Bobb\" in article a1; closest: \"Bob\" (e-bob)", e.getMessage());
  }

  @Test
  void coveredTextOfASpan() {
    Article a = story().build();
    assertEquals("said", a.text(new Span(17, 21)));
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> a.text(new Span(40, 50)));
    assertEquals("span [40, 50) must lie inside the text of article a1 (length 45)", e.getMessage());
  }

  @Test
  void equalByValueWhateverTheInputOrder() {
    Article sorted = story().paragraphs(List.of(P1, P2, P3)).mentions(List.of(ANN_NAME, SHE, BOB_NAME)).build();
    assertEquals(story().build(), sorted);
    assertEquals(story().build().hashCode(), sorted.hashCode());
    assertNotEquals(story().build(), story().quotes(List.of()).build());
  }

  @Test
  void tiesAreOrderedByIdSoInputOrderNeverMatters() {
    Entity g1 = Entity.of("e-g1", "G1", EntityType.LAW);
    Entity g2 = Entity.of("e-g2", "G2", EntityType.LAW);
    Mention she2 = new Mention("m0", new Span(13, 16), "She", BOB, MentionKind.PRONOUN);
    Article one = story().entities(List.of(CLUB, BOB, ANN, g1, g2)).mentions(List.of(BOB_NAME, SHE, ANN_NAME, she2)).build();
    Article two = story().entities(List.of(g2, ANN, g1, BOB, CLUB)).mentions(List.of(she2, ANN_NAME, SHE, BOB_NAME)).build();
    assertEquals(one, two);
    assertEquals(List.of(ANN, BOB, CLUB, g1, g2), one.entities(), "never mentioned: by id");
    assertEquals(List.of(ANN_NAME, she2, SHE, BOB_NAME), one.mentions(), "same span: by id");
  }

  @Test
  void listsAreUnmodifiable() {
    Article a = story().build();
    assertThrows(UnsupportedOperationException.class, () -> a.mentions().clear());
    assertThrows(UnsupportedOperationException.class, () -> a.mentionsOf(ANN).clear());
  }

  @Test
  void validStoryHasNoProblems() {
    assertEquals(List.of(), story().problems());
  }

  @Test
  void problemsAreCheckedAgainAfterALayerIsSetAgain() {
    Paragraph wrong = new Paragraph(new Span(36, 45), "Bob lefT.", ParagraphKind.BODY);
    Article.Builder b = story().paragraphs(List.of(wrong, P1, P2));
    assertEquals(1, b.problems().size());
    b.paragraphs(List.of(P3, P1, P2));
    assertEquals(List.of(), b.problems());
    assertEquals(3, b.build().paragraphs().size());
    Mention again = new Mention("m9", new Span(36, 39), "Bob", BOB, MentionKind.NAME);
    b.mentions(List.of(BOB_NAME, SHE, ANN_NAME, again));
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, b::build);
    assertEquals("article a1 has 1 problem:\n  mentions/3: mention m9 repeats an earlier NAME "
        + "mention of e-bob at the same place; annotate each mention once", e.getMessage());
  }

  @Test
  void everySetterChecksTheLayersAgain() {
    Span outside = new Span(40, 50);
    String tooFar = "x".repeat(10);
    Entity stranger = Entity.of("e-eve", "Eve", EntityType.PERSON);
    Quote wrongSpeaker = new Quote("q1", QuoteKind.DIRECT, List.of(new Span(24, 34)),
        "We did it.", Optional.of(BOB), Optional.of(SHE), Optional.of(new Span(17, 21)));
    List<UnaryOperator<Article.Builder>> breaks = List.of(
        b -> b.paragraphs(List.of(P1, P2, P3, new Paragraph(outside, tooFar, ParagraphKind.BODY))),
        b -> b.sentences(List.of(new Sentence(outside, tooFar))),
        b -> b.tokens(List.of(new Token(outside, tooFar))),
        b -> b.entities(List.of(BOB, ANN)),
        b -> b.mentions(List.of(BOB_NAME, SHE, ANN_NAME,
            new Mention("m9", new Span(36, 39), "Bob", stranger, MentionKind.NAME))),
        b -> b.quotes(List.of(wrongSpeaker)),
        b -> b.metadata(new Metadata(Optional.of(new Fact("LA Times", Optional.of(outside),
            Optional.empty())), Optional.empty(), List.of(), List.of(), List.of())));
    for (int i = 0; i < breaks.size(); i++) {
      Article.Builder b = story();
      assertEquals(List.of(), b.problems());
      breaks.get(i).apply(b);
      assertNotEquals(List.of(), b.problems(), "setter " + i + " left the old verdict");
    }
  }

  @Test
  void reportsCoveredTextThatDoesNotMatch() {
    Paragraph wrong = new Paragraph(new Span(36, 45), "Bob lefT.", ParagraphKind.BODY);
    assertEquals(List.of(new Problem("paragraphs/0/text", "text \"Bob lefT.\" does not match the "
        + "covered text \"Bob left.\"")), story().paragraphs(List.of(wrong, P1, P2)).problems());
  }

  @Test
  void reportsAParagraphThatSpansALineBreak() {
    // "won." is [8, 12), the line break 12 and "She said" [13, 21): a paragraph is one line
    Paragraph two = new Paragraph(new Span(8, 21), "won.\nShe said", ParagraphKind.BODY);
    Article.Builder b = Article.builder("a", TEXT).paragraphs(List.of(two)).sentences(List.of());
    assertEquals(List.of(new Problem("paragraphs/0", "paragraph \"won.\\nShe said\" spans a line "
        + "break; a paragraph is one line")), b.problems());
  }

  @Test
  void reportsALoneSurrogateInTheTextByCharacter() {
    // "é" is one character; the lone low surrogate after "Ann " is the 5th
    Article.Builder b = Article.builder("a", "Ann \udc00 é");
    assertEquals(List.of(new Problem("text", "text must be well-formed Unicode; it holds a lone "
        + "surrogate (\\uDC00) at character 5")), b.problems());
  }

  @Test
  void reportsSpansOutsideTheText() {
    Paragraph outside = new Paragraph(new Span(40, 50), "x".repeat(10), ParagraphKind.BODY);
    assertEquals(List.of(new Problem("paragraphs/3",
        "span [40, 50) must lie inside the text (length 45)")),
        story().paragraphs(List.of(P1, P2, P3, outside)).problems());
  }

  @Test
  void reportsOverlappingParagraphsAgainstTheWidestBefore() {
    // [0,45) covers both [13,35) and [36,45); each overlap names paragraphs/0
    Paragraph all = new Paragraph(new Span(0, 45), TEXT, ParagraphKind.BODY);
    assertEquals(List.of(
        new Problem("paragraphs/0", "paragraph \"Ann Lee won.\\nShe said: “We did it.”\\nBob "
            + "left.\" spans a line break; a paragraph is one line"),
        new Problem("paragraphs/1", "\"She said: “We did it.”\" overlaps the paragraph \"Ann Lee "
            + "won.\\nShe said: “We did it.”\\nBob left.\"; paragraphs must not overlap"),
        new Problem("paragraphs/2", "\"Bob left.\" overlaps the paragraph \"Ann Lee "
            + "won.\\nShe said: “We did it.”\\nBob left.\"; paragraphs must not overlap")),
        story().paragraphs(List.of(all, P2, P3)).sentences(List.of()).problems());
  }

  @Test
  void reportsOverlapsOfParagraphsGivenOutOfOrderInDocumentOrder() {
    // given [36,45), [13,35), [0,45): in document order [0,45) comes first and covers the others
    Paragraph all = new Paragraph(new Span(0, 45), TEXT, ParagraphKind.BODY);
    assertEquals(List.of(
        new Problem("paragraphs/2", "paragraph \"Ann Lee won.\\nShe said: “We did it.”\\nBob "
            + "left.\" spans a line break; a paragraph is one line"),
        new Problem("paragraphs/1", "\"She said: “We did it.”\" overlaps the paragraph \"Ann Lee "
            + "won.\\nShe said: “We did it.”\\nBob left.\"; paragraphs must not overlap"),
        new Problem("paragraphs/0", "\"Bob left.\" overlaps the paragraph \"Ann Lee "
            + "won.\\nShe said: “We did it.”\\nBob left.\"; paragraphs must not overlap")),
        story().paragraphs(List.of(P3, P2, all)).sentences(List.of()).problems());
  }

  @Test
  void reportsSentenceAcrossParagraphs() {
    Sentence across = new Sentence(new Span(8, 16), TEXT.substring(8, 16));
    assertEquals(List.of(new Problem("sentences/0", "sentence \"won.\\nShe\" must lie inside one paragraph")),
        story().sentences(List.of(across)).problems());
  }

  @Test
  void reportsDuplicateIdsAcrossLayers() {
    Mention clash = new Mention("e-bob", new Span(36, 39), "Bob", BOB, MentionKind.NAME);
    assertEquals(List.of(new Problem("mentions/0", "id \"e-bob\" is already used by an entity; "
        + "ids must be unique within an article")),
        story().mentions(List.of(clash, SHE, ANN_NAME)).problems());
  }

  @Test
  void reportsMentionOfAnEntityNotInTheArticle() {
    Entity stranger = Entity.of("e-eve", "Eve", EntityType.PERSON);
    Mention eve = new Mention("m9", new Span(36, 39), "Bob", stranger, MentionKind.NAME);
    assertEquals(List.of(new Problem("mentions/3", "entity \"e-eve\" must be one of the article's entities")),
        story().mentions(List.of(BOB_NAME, SHE, ANN_NAME, eve)).problems());
  }

  @Test
  void reportsMentionOfAnEntityThatDiffersFromTheArticlesAndAcceptsAnEqualCopy() {
    Entity otherBob = Entity.of("e-bob", "Robert", EntityType.PERSON);
    Mention robert = new Mention("m3", new Span(36, 39), "Bob", otherBob, MentionKind.NAME);
    assertEquals(List.of(new Problem("mentions/0",
        "entity \"e-bob\" differs from the article's entity with that id")),
        story().mentions(List.of(robert, SHE, ANN_NAME)).problems());
    Entity copy = Entity.of("e-bob", "Bob", EntityType.PERSON).withAliases(List.of("Bob"));
    Mention bob = new Mention("m3", new Span(36, 39), "Bob", copy, MentionKind.NAME);
    assertEquals(List.of(), story().mentions(List.of(bob, SHE, ANN_NAME)).problems());
  }

  @Test
  void reportsSpeakerMentionOfAnotherEntity() {
    Quote wrong = new Quote("q1", QuoteKind.DIRECT, List.of(new Span(24, 34)), "We did it.",
        Optional.of(BOB), Optional.of(SHE), Optional.of(new Span(17, 21)));
    assertEquals(List.of(new Problem("quotes/0/speakerMention",
        "mention \"m2\" refers to e-ann, not to the speaker e-bob")),
        story().quotes(List.of(wrong)).problems());
  }

  @Test
  void reportsQuoteTextThatIsNotTheSegments() {
    Quote wrong = new Quote("q1", QuoteKind.DIRECT, List.of(new Span(24, 34)), "We did It.",
        Optional.empty(), Optional.empty(), Optional.empty());
    assertEquals(List.of(new Problem("quotes/0/segments/0/text", "text \"We did It.\" does not "
        + "match the covered text \"We did it.\"")), story().quotes(List.of(wrong)).problems());
  }

  @Test
  void reportsEachSegmentOfAQuoteWhosePartOfTheTextDiffersAndASeparatorThatIsNotASpace() {
    // [24, 34) is "We did it.", [24, 26) "We" and [31, 34) "it."
    Quote second = new Quote("q1", QuoteKind.DIRECT, List.of(new Span(24, 26), new Span(31, 34)),
        "We it!", Optional.empty(), Optional.empty(), Optional.empty());
    assertEquals(List.of(new Problem("quotes/0/segments/1/text", "text \"it!\" does not match the "
        + "covered text \"it.\"")), story().quotes(List.of(second)).problems());
    Quote joined = new Quote("q1", QuoteKind.DIRECT, List.of(new Span(24, 26), new Span(31, 34)),
        "We_it.", Optional.empty(), Optional.empty(), Optional.empty());
    assertEquals(List.of(new Problem("quotes/0", "text \"We_it.\" must join the segments' covered "
        + "texts with one space")), story().quotes(List.of(joined)).problems());
  }

  @Test
  void reportsEmptyAnnotations() {
    Mention empty = new Mention("m9", new Span(5, 5), "", ANN, MentionKind.NAME);
    Quote emptyCue = new Quote("q1", QuoteKind.DIRECT, List.of(new Span(24, 34)), "We did it.",
        Optional.empty(), Optional.empty(), Optional.of(new Span(17, 17)));
    assertEquals(List.of(
        new Problem("mentions/3", "a mention must cover some text; [5, 5) is empty"),
        new Problem("quotes/0/cue", "a cue must cover some text; [17, 17) is empty")),
        story().mentions(List.of(BOB_NAME, SHE, ANN_NAME, empty)).quotes(List.of(emptyCue)).problems());
  }

  @Test
  void reportsTheSameMentionTwice() {
    Mention again = new Mention("m9", new Span(36, 39), "Bob", BOB, MentionKind.NAME);
    assertEquals(List.of(new Problem("mentions/3", "mention m9 repeats an earlier NAME mention of "
        + "e-bob at the same place; annotate each mention once")),
        story().mentions(List.of(BOB_NAME, SHE, ANN_NAME, again)).problems());
  }

  @Test
  void reportsDanglingAffiliation() {
    assertEquals(List.of(new Problem("entities/1", "affiliation \"e-club\" of entity e-ann must "
        + "be the id of an entity in the article")),
        story().entities(List.of(BOB, ANN)).problems());
  }

  @Test
  void reportsSpanThatSplitsASurrogatePair() {
    String text = "Hi 👋!"; // the emoji is two UTF-16 units: [3,5)
    Article.Builder b = Article.builder("a2", text)
        .sentences(List.of(new Sentence(new Span(0, 4), text.substring(0, 4))));
    assertEquals(List.of(new Problem("sentences/0",
        "span [0, 4) must not split a surrogate pair: 4 falls inside \"👋\" (U+1F44B)")), b.problems());
  }

  @Test
  void buildListsEveryProblem() {
    Paragraph wrong = new Paragraph(new Span(36, 45), "Bob lefT.", ParagraphKind.BODY);
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> story().paragraphs(List.of(wrong, P1, P2)).entities(List.of(BOB, ANN)).build());
    assertEquals("article a1 has 2 problems:\n"
        + "  paragraphs/0/text: text \"Bob lefT.\" does not match the covered text \"Bob left.\"\n"
        + "  entities/1: affiliation \"e-club\" of entity e-ann must be the id of an entity in the article",
        e.getMessage());
  }

  @Test
  void printsIdLengthAndLayerSizesNeverTheText() {
    assertEquals("Article[a1: 45 chars, 3 paragraphs, 3 sentences, 0 tokens, 3 entities, 3 mentions, "
        + "1 quote]", story().build().toString());
    assertEquals("Article.Builder[a1: 45 chars, 3 paragraphs, 3 sentences, 0 tokens, 3 entities, "
        + "3 mentions, 1 quote]", story().toString());
    assertEquals("Article.Builder[\"a 1\": 1 char, 0 paragraphs, 0 sentences, 0 tokens, 0 entities, "
        + "0 mentions, 0 quotes]", Article.builder("a 1", "x").entities(List.of()).toString());
    assertEquals("Article[e: 0 chars, 0 paragraphs, 0 sentences, 0 tokens, 1 entity, 0 mentions, "
        + "0 quotes]", Article.builder("e", "")
        .entities(List.of(Entity.of("e-x", "X", EntityType.PERSON))).build().toString());
  }
}
