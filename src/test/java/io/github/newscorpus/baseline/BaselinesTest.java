package io.github.newscorpus.baseline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.newscorpus.Corpus;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class BaselinesTest {

  @Test
  void printsOneRowPerSchemeAndThreshold() {
    String table = Baselines.table(Corpus.bundled().articles().get(0));
    // 4 entity schemes + 2 quote thresholds, under a header of 2 lines
    assertEquals(4, table.lines().filter(l -> l.startsWith("| capitalised-run tagger")).count(), table);
    assertEquals(2, table.lines().filter(l -> l.startsWith("| quotation-mark extractor")).count(), table);
  }

  /** The README's table must be the one the command prints, so its figures are never stale. */
  @Test
  void readmeShowsTheCurrentTable() throws IOException {
    String readme = Files.readString(Path.of("README.md"));
    String table = Baselines.table(Corpus.bundled().articles().get(0)).strip();
    assertTrue(readme.contains(table), "README.md is stale: run mvn -q test-compile exec:java@baselines");
  }
}
