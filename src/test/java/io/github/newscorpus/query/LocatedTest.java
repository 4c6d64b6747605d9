package io.github.newscorpus.query;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.newscorpus.model.Article;
import org.junit.jupiter.api.Test;

class LocatedTest {

  @Test
  void printsTheArticleIdAndTheItemNeverTheArticle() {
    Article small = CorpusQueriesTest.small();
    assertEquals("Located[small: Mention[m1 \"Benjamin L. Cardin\" 5..23 → e-c NAME]]",
        new Located<>(small, small.mentions().get(0)).toString());
    assertEquals("Located[small: Entity[e-m \"Mexico\" LOCATION]]",
        new Located<>(small, small.entities().get(1)).toString());
  }
}
