package io.github.newscorpus.query;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.newscorpus.model.Article;
import java.util.List;
import org.junit.jupiter.api.Test;

class CorpusCooccurrenceTest {

  @Test
  void printsTheCorpusEntityNameTypeAndCount() {
    Article small = CorpusQueriesTest.small();
    CorpusEntity mexico = new CorpusEntity("Mexico", small.entities().get(1).type(),
        List.of(new Located<>(small, small.entities().get(1))));
    assertEquals("CorpusCooccurrence[\"Mexico\" LOCATION ×3]", new CorpusCooccurrence(mexico, 3).toString());
  }
}
