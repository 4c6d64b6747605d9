package io.github.newscorpus.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class ParagraphTest {

  @Test
  void holdsSpanTextAndKind() {
    Paragraph p = new Paragraph(new Span(0, 5), "Hello", ParagraphKind.HEADLINE);
    assertEquals("Hello", p.text());
    assertEquals(ParagraphKind.HEADLINE, p.kind());
  }

  @Test
  void rejectsTextOfAnotherLength() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> new Paragraph(new Span(0, 5), "Hell", ParagraphKind.BODY));
    assertEquals("text length (4) must equal span length (5) for span [0, 5)", e.getMessage());
  }

  @Test
  void printsTextSpanAndKind() {
    assertEquals("Paragraph[\"Hello\" 0..5 HEADLINE]",
        new Paragraph(new Span(0, 5), "Hello", ParagraphKind.HEADLINE).toString());
  }
}
