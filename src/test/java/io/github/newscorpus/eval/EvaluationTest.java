package io.github.newscorpus.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
import io.github.newscorpus.model.Token;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;

/**
 * Tests {@link Evaluation} on a story whose offsets were counted by hand:
 *
 * <pre>
 * Ann Lee met Bob in Paris. Bob said “we won.” He left.
 * Ann Lee [0,7) PERSON · met [8,11) · Bob [12,15) PERSON · Paris [19,24) LOCATION ·
 * Bob [26,29) PERSON · said [30,34) · “ [35,36) · we won. [36,43) · ” [43,44) · He [45,47) Bob
 * sentences [0,25) [26,44) [45,53); text length 53
 * </pre>
 *
 * Every expected figure is worked out in a comment beside it.
 */
class EvaluationTest {

  static final String TEXT = "Ann Lee met Bob in Paris. Bob said “we won.” He left.";
  static final Entity ANN = Entity.of("e-ann", "Ann Lee", EntityType.PERSON).withAliases(List.of("Ann Lee"));
  static final Entity BOB = Entity.of("e-bob", "Bob", EntityType.PERSON).withAliases(List.of("Bob"));
  static final Entity PARIS = Entity.of("e-paris", "Paris", EntityType.LOCATION).withAliases(List.of("Paris"));

  static Article gold() {
    Mention bob2 = new Mention("m4", new Span(26, 29), "Bob", BOB, MentionKind.NAME);
    return Article.builder("story", TEXT)
        .paragraphs(List.of(new Paragraph(new Span(0, 53), TEXT, ParagraphKind.BODY)))
        .sentences(List.of(new Sentence(new Span(0, 25), TEXT.substring(0, 25)),
            new Sentence(new Span(26, 44), TEXT.substring(26, 44)),
            new Sentence(new Span(45, 53), "He left.")))
        .entities(List.of(ANN, BOB, PARIS))
        .mentions(List.of(new Mention("m1", new Span(0, 7), "Ann Lee", ANN, MentionKind.NAME),
            new Mention("m2", new Span(12, 15), "Bob", BOB, MentionKind.NAME),
            new Mention("m3", new Span(19, 24), "Paris", PARIS, MentionKind.NAME), bob2,
            new Mention("m5", new Span(45, 47), "He", BOB, MentionKind.PRONOUN)))
        .quotes(List.of(new Quote("q1", QuoteKind.DIRECT, List.of(new Span(36, 43)), "we won.",
            Optional.of(BOB), Optional.of(bob2), Optional.of(new Span(30, 34)))))
        .build();
  }

  static final Evaluation EVAL = Evaluation.of(gold());

  static Annotations.Builder predicted() {
    return Annotations.of(TEXT);
  }

  // ------------------------------------------------------------------ entities

  @Test
  void emptyPredictionsFindNothing() {
    EntityScore s = EVAL.entities(predicted().build());
    for (Scheme scheme : Scheme.values()) {
      // 4 gold name mentions (the pronoun is not scored), none predicted
      assertEquals(new Counts(0, 0, 0, 4, 0), s.counts(scheme));
      assertEquals(new Ratios(0, 0, 0), s.ratios(scheme));
    }
    assertEquals(4, s.errors().size());
    assertEquals("FALSE_NEGATIVE gold [0, 7) \"Ann Lee\" PERSON", s.errors().get(0).toString());
  }

  @Test
  void predictionsEqualToGoldArePerfect() {
    EntityScore s = EVAL.entities(predicted().mention(0, 7, "PERSON").mention(12, 15, "PER")
        .mention(19, 24, "LOC").mention(26, 29, "person").build());
    for (Scheme scheme : Scheme.values()) {
      assertEquals(new Counts(4, 0, 0, 0, 0), s.counts(scheme));
      assertEquals(new Ratios(1, 1, 1), s.ratios(scheme));
      assertEquals(new Ratios(1, 1, 1), s.macro(scheme));
    }
    assertEquals(List.of(), s.errors());
  }

