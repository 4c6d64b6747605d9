package com.example;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.newscorpus.Corpus;
import io.github.newscorpus.junit.CorpusFile;
import io.github.newscorpus.junit.GoldQuotes;
import io.github.newscorpus.junit.NewsCorpusExtension;
import io.github.newscorpus.model.Article;
import io.github.newscorpus.model.Quote;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;

/** Runs the extension and a gold source over the consumer's own corpus file. */
@ExtendWith(NewsCorpusExtension.class)
@CorpusFile("src/test/resources/my-gold.jsonl")
class OwnCorpusTest {

  @Test
  void getsItsOwnCorpus(Corpus corpus, Article first) {
    assertEquals(List.of("mine-1", "mine-2"), corpus.articles().stream().map(Article::id).toList());
    assertEquals("mine-1", first.id());
  }

  /** Runs twice: q1 of mine-1 ("We won.") and q1 of mine-2 ("Not yet."). */
  @ParameterizedTest
  @GoldQuotes
  void everyQuoteComesWithItsArticle(Quote gold, Article story) {
    assertTrue(story.quotes().contains(gold));
    assertEquals(story.id().equals("mine-1") ? "We won." : "Not yet.", gold.text());
  }
}
