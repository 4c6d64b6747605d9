package io.github.newscorpus.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class LineReaderTest {

  private static List<String> lines(LineReader reader) throws IOException {
    return lines(reader, Integer.MAX_VALUE);
  }

  /** Reads up to {@code count} lines, each as {@code number:text}. */
  private static List<String> lines(LineReader reader, int count) throws IOException {
    List<String> lines = new ArrayList<>();
    while (lines.size() < count && reader.next()) {
      StringWriter line = new StringWriter();
      reader.line().transferTo(line);
      lines.add(reader.lineNumber() + ":" + line);
    }
    return lines;
  }

  private static LineReader reader(String text) {
    return new LineReader(new StringReader(text), 100, 1_000);
  }

  @Test
  void endsLinesAtNewlineCarriageReturnOrBothAndNotAfterAFinalBreak() throws IOException {
    assertEquals(List.of("1:a", "2:b", "3:", "4:c", "5:d"), lines(reader("a\nb\r\n\rc\rd")));
    assertEquals(List.of("1:a"), lines(reader("a\n")));
    assertEquals(List.of("1:", "2:"), lines(reader("\n\n")));
    assertEquals(List.of(), lines(reader("")));
  }

  @Test
  void skipsWhatIsLeftOfALineWhenTheNextIsStarted() throws IOException {
    LineReader reader = reader("abcdef\r\nxyz");
    assertTrue(reader.next());
    char[] two = new char[2];
    assertEquals(2, reader.line().read(two, 0, 2));
    assertEquals("ab", new String(two));
    assertTrue(reader.next());
    assertEquals(2, reader.lineNumber());
    assertEquals('x', reader.line().read());
  }

  @Test
  void aLineLongerThanItsLimitBreaksItAtTheFirstCharacterTooMany() throws IOException {
    LineReader reader = new LineReader(new StringReader("abc\nabcdef\n"), 4, 1_000);
    assertTrue(reader.next());
    assertTrue(reader.next());
    JsonTree.LimitExceeded e = assertThrows(JsonTree.LimitExceeded.class,
        () -> reader.line().transferTo(new StringWriter()));
    Problems problems = new Problems("l.jsonl");
    e.addTo(problems);
    assertEquals(List.of("l.jsonl:2:5: line 2 is longer than maxArticleLength (4) characters; "
        + "reading stopped here"), problems.list());
  }

  @Test
  void anInputLongerThanItsLimitBreaksItAtTheFirstCharacterTooMany() throws IOException {
    // "ab\ncd" is 5 characters, line breaks included: the fifth, d, is one too many for 4
    LineReader reader = new LineReader(new StringReader("ab\ncd"), 100, 4);
    assertTrue(reader.next());
    reader.line().transferTo(new StringWriter());
    assertTrue(reader.next());
    JsonTree.LimitExceeded e = assertThrows(JsonTree.LimitExceeded.class,
        () -> reader.line().transferTo(new StringWriter()));
    Problems problems = new Problems("l.jsonl");
    e.addTo(problems);
    assertEquals(List.of("l.jsonl:2:2: the file is longer than maxDocumentLength (4) characters; "
        + "reading stopped here"), problems.list());
  }

  /**
   * Regression (found by CorpusFuzzTest with small limits): a line break that was one character
   * too many was placed in column 0.
   */
  @Test
  void aLineBreakTooManyIsPlacedInItsColumn() throws IOException {
    // a, b and the first \r are 3 characters: the second \r, line 2's break, is one too many
    LineReader reader = new LineReader(new StringReader("ab\r\rc"), 100, 3);
    assertEquals(List.of("1:ab"), lines(reader, 1));
    assertTrue(reader.next());
    JsonTree.LimitExceeded e = assertThrows(JsonTree.LimitExceeded.class,
        () -> reader.line().transferTo(new StringWriter()));
    Problems problems = new Problems("l.jsonl");
    e.addTo(problems);
    assertEquals(List.of("l.jsonl:2:1: the file is longer than maxDocumentLength (3) characters; "
        + "reading stopped here"), problems.list());
  }
}
