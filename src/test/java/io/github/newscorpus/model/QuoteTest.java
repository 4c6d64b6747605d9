package io.github.newscorpus.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class QuoteTest {

  private static Quote quote(List<Span> segments, String text) {
    return new Quote("q1", QuoteKind.DIRECT, segments, text, Optional.empty(), Optional.empty(),
        Optional.empty());
  }

  @Test
  void spanRunsFromFirstSegmentToLast() {
    // "ab" at [2,4) and "cde" at [10,13), joined: "ab cde"
    Quote q = quote(List.of(new Span(2, 4), new Span(10, 13)), "ab cde");
    assertEquals(new Span(2, 13), q.span());
    assertEquals("ab cde", q.text());
  }

  @Test
  void rejectsNoSegments() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> quote(List.of(), ""));
    assertEquals("quote q1 must have at least one segment", e.getMessage());
  }

  @Test
  void rejectsSegmentsOutOfOrder() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> quote(List.of(new Span(10, 13), new Span(2, 4)), "cde ab"));
    assertEquals("segment [2, 4) of quote q1 must start after segment [10, 13) ends", e.getMessage());
  }

  @Test
  void rejectsTextNotAsLongAsTheJoinedSegments() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> quote(List.of(new Span(2, 4), new Span(10, 13)), "abcde"));
    assertEquals("text length (5) of quote q1 must equal the segment lengths joined by single "
        + "spaces (6)", e.getMessage());
  }

  @Test
  void rejectsNullSpeaker() {
    NullPointerException e = assertThrows(NullPointerException.class, () -> new Quote("q1",
        QuoteKind.DIRECT, List.of(new Span(0, 1)), "a", null, Optional.empty(), Optional.empty()));
    assertEquals("speaker must not be null", e.getMessage());
  }

  @Test
  void printsIdTextSpanSegmentsSpeakerAndKind() {
    Entity ann = Entity.of("e-ann", "Ann", EntityType.PERSON);
    Mention she = new Mention("m2", new Span(13, 16), "She", ann, MentionKind.PRONOUN);
    Quote saidByAnn = new Quote("q1", QuoteKind.DIRECT, List.of(new Span(24, 34)), "We did it.",
        Optional.of(ann), Optional.of(she), Optional.of(new Span(17, 21)));
    assertEquals("Quote[q1 \"We did it.\" 24..34 by e-ann DIRECT]", saidByAnn.toString());
    Quote twoSegments = new Quote("q2", QuoteKind.PARTIAL, List.of(new Span(2, 4), new Span(10, 13)),
        "ab cde", Optional.empty(), Optional.empty(), Optional.empty());
    assertEquals("Quote[q2 \"ab cde\" 2..13 in 2 segments PARTIAL]", twoSegments.toString());
  }
}
