package com.example.readme;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.newscorpus.Corpus;
import io.github.newscorpus.junit.*;
import io.github.newscorpus.model.*;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;

// README, "Score your NLP code against the gold": the JUnit extension, verbatim.
@ExtendWith(NewsCorpusExtension.class)
@CorpusFile("src/test/resources/my-gold.jsonl")     // optional: your corpus instead of the bundled one
class MyExtractorTest {
  @Test void scores(Article story, Corpus corpus) {           // needs junit-jupiter-api only
    assertEquals(story, corpus.articles().get(0));
  }

  @ParameterizedTest @GoldQuotes(kinds = QuoteKind.DIRECT)   // also @GoldEntities, @GoldMentions, @GoldSentences
  void findsTheSpeaker(Quote gold, Article story) {          // story: the article the quote is in
    assertTrue(story.quotes().contains(gold));
  }
}
