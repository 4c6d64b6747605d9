package io.github.newscorpus.html;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

class BidiTest {

  private static final String INERT_PDI = "<span class=\"bidi\">\u2069</span>";

  @Test
  void isolatesAStringInABdiAndEscapesIt() {
    assertEquals("<bdi>a&lt;b &amp; &quot;c&quot;</bdi>", Bidi.isolate("a<b & \"c\""));
    assertEquals("<bdi></bdi>", Bidi.isolate(""));
  }

  @Test
  void givesTheSameTextWithoutTheBdiForAnotherIsolatingElement() {
    assertEquals(INERT_PDI + "&lt;x", Bidi.inner("\u2069<x"));
  }

  @Test
  void leavesOverridesEmbeddingsAndMarksToTheBdi() {
    // RLE, Hebrew alef, PDF, RLM, then an unterminated RLO: the bdi's end terminates them all.
    assertEquals("<bdi>\u202B\u05D0\u202C\u200F\u202Ex</bdi>", Bidi.isolate("\u202B\u05D0\u202C\u200F\u202Ex"));
  }

  @Test
  void makesInertAPdiThatClosesNoIsolateOfTheString() {
    assertEquals("<bdi>" + INERT_PDI + "\u202Ex</bdi>", Bidi.isolate("\u2069\u202Ex"));
    // The first PDI closes the string's own LRI; the second would close the bdi.
    assertEquals("<bdi>\u2066a\u2069" + INERT_PDI + "</bdi>", Bidi.isolate("\u2066a\u2069\u2069"));
  }

  @Test
  void makesInertAnIsolateTheStringDoesNotClose() {
    assertEquals("<bdi>\u2067a\u2069<span class=\"bidi\">\u2068</span>b</bdi>", Bidi.isolate("\u2067a\u2069\u2068b"));
  }

  @Test
  void makesParagraphSeparatorsInertButNotLineSeparators() {
    assertEquals("<bdi>a<span class=\"bidi\">\u2029</span>b<span class=\"bidi\">\u0085</span>c\u2028d</bdi>",
        Bidi.isolate("a\u2029b\u0085c\u2028d"));
  }

  @Test
  void leavesPlainTextWithNothingRightToLeftAsItIs() {
    assertEquals("Nick <b>\n5 \u200E", Bidi.plain("Nick <b>\n5 \u200E"));
  }

  @Test
  void isolatesPlainTextThatCouldReorderItsSurroundings() {
    assertEquals("\u2068\u202Ex\u2069", Bidi.plain("\u202Ex"));
    assertEquals("\u2068\u05D0\u2069", Bidi.plain("\u05D0"));
    assertEquals("\u2068\u0661\u2069", Bidi.plain("\u0661"), "an Arabic-Indic digit");
    assertEquals("\u2068\u200F\u2069", Bidi.plain("\u200F"), "a right-to-left mark");
  }

  @Test
  void balancesThePlainTextsOwnIsolates() {
    assertEquals("\u2068\u2068\u2069x\u2069", Bidi.plain("\u2069x"));
    assertEquals("\u2068\u2067x\u2069\u2069", Bidi.plain("\u2067x"));
    // PDI (closes nothing), LRI a PDI (balanced), RLI (left open): one more FSI and one more PDI.
    assertEquals("\u2068\u2068\u2069\u2066a\u2069\u2067\u2069\u2069", Bidi.plain("\u2069\u2066a\u2069\u2067"));
  }

  @Test
  void turnsParagraphSeparatorsInIsolatedPlainTextIntoSpaces() {
    assertEquals("\u2068\u05D0 \u05D1 \u05D2\u2069", Bidi.plain("\u05D0\n\u05D1\u2029\u05D2"));
  }

  @Test
  void leavesTheParagraphsOwnLevelAlone() {
    Bidi.Scopes scopes = new Bidi.Scopes();
    scopes.scan("\u2069\u2067\u2029", 0, 3);
    scopes.leaveTo(0);
    assertEquals(Set.of(), scopes.inert());
  }

  @Test
  void matchesIsolatesWithinTheElementThatHoldsThem() {
    // <outer>RLI<inner>PDI</inner>PDI</outer>: the inner PDI would close the inner element's isolate.
    String text = "\u2067\u2069\u2069";
    Bidi.Scopes scopes = new Bidi.Scopes();
    scopes.enter();
    scopes.scan(text, 0, 1);
    scopes.enter();
    scopes.scan(text, 1, 2);
    scopes.leaveTo(1);
    scopes.scan(text, 2, 3);
    scopes.leaveTo(0);
    assertEquals(Set.of(1), scopes.inert());
  }

  @Test
  void makesInertTheIsolatesAnElementLeavesOpen() {
    // <m>a FSI b</m> PDI: the PDI after the element must not close the FSI inside it.
    String text = "a\u2068b\u2069";
    Bidi.Scopes scopes = new Bidi.Scopes();
    scopes.enter();
    scopes.scan(text, 0, 3);
    scopes.leaveTo(0);
    scopes.scan(text, 3, 4);
    assertEquals(Set.of(1), scopes.inert());
  }

  @Test
  void writesOnlyTheInertCharactersOfTheGivenStretchAsSpans() {
    StringBuilder out = new StringBuilder();
    Bidi.write("<\u2069>\u2069", 1, 3, new TreeSet<>(List.of(1, 3)), out);
    assertEquals(INERT_PDI + "&gt;", out.toString());
  }
}
