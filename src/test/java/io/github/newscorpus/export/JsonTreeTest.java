package io.github.newscorpus.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.newscorpus.CorpusFormatException;
import io.github.newscorpus.FormatProblem;
import io.github.newscorpus.ReadLimits;
import io.github.newscorpus.export.JsonTree.Kind;
import io.github.newscorpus.export.JsonTree.Value;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Reads small JSON documents; every line, column (code points, from 1) and pointer below is
 * counted by hand in the document it is given for.
 */
class JsonTreeTest {

  private static final String STOPPED = "; reading stopped here";

  private final List<FormatProblem> problems = new ArrayList<>();

  private Value read(String json) throws IOException {
    return read(json.getBytes(StandardCharsets.UTF_8), ReadLimits.defaults());
  }

  private Value read(String json, ReadLimits limits) throws IOException {
    return read(json.getBytes(StandardCharsets.UTF_8), limits);
  }

  private Value read(byte[] json, ReadLimits limits) throws IOException {
    return JsonTree.read(new ByteArrayInputStream(json), "t.json", limits, problems);
  }

  /** Returns the problems of the exception {@code json} ends in, as people read them. */
  private List<String> stop(String json, ReadLimits limits) {
    return stop(json.getBytes(StandardCharsets.UTF_8), limits);
  }

  private List<String> stop(byte[] json, ReadLimits limits) {
    CorpusFormatException e = assertThrows(CorpusFormatException.class, () -> read(json, limits));
    return e.problems().stream().map(FormatProblem::toString).toList();
  }

  private static void assertValue(Kind kind, String text, String pointer, int line, int column,
      Value v) {
    assertEquals(List.of(kind, text, pointer, line, column),
        List.of(v.kind(), v.text(), v.pointer(), v.line(), v.column()), pointer);
  }

  @Test
  void readsEachValueWithItsKindTextAndPlace() throws IOException {
    // line 1: {"a": [1, "x"],       '[' in column 7, 1 in 8, "x" in 11
    // line 2:   "b/c": {"d~e": null},   '{' in column 10, null in 18
    // line 3:   "t": true}          true in column 8
    Value root = read("{\"a\": [1, \"x\"],\n  \"b/c\": {\"d~e\": null},\n  \"t\": true}");

    assertValue(Kind.OBJECT, "", "", 1, 1, root);
    assertEquals(List.of("a", "b/c", "t"), List.copyOf(root.fields().keySet()));
    Value a = root.field("a").orElseThrow();
    assertValue(Kind.ARRAY, "", "/a", 1, 7, a);
    assertEquals(2, a.items().size());
    assertValue(Kind.NUMBER, "1", "/a/0", 1, 8, a.items().get(0));
    assertValue(Kind.STRING, "x", "/a/1", 1, 11, a.items().get(1));
    // RFC 6901: "/" is written ~1 and "~" is written ~0
    Value bc = root.field("b/c").orElseThrow();
    assertValue(Kind.OBJECT, "", "/b~1c", 2, 10, bc);
    assertValue(Kind.NULL, "null", "/b~1c/d~0e", 2, 18, bc.field("d~e").orElseThrow());
    assertValue(Kind.BOOLEAN, "true", "/t", 3, 8, root.field("t").orElseThrow());
    assertEquals(List.of(), problems);
  }

  @Test
  void keepsNumbersAsWrittenAndStringsUnescaped() throws IOException {
    Value root = read("[-1.50e3, false, \"caf\\u00e9 \\\"x\\\"\"]");
    assertEquals(List.of("-1.50e3", "false", "café \"x\""),
        root.items().stream().map(Value::text).toList());
    assertEquals(List.of(Kind.NUMBER, Kind.BOOLEAN, Kind.STRING),
        root.items().stream().map(Value::kind).toList());
  }

  @Test
  void countsColumnsInCodePoints() throws IOException {
    // [ " 😀 " , space: six code points (seven UTF-16 units) before the 2
    Value root = read("[\"😀\", 2]");
    assertValue(Kind.NUMBER, "2", "/1", 1, 7, root.items().get(1));
  }

