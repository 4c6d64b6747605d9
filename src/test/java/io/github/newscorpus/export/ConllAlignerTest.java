package io.github.newscorpus.export;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.newscorpus.model.Span;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Aligns tokens with short texts; every offset is counted by hand in the text it is given for. */
class ConllAlignerTest {

  /** Aligns {@code tokens} in order, each unescaped first as the reader does. */
  private static List<Optional<Span>> align(String text, String... tokens) {
    ConllAligner aligner = new ConllAligner(text);
    return Arrays.stream(tokens).map(t -> aligner.align(ConllAligner.unescape(t))).toList();
  }

  private static Optional<Span> at(int begin, int end) {
    return Optional.of(new Span(begin, end));
  }

  @Test
  void undoesThePennTreebankEscapes() {
    assertEquals(List.of("(", ")", "[", "]", "{", "}"),
        List.of("-LRB-", "-RRB-", "-LSB-", "-RSB-", "-LCB-", "-RCB-").stream()
            .map(ConllAligner::unescape).toList());
    assertEquals("1/2", ConllAligner.unescape("1\\/2"));
    assertEquals("*", ConllAligner.unescape("\\*"));
    // a bracket is escaped as the whole token only
    assertEquals("-LRB-s", ConllAligner.unescape("-LRB-s"));
    assertEquals("word", ConllAligner.unescape("word"));
  }

  @Test
  void skipsWhitespaceBetweenTokens() {
    // "  The  cat\n sat": The at 2, cat at 7, sat at 12
    ConllAligner aligner = new ConllAligner("  The  cat\n sat");
    assertEquals(0, aligner.cursor());
    assertEquals(List.of(at(2, 5), at(7, 10)), List.of(aligner.align("The"), aligner.align("cat")));
    assertEquals(10, aligner.cursor());
    assertEquals(at(12, 15), aligner.align("sat"));
    assertEquals(15, aligner.cursor());
  }

  @Test
  void alignsEscapedBracketsSlashesAndStars() {
    // "(in Rome) 1/2 *": ( 0, in 1, Rome 4, ) 8, 1/2 10, * 14
    assertEquals(List.of(at(0, 1), at(1, 3), at(4, 8), at(8, 9), at(10, 13), at(14, 15)),
        align("(in Rome) 1/2 *", "-LRB-", "in", "Rome", "-RRB-", "1\\/2", "\\*"));
    assertEquals(List.of(at(0, 1), at(1, 2), at(2, 3), at(3, 4)),
        align("[{}]", "-LSB-", "-LCB-", "-RCB-", "-RSB-"));
  }

  @Test
  void alignsLatexQuotesWithAnyDoubleQuotationMark() {
    // "“yes” „no“ «si» ″": `` 0, yes 1, '' 4; `` 6, no 7, '' 9; `` 11, si 12, '' 14; '' 16
    assertEquals(List.of(at(0, 1), at(1, 4), at(4, 5), at(6, 7), at(7, 9), at(9, 10),
        at(11, 12), at(12, 14), at(14, 15), at(16, 17)),
        align("“yes” „no“ «si» ″", "``", "yes", "''", "``", "no", "''", "``", "si", "''", "''"));
    // a straight quote in the token or the text is one of them too; `` against two backticks
    // in the text is the two characters themselves
    assertEquals(List.of(at(0, 1), at(2, 3), at(4, 6), at(6, 8)),
        align("“ \" ``''", "\"", "``", "``", "''"));
  }

  @Test
  void alignsSingleMarksAndApostrophesWithEachOther() {
    // "don’t ‘so’ it′s": do 0, n't 2, ` 6, so 7, ' 9, it′s 11
    assertEquals(List.of(at(0, 2), at(2, 5), at(6, 7), at(7, 9), at(9, 10), at(11, 15)),
        align("don’t ‘so’ it′s", "do", "n't", "`", "so", "'", "it's"));
  }

  @Test
  void alignsTwoHyphensWithOneDashAndAnyDashWithAnother() {
    // "a — b – 1990‒91 --": -- 2 (one character), - 6, 1990--91 8 (seven characters), -- 16
    assertEquals(List.of(at(0, 1), at(2, 3), at(4, 5), at(6, 7), at(8, 15), at(16, 18)),
        align("a — b – 1990‒91 --", "a", "--", "b", "-", "1990--91", "--"));
  }

  @Test
  void doesNotAlignTwoHyphensWithOneHyphen() {
    // "-" in the text is not the two hyphens "--": nothing after it matches either
    assertEquals(List.of(Optional.empty()), align("a - b", "--"));
  }

  @Test
  void alignsThreeDotsWithAnEllipsis() {
    // "Wait… no...": Wait 0, ... 4 (one character), no 6, ... 8 (three characters)
    assertEquals(List.of(at(0, 4), at(4, 5), at(6, 8), at(8, 11)),
        align("Wait… no...", "Wait", "...", "no", "..."));
    assertEquals(List.of(at(0, 5)), align("Wait…", "Wait..."));
  }

  @Test
  void looksFurtherOnForATokenNotAtTheNextCharacter() {
    // "Hello <b> world": the tagger left out "<b>"; world at 10
    assertEquals(List.of(at(0, 5), at(10, 15)), align("Hello <b> world", "Hello", "world"));
    // two tokens cut from one word
    assertEquals(List.of(at(0, 3), at(3, 6)), align("cannot", "can", "not"));
  }

  @Test
  void leavesATokenFoundNowhereAfterThePreviousOneUnaligned() {
    // "a b a": z is nowhere; b is still looked for after a, at 2; then a at 4; then b only
    // before the cursor
    ConllAligner aligner = new ConllAligner("a b a");
    assertEquals(at(0, 1), aligner.align("a"));
    assertEquals(Optional.empty(), aligner.align("z"));
    assertEquals(1, aligner.cursor());
    assertEquals(at(2, 3), aligner.align("b"));
    assertEquals(at(4, 5), aligner.align("a"));
    assertEquals(Optional.empty(), aligner.align("b"));
    assertEquals(5, aligner.cursor());
  }

  @Test
  void neverSpansWhitespaceInTheText() {
    // "New York" holds no "NewYork"; nor does a token run past the end of the text
    assertEquals(List.of(Optional.empty()), align("New York", "NewYork"));
    assertEquals(List.of(Optional.empty()), align("New", "News"));
  }

  @Test
  void countsUtf16UnitsAsSpansDo() {
    // "😀 ok": the emoji is two UTF-16 units, so ok is at 3
    assertEquals(List.of(at(0, 2), at(3, 5)), align("😀 ok", "😀", "ok"));
  }

  @Test
  void differsInCaseAndOtherCharacters() {
    assertEquals(List.of(Optional.empty()), align("rome", "Rome"));
    assertEquals(List.of(Optional.empty()), align("(", "["));
  }
}
