package io.github.newscorpus.json;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Tests {@link Tokens} on small.json (see {@link Small}) with a value of the wrong type: each is
 * reported at its place with its pointer, and skipped whatever its size. Line 20 is Ann's entity;
 * in it, the first alias starts in column 70, the role's value in 86, the external id's key in
 * 113 and its value in 121.
 */
class TokensTest {

  private static List<String> problems(String json) {
    return Layouts.read(json.getBytes(StandardCharsets.UTF_8), "small.json").messages();
  }

  @Test
  void reportsAnItemOfAListOfStringsThatIsNoString() {
    // the second alias, after `"Ann", `, is in column 77
    assertEquals(List.of("small.json:20:77: /articles/0/entities/0/aliases/1: expected a string, "
        + "found number 5"), problems(Small.broken("[\"Ann\"], \"role\"", "[\"Ann\", 5], \"role\"")));
  }

  @Test
  void reportsAKeyGivenTwiceAndAValueThatIsNoStringInAMapOfStrings() {
    // the second "test", after `"test": "A1", `, is in column 127
    assertEquals(List.of("small.json:20:127: /articles/0/entities/0/externalIds/test: duplicate "
        + "field \"test\"; each field may appear once"),
        problems(Small.broken("{\"test\": \"A1\"}", "{\"test\": \"A1\", \"test\": \"A2\"}")));
    assertEquals(List.of("small.json:20:121: /articles/0/entities/0/externalIds/test: expected a "
        + "string, found boolean"), problems(Small.broken("{\"test\": \"A1\"}", "{\"test\": true}")));
  }

  @Test
  void reportsAValueOfTheWrongTypeAndSkipsAllOfIt() {
    assertEquals(List.of("small.json:20:86: /articles/0/entities/0/role: expected a string, found "
        + "object"), problems(Small.broken("\"greeter\"", "{\"a\": [1, {\"b\": null}], \"c\": \"d\"}")));
    assertEquals(List.of("small.json:20:86: /articles/0/entities/0/role: expected a string, found "
        + "null"), problems(Small.broken("\"greeter\"", "null")));
  }
}
