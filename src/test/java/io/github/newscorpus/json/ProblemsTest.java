package io.github.newscorpus.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import io.github.newscorpus.FormatProblem;
import io.github.newscorpus.ReadLimits;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Tests {@link Problems} on one line with two-byte and four-byte characters:
 * <pre>{"a": "Zoë", "b": [1, "👋", 2]}</pre>
 * In characters, "Zoë" starts in column 7, "👋" in 23 and the 2 in 28; in bytes, ë takes two and
 * 👋 four, so the 2 is in byte column 32.
 */
class ProblemsTest {

  private static final String LINE = "{\"a\": \"Zoë\", \"b\": [1, \"👋\", 2]}";

  private final byte[] bytes = ("\n" + LINE).getBytes(StandardCharsets.UTF_8);
  private final Source source = Source.of(bytes, 0, bytes.length, Long.MAX_VALUE);
  private final Problems problems = new Problems("p.json", source);

  /** Returns a parser over the input, on line 1, moved to the {@code n}th token. */
  private JsonParser parserAt(int n) throws IOException {
    JsonParser p = JsonParsers.factory(ReadLimits.defaults()).createParser(source.stream());
    problems.parser(p, 0, 1);
    for (int i = 0; i < n; i++) {
      p.nextToken();
    }
    return p;
  }

  @Test
  void placesProblemsInCharactersAndListsThemInInputOrder() throws IOException {
    try (JsonParser p = parserAt(3)) {
      assertEquals(JsonToken.VALUE_STRING, p.currentToken());
      int zoe = problems.token();
      for (int i = 3; i < 8; i++) {
        p.nextToken();
      }
      assertEquals(JsonToken.VALUE_NUMBER_INT, p.currentToken());
      problems.add(problems.token(), "/b/2", "the 2");
      problems.add(problems.here(), "", "after the 2");
      p.nextToken();
      p.nextToken();
      problems.add(problems.previous(), "", "the closing brace");
      problems.add(zoe, "/a", "Zoë");
    }
    assertEquals(List.of("p.json:2:7: /a: Zoë", "p.json:2:28: /b/2: the 2",
        "p.json:2:29: after the 2", "p.json:2:30: the closing brace"),
        problems.flush().stream().map(FormatProblem::toString).toList());
    assertEquals(List.of(), problems.flush(), "each problem is flushed once");
  }

  @Test
  @SuppressWarnings("try") // the parser is opened for its position, read through problems
  void aFixedPlaceOutlivesTheTableOfPlaces() throws IOException {
    Problems.Fixed emoji;
    try (JsonParser p = parserAt(7)) {
      emoji = problems.fix(problems.token());
    }
    problems.forgetPlaces();
    problems.add(emoji, "/b/1", "the emoji");
    assertEquals(List.of(new FormatProblem("p.json", 2, 23, "/b/1", "the emoji")), problems.flush());
  }

  @Test
  @SuppressWarnings("try") // the parser is opened for its position, read through problems
  void keepsThePlacesOfPendingProblems() throws IOException {
    try (JsonParser p = parserAt(3)) {
      problems.add(problems.token(), "/a", "Zoë");
      problems.forgetPlaces();
      problems.add(problems.token(), "/a", "Zoë again");
    }
    assertEquals(List.of(7, 7), problems.flush().stream().map(FormatProblem::column).toList());
  }

  /**
   * {@link Problems#token()} reads a value's place from the byte parser's fields; it must agree
   * with the parser's own {@code currentTokenLocation()} on every token of the bundled corpus,
   * laid out by the writer and compactly on one line.
   */
  @Test
  void readsTheSamePlaceAsTheParsersOwnLocationOnEveryToken() throws IOException {
    byte[] json;
    try (var in = ProblemsTest.class.getResourceAsStream("/io/github/newscorpus/corpus/newscorpus.json")) {
      json = in.readAllBytes();
    }
    byte[] oneLine = new com.fasterxml.jackson.databind.ObjectMapper().writeValueAsBytes(
        new com.fasterxml.jackson.databind.ObjectMapper().readTree(json));
    for (byte[] input : List.of(json, oneLine)) {
      Source in = Source.of(input, 0, input.length, Long.MAX_VALUE);
      Problems places = new Problems("b.json", in);
      int tokens = 0;
      try (JsonParser p = JsonParsers.factory(ReadLimits.defaults()).createParser(in.stream())) {
        places.parser(p, 0, 1);
        for (JsonToken t = p.nextToken(); t != null; t = p.nextToken()) {
          int fast = places.token();
          int slow = places.place(p.currentTokenLocation());
          assertEquals(places.offset(slow), places.offset(fast), t + " " + tokens);
          assertEquals(places.line(slow), places.line(fast));
          assertEquals(places.lineStart(slow), places.lineStart(fast));
          places.forgetPlaces();
          tokens++;
        }
      }
      assertTrue(tokens > 10_000, "tokens: " + tokens);
    }
  }
}
