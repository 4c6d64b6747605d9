package io.github.newscorpus.query;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.newscorpus.model.Span;
import org.junit.jupiter.api.Test;

class KwicLineTest {

  @Test
  void printsTheMatchInBrackets() {
    assertEquals("met [Bob] at", new KwicLine(new Span(4, 7), "met ", "Bob", " at").toString());
  }

  @Test
  void escapesLineBreaksSoTheLineStaysOne() {
    // an article without paragraphs gives context across lines
    assertEquals("a\\nb [Bob]\\tc", new KwicLine(new Span(5, 8), "a\nb ", "Bob", "\tc").toString());
  }
}
