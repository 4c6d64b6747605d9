package io.github.newscorpus.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Tests {@link Span}. Relation cases are named by diagrams: one cell per character, {@code [} and
 * {@code ]} bound span A (they take no width), {@code -} is a character of A only, {@code #} a
 * character of span B, {@code .} a character of neither, and {@code |} marks an empty span B.
 */
class SpanTest {

  /** Returns A and B drawn by a diagram. */
  static Span[] spans(String diagram) {
    int position = 0;
    int aBegin = -1;
    int aEnd = -1;
    int bBegin = -1;
    int bEnd = -1;
    for (char c : diagram.toCharArray()) {
      switch (c) {
        case '[' -> aBegin = position;
        case ']' -> aEnd = position;
        case '|' -> {
          bBegin = position;
          bEnd = position;
        }
        case '#' -> {
          if (bBegin < 0) {
            bBegin = position;
          }
          bEnd = position + 1;
          position++;
        }
        default -> position++;
      }
    }
    return new Span[] {new Span(aBegin, aEnd), new Span(bBegin, bEnd)};
  }

  @ParameterizedTest(name = "{0}: A covers B {1}, overlaps {2}")
  @CsvSource({
      "'[--]..##', false, false", // apart
      "'[--]##',   false, false", // touching after
      "'##[--]',   false, false", // touching before
      "'[-##-]',   true,  true",  // nested
      "'[##]',     true,  true",  // identical
      "'[##--]',   true,  true",  // same begin
      "'[--##]',   true,  true",  // same end
      "'[--#]##',  false, true",  // overlapping the end
      "'#[#--]',   false, true",  // overlapping the begin
      "'#[--]#',   false, true",  // B covers A
      "'[-|-]',    true,  false", // empty B inside
      "'[--]|',    true,  false", // empty B at A's end
      "'|[--]',    true,  false", // empty B at A's begin
      "'[--].|',   false, false", // empty B outside
  })
  void relations(String diagram, boolean covers, boolean overlaps) {
    Span[] ab = spans(diagram);
    assertEquals(covers, ab[0].covers(ab[1]), "covers");
    assertEquals(overlaps, ab[0].overlaps(ab[1]), "overlaps");
    assertEquals(overlaps, ab[1].overlaps(ab[0]), "overlaps is symmetric");
  }

  @Test
  void emptySpanOverlapsNothingNotEvenItself() {
    Span empty = new Span(3, 3);
    assertEquals(false, empty.overlaps(empty));
    assertEquals(true, empty.covers(empty));
    assertEquals(true, empty.isEmpty());
    assertEquals(0, empty.length());
  }

  @Test
  void sortsByBeginThenLongestFirst() {
    List<Span> spans = new ArrayList<>(List.of(
        new Span(5, 6), new Span(0, 2), new Span(0, 9), new Span(5, 5), new Span(2, 4)));
    spans.sort(null);
    assertEquals(List.of(new Span(0, 9), new Span(0, 2), new Span(2, 4), new Span(5, 6),
        new Span(5, 5)), spans);
  }

  @Test
  void documentOrderIsTheNaturalOrderAtAnyOffset() {
    List<Span> spans = new ArrayList<>(List.of(new Span(70_000, 70_001), new Span(1_000, 1_000),
        new Span(1_000, 70_000), new Span(999, 2_000_000_000), new Span(1_000, 1_200)));
    spans.sort(Span.DOCUMENT_ORDER);
    assertEquals(List.of(new Span(999, 2_000_000_000), new Span(1_000, 70_000),
        new Span(1_000, 1_200), new Span(1_000, 1_000), new Span(70_000, 70_001)), spans);
    assertEquals(0, new Span(1_000, 70_000).compareTo(new Span(1_000, 70_000)));
  }

  @Test
  void rejectsNegativeBegin() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new Span(-1, 2));
    assertEquals("begin (-1) must not be negative", e.getMessage());
  }

  @Test
  void rejectsEndBeforeBegin() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new Span(5, 4));
    assertEquals("end (4) must not be less than begin (5)", e.getMessage());
  }

  @Test
  void printsHalfOpenRange() {
    assertEquals("[3, 7)", new Span(3, 7).toString());
    assertEquals(4, new Span(3, 7).length());
  }
}
