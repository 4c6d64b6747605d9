package io.github.newscorpus.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import io.github.newscorpus.ReadLimits;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class JsonParsersTest {

  private static JsonParsers.Limit broken(String json, ReadLimits limits) throws IOException {
    try (JsonParser p = JsonParsers.factory(limits).createParser(json.getBytes(StandardCharsets.UTF_8))) {
      JsonParsers.LimitBroken e = assertThrows(JsonParsers.LimitBroken.class, () -> {
        for (JsonToken t = p.nextToken(); t != null; t = p.nextToken()) {
          if (t == JsonToken.VALUE_STRING) {
            p.getText();
          }
        }
      });
      return e.limit();
    }
  }

  @Test
  void saysWhichLimitBrokeWithoutReadingJacksonsMessage() throws IOException {
    assertEquals(JsonParsers.Limit.NESTING,
        broken("[[[1]]]", ReadLimits.defaults().withMaxNestingDepth(2)));
    assertEquals(JsonParsers.Limit.STRING,
        broken("[\"abcdef\"]", ReadLimits.defaults().withMaxStringLength(5)));
    assertEquals(JsonParsers.Limit.NUMBER, broken("[" + "1".repeat(1_001) + "]", ReadLimits.defaults()));
    assertEquals(JsonParsers.Limit.NUMBER, broken("[0." + "1".repeat(1_001) + "]", ReadLimits.defaults()));
    assertEquals(JsonParsers.Limit.NAME,
        broken("{\"" + "n".repeat(50_001) + "\": 1}", ReadLimits.defaults()));
  }

  @Test
  void readsUpToEachLimit() throws IOException {
    ReadLimits limits = ReadLimits.defaults().withMaxNestingDepth(3).withMaxStringLength(6);
    try (JsonParser p = JsonParsers.factory(limits)
        .createParser("[[[\"abcdef\"]]]".getBytes(StandardCharsets.UTF_8))) {
      int tokens = 0;
      for (JsonToken t = p.nextToken(); t != null; t = p.nextToken()) {
        if (t == JsonToken.VALUE_STRING) {
          assertEquals("abcdef", p.getText());
        }
        tokens++;
      }
      assertEquals(7, tokens);
    }
  }

  @Test
  void sharesOneFactoryForTheDefaults() {
    assertSame(JsonParsers.factory(ReadLimits.defaults()), JsonParsers.factory(ReadLimits.defaults()));
  }

  @Test
  void describesEachLimitAsReadLimitsNamesIt() {
    ReadLimits limits = ReadLimits.defaults().withMaxNestingDepth(12);
    assertEquals("arrays and objects nest deeper than maxNestingDepth (12); reading stopped here",
        JsonParsers.describe(JsonParsers.Limit.NESTING, limits));
    assertEquals("a string is longer than maxStringLength (20,000,000) characters; reading "
        + "stopped here", JsonParsers.describe(JsonParsers.Limit.STRING, limits));
  }

  @Test
  void tellsTheSymbolTablesRefusalFromOtherIllegalStates() {
    IllegalStateException full = new IllegalStateException("Spill-over slots in symbol table");
    full.setStackTrace(new StackTraceElement[] {new StackTraceElement(
        "com.fasterxml.jackson.core.sym.ByteQuadsCanonicalizer", "_reportTooManyCollisions",
        "ByteQuadsCanonicalizer.java", 1), new StackTraceElement(
        "com.fasterxml.jackson.core.json.UTF8StreamJsonParser", "addName", null, 2)});
    assertTrue(JsonParsers.isSymbolTableFull(full));
    IllegalStateException ours = new IllegalStateException("a bug of ours");
    assertFalse(JsonParsers.isSymbolTableFull(ours));
    ours.setStackTrace(new StackTraceElement[0]);
    assertFalse(JsonParsers.isSymbolTableFull(ours));
    IllegalStateException below = new IllegalStateException("thrown below the table");
    below.setStackTrace(new StackTraceElement[] {new StackTraceElement("java.util.Objects",
        "checkIndex", null, 1), full.getStackTrace()[0]});
    assertFalse(JsonParsers.isSymbolTableFull(below));
  }
}
