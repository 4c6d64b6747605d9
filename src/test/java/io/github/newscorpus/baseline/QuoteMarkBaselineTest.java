package io.github.newscorpus.baseline;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.newscorpus.eval.Annotations;
import io.github.newscorpus.eval.PredictedQuote;
import io.github.newscorpus.model.QuoteKind;
import io.github.newscorpus.model.Span;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class QuoteMarkBaselineTest {

  @Test
  void quotationWithItsAttributionAfterIt() {
    // “We won the game,” Ann Lee said.   content [1,16) without the comma; Ann Lee [19,26); said [27,31)
    Annotations a = QuoteMarkBaseline.extract("“We won the game,” Ann Lee said.");
    assertEquals(List.of(new PredictedQuote(List.of(new Span(1, 16)), Optional.of(QuoteKind.DIRECT),
        Optional.of(new Span(19, 26)), Optional.of(new Span(27, 31)))), a.quotes());
  }

  @Test
  void shortQuotationIsPartialAndNeedsNoCue() {
    // He called it “total war” on Monday.   content [14,23); no reporting verb on the line
    Annotations a = QuoteMarkBaseline.extract("He called it “total war” on Monday.");
    assertEquals(List.of(new PredictedQuote(List.of(new Span(14, 23)), Optional.of(QuoteKind.PARTIAL),
        Optional.empty(), Optional.empty())), a.quotes());
  }
}
