package io.github.newscorpus.export;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.newscorpus.Corpus;
import io.github.newscorpus.FormatProblem;
import io.github.newscorpus.model.Span;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Anchors selectors in the bundled article's text and in small synthetic texts; every expected
 * offset is counted by hand in the text.
 */
class TextAnchorsTest {

  /**
   * The headline "Trump’s top deputies hope to shore up ties with a suspicious Mexico" (67 code
   * points) and a blank line come first; then the photo caption "Secretary of State Rex Tillerson
   * leaves Germany … Mexico City on Wednesday." (137 code points) twice, at 69 and at 207; then
   * the first body paragraph, "Secretary of State Rex Tillerson arrived …", at 365. So "Rex
   * Tillerson" (13 code points) starts at 69 + 19 = 88, 207 + 19 = 226 and 365 + 19 = 384. The
   * text has no characters outside the BMP: code points and UTF-16 indices are equal.
   */
  private static final String STORY = Corpus.bundled().articles().get(0).text();

  private final List<FormatProblem> found = new ArrayList<>();

  private Optional<Span> anchor(String text, String target) {
    TextAnchors anchors = new TextAnchors("t", text, new WebAnnotationProblems("t.jsonld", found));
    return anchors.anchor(Samples.jsonValue(target));
  }

  private static String quote(String exact, String prefix, String suffix) {
    return "{\"type\": \"TextQuoteSelector\", \"exact\": \"" + exact + "\""
        + (prefix.isEmpty() ? "" : ", \"prefix\": \"" + prefix + "\"")
        + (suffix.isEmpty() ? "" : ", \"suffix\": \"" + suffix + "\"") + "}";
  }

  private static String position(int start, int end) {
    return "{\"type\": \"TextPositionSelector\", \"start\": " + start + ", \"end\": " + end + "}";
  }

  private static String target(String... selectors) {
    return "{\"selector\": [" + String.join(", ", selectors) + "]}";
  }

  /** Asserts that nothing was anchored and that one problem was added, with this pointer and message. */
  private void assertProblem(String pointerAndMessage, Optional<Span> anchored) {
    assertEquals(Optional.empty(), anchored);
    assertEquals(List.of(pointerAndMessage),
        found.stream().map(p -> p.pointer() + ": " + p.message()).toList());
  }

  private void assertAnchored(Span expected, Optional<Span> anchored) {
    assertEquals(List.of(), found);
    assertEquals(Optional.of(expected), anchored);
  }

  // ---- the article's two identical photo captions

  @Test
  void theCaptionsRexTillersonIsAmbiguousBetween88And226() {
    assertProblem("/selector/0: exact \"Rex Tillerson\" after prefix \"Secretary of State \" "
            + "before suffix \" leaves Germany\" is ambiguous: it occurs 2 times, at code points "
            + "88, 226; expected a longer prefix or suffix, or a TextPositionSelector",
        anchor(STORY, target(quote("Rex Tillerson", "Secretary of State ", " leaves Germany"))));
  }

  @Test
  void theProblemIsPlacedAtTheQuoteSelector() {
    anchor(STORY, "{\"selector\":\n  " + quote("Rex Tillerson", "Secretary of State ", "") + "}");
    // the selector object starts on line 2 after two spaces
    assertEquals(List.of("t.jsonld:2:3: /selector: exact \"Rex Tillerson\" after prefix "
        + "\"Secretary of State \" is ambiguous: it occurs 3 times, at code points 88, 226, 384; "
        + "expected a longer prefix or suffix, or a TextPositionSelector"),
        found.stream().map(FormatProblem::toString).toList());
  }

  @Test
  void theEndOfTheFirstCaptionInThePrefixPicksTheSecond() {
    assertAnchored(new Span(226, 239), anchor(STORY, target(
        quote("Rex Tillerson", "Wednesday.\\nSecretary of State ", " leaves Germany"))));
  }

  @Test
  void aSuffixPicksTheBodysRexTillerson() {
    assertAnchored(new Span(384, 397), anchor(STORY, target(quote("Rex Tillerson", "", " arrived"))));
  }

