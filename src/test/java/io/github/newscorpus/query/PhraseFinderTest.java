package io.github.newscorpus.query;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.newscorpus.model.Span;
import java.util.List;
import org.junit.jupiter.api.Test;

class PhraseFinderTest {

  @Test
  void matchesAcrossAnyWhitespaceAndNotInsideWords() {
    // 0         1         2         3
    // 0123456789012345678901234567890123456
    // "Peña  Nieto met PEÑA\nNIETO; Peñasco"
    PhraseFinder finder = new PhraseFinder("Peña  Nieto met PEÑA\nNIETO; Peñasco");
    assertEquals(List.of(new Span(0, 11), new Span(16, 26)), finder.find("pena nieto"));
    assertEquals(List.of(new Span(0, 4), new Span(16, 20)), finder.find("peña"));
  }

  @Test
  void matchesDecomposedAccentsAndSupplementaryCharacters() {
    // "Pen\u0303a" is Peña with a combining tilde, [0,5); "😀" takes two UTF-16 units, [6,8);
    // "pena" is [9,13)
    PhraseFinder finder = new PhraseFinder("Pen\u0303a 😀 pena");
    assertEquals(List.of(new Span(0, 5), new Span(9, 13)), finder.find("PEÑA"));
    assertEquals(List.of(new Span(6, 8)), finder.find("😀"));
  }

  /** Regression: a no-break space and a decomposed phrase were not matched. */
  @Test
  void matchesNoBreakSpacesAndDecomposedPhrases() {
    // "Peña\u00A0Nieto" is [0,10)
    PhraseFinder finder = new PhraseFinder("Peña\u00A0Nieto");
    assertEquals(List.of(new Span(0, 10)), finder.find("pena nieto"));
    assertEquals(List.of(new Span(0, 4)), finder.find("Pen\u0303a"));
  }
}
