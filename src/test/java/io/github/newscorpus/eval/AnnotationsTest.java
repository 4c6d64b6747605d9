package io.github.newscorpus.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.newscorpus.model.EntityType;
import io.github.newscorpus.model.QuoteKind;
import io.github.newscorpus.model.Span;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class AnnotationsTest {

  @Test
  void labelsNameTypesInAnyCaseOrByConllNames() {
    assertEquals(EntityType.PERSON, Annotations.type("per"));
    assertEquals(EntityType.LOCATION, Annotations.type("GPE"));
    assertEquals(EntityType.ORGANIZATION, Annotations.type(" organization "));
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Annotations.type("MISC"));
    assertEquals("entity label \"MISC\" has no counterpart among [PERSON, ORGANIZATION, LOCATION, NORP, "
        + "LAW, MEDIA, BRAND, UNNAMED_SOURCE]", e.getMessage());
    IllegalArgumentException unknown = assertThrows(IllegalArgumentException.class,
        () -> Annotations.type("PERS"));
    assertEquals("unknown entity label \"PERS\" for default labels; expected one of BRAND, "
        + "CARDINAL, DATE, EVENT, FAC, GPE, LANGUAGE, LAW, LOC, LOCATION, MEDIA, MISC, MONEY, NORP, "
        + "ORDINAL, ORG, ORGANIZATION, PER, PERCENT, PERSON, PRODUCT, QUANTITY, TIME, "
        + "UNNAMED_SOURCE, WORK_OF_ART", unknown.getMessage());
  }

  @Test
  void aMentionWithoutCounterpartIsLeftOutAndAMapCanBeChosen() {
    Annotations a = Annotations.of("Ann met Bob in May.").mention(0, 3, "PER")
        .mention(15, 18, "DATE").labels(LabelMap.CONLL_2003).mention(8, 11, "PER").build();
    assertEquals(List.of(new PredictedMention(new Span(0, 3), EntityType.PERSON),
        new PredictedMention(new Span(8, 11), EntityType.PERSON)), a.mentions());
    Annotations.Builder conll = Annotations.of("Ann met Bob.").labels(LabelMap.CONLL_2003);
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> conll.mention(0, 3, "PERSON"));
    assertEquals("unknown entity label \"PERSON\" for CoNLL-2003 labels; expected one of LOC, "
        + "MISC, ORG, PER", e.getMessage());
  }

  @Test
  void buildSortsEachListIntoDocumentOrder() {
    Annotations a = Annotations.of("abcdef").mention(3, 5, "PER").mention(0, 2, "LOC")
        .sentence(3, 6).sentence(0, 3).build();
    assertEquals(List.of(new Span(0, 2), new Span(3, 5)), a.mentions().stream().map(PredictedMention::span).toList());
    assertEquals(List.of(new Span(0, 3), new Span(3, 6)), a.sentences());
  }

  @Test
  void spansMustLieInsideTheText() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> Annotations.of("abc").token(2, 4).build());
    assertEquals("span [2, 4) must lie inside the text (length 3)", e.getMessage());
  }

  @Test
  void fromAnArticleTakesNameMentionsQuotesAndSentences() {
    Annotations a = Annotations.from(EvaluationTest.gold());
    // 4 name mentions; the pronoun "He" is left out
    assertEquals(4, a.mentions().size());
    PredictedQuote q = a.quotes().get(0);
    assertEquals(Optional.of(QuoteKind.DIRECT), q.kind());
    assertEquals(Optional.of(new Span(26, 29)), q.speaker());
    assertEquals(Optional.of(new Span(30, 34)), q.cue());
    assertEquals(3, a.sentences().size());
    assertEquals(new Ratios(1, 1, 1), EvaluationTest.EVAL.entities(a).ratios());
  }

  @Test
  void printsTheTextLengthAndCountsNeverTheText() {
    Annotations a = Annotations.of("Ann met Bob.").mention(0, 3, "PER").mention(8, 11, "PER")
        .quote(PredictedQuote.of(4, 7)).sentence(0, 12).build();
    assertEquals("Annotations[12 chars, 2 mentions, 1 quote, 1 sentence, 0 tokens]", a.toString());
  }
}