  @Test
  void endsLinesAtLineFeedCarriageReturnOrBoth() throws IOException {
    Value root = read("[\r\n1,\r2,\n3]");
    assertEquals(List.of(List.of(2, 1), List.of(3, 1), List.of(4, 1)),
        root.items().stream().map(v -> List.of(v.line(), v.column())).toList());
  }

  @Test
  void skipsAByteOrderMark() throws IOException {
    byte[] json = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, '[', '7', ']'};
    Value root = read(json, ReadLimits.defaults());
    assertValue(Kind.NUMBER, "7", "/0", 1, 2, root.items().get(0));
  }

  @Test
  void givesFieldsOnlyForObjectsAndManyForArraysOrOneValue() throws IOException {
    Value root = read("{\"one\": \"A\", \"many\": [\"B\", 3, \"A\"]}");
    Value one = root.field("one").orElseThrow();
    Value many = root.field("many").orElseThrow();

    assertTrue(root.field("none").isEmpty());
    assertTrue(many.field("0").isEmpty()); // an array has no fields
    assertEquals(List.of(one), one.many());
    assertEquals(many.items(), many.many());
    assertTrue(one.has("A"));
    assertFalse(one.has("B"));
    assertTrue(many.has("A"));
    assertTrue(many.has("B"));
    assertFalse(many.has("3")); // the number 3 is not the string "3"
    assertFalse(root.has("A")); // nor is an object
  }

  @Test
  void keepsTheFirstOfTwoFieldsOfOneNameAndReadsOn() throws IOException {
    // the second "a" starts in column 10
    Value root = read("{\"a\": 1, \"a\": 2, \"b\": 3}");
    assertEquals("1", root.field("a").orElseThrow().text());
    assertEquals("3", root.field("b").orElseThrow().text());
    assertEquals(List.of("t.json:1:10: /a: field \"a\" appears more than once; expected each "
        + "field once"), problems.stream().map(FormatProblem::toString).toList());
  }

  @Test
  void reportsTheProblemsFoundBeforeTheOneThatStopsReading() {
    // line 2: "a": 2, "b": ]   the second "a" in column 1, ']' in column 14
    List<String> found = stop("{\"a\": 1,\n\"a\": 2, \"b\": ]}", ReadLimits.defaults());
    assertEquals(2, found.size(), found.toString());
    assertEquals("t.json:2:1: /a: field \"a\" appears more than once; expected each field once",
        found.get(0));
    assertTrue(found.get(1).startsWith("t.json:2:14: Unexpected character (']'"), found.get(1));
    assertTrue(found.get(1).endsWith(STOPPED), found.get(1));
  }

  @Test
  void placesASyntaxErrorAtTheCharacterAtFault() {
    // line 2:   "a": 1,   line 3: }   the '}' where a field name should be is line 3, column 1
    List<String> found = stop("{\n  \"a\": 1,\n}", ReadLimits.defaults());
    assertEquals(1, found.size(), found.toString());
    assertTrue(found.get(0).startsWith("t.json:3:1: Unexpected character ('}'"), found.get(0));
    assertTrue(found.get(0).endsWith(STOPPED), found.get(0));
  }

  @Test
  void placesAnUnfinishedDocumentAtItsEnd() {
    // [1, then a line "  2": the input ends after column 3 of line 2
    List<String> found = stop("[1,\n  2", ReadLimits.defaults());
    assertEquals(1, found.size(), found.toString());
    assertTrue(found.get(0).startsWith("t.json:2:4: Unexpected end-of-input"), found.get(0));
  }

  @Test
  void refusesAnEmptyDocument() {
    assertEquals(List.of("t.json:1:1: expected a JSON object or array, found nothing"),
        stop("", ReadLimits.defaults()));
    // whitespace only: the place is still the start, where a value was expected
    assertEquals(List.of("t.json:1:1: expected a JSON object or array, found nothing"),
        stop(" \n ", ReadLimits.defaults()));
  }

  @Test
  void refusesASecondValueAfterTheFirst() {
    // "[1] [2]": the second '[' is in column 5
    assertEquals(List.of("t.json:1:5: expected the end of the input after the JSON value, found ["),
        stop("[1] [2]", ReadLimits.defaults()));
  }

  @Test
  void namesAStringOrNumberFoundAfterTheFirstValue() {
    // "[1] 2": the 2 is in column 5; "[1] \"x\"": the string is in column 5
    assertEquals(List.of("t.json:1:5: expected the end of the input after the JSON value, found 2"),
        stop("[1] 2", ReadLimits.defaults()));
    assertEquals(List.of("t.json:1:5: expected the end of the input after the JSON value, found "
        + "\"x\""), stop("[1] \"x\"", ReadLimits.defaults()));
  }

  @Test
  void stopsPastMaxArticleLengthCountingCodePoints() throws IOException {
    // [ " 😀 😀 " ]: six code points, eight UTF-16 units; the sixth, ']', is the one too many
    String json = "[\"😀😀\"]";
    assertEquals("😀😀", read(json, ReadLimits.defaults().withMaxArticleLength(6)).items().get(0)
        .text());
    assertEquals(List.of("t.json:1:6: the input is longer than maxArticleLength (5) characters"
        + STOPPED), stop(json, ReadLimits.defaults().withMaxArticleLength(5)));
  }

  @Test
  void stopsPastMaxArticleValues() throws IOException {
    // values in order: [ (1), 1 (2), [ (3), 2 (4): the 2, /1/0, in column 6, is one too many
    String json = "[1, [2, 3]]";
    // five values in all: exactly the limit
    Value root = read(json, ReadLimits.defaults().withMaxArticleValues(5));
    assertEquals("3", root.items().get(1).items().get(1).text());
    assertEquals(List.of("t.json:1:6: /1/0: the input holds more than maxArticleValues (3) JSON "
        + "values" + STOPPED), stop(json, ReadLimits.defaults().withMaxArticleValues(3)));
  }

  @Test
  void writesALimitWithThousandsSeparators() {
    // [0,0,…,0]: the array and 1,001 numbers; number k (from 0) is in column 2 + 2k, and the
    // 1,000th number, /999, is the 1,001st value
    String json = "[" + "0,".repeat(1_000) + "0]";
    assertEquals(List.of("t.json:1:2000: /999: the input holds more than maxArticleValues (1,000) "
        + "JSON values" + STOPPED), stop(json, ReadLimits.defaults().withMaxArticleValues(1_000)));
  }

  @Test
  void stopsAtTheFirstArrayOrObjectPastMaxNestingDepth() throws IOException {
    ReadLimits two = ReadLimits.defaults().withMaxNestingDepth(2);
    // two deep, with a string and a number at depth 3 (only arrays and objects count)
    assertEquals("x", read("{\"a\": [\"x\", 1]}", two).field("a").orElseThrow().items().get(0)
        .text());
    // {"a": [[]]}: the inner '[', /a/0, in column 8, is three deep
    assertEquals(List.of("t.json:1:8: /a/0: arrays and objects nest deeper than maxNestingDepth (2)"
        + STOPPED), stop("{\"a\": [[]]}", two));
  }

  @Test
  void stopsAtAStringPastMaxStringLengthCountingUtf16Units() throws IOException {
    ReadLimits three = ReadLimits.defaults().withMaxStringLength(3);
    assertEquals("abc", read("[\"abc\"]", three).items().get(0).text());
    // ["abc", "abcd"]: the second string, /1, starts in column 9
    assertEquals(List.of("t.json:1:9: /1: a string is longer than maxStringLength (3) characters"
        + STOPPED), stop("[\"abc\", \"abcd\"]", three));
    // two code points but four UTF-16 units
    assertEquals(List.of("t.json:1:2: /0: a string is longer than maxStringLength (3) characters"
        + STOPPED), stop("[\"😀😀\"]", three));
  }

  @Test
  void placesBytesThatAreNotUtf8AfterTheLastCharacterRead() {
    // '[', '\n', '"', é (bytes 3 and 4), then 0xFF at byte 5: line 2, after '"' and é, column 3
    byte[] json = {'[', '\n', '"', (byte) 0xC3, (byte) 0xA9, (byte) 0xFF, '"', ']'};
    assertEquals(List.of("t.json:2:3: not valid UTF-8: byte 0xFF at byte offset 5" + STOPPED),
        stop(json, ReadLimits.defaults()));
  }
}