  @Test
  void shiftedBoundaryWrongTypeAndSpuriousUnderEachScheme() {
    // "Lee" overlaps "Ann Lee" (same type); "Paris" typed PERSON; "met" is spurious
    EntityScore s = EVAL.entities(predicted().mention(4, 7, "PERSON").mention(12, 15, "PERSON")
        .mention(19, 24, "PERSON").mention(26, 29, "PERSON").mention(8, 11, "LOCATION").build());
    // STRICT: Bob, Bob correct; Lee, Paris incorrect; met spurious: P 2/5, R 2/4, F1 4/9
    assertEquals(new Counts(2, 2, 0, 0, 1), s.counts(Scheme.STRICT));
    assertRatios(0.4, 0.5, 4.0 / 9, s.ratios(Scheme.STRICT));
    // EXACT: Bob, Paris, Bob correct; Lee incorrect: P 3/5, R 3/4, F1 2/3
    assertEquals(new Counts(3, 1, 0, 0, 1), s.counts(Scheme.EXACT));
    assertRatios(0.6, 0.75, 2.0 / 3, s.ratios(Scheme.EXACT));
    // PARTIAL: Lee partial (half): P 3.5/5, R 3.5/4, F1 2·0.7·0.875/1.575 = 7/9
    assertEquals(new Counts(3, 0, 1, 0, 1), s.counts(Scheme.PARTIAL));
    assertRatios(0.7, 0.875, 7.0 / 9, s.ratios(Scheme.PARTIAL));
    // TYPE: Lee, Bob, Bob correct; Paris incorrect
    assertEquals(new Counts(3, 1, 0, 0, 1), s.counts(Scheme.TYPE));
    // per type: a prediction counts for its own type's precision, a gold mention for its type's
    // recall. STRICT, PERSON: gold Ann Lee incorrect (via Lee), Bob, Bob correct; predictions Lee
    // and Paris (typed PERSON) incorrect, Bob, Bob correct: P 2/4, R 2/3, F1 (2/3)/(7/6) = 4/7
    assertEquals(new TypeCounts(new Counts(2, 1, 0, 0, 0), new Counts(2, 2, 0, 0, 0)),
        s.counts(Scheme.STRICT, EntityType.PERSON));
    assertRatios(0.5, 2.0 / 3, 4.0 / 7, s.ratios(Scheme.STRICT, EntityType.PERSON));
    // LOCATION: gold Paris incorrect (typed PERSON); prediction met spurious: P 0/1, R 0/1
    assertEquals(new TypeCounts(new Counts(0, 1, 0, 0, 0), new Counts(0, 0, 0, 0, 1)),
        s.counts(Scheme.STRICT, EntityType.LOCATION));
    // EXACT ignores types: LOCATION's gold Paris is found (R 1/1), its one prediction met is not
    // right (P 0/1): F1 0; PERSON: Lee incorrect, Bob, Bob, Paris correct: P 3/4; gold R 2/3
    assertRatios(0, 1, 0, s.ratios(Scheme.EXACT, EntityType.LOCATION));
    assertRatios(0.75, 2.0 / 3, 12.0 / 17, s.ratios(Scheme.EXACT, EntityType.PERSON));
    // macro over PERSON and LOCATION: P (1/2 + 0)/2, R (2/3 + 0)/2, F1 (4/7 + 0)/2
    assertRatios(0.25, 1.0 / 3, 2.0 / 7, s.macro(Scheme.STRICT));
    // EXACT does not count the type, so "Paris" is no error there; TYPE does not count boundaries
    // of the right type, so "Lee" is no error there
    assertEquals(List.of(ScoringError.Kind.BOUNDARY, ScoringError.Kind.FALSE_POSITIVE),
        s.errors(Scheme.EXACT).stream().map(ScoringError::kind).toList());
    assertEquals(List.of(ScoringError.Kind.FALSE_POSITIVE, ScoringError.Kind.TYPE),
        s.errors(Scheme.TYPE).stream().map(ScoringError::kind).toList());
    assertEquals(List.of(EntityType.PERSON, EntityType.LOCATION), s.types());
    assertEquals(List.of(
        "BOUNDARY gold [0, 7) \"Ann Lee\" PERSON, predicted [4, 7) \"Lee\" PERSON",
        "FALSE_POSITIVE predicted [8, 11) \"met\" LOCATION",
        "TYPE gold [19, 24) \"Paris\" LOCATION, predicted [19, 24) \"Paris\" PERSON"),
        s.errors().stream().map(ScoringError::toString).toList());
  }

  @Test
  void aDuplicatedPredictionIsSpurious() {
    // regression: both copies used to match the same gold mention and count as correct
    EntityScore s = EVAL.entities(predicted().mention(0, 7, "PERSON").mention(0, 7, "PERSON").build());
    // Ann Lee correct, its copy spurious, the other 3 gold missed: P 1/2, R 1/4
    assertEquals(new Counts(1, 0, 0, 3, 1), s.counts(Scheme.STRICT));
    assertEquals(4, s.counts(Scheme.STRICT).gold());
  }

