package io.github.newscorpus.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import io.github.newscorpus.model.Article;
import io.github.newscorpus.model.Span;
import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Tests {@link DirectBinder} on one article object at a time, written here by hand. The text
 * {@code "👋 Hi Ann."} has the emoji as one code point but two UTF-16 units, so that every offset
 * after it moves by one in the model.
 */
class DirectBinderTest {

  private static final JsonFactory FACTORY = new JsonFactory();
  private static final String TEXT = "\"text\": \"👋 Hi Ann.\"";
  private static final String TOKENS = "\"tokens\": [{\"begin\": 2, \"end\": 4, \"text\": \"Hi\"}, "
      + "{\"begin\": 5, \"end\": 8, \"text\": \"Ann\"}]";
  private static final String ENTITIES = "\"entities\": [{\"id\": \"e1\", \"name\": \"Ann\", \"type\": \"PERSON\"}]";
  private static final String MENTIONS = "\"mentions\": [{\"kind\": \"NAME\", \"entity\": \"e1\", \"text\": \"Ann\", "
      + "\"end\": 8, \"begin\": 5, \"id\": \"m1\"}]";

  /** Binds the one article in {@code json}; checks the parser is left on its last token. */
  private static Article bind(String json) throws IOException, Unsure {
    try (JsonParser parser = FACTORY.createParser(json + " 7")) {
      assertEquals(JsonToken.START_OBJECT, parser.nextToken());
      Article article = DirectBinder.bind(parser, Limits.DEFAULTS);
      assertEquals(JsonToken.END_OBJECT, parser.currentToken());
      assertEquals(JsonToken.VALUE_NUMBER_INT, parser.nextToken());
      return article;
    }
  }

  private static String object(String... fields) {
    return "{" + String.join(", ", fields) + "}";
  }

  @Test
  void bindsCodePointOffsetsToUtf16Spans() throws Exception {
    Article a = bind(object("\"id\": \"a\"", TEXT, TOKENS, ENTITIES, MENTIONS));
    // "Hi" is [2, 4) in code points, [3, 5) in UTF-16 units; "Ann" [5, 8), then [6, 9)
    assertEquals(List.of(new Span(3, 5), new Span(6, 9)),
        a.tokens().stream().map(t -> t.span()).toList());
    assertEquals("Ann", a.mentions().get(0).text());
    assertEquals(new Span(6, 9), a.mentions().get(0).span());
    assertEquals("Ann", a.mentions().get(0).entity().name());
  }

  @Test
  void takesTheIdAnywhereAndTheFieldsOfAnAnnotationInAnyOrder() throws Exception {
    Article first = bind(object("\"id\": \"a\"", TEXT, TOKENS, ENTITIES, MENTIONS));
    assertEquals(first, bind(object(TEXT, TOKENS, ENTITIES, "\"id\": \"a\"", MENTIONS)));
    assertEquals(first, bind(object(TEXT, TOKENS, ENTITIES, MENTIONS, "\"id\": \"a\"")));
  }

  @Test
  void isUnsureOfFieldsOutOfTheWritersOrder() {
    Unsure e = assertThrows(Unsure.class,
        () -> bind(object("\"id\": \"a\"", TEXT, ENTITIES, TOKENS)));
    assertEquals("field \"tokens\" unknown, repeated or out of the writer's order", e.getMessage());
    // mentions before their entities: the first reference is already unknown
    assertEquals("a dangling reference", assertThrows(Unsure.class,
        () -> bind(object("\"id\": \"a\"", TEXT, MENTIONS, ENTITIES))).getMessage());
    assertEquals("a layer before the text", assertThrows(Unsure.class,
        () -> bind(object("\"id\": \"a\"", TOKENS, TEXT))).getMessage());
  }

  @Test
  void isUnsureOfACheckThatARecordMakes() {
    String blankName = ENTITIES.replace("\"name\": \"Ann\"", "\"name\": \" \"");
    Unsure e = assertThrows(Unsure.class, () -> bind(object("\"id\": \"a\"", TEXT, blankName)));
    assertTrue(e.getMessage().startsWith("a record's check: "), e.getMessage());
  }

  @Test
  void isUnsureOfARuleOfTheModel() {
    // two tokens over the same "Hi": each valid, but tokens must not overlap
    String overlapping = TOKENS.replace("{\"begin\": 5, \"end\": 8, \"text\": \"Ann\"}",
        "{\"begin\": 2, \"end\": 3, \"text\": \"H\"}");
    Unsure e = assertThrows(Unsure.class, () -> bind(object("\"id\": \"a\"", TEXT, overlapping)));
    assertTrue(e.getMessage().startsWith("the model's rules: tokens/1"), e.getMessage());
  }

  @Test
  void isUnsureOfACoveredTextThatDiffersOnlyInLength() {
    String longer = TOKENS.replace("\"text\": \"Hi\"", "\"text\": \"Hi \"");
    assertEquals("a covered text that does not match", assertThrows(Unsure.class,
        () -> bind(object("\"id\": \"a\"", TEXT, longer))).getMessage());
  }
}
