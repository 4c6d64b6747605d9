package io.github.newscorpus.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.JsonParser;
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

  private Optional<JsonTree.Node> parse(String json) {
    return JsonTree.parse(json, 1, problems);
  }

  @Test
  void everyNodeKnowsItsLineAndColumn() {
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
  void duplicateKeyKeepsTheFirstAndReportsTheSecond() {
    ObjectNode root = (ObjectNode) parse("{\"a\": 1, \"a\": 2}").orElseThrow();
    assertEquals("1", ((NumberNode) root.fields().get("a")).literal());
    assertEquals(List.of("t.json:1:10: /a: duplicate field \"a\"; each field may appear once"),
        problems.list());
  }

  @Test
  void escapesPointerTokens() {
    parse("{\"a/b~c\": {\"d\": 1, \"d\": 2}}");
    assertEquals(List.of("t.json:1:20: /a~1b~0c/d: duplicate field \"d\"; each field may appear once"),
        problems.list());
  }

  @Test
  void parsesOneValueFromAParserPositionedOnItKeepingItsPlace() throws IOException {
    String json = "{\"articles\": [\n  {\"a\": 1},\n  {\"b\": [2,\n    3], \"b\": 4}\n]}";
    try (JsonParser parser = JsonTree.parser(
        new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)))) {
      assertEquals(JsonToken.START_OBJECT, parser.nextToken());
      assertEquals(JsonToken.FIELD_NAME, parser.nextToken());
      assertEquals(JsonToken.START_ARRAY, parser.nextToken());
      assertEquals(JsonToken.START_OBJECT, parser.nextToken());
      parser.skipChildren();
      assertEquals(JsonToken.START_OBJECT, parser.nextToken());
      ObjectNode second = (ObjectNode) JsonTree.value(parser, problems, "/articles/1");
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
  void placesALineOfAJsonLinesFileAtItsLineNumber() {
    ObjectNode line = (ObjectNode) JsonTree.parse("{\"a\": [1, 2]}", 7, problems).orElseThrow();
    assertEquals(new Location(7, 1), line.at());
    assertEquals(new Location(7, 11), ((ArrayNode) line.fields().get("a")).items().get(1).at());
    // {"a": } has its closing brace in column 7
    assertEquals(Optional.empty(), JsonTree.parse("{\"a\": }", 9, problems));
    assertEquals(1, problems.size());
    assertTrue(problems.list().get(0).startsWith("t.json:9:7: not valid JSON: Unexpected character "
        + "('}'"), problems.list().get(0));
  }

  @Test
  void reportsContentAfterTheValueOnALine() {
    assertEquals(Optional.empty(), JsonTree.parse("{} {}", 3, problems));
    assertEquals(List.of("t.json:3:4: unexpected content after the end of the JSON value"),
        problems.list());
  }

  @Test
  void namesTheKindOfEachToken() {
    assertEquals("object", JsonTree.kind(JsonToken.START_OBJECT));
    assertEquals("array", JsonTree.kind(JsonToken.START_ARRAY));
    assertEquals("number", JsonTree.kind(JsonToken.VALUE_NUMBER_FLOAT));
    assertEquals("boolean", JsonTree.kind(JsonToken.VALUE_FALSE));
    assertEquals("null", JsonTree.kind(JsonToken.VALUE_NULL));
  }
}
