package io.github.newscorpus.token;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.newscorpus.model.Span;
import io.github.newscorpus.model.Token;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** Tests {@link Tokenizer}, rule by rule; the expected tokens are written by hand, joined by " | ". */
class TokenizerTest {

  private static String tokens(String text) {
    return String.join(" | ", Tokenizer.tokenize(text).stream().map(Token::text).toList());
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '=', textBlock = """
      the new U.S. president                 = the | new | U.S. | president
      Sen. Gabriela Cuevas questioned         = Sen. | Gabriela | Cuevas | questioned
      John F. Kelly, the secretary            = John | F. | Kelly | , | the | secretary
      4:30 p.m.: This article                 = 4:30 | p.m. | : | This | article
      originally published at 3 a.m.         = originally | published | at | 3 | a.m.
      about $1.4 billion in goods             = about | $ | 1.4 | billion | in | goods
      140-character broadsides               = 140 | - | character | broadsides
      the U.S.-Mexico border                  = the | U.S. | - | Mexico | border
      this [U.S.-Mexico] foundation           = this | [ | U.S. | - | Mexico | ] | foundation
      son-in-law and                          = son | - | in | - | law | and
      (AFP/Getty Images)                      = ( | AFP | / | Getty | Images | )
      #AdiosStarbucks, #AdiosWalmart          = #AdiosStarbucks | , | #AdiosWalmart
      Trump’s demand                          = Trump | ’s | demand
      The Times’ Mexico City bureau           = The | Times | ’ | Mexico | City | bureau
      We don’t want him’                      = We | do | n’t | want | him | ’
      “I’m confident he’ll go,” he said.      = “ | I | ’m | confident | he | ’ll | go | , | ” | he | said | .
      national ‘dignity’ has                  = national | ‘ | dignity | ’ | has
      long-term interest.”                    = long | - | term | interest | . | ”
      trade — about                           = trade | — | about
      they aren’t Mexican.                    = they | are | n’t | Mexican | .
      (AFP/Getty Images).                     = ( | AFP | / | Getty | Images | ) | .
      the Times' bureau                       = the | Times | ' | bureau
      an anti-U.S. rally                      = an | anti | - | U.S. | rally
      """)
  void followsTheDocumentedRules(String text, String expected) {
    assertEquals(expected, tokens(text));
  }

  @Test
  void spansIndexTheTextAndSkipWhitespace() {
    // "a  bc.\\nd": a [0,1) bc [3,5) . [5,6) d [7,8)  ("b." alone would be an initial, kept whole)
    assertEquals(List.of(new Span(0, 1), new Span(3, 5), new Span(5, 6), new Span(7, 8)),
        Tokenizer.tokenize("a  bc.\nd").stream().map(Token::span).toList());
  }

  @Test
  void blankTextHasNoTokens() {
    assertEquals(List.of(), Tokenizer.tokenize(" \n\t "));
  }

  @Test
  void supplementaryCharactersStayInTheirToken() {
    // "👋 hi!" : 👋 [0,2) hi [3,5) ! [5,6)
    assertEquals(List.of(new Span(0, 2), new Span(3, 5), new Span(5, 6)),
        Tokenizer.tokenize("👋 hi!").stream().map(Token::span).toList());
  }

  /** Regression: a no-break space stayed inside a token, which CoNLL cannot hold. */
  @Test
  void noBreakSpacesSeparateTokens() {
    // "Peña\u00A0Nieto\u2009said": Peña [0,4) Nieto [5,10) said [11,15)
    assertEquals(List.of(new Span(0, 4), new Span(5, 10), new Span(11, 15)),
        Tokenizer.tokenize("Peña\u00A0Nieto\u2009said").stream().map(Token::span).toList());
  }
}
