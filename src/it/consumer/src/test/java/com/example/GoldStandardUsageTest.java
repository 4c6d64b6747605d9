package com.example;

import static io.github.newscorpus.eval.ScoreAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.newscorpus.eval.Annotations;
import io.github.newscorpus.eval.Evaluation;
import io.github.newscorpus.eval.PredictedQuote;
import io.github.newscorpus.eval.QuoteOverlap;
import io.github.newscorpus.eval.Scheme;
import io.github.newscorpus.junit.GoldQuotes;
import io.github.newscorpus.junit.NewsCorpusExtension;
import io.github.newscorpus.model.Article;
import io.github.newscorpus.model.Mention;
import io.github.newscorpus.model.Quote;
import io.github.newscorpus.model.QuoteKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;

/**
 * Uses the JUnit extension, the gold providers, the scorer and its assertions the way a consumer
 * testing their own NLP code would, through the public API only.
 */
@ExtendWith(NewsCorpusExtension.class)
class GoldStandardUsageTest {

  /** Stands in for the consumer's quote extractor: here it just echoes the gold direct quotes. */
  static Annotations myQuoteExtractor(Article story) {
    Annotations.Builder out = Annotations.of(story.text());
    for (Quote q : story.quotes()) {
      if (q.kind() == QuoteKind.DIRECT && q.speakerMention().isPresent()) {
        PredictedQuote p = PredictedQuote.of(q.segments().get(0).begin(), q.segments().get(0).end());
        for (int i = 1; i < q.segments().size(); i++) {
          p = p.segment(q.segments().get(i).begin(), q.segments().get(i).end());
        }
        Mention who = q.speakerMention().get();
        p = p.kind(q.kind()).speaker(who.span().begin(), who.span().end());
        out.quote(p);
      }
    }
    return out.build();
  }

  @Test
  void scoresAnExtractorAgainstTheGold(Article story) {
    var score = Evaluation.of(story).quotes(myQuoteExtractor(story), QuoteOverlap.STRICT);
    // 8 of the 9 direct quotes have a speaker; the 18 gold quotes include 9 others
    assertThat(score).precisionAtLeast(1.0).recallAtLeast(8 / 18.0);
    AssertionError failure = assertThrows(AssertionError.class, () -> assertThat(score).f1AtLeast(0.9));
    assertTrue(failure.getMessage().contains("FALSE_NEGATIVE gold"), failure.getMessage());
  }

  @Test
  void scoresATagger(Article story) {
    Annotations nothing = Annotations.of(story.text()).build();
    var ner = Evaluation.of(story).entities(nothing);
    assertThrows(AssertionError.class, () -> assertThat(ner.scheme(Scheme.PARTIAL)).f1AtLeast(0.1));
  }

  @ParameterizedTest
  @GoldQuotes(kinds = QuoteKind.DIRECT)
  void everyDirectQuoteHasContent(Quote gold) {
    assertFalse(gold.text().isBlank());
  }

  @ParameterizedTest
  @GoldQuotes(kinds = QuoteKind.DIRECT)
  void everyDirectQuoteComesWithItsArticle(Quote gold, Article story) {
    assertTrue(story.quotes().contains(gold));
  }
}
