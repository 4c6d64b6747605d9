package io.github.newscorpus.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;

import io.github.newscorpus.json.JsonTree.ArrayNode;
import io.github.newscorpus.json.JsonTree.Location;
import io.github.newscorpus.json.JsonTree.NumberNode;
import io.github.newscorpus.json.JsonTree.ObjectNode;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class JsonTreeTest {

  private final Problems problems = new Problems("t.json");

  private Optional<JsonTree.Node> parse(String json) throws IOException {
    return parse(json, 1);
  }

  /**
   * Parses the one value in {@code json}, counted as an article within the default limits, its
   * lines placed from {@code firstLine}; empty after adding a syntax problem.
   */
  private Optional<JsonTree.Node> parse(String json, int firstLine) throws IOException {
    return parse(json, firstLine, Limits.DEFAULTS);
  }

  private Optional<JsonTree.Node> parse(String json, int firstLine, Limits limits) throws IOException {
    try (JsonParser parser = JsonTree.parser(
        new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), limits)) {
      try {
        parser.nextToken();
        return Optional.of(JsonTree.value(parser, problems, "", JsonTree.Budget.article(limits, parser),
            firstLine - 1));
      } catch (JsonProcessingException e) {
        JsonTree.syntaxProblem(e, parser, problems, limits, firstLine - 1);
        return Optional.empty();
      }
    }
  }

  @Test
  void everyNodeKnowsItsLineAndColumn() throws IOException {
    ObjectNode root = (ObjectNode) parse("{\"a\": [1,\n  2.5, \"x\"]}").orElseThrow();
    assertEquals(new Location(1, 1), root.at());
    ArrayNode a = (ArrayNode) root.fields().get("a");
    assertEquals(new Location(1, 7), a.at());
    assertEquals(new Location(2, 3), a.items().get(1).at());
    assertEquals(Optional.of(BigInteger.ONE), ((NumberNode) a.items().get(0)).integer());
    assertEquals(Optional.empty(), ((NumberNode) a.items().get(1)).integer());
    assertInstanceOf(JsonTree.StringNode.class, a.items().get(2));
    assertEquals(List.of(), problems.list());
  }

  @Test
  void duplicateKeyKeepsTheFirstAndReportsTheSecond() throws IOException {
    ObjectNode root = (ObjectNode) parse("{\"a\": 1, \"a\": 2}").orElseThrow();
    assertEquals("1", ((NumberNode) root.fields().get("a")).literal());
    assertEquals(List.of("t.json:1:10: /a: duplicate field \"a\"; each field may appear once"),
        problems.list());
  }

  @Test
  void anObjectOfManyFieldsKeepsTheirOrderAndFindsDuplicatesPastTheTwelfth() throws IOException {
    // 14 fields f0..f13, then f1 and f13 again: the object outgrows the small form at the 13th.
    StringBuilder json = new StringBuilder("{");
    for (int i = 0; i < 14; i++) {
      json.append("\"f").append(i).append("\": ").append(i).append(", ");
    }
    json.append("\"f1\": 99, \"f13\": 99}");
    ObjectNode root = (ObjectNode) parse(json.toString()).orElseThrow();
    assertEquals(List.of("f0", "f1", "f2", "f3", "f4", "f5", "f6", "f7", "f8", "f9", "f10", "f11",
        "f12", "f13"), List.copyOf(root.fields().keySet()));
    assertEquals("1", ((NumberNode) root.fields().get("f1")).literal());
    assertEquals("13", ((NumberNode) root.fields().get("f13")).literal());
    // After the brace, `"fN": N, ` is 9 characters for N < 10 and 11 for N >= 10, so the second
    // "f1" starts at column 1 + 10 * 9 + 4 * 11 + 1 = 136, and `"f1": 99, ` is 10 characters.
    assertEquals(List.of(
        "t.json:1:136: /f1: duplicate field \"f1\"; each field may appear once",
        "t.json:1:146: /f13: duplicate field \"f13\"; each field may appear once"),
        problems.list());
  }

  @Test
  void aDuplicateIsReportedBeforeTheProblemsInsideItsValue() throws IOException {
    parse("{\"a\": 1, \"a\": {\"b\": 1, \"b\": 2}}");
    assertEquals(List.of(
        "t.json:1:10: /a: duplicate field \"a\"; each field may appear once",
        "t.json:1:24: /a/b: duplicate field \"b\"; each field may appear once"),
        problems.list());
  }

  @Test
  void aDuplicateWhoseValueIsCutOffIsReportedAndSoIsTheSyntaxError() throws IOException {
    assertEquals(Optional.empty(), parse("{\"a\": 1, \"a\": [1, "));
    List<String> found = problems.list();
    assertEquals(2, found.size(), found.toString());
    assertEquals("t.json:1:10: /a: duplicate field \"a\"; each field may appear once", found.get(0));
    assertTrue(found.get(1).startsWith("t.json:1:"), found.get(1));
    assertTrue(found.get(1).contains("not valid JSON: Unexpected end-of-input"), found.get(1));
  }

  @Test
  void escapesPointerTokens() throws IOException {
    parse("{\"a/b~c\": {\"d\": 1, \"d\": 2}}");
    assertEquals(List.of("t.json:1:20: /a~1b~0c/d: duplicate field \"d\"; each field may appear once"),
        problems.list());
  }

  @Test
  void parsesOneValueFromAParserPositionedOnItKeepingItsPlace() throws IOException {
    String json = "{\"articles\": [\n  {\"a\": 1},\n  {\"b\": [2,\n    3], \"b\": 4}\n]}";
    try (JsonParser parser = JsonTree.parser(
        new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), Limits.DEFAULTS)) {
      assertEquals(JsonToken.START_OBJECT, parser.nextToken());
      assertEquals(JsonToken.FIELD_NAME, parser.nextToken());
      assertEquals(JsonToken.START_ARRAY, parser.nextToken());
      assertEquals(JsonToken.START_OBJECT, parser.nextToken());
      parser.skipChildren();
      assertEquals(JsonToken.START_OBJECT, parser.nextToken());
      ObjectNode second = (ObjectNode) JsonTree.value(parser, problems, "/articles/1",
          JsonTree.Budget.article(Limits.DEFAULTS, parser), 0);
      assertEquals(JsonToken.END_OBJECT, parser.currentToken(), "left on the value's last token");
      assertEquals(new Location(3, 3), second.at());
      ArrayNode b = (ArrayNode) second.fields().get("b");
      assertEquals(new Location(3, 9), b.at());
      assertEquals(new Location(4, 5), b.items().get(1).at());
      assertEquals(List.of("t.json:4:9: /articles/1/b: duplicate field \"b\"; each field may appear "
          + "once"), problems.list());
      assertEquals(JsonToken.END_ARRAY, parser.nextToken());
    }
  }

  @Test
  void placesALineOfAJsonLinesFileAtItsLineNumber() throws IOException {
    ObjectNode line = (ObjectNode) parse("{\"a\": [1, 2]}", 7).orElseThrow();
    assertEquals(new Location(7, 1), line.at());
    assertEquals(new Location(7, 11), ((ArrayNode) line.fields().get("a")).items().get(1).at());
    // {"a": } has its closing brace in column 7
    assertEquals(Optional.empty(), parse("{\"a\": }", 9));
    assertEquals(1, problems.size());
    assertTrue(problems.list().get(0).startsWith("t.json:9:7: not valid JSON: Unexpected character "
        + "('}'"), problems.list().get(0));
  }

  @Test
  void namesTheKindOfEachToken() {
    assertEquals("object", JsonTree.kind(JsonToken.START_OBJECT));
    assertEquals("array", JsonTree.kind(JsonToken.START_ARRAY));
    assertEquals("number", JsonTree.kind(JsonToken.VALUE_NUMBER_FLOAT));
    assertEquals("boolean", JsonTree.kind(JsonToken.VALUE_FALSE));
    assertEquals("null", JsonTree.kind(JsonToken.VALUE_NULL));
  }

  @Test
  void stopsAtTheFirstJsonValueTooManyInAnArticle() {
    // [1, 2, 3] is four values: the array and its three items; the fourth is the 3 in column 8
    Limits three = new Limits(Long.MAX_VALUE, 1_000, 100, 64, 10, 10, 3);
    JsonTree.LimitExceeded e = assertThrows(JsonTree.LimitExceeded.class,
        () -> parse("[1, 2, 3]", 1, three));
    e.addTo(problems);
    assertEquals(List.of("t.json:1:8: /2: the article has more than maxArticleValues (3) JSON values; "
        + "reading stopped here"), problems.list());
  }

  @Test
  void countsTheItemsOfAnArticlesArraysAsItsAnnotations() throws IOException {
    // the third item of "b" is the article's fourth annotation; items deeper down do not count
    Limits three = new Limits(Long.MAX_VALUE, 1_000, 100, 64, 10, 3, 100);
    assertTrue(parse("{\"a\": [{\"x\": [1, 2, 3, 4]}], \"b\": [7, 8]}", 1, three).isPresent());
    JsonTree.LimitExceeded e = assertThrows(JsonTree.LimitExceeded.class,
        () -> parse("{\"a\": [0], \"b\": [7, 8, 9]}", 1, three));
    e.addTo(problems);
    assertEquals(List.of("t.json:1:24: /b/2: the article has more than maxAnnotations (3) annotations; "
        + "reading stopped here"), problems.list());
  }

  @Test
  void stopsAtTheFirstValueThatStartsPastTheArticlesLength() {
    // "x" starts at offset 5 from the article's start, "y" at 10: past a limit of 8
    Limits eight = new Limits(Long.MAX_VALUE, 8, 100, 64, 10, 10, 100);
    JsonTree.LimitExceeded e = assertThrows(JsonTree.LimitExceeded.class,
        () -> parse("[    \"x\", \"y\"]", 1, eight));
    e.addTo(problems);
    assertEquals(List.of("t.json:1:11: /1: the article is longer than maxArticleLength (8) characters; "
        + "reading stopped here"), problems.list());
  }

  @Test
  void namesJacksonsLimitsAsReadLimitsDoes() throws IOException {
    Limits small = new Limits(40, 1_000, 5, 3, 10, 10, 100);
    assertEquals(Optional.empty(), parse("[[[[1]]]]", 1, small));
    assertEquals(Optional.empty(), parse("[\"abcdefg\"]", 1, small));
    assertEquals(Optional.empty(), parse("[" + "1".repeat(1_001) + "]", 1, small));
    // placed where the parser stopped, just after the fourth "[" and after the number's last
    // digit, but a string at its start
    assertEquals(List.of(
        "t.json:1:5: arrays and objects nest deeper than maxNestingDepth (3); reading stopped here",
        "t.json:1:2: a string is longer than maxStringLength (5) characters; reading stopped here",
        "t.json:1:1003: a number is longer than 1,000 characters, the most the parser reads; reading "
            + "stopped here"), problems.list());
  }

  /**
   * Returns {@code 2^blocks} external ids whose names collide in the hash of Jackson's character
   * parser (multiplier 33: "Aa" and "B@" both hash to 2,242), each {@code "v"}.
   */
  private static String collidingIds(int blocks) {
    StringBuilder ids = new StringBuilder();
    for (int m = 0; m < 1 << blocks; m++) {
      ids.append(m == 0 ? "\"" : ",\"");
      for (int b = 0; b < blocks; b++) {
        ids.append((m >> b & 1) == 0 ? "Aa" : "B@");
      }
      ids.append("\":\"v\"");
    }
    return ids.toString();
  }

  /**
   * Regression: the checking path refused 512 names that collide in the character parser's
   * symbol table ("Longest collision chain in symbol table"), valid JSON that the direct path
   * read, and after such reads its shared table threw an IllegalStateException on a rehash.
   */
  @Test
  void readsNamesThatCollideInTheParsersHashTimeAfterTime() throws IOException {
    String lines = new String(Layouts.lines(CorpusJsonTest.readUnchecked(CorpusJsonTest.small())),
        StandardCharsets.UTF_8);
    for (int blocks : new int[] {8, 9, 10, 9, 10}) {
      byte[] input = lines.replace("\"test\":\"A1\"", collidingIds(blocks))
          .getBytes(StandardCharsets.UTF_8);
      CorpusJson.Result checked = Layouts.read(input, "x.jsonl");
      assertEquals(List.of(), checked.problems(), blocks + " blocks");
      assertEquals(1 << blocks, checked.articles().get(0).expectEntity("Ann").externalIds().size());
      assertEquals(Optional.of(checked.articles()),
          DirectReads.read(input, input.length, Layout.JSON_LINES, Limits.DEFAULTS), blocks + " blocks");
    }
  }
}