  @Test
  void onePredictionOverTwoGoldMentionsMatchesOne() {
    // "Bob in Paris" [12,24) overlaps Bob [12,15) (3 characters, PERSON) and Paris [19,24) (5,
    // LOCATION); typed LOCATION, it takes Paris (same type first); Bob is missed
    EntityScore s = EVAL.entities(predicted().mention(12, 24, "LOCATION").build());
    assertEquals(new Counts(0, 0, 1, 3, 0), s.counts(Scheme.PARTIAL));
    assertEquals(new Counts(1, 0, 0, 3, 0), s.counts(Scheme.TYPE));
    assertEquals(List.of("BOUNDARY gold [19, 24) \"Paris\" LOCATION, predicted [12, 24) \"Bob in Paris\" LOCATION"),
        s.errors(Scheme.PARTIAL).stream().filter(e -> e.kind() == ScoringError.Kind.BOUNDARY)
            .map(ScoringError::toString).toList());
  }

  @Test
  void twoPredictionsOverOneGoldMentionLeaveOneSpurious() {
    // "Ann" [0,3) and "Lee" [4,7) both overlap Ann Lee [0,7): the first takes it, the second is spurious
    EntityScore s = EVAL.entities(predicted().mention(0, 3, "PERSON").mention(4, 7, "PERSON").build());
    assertEquals(new Counts(0, 0, 1, 3, 1), s.counts(Scheme.PARTIAL));
  }

  @Test
  void perTypeSidesAddUpToTheOverallCounts() {
    EntityScore s = EVAL.entities(predicted().mention(4, 7, "ORG").mention(12, 24, "PERSON")
        .mention(26, 29, "LOC").mention(45, 47, "PERSON").build());
    for (Scheme scheme : Scheme.values()) {
      Counts gold = new Counts(0, 0, 0, 0, 0);
      Counts predicted = new Counts(0, 0, 0, 0, 0);
      for (EntityType t : s.types()) {
        gold = gold.plus(s.counts(scheme, t).gold());
        predicted = predicted.plus(s.counts(scheme, t).predicted());
      }
      Counts all = s.counts(scheme);
      assertEquals(new Counts(all.correct(), all.incorrect(), all.partial(), all.missed(), 0), gold,
          scheme.name());
      assertEquals(new Counts(all.correct(), all.incorrect(), all.partial(), 0, all.spurious()),
          predicted, scheme.name());
    }
  }

  @Test
  void wrongTypesOnlyAtExactBoundaries() {
    // all four typed LOCATION: only Paris is right
    EntityScore s = EVAL.entities(predicted().mention(0, 7, "LOC").mention(12, 15, "LOC")
        .mention(19, 24, "LOC").mention(26, 29, "LOC").build());
    assertEquals(new Counts(1, 3, 0, 0, 0), s.counts(Scheme.STRICT));
    assertEquals(new Counts(4, 0, 0, 0, 0), s.counts(Scheme.EXACT));
    assertEquals(new Counts(4, 0, 0, 0, 0), s.counts(Scheme.PARTIAL));
    assertEquals(new Counts(1, 3, 0, 0, 0), s.counts(Scheme.TYPE));
    assertRatios(0.25, 0.25, 0.25, s.ratios(Scheme.STRICT));
    assertEquals(3, s.errors().stream().filter(e -> e.kind() == ScoringError.Kind.TYPE).count());
  }

  @Test
  void emptyGoldAndEmptyPredictionsArePerfect() {
    Evaluation nothing = Evaluation.of(Article.builder("empty", TEXT).build());
    assertEquals(new Ratios(1, 1, 1), nothing.entities(predicted().build()).ratios());
    // a prediction where nothing is to be found: P 0/1, R 0/0 (counted 0)
    assertEquals(new Ratios(0, 0, 0), nothing.entities(predicted().mention(0, 3, "PERSON").build()).ratios());
  }

  // ------------------------------------------------------------------ quotes

