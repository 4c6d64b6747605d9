package io.github.newscorpus.query;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.newscorpus.model.Article;
import java.util.List;
import org.junit.jupiter.api.Test;

class CorpusEntityTest {

  @Test
  void printsNameTypeAndFirstMember() {
    Article small = CorpusQueriesTest.small();
    assertEquals("CorpusEntity[\"Mexico\" LOCATION, 1 member: small/e-m]", new CorpusEntity("Mexico",
        small.entities().get(1).type(), List.of(new Located<>(small, small.entities().get(1)))).toString());
    // the three share an external id; the first member gives the name
    CorpusEntity merged = CorpusQueries.of(List.of(CorpusQueriesTest.withIds("w1", "Ben Cardin"),
        CorpusQueriesTest.withIds("w2", "Tim Kaine"), CorpusQueriesTest.withIds("w3", "B. Cardin")))
        .entities().get(0);
    assertEquals("CorpusEntity[\"Ben Cardin\" PERSON, 3 members: w1/e-x, …]", merged.toString());
  }
}
