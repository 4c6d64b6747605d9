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

  @Test
  void readsAnOffsetWrittenWithAZeroFractionOrAnExponentAsThatInteger() {
    // the format's JSON Schema (2020-12) calls 26.0 an integer, so the reader reads it as 26
    String bob = "\"begin\": 23, \"end\": 26, \"text\": \"Bob\", \"entity\"";
    for (String end : List.of("26.0", "26.000", "2.6e1", "2600e-2", "26E+0")) {
      String json = Small.broken(bob, bob.replace("26", end));
      assertEquals(Small.wave(), Small.articles(json).get(0), end);
    }
    assertEquals(Small.wave(), Small.articles(Small.broken("\"begin\": 0, \"end\": 3, \"text\": "
        + "\"Ann\", \"entity\"", "\"begin\": -0.0, \"end\": 3, \"text\": \"Ann\", \"entity\"")).get(0));
  }

  @Test
  void reportsAnOffsetWithAFractionOrBeyondAnIntAtItsValue() {
    // line 25: the end's value of Bob's mention starts in column 42
    String bob = "\"begin\": 23, \"end\": 26, \"text\": \"Bob\", \"entity\"";
    for (String end : List.of("26.5", "25.9999999999999999999", "1e-400", "-0.5", "-1.0",
        "2147483648.0", "2.147483648e9", "1e400")) {
      assertEquals(List.of("small.json:25:42: /articles/0/mentions/1/end: expected a non-negative "
          + "integer offset, found number " + end), problems(Small.broken(bob, bob.replace("26", end))),
          end);
    }
  }
}