  @Test
  void quoteMarksInTheSpanMatchAtPointThreeButNotAtPointEight() {
    // “we won.” is [35,44), 9 characters; the gold content [36,43) is 7: overlap 7/9 = 0.78
    Annotations p = predicted().quote(PredictedQuote.of(35, 44).kind(QuoteKind.DIRECT)
        .speaker(26, 29).cue(30, 34)).build();
    QuoteScore lenient = EVAL.quotes(p, QuoteOverlap.LENIENT);
    assertEquals(new Ratios(1, 1, 1), lenient.ratios());
    assertEquals(new Accuracy(1, 1), lenient.speaker());
    assertEquals(new Accuracy(1, 1), lenient.cue());
    assertEquals(new Accuracy(1, 1), lenient.kind());
    assertEquals(List.of("BOUNDARY gold q1 \"we won.\" by Bob, predicted \"“we won.”\" (overlap 0.78)"),
        lenient.errors().stream().map(ScoringError::toString).toList());
    QuoteScore strict = EVAL.quotes(p, QuoteOverlap.STRICT);
    assertEquals(0, strict.matched());
    assertEquals(new Ratios(0, 0, 0), strict.ratios());
    // errors in document order: the prediction starts at 35, the gold quote at 36
    assertEquals(List.of(ScoringError.Kind.FALSE_POSITIVE, ScoringError.Kind.FALSE_NEGATIVE),
        strict.errors().stream().map(ScoringError::kind).toList());
  }

  @Test
  void speakerIsRightThroughAnyMentionOfTheGoldSpeaker() {
    // "He" [45,47) is a pronoun mention of Bob, so it names the right speaker; with no kind
    // given, the kind is not judged
    QuoteScore s = EVAL.quotes(predicted().quote(PredictedQuote.of(36, 43).speaker(45, 47)
        .cue(30, 34)).build(), QuoteOverlap.STRICT);
    assertEquals(new Accuracy(1, 1), s.speaker());
    assertEquals(new Accuracy(1, 1), s.cue());
    assertEquals(new Accuracy(0, 0), s.kind());
    assertEquals(List.of(), s.errors());
    // the wrong kind is judged
    QuoteScore wrongKind = EVAL.quotes(predicted().quote(PredictedQuote.of(36, 43).speaker(45, 47)
        .cue(30, 34).kind(QuoteKind.INDIRECT)).build(), QuoteOverlap.STRICT);
    assertEquals(new Accuracy(0, 1), wrongKind.kind());
    assertEquals(List.of("TYPE gold DIRECT q1 \"we won.\" by Bob, predicted INDIRECT"),
        wrongKind.errors().stream().map(ScoringError::toString).toList());
  }

  @Test
  void wrongSpeakerAndWrongCue() {
    QuoteScore s = EVAL.quotes(predicted().quote(PredictedQuote.of(36, 43).kind(QuoteKind.DIRECT)
        .speaker(0, 7).cue(8, 11)).build(), QuoteOverlap.STRICT);
    assertEquals(new Accuracy(0, 1), s.speaker());
    assertEquals(new Accuracy(0, 1), s.cue());
    assertEquals(List.of(
        "SPEAKER gold q1 \"we won.\" by Bob, predicted speaker \"Ann Lee\" (Ann Lee)",
        "CUE gold cue \"said\" [30, 34), predicted \"met\" [8, 11)"),
        s.errors().stream().map(ScoringError::toString).toList());
  }

  @Test
  void aSpeakerSpanOverEverythingNamesTheMentionItOverlapsMost() {
    // regression: any overlap used to count. [0,53) overlaps every mention; it overlaps "Ann Lee"
    // (7 characters) most, so it names Ann Lee, not Bob
    QuoteScore s = EVAL.quotes(predicted().quote(PredictedQuote.of(36, 43).speaker(0, 53)).build(),
        QuoteOverlap.STRICT);
    assertEquals(new Accuracy(0, 1), s.speaker());
  }

  @Test
  void noQuotePredictedAndASpuriousOne() {
    QuoteScore none = EVAL.quotes(predicted().build(), QuoteOverlap.LENIENT);
    assertEquals(new Ratios(0, 0, 0), none.ratios());
    assertEquals(List.of("FALSE_NEGATIVE gold q1 \"we won.\" by Bob"),
        none.errors().stream().map(ScoringError::toString).toList());
    QuoteScore spurious = EVAL.quotes(predicted().quote(PredictedQuote.of(0, 7)).build(), QuoteOverlap.LENIENT);
    assertEquals(1, spurious.predicted());
    assertEquals(0, spurious.matched());
  }

