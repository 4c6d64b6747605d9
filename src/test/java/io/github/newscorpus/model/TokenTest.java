package io.github.newscorpus.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class TokenTest {

  @Test
  void printsTextAndSpan() {
    assertEquals("Token[\"Trump\" 0..5]", new Token(new Span(0, 5), "Trump").toString());
    assertEquals("Token[\"\\\"\" 7..8]", new Token(new Span(7, 8), "\"").toString());
  }
}
