package io.github.newscorpus.export;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.newscorpus.FormatProblem;
import io.github.newscorpus.model.Span;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Reads T-line offsets over small texts whose indices are counted by hand. */
class BratSpansTest {

  /** a0 b1 \n2 c3 d4 space5 e6 f7: eight code points, eight UTF-16 units. */
  private static final String TEXT = "ab\ncd ef";

  private final BratProblems problems = new BratProblems("x.ann");

  private Optional<List<Span>> read(String text, String offsets, String covered) {
    return new BratSpans(text, problems).read(3, offsets, covered);
  }

  private void assertSpans(List<Span> expected, Optional<List<Span>> read) {
    assertEquals(List.of(), problems.list());
    assertEquals(Optional.of(expected), read);
  }

  private void assertProblem(String message, Optional<List<Span>> read) {
    assertEquals(Optional.empty(), read);
    assertEquals(List.of("x.ann:3:1: " + message),
        problems.list().stream().map(FormatProblem::toString).toList());
  }

  @Test
  void theJavadocTableHolds() {
    assertSpans(List.of(new Span(0, 2)), read(TEXT, "0 2", "ab"));
    assertSpans(List.of(new Span(0, 5)), read(TEXT, "0 2;3 5", "ab cd"));
    assertSpans(List.of(new Span(0, 2), new Span(6, 8)), read(TEXT, "0 2;6 8", "ab ef"));
    assertSpans(List.of(new Span(3, 5), new Span(6, 8)), read(TEXT, "3 5;6 8", "cd ef"));
  }

  @Test
  void fragmentsThatATabOrACarriageReturnAndLineFeedSeparateAreJoinedToo() {
    assertSpans(List.of(new Span(0, 3)), read("a\tb", "0 1;2 3", "a b"));
    // a0 \r1 \n2 b3: the writer splits at each break, so "a", nothing, "b"
    assertSpans(List.of(new Span(0, 4)), read("a\r\nb", "0 1;3 4", "a b"));
  }

  /** In "😀 ab" the emoji is code point 0 but UTF-16 units 0 and 1: "ab" is [2, 4) and [3, 5). */
  @Test
  void offsetsAreCodePointsAndSpansUtf16() {
    assertSpans(List.of(new Span(3, 5)), read("😀 ab", "2 4", "ab"));
    assertSpans(List.of(new Span(0, 2)), read("😀 ab", "0 1", "😀"));
    assertProblem("fragment [0, 5) must lie inside the text (4 code points) with begin <= end",
        read("😀 ab", "0 5", "😀 ab"));
  }

  @Test
  void theTextMustBeTheFragmentsJoinedBySpaces() {
    assertProblem("text \"ab\" does not match the text at its offsets, \"ab cd\"",
        read(TEXT, "0 2;3 5", "ab"));
  }

  @Test
  void aFragmentIsTwoNumbersOfAtMostTenDigits() {
    assertProblem("expected a fragment \"begin end\", found \"0-2\"", read(TEXT, "0-2", "ab"));
    assertEquals(Optional.empty(), read(TEXT, "0 99999999999", "ab"));
    assertEquals("expected a fragment \"begin end\", found \"0 99999999999\"",
        problems.list().get(1).message());
  }

  @Test
  void aFragmentLiesInsideTheText() {
    assertProblem("fragment [0, 9999999999) must lie inside the text (8 code points) with begin <= "
        + "end", read(TEXT, "0 9999999999", "ab"));
  }

  @Test
  void aFragmentIsNotEmpty() {
    assertProblem("fragment [2, 2) is empty; a fragment must cover at least one character",
        read(TEXT, "2 2", ""));
  }

  @Test
  void aFragmentEndsBeforeItBegins() {
    assertProblem("fragment [5, 3) must lie inside the text (8 code points) with begin <= end",
        read(TEXT, "5 3", "cd"));
  }

  @Test
  void fragmentsAreInOrderAndDoNotOverlap() {
    assertProblem("fragments must be in order and must not overlap", read(TEXT, "3 5;0 2", "cd ab"));
    assertEquals(Optional.empty(), read(TEXT, "0 4;3 5", "ab\nc cd"));
    assertEquals(2, problems.list().size());
  }
}