  @Test
  void thresholdMustBeAFraction() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> EVAL.quotes(predicted().build(), QuoteOverlap.atLeast(0)));
    assertEquals("minimum (0.0) must be in (0, 1]", e.getMessage());
  }

  @Test
  void nothingPredictedJudgesNoAccuracy() {
    // regression (issue 15): an empty prediction reported speaker 0/0 (1.000)
    QuoteScore none = EVAL.quotes(predicted().build(), QuoteOverlap.LENIENT);
    assertEquals("quotes at overlap 0.30: 0 of 1 gold matched by 0 predicted; speaker 0/0 (nothing "
        + "judged), cue 0/0 (nothing judged), kind 0/0 (nothing judged)", none.description());
    assertEquals(OptionalDouble.empty(), none.speaker().value());
  }

  // ------------------------------------------------------------------ sentences

  @Test
  void sentenceBoundariesAfterTrimming() {
    // predicted [0,26) ends at 25 once its space is trimmed; [26,35) "Bob said " at 34; [35,53) at 53
    BoundaryScore s = EVAL.sentences(predicted().sentence(0, 26).sentence(26, 35).sentence(35, 53).build());
    assertEquals(2, s.correct()); // 25 and 53
    assertRatios(2.0 / 3, 2.0 / 3, 2.0 / 3, s.ratios());
    assertEquals(List.of(
        // 20 characters each side: [14,34) and [34,53)
        "FALSE_POSITIVE extra boundary at 34: \"b in Paris. Bob said| “we won.” He left.\"",
        "FALSE_NEGATIVE missed boundary at 44: \". Bob said “we won.”| He left.\""),
        s.errors().stream().map(ScoringError::toString).toList());
  }

  @Test
  void tokensByExactSpan() {
    // gold tokens "Bob" [0,3) "said" [4,8) "." [8,9); predicted "Bob" and "said." [4,9)
    String text = "Bob said.";
    Article withTokens = Article.builder("t", text).tokens(List.of(
        new Token(new Span(0, 3), "Bob"),
        new Token(new Span(4, 8), "said"),
        new Token(new Span(8, 9), "."))).build();
    SpanScore s = Evaluation.of(withTokens).tokens(Annotations.of(text).token(0, 3).token(4, 9).build());
    assertRatios(0.5, 1.0 / 3, 0.4, s.ratios()); // 1 of 2 predicted, 1 of 3 gold: F1 = 2·½·⅓/(⅚) = 0.4
    assertEquals(List.of("FALSE_POSITIVE predicted [4, 9) \"said.\"", "FALSE_NEGATIVE gold [4, 8) \"said\"",
        "FALSE_NEGATIVE gold [8, 9) \".\""), s.errors().stream().map(ScoringError::toString).toList());
    IllegalStateException e = assertThrows(IllegalStateException.class,
        () -> EVAL.tokens(predicted().build()));
    assertEquals("article story has no gold tokens to score against", e.getMessage());
  }

  @Test
  void emptyPredictedSpansAreRejected() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> predicted().mention(5, 5, "PERSON"));
    assertEquals("a predicted mention must cover some text; [5, 5) is empty", e.getMessage());
  }

  @Test
  void predictionsForAnotherTextAreRejected() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> EVAL.entities(Annotations.of("other").build()));
    assertEquals("the predictions are for another text (length 5) than article story (length 53)",
        e.getMessage());
  }

  static void assertRatios(double p, double r, double f1, Ratios actual) {
    assertEquals(p, actual.precision(), 1e-12, "precision");
    assertEquals(r, actual.recall(), 1e-12, "recall");
    assertEquals(f1, actual.f1(), 1e-12, "F1");
  }

  // ------------------------------------------------------------------ coreference

  @Test
  void coreferenceRefusesClustersOfAnotherText() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> EVAL.coreference(Clusters.of("other").build(), CorefScope.ALL));
    assertEquals("the clusters are for another text (length 5) than article story (length 53)",
        e.getMessage());
  }

  @Test
  void refusesToScoreCoreferenceWithinASubsetRatherThanIgnoreIt() {
    Clusters none = Clusters.of(TEXT).build();
    IllegalStateException e = assertThrows(IllegalStateException.class,
        () -> EVAL.within(Subset.paragraphs(ParagraphKind.BODY)).coreference(none, CorefScope.ALL));
    assertTrue(e.getMessage().startsWith("coreference is scored over whole chains, not within "),
        e.getMessage());
  }
}
