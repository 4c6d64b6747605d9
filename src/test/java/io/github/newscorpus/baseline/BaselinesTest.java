package io.github.newscorpus.baseline;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.newscorpus.Corpus;
import org.junit.jupiter.api.Test;

class BaselinesTest {

  @Test
  void printsOneRowPerSchemeAndThreshold() {
    String table = Baselines.table(Corpus.bundled().articles().get(0));
    // 4 entity schemes + 2 quote thresholds, under a header of 2 lines
    assertEquals(4, table.lines().filter(l -> l.startsWith("| capitalised-run tagger")).count(), table);
    assertEquals(2, table.lines().filter(l -> l.startsWith("| quotation-mark extractor")).count(), table);
  }
}