  @Test
  void aPositionPicksTheFirstCaptionThatItsQuoteCannot() {
    assertAnchored(new Span(88, 101), anchor(STORY, target(position(88, 101),
        quote("Rex Tillerson", "Secretary of State ", " leaves Germany"))));
  }

  @Test
  void aPositionsQuoteMustBeTheTextThere() {
    // the headline's first 7 code points are "Trump’s"
    assertProblem("/selector/1/exact: exact \"Trump\" is not the text at code points [0, 7), "
        + "\"Trump’s\"", anchor(STORY, target(position(0, 7), quote("Trump", "", ""))));
  }

  @Test
  void aPositionsPrefixMustBeTheTextRightBefore() {
    assertProblem("/selector/1/prefix: prefix \"Secretary of state \" is not the text right "
        + "before code point 88", anchor(STORY, target(position(88, 101),
            quote("Rex Tillerson", "Secretary of state ", ""))));
  }

  @Test
  void aPositionsSuffixMustBeTheTextRightAfter() {
    // the second caption's Rex Tillerson leaves Germany; the body's, at 384, arrives
    assertProblem("/selector/1/suffix: suffix \" arrived\" is not the text right after code "
        + "point 239", anchor(STORY, target(position(226, 239), quote("Rex Tillerson", "", " arrived"))));
  }

  // ---- synthetic texts: the table of the class javadoc, over "ab ab ab"

  @Test
  void theJavadocTableHolds() {
    assertAnchored(new Span(3, 5), anchor("ab ab ab", target(position(3, 5))));
    assertAnchored(new Span(3, 5), anchor("ab ab ab", target(position(3, 5), quote("ab", "ab ", ""))));
    assertAnchored(new Span(3, 5), anchor("ab ab ab", target(quote("ab", "b ", " "))));
    assertProblem("/selector/0: exact \"ab\" before suffix \" \" is ambiguous: it occurs 2 times, "
        + "at code points 0, 3; expected a longer prefix or suffix, or a TextPositionSelector",
        anchor("ab ab ab", target(quote("ab", "", " "))));
    found.clear();
    assertProblem("/selector/0: exact \"ba\" does not occur in the text of article t",
        anchor("ab ab ab", target(quote("ba", "", ""))));
  }

  @Test
  void anAmbiguousQuoteListsFivePlacesAtMost() {
    // seven "ab", three code points apart
    assertProblem("/selector/0: exact \"ab\" is ambiguous: it occurs 7 times, at code points "
        + "0, 3, 6, 9, 12, …; expected a longer prefix or suffix, or a TextPositionSelector",
        anchor("ab ab ab ab ab ab ab", target(quote("ab", "", ""))));
  }

  @Test
  void theFirstPositionSelectorWinsAndItsQuoteIsChecked() {
    assertAnchored(new Span(0, 2), anchor("ab ab ab", target(position(0, 2), position(3, 5),
        quote("ab", "", " "))));
  }

  /**
   * In "😀 ab 😀 ab" each 😀 is two UTF-16 units but one code point: the "ab"s are at code points
   * 2 and 7, UTF-16 indices 3 and 9; the text is 9 code points, 11 UTF-16 units.
   */
  @Test
  void offsetsAreCodePointsAndSpansUtf16() {
    String text = "😀 ab 😀 ab";
    assertAnchored(new Span(9, 11), anchor(text, target(position(7, 9), quote("ab", "😀 ", ""))));
    assertAnchored(new Span(3, 5), anchor(text, target(quote("ab", "", " 😀"))));
    assertProblem("/selector/0: exact \"ab\" after prefix \"😀 \" is ambiguous: it occurs 2 times, "
        + "at code points 2, 7; expected a longer prefix or suffix, or a TextPositionSelector",
        anchor(text, target(quote("ab", "😀 ", ""))));
    found.clear();
    assertProblem("/selector/0: start (0) and end (10) must satisfy 0 <= start <= end <= 9, the "
        + "text's length in code points", anchor(text, target(position(0, 10))));
  }

