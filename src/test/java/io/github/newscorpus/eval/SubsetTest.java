package io.github.newscorpus.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.newscorpus.model.Article;
import io.github.newscorpus.model.ParagraphKind;
import io.github.newscorpus.model.Quote;
import io.github.newscorpus.model.QuoteKind;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Tests {@link Subset} on the bundled article. From its annotation: of the 196 name mentions 173
 * lie in BODY paragraphs (7 in RELATED, 6 in CAPTION, the rest in the headline, credit,
 * contributor and notes; "Trump" [0,5) is in the headline); of the 18 quotes, q1–q16 lie in BODY
 * paragraphs and q17, q18 in RELATED ones; 9 are DIRECT (q1, q4, q7–q10, q15–q17), 8 of them in
 * the body.
 */
class SubsetTest {

  private static final Article STORY = EntityScorerTest.STORY;
  private static final Evaluation ALL = EntityScorerTest.GOLD;
  private static final Evaluation BODY = ALL.within(Subset.paragraphs(ParagraphKind.BODY));
  private static final Annotations PERFECT = Annotations.from(STORY);

  @Test
  void bodyScopeScoresOnlyTheBodyOnBothSides() {
    assertEquals(new Counts(173, 0, 0, 0, 0), BODY.entities(PERFECT).counts(Scheme.STRICT));
    // a prediction in the headline is not scored in the body: 173 body gold missed, nothing spurious
    Annotations headline = Annotations.of(STORY.text()).mention(0, 5, "PER").build();
    assertEquals(new Counts(0, 0, 0, 173, 0), BODY.entities(headline).counts(Scheme.STRICT));
    assertEquals(new Counts(1, 0, 0, 195, 0), ALL.entities(headline).counts(Scheme.STRICT));
  }

  @Test
  void relatedStoryQuotesLeftOutOfTheBody() {
    // the predictions have every quote but those in RELATED paragraphs: q17 and q18
    Annotations noRelated = new Annotations(STORY.text(), PERFECT.mentions(),
        PERFECT.quotes().stream().filter(q -> STORY.paragraphs().firstCovering(q.segments().get(0))
            .orElseThrow().kind() != ParagraphKind.RELATED).toList(),
        List.of(), List.of());
    assertEquals(List.of("q17", "q18"), STORY.quotes().stream().filter(q -> STORY.paragraphs()
        .firstCovering(q.segments().get(0)).orElseThrow().kind() == ParagraphKind.RELATED)
        .map(Quote::id).toList());
    QuoteScore all = ALL.quotes(noRelated, QuoteOverlap.STRICT);
    assertEquals(List.of(16, 18, 16), List.of(all.matched(), all.gold(), all.predicted()));
    QuoteScore body = BODY.quotes(noRelated, QuoteOverlap.STRICT);
    assertEquals(List.of(16, 16, 16), List.of(body.matched(), body.gold(), body.predicted()));
    assertEquals(new Ratios(1, 1, 1), body.ratios());
  }

  @Test
  void quoteKindsSelectTheGoldAndWhatMatchesIt() {
    // every quote predicted with its gold kind, plus two in the headline: [0,5) with no kind
    // (spurious) and [6,20) said to be INDIRECT (not scored)
    Annotations.Builder b = Annotations.of(STORY.text());
    PERFECT.quotes().forEach(b::quote);
    Annotations p = b.quote(PredictedQuote.of(0, 5)).quote(PredictedQuote.of(6, 20).kind(QuoteKind.INDIRECT))
        .build();
    QuoteScore direct = ALL.within(Subset.ALL.quoteKinds(QuoteKind.DIRECT)).quotes(p, QuoteOverlap.STRICT);
    // 9 DIRECT gold, all matched; predicted: their 9 matches and the kindless one
    assertEquals(List.of(9, 9, 10), List.of(direct.matched(), direct.gold(), direct.predicted()));
    assertEquals(new Accuracy(9, 9), direct.kind());
    QuoteScore bodyDirect = ALL.within(Subset.paragraphs(ParagraphKind.BODY).quoteKinds(QuoteKind.DIRECT))
        .quotes(p, QuoteOverlap.STRICT);
    // in the body: 8 DIRECT, and the headline predictions are out of scope
    assertEquals(List.of(8, 8, 8), List.of(bodyDirect.matched(), bodyDirect.gold(), bodyDirect.predicted()));
  }

  @Test
  void emptySelectionsAreRefused() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> new Subset(EnumSet.noneOf(ParagraphKind.class), EnumSet.allOf(QuoteKind.class)));
    assertEquals("paragraphKinds must not be empty; Subset.ALL scores everything", e.getMessage());
    assertEquals("Subset[paragraphKinds=[BODY], quoteKinds=[DIRECT, PARTIAL]]",
        Subset.paragraphs(ParagraphKind.BODY).quoteKinds(QuoteKind.PARTIAL, QuoteKind.DIRECT).toString());
  }
}
