package io.github.newscorpus.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

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
    return JsonTree.parse(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), problems);
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
  void escapesPointerTokens() throws IOException {
    parse("{\"a/b~c\": {\"d\": 1, \"d\": 2}}");
    assertEquals(List.of("t.json:1:20: /a~1b~0c/d: duplicate field \"d\"; each field may appear once"),
        problems.list());
  }
}