  @Test
  void anEmptyPositionIsAnEmptySpan() {
    assertAnchored(new Span(3, 3), anchor("ab ab ab", target(position(3, 3))));
  }

  // ---- what cannot be anchored

  @Test
  void aSourceMayBeThisArticleOrAnotherDocumentButNotAnotherArticle() {
    assertAnchored(new Span(0, 2), anchor("ab ab ab",
        "{\"source\": \"urn:newscorpus:t\", \"selector\": " + position(0, 2) + "}"));
    assertAnchored(new Span(0, 2), anchor("ab ab ab",
        "{\"source\": \"https://example.org/ab\", \"selector\": " + position(0, 2) + "}"));
    assertProblem("/source: source \"urn:newscorpus:u\" is not this article's text "
        + "(urn:newscorpus:t)", anchor("ab ab ab",
            "{\"source\": \"urn:newscorpus:u\", \"selector\": " + position(0, 2) + "}"));
  }

  @Test
  void aTargetGivenByItsIriAloneIsAProblem() {
    assertProblem(": expected a SpecificResource with a TextQuoteSelector or a "
        + "TextPositionSelector, found the string \"urn:newscorpus:t\", which cannot be anchored "
        + "in the text", anchor("ab ab ab", "\"urn:newscorpus:t\""));
  }

  @Test
  void aTargetNeedsAPositionOrAQuoteSelector() {
    assertProblem(": expected a TextQuoteSelector or a TextPositionSelector",
        anchor("ab ab ab", "{\"source\": \"urn:newscorpus:t\"}"));
    found.clear();
    assertProblem("/selector: expected a TextQuoteSelector or a TextPositionSelector",
        anchor("ab ab ab", "{\"selector\": {\"type\": \"FragmentSelector\", \"value\": \"t=1\"}}"));
  }

  @Test
  void aQuoteSelectorsExactMustBeANonEmptyString() {
    assertProblem("/selector/0/exact: a TextQuoteSelector's \"exact\" must be a non-empty string",
        anchor("ab ab ab", target(quote("", "", ""))));
    found.clear();
    assertProblem("/selector/0: a TextQuoteSelector's \"exact\" must be a non-empty string",
        anchor("ab ab ab", target("{\"type\": \"TextQuoteSelector\", \"prefix\": \"ab \"}")));
  }

  @Test
  void aQuoteSelectorsAffixesMustBeStrings() {
    assertProblem("/selector/0/suffix: a TextQuoteSelector's \"suffix\" must be a string, found 3",
        anchor("ab ab ab", target("{\"type\": \"TextQuoteSelector\", \"exact\": \"ab\", "
            + "\"suffix\": 3}")));
    found.clear();
    // both affixes wrong: both reported
    assertEquals(Optional.empty(), anchor("ab ab ab", target("{\"type\": \"TextQuoteSelector\", "
        + "\"exact\": \"ab\", \"prefix\": [], \"suffix\": true}")));
    assertEquals(List.of("/selector/0/prefix", "/selector/0/suffix"),
        found.stream().map(p -> p.pointer()).toList());
  }

  @Test
  void aPositionSelectorNeedsTwoCountsInOrder() {
    assertProblem("/selector/0: a TextPositionSelector needs \"start\" and \"end\"",
        anchor("ab ab ab", target("{\"type\": \"TextPositionSelector\", \"start\": 0}")));
    found.clear();
    assertProblem("/selector/0/start: start must be a non-negative integer, found the string \"0\"",
        anchor("ab ab ab", target("{\"type\": \"TextPositionSelector\", \"start\": \"0\", "
            + "\"end\": 2}")));
    found.clear();
    assertProblem("/selector/0/end: end must be a non-negative integer, found -2",
        anchor("ab ab ab", target(position(0, -2))));
    found.clear();
    assertProblem("/selector/0: start (5) and end (3) must satisfy 0 <= start <= end <= 8, the "
        + "text's length in code points", anchor("ab ab ab", target(position(5, 3))));
  }
}
