package io.github.newscorpus.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.newscorpus.model.Article;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Tests {@link JsonLinesCursor} on {@code json/small.jsonl}: the header, then small.json's article
 * on one line (line 2). In that line (UTF-16 columns), mention m2's {@code "text"} value starts in
 * column 815 and quote q1's {@code "speaker"} value in column 958.
 */
class JsonLinesCursorTest {

  static String smallLines() {
    try (InputStream in = JsonLinesCursorTest.class.getResourceAsStream("/json/small.jsonl")) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The article line of small.jsonl, without its line break. */
  static final String ARTICLE = smallLines().split("\n")[1];
  static final String HEADER = "{\"format\":\"newscorpus/1\"}";

  private final List<Article> delivered = new ArrayList<>();

  /** Reads every line; returns the problems. */
  private List<String> read(String content) throws IOException {
    return read(content.getBytes(StandardCharsets.UTF_8));
  }

  private List<String> read(byte[] content) throws IOException {
    return read(content, Limits.DEFAULTS);
  }

  private List<String> read(String content, Limits limits) throws IOException {
    return read(content.getBytes(StandardCharsets.UTF_8), limits);
  }

  private List<String> read(byte[] content, Limits limits) throws IOException {
    try (JsonLinesCursor cursor = new JsonLinesCursor(new ByteArrayInputStream(content),
        new Problems("s.jsonl"), new ArticleIds(limits.maxArticles()), limits)) {
      while (cursor.advance(delivered::add)) {
        // one line per turn
      }
      return cursor.problems().list();
    }
  }

  private static String lines(String... lines) {
    return String.join("\n", lines) + "\n";
  }

  @Test
  void readsTheSameArticleAsTheCorpusJsonFormat() throws IOException {
    assertEquals(List.of(), read(smallLines()));
    assertEquals(CorpusJsonTest.read(CorpusJsonTest.small()).articles(), delivered);
  }

  @Test
  void placesProblemsAtTheFileLineWithAPointerIntoThatLine() throws IOException {
    String shifted = ARTICLE.replace("\"begin\":23,\"end\":26,\"text\":\"Bob\",\"entity\"",
        "\"begin\":24,\"end\":27,\"text\":\"Bob\",\"entity\"");
    List<String> problems = read(lines(HEADER,
        ARTICLE,
        shifted.replace("\"id\":\"wave\"", "\"id\":\"wave3\""),
        "{\"id\": \"broken\",",
        ARTICLE.replace("\"id\":\"wave\"", "\"id\":\"wave5\"").replace("\"speaker\":\"e-ann\"",
            "\"speaker\":\"e-carl\"")));
    assertEquals(3, problems.size(), problems.toString());
    // wave3 is one character longer than wave, so its columns move by one
    assertEquals("s.jsonl:3:816: /mentions/1/text: text \"Bob\" does not match the text at [24, 27), "
        + "which is \"ob \"", problems.get(0));
    assertTrue(problems.get(1).startsWith("s.jsonl:4:17: not valid JSON: Unexpected end-of-input"),
        problems.get(1));
    assertEquals("s.jsonl:5:959: /quotes/0/speaker: speaker \"e-carl\" is not the id of any of the "
        + "article's entities", problems.get(2));
    assertEquals(List.of("wave"), delivered.stream().map(Article::id).toList());
  }

  @Test
  void refusesAnIdUsedOnAnEarlierLine() throws IOException {
    assertEquals(List.of("s.jsonl:3:7: /id: article id \"wave\" is already used by the article at "
        + "s.jsonl:2:1; ids must be unique in a corpus"), read(lines(HEADER, ARTICLE, ARTICLE)));
  }

  @Test
  void refusesAnUnknownFormatByNameAndReadsNoFurther() throws IOException {
    assertEquals(List.of("s.jsonl:1:11: /format: unsupported format \"newscorpus/2\"; this version "
        + "reads \"newscorpus/1\""),
        read(lines("{\"format\":\"newscorpus/2\"}", "{\"id\": 1}")));
    assertEquals(List.of(), delivered);
  }

  @Test
  void needsTheHeaderOnLineOne() throws IOException {
    assertEquals(List.of("s.jsonl:1:1: expected the header {\"format\":\"newscorpus/1\"} on line 1, "
        + "found an object without \"format\""), read(lines(ARTICLE)));
    assertEquals(List.of("s.jsonl:1:1: expected the header {\"format\":\"newscorpus/1\"} on line 1, "
        + "found an empty file"), read(""));
    assertEquals(List.of("s.jsonl:1:1: expected the header {\"format\":\"newscorpus/1\"} on line 1, "
        + "found a blank line"), read(lines("", HEADER)));
    assertEquals(List.of("s.jsonl:1:1: expected an object, found array"), read(lines("[]")));
  }

  @Test
  void aHeaderAloneIsAnEmptyCorpusWithOrWithoutAFinalLineBreak() throws IOException {
    assertEquals(List.of(), read(HEADER));
    assertEquals(List.of(), read(HEADER + "\n"));
    assertEquals(List.of(), delivered);
  }

  @Test
  void reportsUnknownHeaderFieldsAndStillReadsTheArticles() throws IOException {
    // {"format":"newscorpus/1","sorted":true} has true in column 35
    assertEquals(List.of("s.jsonl:1:35: /sorted: unknown field \"sorted\"; expected one of [format]"),
        read(lines("{\"format\":\"newscorpus/1\",\"sorted\":true}", ARTICLE)));
    assertEquals(1, delivered.size());
  }

  @Test
  void skipsBlankLinesButCountsThem() throws IOException {
    assertEquals(List.of("s.jsonl:4:1: missing required field \"text\""),
        read(lines(HEADER, "", "   ", "{\"id\": \"a\"}", "")));
  }

  @Test
  void acceptsCrLfAndAByteOrderMark() throws IOException {
    assertEquals(List.of(), read("\uFEFF" + HEADER + "\r\n" + ARTICLE + "\r\n"));
    assertEquals(1, delivered.size());
  }

  @Test
  void reportsInvalidUtf8AtItsLineAndColumnAndStops() throws IOException {
    byte[] content = lines(HEADER, ARTICLE, ARTICLE).getBytes(StandardCharsets.UTF_8);
    int offset = HEADER.length() + 1 + 7; // line 2 is {"id":"wave", …: the w is column 8
    content[offset] = (byte) 0xFF;
    assertEquals(List.of("s.jsonl:2:8: not valid UTF-8: byte 0xFF at byte offset 33"), read(content));
    assertEquals(List.of(), delivered);
  }

  @Test
  void reportsContentAfterTheValueOnALineAndReadsTheNext() throws IOException {
    // line 2 is {} {}: the second object starts in column 4
    assertEquals(List.of("s.jsonl:2:4: unexpected content after the end of the JSON value",
        "s.jsonl:3:1: missing required field \"text\""),
        read(lines(HEADER, "{} {}", "{\"id\": \"a\"}")));
  }

  @Test
  void endsLinesAtALoneCarriageReturnToo() throws IOException {
    // \r ends line 2 and \r\n line 3, so the article without text is on line 4
    assertEquals(List.of("s.jsonl:4:1: missing required field \"text\""),
        read(HEADER + "\n" + ARTICLE + "\r\r\n{\"id\": \"a\"}"));
    assertEquals(1, delivered.size());
  }

  /** Regression: a line was read whole with readLine(), however long, before any check. */
  @Test
  void stopsAtALineLongerThanTheLimitWithoutHoldingIt() throws IOException {
    Limits limits = Limits.DEFAULTS;
    Limits short40 = new Limits(limits.maxDocumentLength(), 40, limits.maxStringLength(),
        limits.maxNestingDepth(), limits.maxArticles(), limits.maxAnnotations(),
        limits.maxArticleValues());
    // line 2 holds 21 + 18 + 2 = 41 characters before its line break: the 41st is one too many
    String line = "{\"id\": \"a\", \"text\": \"" + "x".repeat(18) + "\"}";
    assertEquals(41, line.length());
    assertEquals(List.of("s.jsonl:2:41: line 2 is longer than maxArticleLength (40) characters; "
        + "reading stopped here"), read(lines(HEADER, line, "{\"id\": 1}"), short40));
    assertEquals(List.of(), read(lines(HEADER, line.replace("xx", "x")), short40));
  }

  private static Limits limits(int maxArticles, int maxAnnotations) {
    Limits d = Limits.DEFAULTS;
    return new Limits(d.maxDocumentLength(), d.maxArticleLength(), d.maxStringLength(),
        d.maxNestingDepth(), maxArticles, maxAnnotations, d.maxArticleValues());
  }

  @Test
  void stopsAtTheArticleTooMany() throws IOException {
    // lines 2 and 4 hold the two articles allowed (line 3 is blank); line 5 is one too many
    assertEquals(List.of("s.jsonl:5:1: more than maxArticles (2) articles; reading stopped here"),
        read(lines(HEADER, "{\"id\": \"a\", \"text\": \"A\"}", " ", "{\"id\": \"b\", \"text\": \"B\"}",
            "{\"id\": \"c\", \"text\": \"C\"}"), limits(2, 100)));
    assertEquals(List.of("a", "b"), delivered.stream().map(Article::id).toList());
  }

  @Test
  void stopsAtTheAnnotationTooMany() throws IOException {
    String line = "{\"id\":\"a\",\"text\":\"AB\",\"sentences\":[{\"begin\":0,\"end\":1,\"text\":\"A\"}],"
        + "\"tokens\":[{\"begin\":0,\"end\":1,\"text\":\"A\"},{\"begin\":1,\"end\":2,\"text\":\"B\"}]}";
    // 10 + 12 + 13 + 30 + 2 + 10 + 30 + 1 characters come before the second token, the third
    // annotation: it starts in column 109
    assertEquals(108, line.indexOf("{\"begin\":1"));
    assertEquals(List.of("s.jsonl:2:109: /tokens/1: the article has more than maxAnnotations (2) "
        + "annotations; reading stopped here"), read(lines(HEADER, line), limits(10, 2)));
    assertEquals(List.of(), read(lines(HEADER, line), limits(10, 3)));
  }

  /**
   * Regression (found by CorpusFuzzTest with small limits, shrunk): the file's line break that was
   * one character too many for maxDocumentLength was placed in column 0.
   */
  @Test
  void aFileTooLongAtALineBreakIsPlacedAtTheBreak() throws IOException {
    Limits d = Limits.DEFAULTS;
    Limits limits = new Limits(26, d.maxArticleLength(), d.maxStringLength(), d.maxNestingDepth(),
        d.maxArticles(), d.maxAnnotations(), d.maxArticleValues());
    // the header is 25 characters and its \r the 26th; the next \r, line 2's break, is the 27th
    assertEquals(List.of("s.jsonl:2:1: the file is longer than maxDocumentLength (26) characters; "
        + "reading stopped here"), read(HEADER + "\r\r\n" + ARTICLE + "\r\r\n", limits));
  }
}
