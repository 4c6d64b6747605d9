package io.github.newscorpus.query;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class WordsTest {

  @ParameterizedTest(name = "\"{0}\" has {1} words")
  @CsvSource({
      "'', 0",
      "'   ', 0",
      "'one', 1",
      "' two  words ', 2",
      "'U.S.-Mexico — border', 2",
      "'$1.4 billion', 2",
      "'#AdiosStarbucks 👋 ok', 2",
      "'[U.S.-Mexico] foundation', 2",
  })
  void countsRunsWithALetterOrDigit(String text, int words) {
    assertEquals(words, Words.count(text));
  }
}
