package io.github.newscorpus.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.newscorpus.model.Article;
import io.github.newscorpus.model.Span;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Tests {@link DirectCursor} (and through it {@link DirectBinder}) on {@code json/small.json} and
 * {@code json/small.jsonl}: it reads what the checking path reads valid and written in the
 * writer's order, to the same articles, and is unsure of everything else: the checking path then
 * decides. Each case below says what the checking path makes of the same input.
 */
class DirectCursorTest {

  private static String resource(String name) {
    try (InputStream in = DirectCursorTest.class.getResourceAsStream("/json/" + name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static final String JSON = resource("small.json");
  private static final String LINES = resource("small.jsonl");

  /** Reads on the direct path alone, from an input stream: the articles, or the reason unsure. */
  private static List<Article> direct(String input, Layout layout, Limits limits)
      throws IOException, Unsure {
    List<Article> articles = new ArrayList<>();
    byte[] bytes = input.getBytes(StandardCharsets.UTF_8);
    try (DirectCursor cursor = DirectCursor.open(new ByteArrayInputStream(bytes), bytes.length, layout, limits,
        new HashSet<>())) {
      while (cursor.advance(articles::add)) {
        // each turn reads one article
      }
    }
    return articles;
  }

  private static CorpusJson.Result checked(String input, Layout layout) {
    return Layouts.read(input.getBytes(StandardCharsets.UTF_8),
        layout == Layout.JSON_LINES ? "x.jsonl" : "x.json");
  }

  private static String edit(String input, String from, String to) {
    assertEquals(input.indexOf(from), input.lastIndexOf(from), "edit must be unique: " + from);
    assertTrue(input.contains(from), "fixture must contain: " + from);
    return input.replace(from, to);
  }

  @Test
  void readsTheFixtureToWhatTheCheckingPathReads() throws Exception {
    List<Article> articles = direct(JSON, Layout.CORPUS_JSON, Limits.DEFAULTS);
    assertEquals(checked(JSON, Layout.CORPUS_JSON).articles(), articles);
    // By hand: the emoji is one code point, two UTF-16 units; "Bob" is [23, 26) in code points.
    Article a = articles.get(0);
    assertEquals(new Span(24, 27), a.mentions().get(1).span());
    assertEquals("Hi 👋 there.", a.quotes().get(0).text());
    assertEquals(articles, direct(LINES, Layout.JSON_LINES, Limits.DEFAULTS));
  }

  @Test
  void readsTheBundledCorpusAndWhatTheWriterWrites() throws Exception {
    String bundled;
    try (InputStream in = DirectCursorTest.class.getResourceAsStream(
        "/io/github/newscorpus/corpus/newscorpus.json")) {
      bundled = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    List<Article> articles = direct(bundled, Layout.CORPUS_JSON, Limits.DEFAULTS);
    assertEquals(checked(bundled, Layout.CORPUS_JSON).articles(), articles);
    assertEquals(1891, articles.get(0).tokens().size());
    String lines = new String(Layouts.lines(articles), StandardCharsets.UTF_8);
    assertEquals(articles, direct(lines, Layout.JSON_LINES, Limits.DEFAULTS));
  }

  /** The load benchmark's row for the checking path must not be read on the direct path. */
  @Test
  void leavesTheBundledCorpusWithItsTextLastToTheCheckingPath() throws Exception {
    byte[] reordered;
    try (InputStream in = DirectCursorTest.class.getResourceAsStream(
        "/io/github/newscorpus/corpus/newscorpus.json")) {
      reordered = io.github.newscorpus.bench.Reordered.textLast(in.readAllBytes());
    }
    assertEquals(java.util.Optional.empty(),
        DirectReads.read(reordered, reordered.length, Layout.CORPUS_JSON, Limits.DEFAULTS));
    assertEquals(List.of(), Layouts.read(reordered, "x.json").problems());
  }

  @Test
  void readsCrlfLineEndsAByteOrderMarkAndBlankLines() throws Exception {
    List<Article> expected = direct(LINES, Layout.JSON_LINES, Limits.DEFAULTS);
    String crlf = "\uFEFF" + LINES.replace("\n", "\r\n\r\n  \r\n");
    assertEquals(expected, checked(crlf, Layout.JSON_LINES).articles());
    assertEquals(expected, direct(crlf, Layout.JSON_LINES, Limits.DEFAULTS));
    assertEquals(expected, direct("\uFEFF" + JSON.replace("\n", "\r\n"), Layout.CORPUS_JSON, Limits.DEFAULTS));
  }

  /** Inputs the checking path reads as valid, in orders or layouts the direct path leaves to it. */
  static Stream<Arguments> validButNotInTheWritersOrder() {
    return Stream.of(
        Arguments.of("text after a layer", edit(JSON,
            "\"text\": \"Ann said “Hi 👋 there.”\\nBob left.\",\n", "").replace(
            "\"quotes\": [", "\"text\": \"Ann said “Hi 👋 there.”\\nBob left.\",\n\"quotes\": [")),
        Arguments.of("mentions before entities", moveEntitiesAfterMentions()));
  }

  private static String moveEntitiesAfterMentions() {
    int from = JSON.indexOf("      \"entities\"");
    int to = JSON.indexOf("      \"mentions\"");
    String entities = JSON.substring(from, to);
    String rest = JSON.substring(to);
    int quotes = rest.indexOf("      \"quotes\"");
    return JSON.substring(0, from) + rest.substring(0, quotes) + entities + rest.substring(quotes);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("validButNotInTheWritersOrder")
  void leavesOtherOrdersToTheCheckingPath(String name, String input) {
    CorpusJson.Result checked = checked(input, Layout.CORPUS_JSON);
    assertEquals(List.of(), checked.problems());
    assertEquals(checked(JSON, Layout.CORPUS_JSON).articles(), checked.articles());
    assertThrows(Unsure.class, () -> direct(input, Layout.CORPUS_JSON, Limits.DEFAULTS));
  }

  /** Edits of small.json, each of which the checking path reports. */
  static Stream<Arguments> invalidJson() {
    String mention = "{\"id\": \"m2\", \"begin\": 23, \"end\": 26, \"text\": \"Bob\", \"entity\": \"e-bob\"";
    return Stream.of(
        Arguments.of("another format", edit(JSON, "newscorpus/1", "newscorpus/2")),
        Arguments.of("an unknown corpus field", edit(JSON, "\"format\"", "\"extra\": 1, \"format\"")),
        Arguments.of("an unknown article field", edit(JSON, "\"id\": \"wave\"", "\"id\": \"wave\", \"x\": 1")),
        Arguments.of("a repeated article id field", edit(JSON, "\"id\": \"wave\"", "\"id\": \"wave\", \"id\": \"w\"")),
        Arguments.of("a repeated offset", edit(JSON, mention, mention.replace("\"end\": 26", "\"end\": 26, \"end\": 26"))),
        Arguments.of("a repeated external id", edit(JSON, "{\"test\": \"A1\"}", "{\"test\": \"A1\", \"test\": \"A2\"}")),
        Arguments.of("an offset with a fraction", edit(JSON, mention, mention.replace("26", "26.0"))),
        Arguments.of("a negative offset", edit(JSON, mention, mention.replace("23", "-23"))),
        Arguments.of("an offset past the int range", edit(JSON, mention, mention.replace("26", "2147483648"))),
        Arguments.of("an offset past the text", edit(JSON, mention, mention.replace("26", "99"))),
        Arguments.of("end before begin", edit(JSON, mention, mention.replace("23", "27"))),
        Arguments.of("a covered text that differs", edit(JSON, mention, mention.replace("Bob", "Rob"))),
        Arguments.of("a dangling entity", edit(JSON, mention, mention.replace("e-bob", "e-zoe"))),
        Arguments.of("an unknown kind", edit(JSON, "\"kind\": \"CONTRIBUTOR\"", "\"kind\": \"FOOTER\"")),
        Arguments.of("a null", edit(JSON, "\"role\": \"greeter\"", "\"role\": null")),
        Arguments.of("a string that is a number", edit(JSON, "\"note\": \"a note\"", "\"note\": 7")),
        Arguments.of("a missing kind", edit(JSON, ", \"kind\": \"CONTRIBUTOR\"", "")),
        Arguments.of("an empty sentence (a model rule)", edit(JSON,
            "{\"begin\": 23, \"end\": 32, \"text\": \"Bob left.\"}\n", "{\"begin\": 23, \"end\": 23, \"text\": \"\"}\n")),
        Arguments.of("a speaker mention of another entity (a model rule)",
            edit(JSON, "\"speakerMention\": \"m1\"", "\"speakerMention\": \"m2\"")),
        Arguments.of("content after the corpus", JSON + "{}"),
        Arguments.of("a missing format", edit(JSON, "\"format\": \"newscorpus/1\",", "")),
        Arguments.of("cut short", JSON.substring(0, JSON.length() - 3)),
        Arguments.of("an article that is not an object", edit(JSON, "\"articles\": [", "\"articles\": [1, ")),
        Arguments.of("two articles with one id", edit(JSON, "\"articles\": [",
            "\"articles\": [" + JSON.substring(JSON.indexOf("    {"), JSON.lastIndexOf("  ]")) + ",")));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("invalidJson")
  void isUnsureOfEveryInvalidCorpusJson(String name, String input) {
    assertFalse(checked(input, Layout.CORPUS_JSON).problems().isEmpty(), "the checking path must report it");
    assertThrows(Unsure.class, () -> direct(input, Layout.CORPUS_JSON, Limits.DEFAULTS));
  }

  /** Edits of small.jsonl, each of which the checking path reports. */
  static Stream<Arguments> invalidLines() {
    String header = "{\"format\":\"newscorpus/1\"}\n";
    String article = LINES.substring(header.length());
    return Stream.of(
        Arguments.of("no header", article),
        Arguments.of("a blank line before the header", "\n" + LINES),
        Arguments.of("the header and an article on one line", header.strip() + " " + article),
        Arguments.of("two articles on one line", header + article.strip()
            + article.replace("\"id\":\"wave\"", "\"id\":\"wave2\"")),
        Arguments.of("an article over two lines", header + article.replaceFirst(",", ",\n")),
        Arguments.of("a header with another field", "{\"format\":\"newscorpus/1\",\"x\":1}\n" + article),
        Arguments.of("an article that is not an object", header + "[]\n" + article),
        Arguments.of("two articles with one id", LINES + article),
        Arguments.of("an empty input", ""));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("invalidLines")
  void isUnsureOfEveryInvalidJsonLines(String name, String input) {
    assertFalse(checked(input, Layout.JSON_LINES).problems().isEmpty(), "the checking path must report it");
    assertThrows(Unsure.class, () -> direct(input, Layout.JSON_LINES, Limits.DEFAULTS));
  }

  @Test
  void isUnsureOfInvalidUtf8() {
    byte[] bytes = JSON.getBytes(StandardCharsets.UTF_8);
    bytes[JSON.indexOf("Ann said")] = (byte) 0xC0; // an overlong form's lead byte
    assertThrows(Unsure.class, () -> DirectCursor.open(new ByteArrayInputStream(bytes), bytes.length, Layout.CORPUS_JSON,
        Limits.DEFAULTS, new HashSet<>()).advance(a -> { }));
    assertThrows(Unsure.class, () -> DirectCursor.open(bytes, bytes.length, Layout.CORPUS_JSON,
        Limits.DEFAULTS, new HashSet<>()));
  }

  /**
   * Each limit, set below what small.json and small.jsonl need, makes the direct path unsure.
   * Counted by hand: the files are over 1,000 characters, the article over 500; the text is 33
   * characters; the deepest value (a contributor's evidence) is at depth 7 in small.json, 5 in
   * small.jsonl; the layers hold 9 annotations and the article about 85 JSON values.
   */
  @Test
  void isUnsureAtEachLimitItCounts() {
    Limits d = Limits.DEFAULTS;
    List<Limits> tight = List.of(
        new Limits(1_000, d.maxArticleLength(), d.maxStringLength(),
            d.maxNestingDepth(), d.maxArticles(), d.maxAnnotations(), d.maxArticleValues()),
        new Limits(d.maxDocumentLength(), 500, d.maxStringLength(), d.maxNestingDepth(),
            d.maxArticles(), d.maxAnnotations(), d.maxArticleValues()),
        new Limits(d.maxDocumentLength(), d.maxArticleLength(), 30, d.maxNestingDepth(),
            d.maxArticles(), d.maxAnnotations(), d.maxArticleValues()),
        new Limits(d.maxDocumentLength(), d.maxArticleLength(), d.maxStringLength(), 4,
            d.maxArticles(), d.maxAnnotations(), d.maxArticleValues()),
        new Limits(d.maxDocumentLength(), d.maxArticleLength(), d.maxStringLength(),
            d.maxNestingDepth(), 0, d.maxAnnotations(), d.maxArticleValues()),
        new Limits(d.maxDocumentLength(), d.maxArticleLength(), d.maxStringLength(),
            d.maxNestingDepth(), d.maxArticles(), 8, d.maxArticleValues()),
        new Limits(d.maxDocumentLength(), d.maxArticleLength(), d.maxStringLength(),
            d.maxNestingDepth(), d.maxArticles(), d.maxAnnotations(), 50));
    for (Limits limits : tight) {
      assertFalse(Layouts.read(JSON.getBytes(StandardCharsets.UTF_8), "x.json", limits)
          .problems().isEmpty(), () -> "the checking path must report " + limits);
      assertFalse(Layouts.read(LINES.getBytes(StandardCharsets.UTF_8), "x.jsonl", limits)
          .problems().isEmpty(), () -> "the checking path must report " + limits);
      assertThrows(Unsure.class, () -> direct(JSON, Layout.CORPUS_JSON, limits), limits::toString);
      // Regression: from memory, a document too long threw from the parser's creation.
      byte[] bytes = JSON.getBytes(StandardCharsets.UTF_8);
      assertThrows(Unsure.class, () -> DirectCursor.open(bytes, bytes.length, Layout.CORPUS_JSON, limits,
          new HashSet<>()).advance(a -> { }), limits::toString);
      assertThrows(Unsure.class, () -> direct(LINES, Layout.JSON_LINES, limits), limits::toString);
    }
  }

  @Test
  void addsTheIdsItReadsAndIsUnsureOfOneSeenInAnEarlierInput() throws Exception {
    Set<String> ids = new HashSet<>();
    byte[] bytes = JSON.getBytes(StandardCharsets.UTF_8);
    try (DirectCursor cursor = DirectCursor.open(bytes, bytes.length, Layout.CORPUS_JSON, Limits.DEFAULTS, ids)) {
      assertTrue(cursor.advance(a -> { }));
      assertEquals(Set.of("wave"), ids);
    }
    try (DirectCursor cursor = DirectCursor.open(bytes, bytes.length, Layout.CORPUS_JSON, Limits.DEFAULTS, ids)) {
      assertThrows(Unsure.class, () -> cursor.advance(a -> { }));
    }
  }
}
