package io.github.newscorpus.json;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LayoutTest {

  @ParameterizedTest(name = "{0}: {1}")
  @CsvSource({
      "corpus.jsonl, JSON_LINES",
      "dir/CORPUS.JSONL, JSON_LINES",
      "corpus.json, CORPUS_JSON",
      "corpus.jsonl.json, CORPUS_JSON",
      "corpus, CORPUS_JSON"})
  void isKnownByTheFilesName(String file, Layout layout) {
    assertEquals(layout, Layout.of(Path.of(file)));
    assertEquals(layout, Layout.of(file));
  }

  @org.junit.jupiter.api.Test
  void aPathWithoutANameIsCorpusJson() {
    assertEquals(Layout.CORPUS_JSON, Layout.of(Path.of("/")));
  }
}
