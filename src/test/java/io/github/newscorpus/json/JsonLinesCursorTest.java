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
    try (JsonLinesCursor cursor = new JsonLinesCursor(new ByteArrayInputStream(content),
        new Problems("s.jsonl"), new ArticleIds())) {
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
}
