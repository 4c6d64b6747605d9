package io.github.newscorpus.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.newscorpus.model.Article;
import io.github.newscorpus.model.Entity;
import io.github.newscorpus.model.Quote;
import io.github.newscorpus.model.Span;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Tests {@link CorpusJson} on {@code json/small.json}: a two-line article with an emoji, so code
 * points (the file's offsets) and UTF-16 indices (the model's) differ after it. Bad inputs are
 * small.json with one thing broken; places (line:column, columns in UTF-16 units) were counted
 * by hand in small.json.
 */
class CorpusJsonTest {

  static String small() {
    try (InputStream in = CorpusJsonTest.class.getResourceAsStream("/json/small.json")) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static CorpusJson.Result read(String json) throws IOException {
    return CorpusJson.read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), "small.json");
  }

  /** Returns the articles of a valid corpus. */
  static List<Article> readUnchecked(String json) {
    try {
      CorpusJson.Result result = read(json);
      assertEquals(List.of(), result.problems());
      return result.articles();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Returns small.json with {@code from} replaced by {@code to}; {@code from} must occur once. */
  static String broken(String from, String to) {
    String json = small();
    assertEquals(json.indexOf(from), json.lastIndexOf(from), "fixture edit must be unique: " + from);
    assertTrue(json.contains(from), "fixture must contain: " + from);
    return json.replace(from, to);
  }

  static List<String> problems(String json) throws IOException {
    CorpusJson.Result result = read(json);
    assertEquals(List.of(), result.articles(), "nothing is returned half-loaded");
    return result.problems();
  }

  @Test
  void readsCodePointOffsetsIntoUtf16Spans() throws IOException {
    CorpusJson.Result result = read(small());
    assertEquals(List.of(), result.problems());
    Article a = result.articles().get(0);
    // "👋" is one code point but two UTF-16 units, so everything after it moves by one.
    assertEquals(new Span(0, 23), a.paragraphs().get(0).span());
    assertEquals(new Span(24, 27), a.mentions().get(1).span());
    assertEquals("Bob", a.mentions().get(1).text());
    Quote q = a.quotes().get(0);
    assertEquals(List.of(new Span(10, 22)), q.segments());
    assertEquals("Hi 👋 there.", q.text());
    assertEquals(Optional.of(new Span(4, 8)), q.cue());
    assertEquals(Optional.of(a.mentions().get(0)), q.speakerMention());
    Entity bob = a.expectEntity("Bob");
    assertEquals(Optional.of("e-ann"), bob.affiliation());
    assertEquals(Optional.of("a note"), bob.note());
    assertEquals(Map.of("test", "A1"), a.expectEntity("Ann").externalIds());
    assertEquals(Optional.of(new Span(24, 27)), a.metadata().contributors().get(0).evidence());
    assertEquals(Optional.of("made up for a test"), a.metadata().publisher().orElseThrow().inference());
  }

  @Test
  void writesWhatItReadsByteForByte() throws IOException {
    List<Article> articles = read(small()).articles();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    CorpusJson.write(articles, out);
    assertEquals(small(), out.toString(StandardCharsets.UTF_8));
  }

  @Test
  void refusesAnUnknownFormatVersionByName() throws IOException {
    assertEquals(List.of("small.json:2:13: /format: unsupported format \"newscorpus/2\"; this "
        + "version reads \"newscorpus/1\""),
        problems(broken("\"newscorpus/1\"", "\"newscorpus/2\"")));
  }

  @Test
  void reportsInputThatIsNotJson() throws IOException {
    List<String> problems = problems("this is not JSON");
    assertEquals(1, problems.size());
    assertTrue(problems.get(0).startsWith("small.json:1:1: not valid JSON: Unrecognized token 'this'"),
        problems.get(0));
  }

  @Test
  void reportsTruncatedInput() throws IOException {
    String json = small();
    List<String> problems = problems(json.substring(0, json.indexOf("\"sentences\"")));
    assertEquals(1, problems.size());
    assertTrue(problems.get(0).startsWith("small.json:15:7: not valid JSON: Unexpected end-of-input"),
        problems.get(0));
  }

  @Test
  void reportsEmptyInput() throws IOException {
    assertEquals(List.of("small.json:1:1: the input is empty; expected a JSON object"), problems(""));
  }

  @Test
  void reportsOffsetOutOfRange() throws IOException {
    assertEquals(List.of("small.json:25:42: /articles/0/mentions/1/end: end (99) must not exceed "
        + "the text's length in code points (32)"),
        problems(broken("\"begin\": 23, \"end\": 26, \"text\": \"Bob\", \"entity\"",
            "\"begin\": 23, \"end\": 99, \"text\": \"Bob\", \"entity\"")));
  }

  @Test
  void readsOffsetsUpToTheLargestIntAndRefusesLargerOnes() throws IOException {
    String at = "small.json:25:42: /articles/0/mentions/1/end: ";
    for (String end : List.of("999999999", "1000000000", "2147483647")) {
      assertEquals(List.of(at + "end (" + end + ") must not exceed the text's length in code points "
          + "(32)"), problems(broken("\"begin\": 23, \"end\": 26, \"text\": \"Bob\", \"entity\"",
              "\"begin\": 23, \"end\": " + end + ", \"text\": \"Bob\", \"entity\"")), end);
    }
    assertEquals(List.of(at + "expected a non-negative integer offset, found number 2147483648"),
        problems(broken("\"begin\": 23, \"end\": 26, \"text\": \"Bob\", \"entity\"",
            "\"begin\": 23, \"end\": 2147483648, \"text\": \"Bob\", \"entity\"")));
    // -0 is the number 0: read, then found less than begin
    assertEquals(List.of(at + "end (0) must not be less than begin (23)"),
        problems(broken("\"begin\": 23, \"end\": 26, \"text\": \"Bob\", \"entity\"",
            "\"begin\": 23, \"end\": -0, \"text\": \"Bob\", \"entity\"")));
  }

  @Test
  void reportsReversedOffsets() throws IOException {
    assertEquals(List.of("small.json:25:42: /articles/0/mentions/1/end: end (20) must not be less "
        + "than begin (23)"),
        problems(broken("\"begin\": 23, \"end\": 26, \"text\": \"Bob\", \"entity\"",
            "\"begin\": 23, \"end\": 20, \"text\": \"Bob\", \"entity\"")));
  }

  @Test
  void reportsCoveredTextThatDoesNotMatchInCodePoints() throws IOException {
    // The stored text says "Bob" at [24, 27): shifted by the emoji's second UTF-16 unit.
    assertEquals(List.of("small.json:25:54: /articles/0/mentions/1/text: text \"Bob\" does not match "
        + "the text at [24, 27), which is \"ob \""),
        problems(broken("\"begin\": 23, \"end\": 26, \"text\": \"Bob\", \"entity\"",
            "\"begin\": 24, \"end\": 27, \"text\": \"Bob\", \"entity\"")));
  }

  @Test
  void reportsDanglingReference() throws IOException {
    assertEquals(List.of("small.json:28:115: /articles/0/quotes/0/speaker: speaker \"e-carl\" is "
        + "not the id of any of the article's entities"),
        problems(broken("\"speaker\": \"e-ann\"", "\"speaker\": \"e-carl\"")));
  }

  @Test
  void reportsDuplicateId() throws IOException {
    assertEquals(List.of("small.json:25:9: /articles/0/mentions/1: id \"m1\" is already used by "
        + "a mention; ids must be unique within an article"),
        problems(broken("{\"id\": \"m2\"", "{\"id\": \"m1\"")));
  }

  @Test
  void reportsOverlappingParagraphs() throws IOException {
    String json = broken("{\"begin\": 23, \"end\": 32, \"text\": \"Bob left.\", \"kind\"",
        "{\"begin\": 15, \"end\": 32, \"text\": \"there.”\\nBob left.\", \"kind\"");
    assertEquals(List.of("small.json:13:9: /articles/0/paragraphs/1: \"there.”\\nBob left.\" overlaps "
        + "the paragraph \"Ann said “Hi 👋 there.”\"; paragraphs must not overlap"), problems(json));
  }

  @Test
  void reportsWrongTypesMissingAndUnknownFieldsAndBadEnumsAllAtOnce() throws IOException {
    String json = small()
        .replace("{\"id\": \"m1\", \"begin\": 0,", "{\"id\": \"m1\", \"begin\": \"0\",")
        .replace("\"entity\": \"e-bob\", \"kind\": \"NAME\"", "\"entity\": \"e-bob\", \"kind\": \"NAMED\"")
        .replace("\"role\": \"greeter\"", "\"colour\": \"green\"")
        .replace("\"name\": \"Bob\", ", "");
    assertEquals(List.of(
        "small.json:20:88: /articles/0/entities/0/colour: unknown field \"colour\"; expected one of "
            + "[affiliation, aliases, externalIds, id, name, note, role, type]",
        "small.json:21:9: /articles/0/entities/1: missing required field \"name\"",
        "small.json:24:31: /articles/0/mentions/0/begin: expected a non-negative integer offset, "
            + "found string",
        "small.json:25:88: /articles/0/mentions/1/kind: unknown kind \"NAMED\"; expected one of "
            + "[NAME, NOMINAL, PRONOUN]"),
        problems(json));
  }

  @Test
  void reportsDuplicateFieldAndDuplicateArticle() throws IOException {
    String article = small().substring(small().indexOf("    {\n      \"id\": \"wave\""),
        small().lastIndexOf("\n  ]"));
    String json = small().replace(article, article + ",\n" + article)
        .replaceFirst("\"id\": \"wave\",", "\"id\": \"wave\", \"id\": \"wave\",");
    assertEquals(List.of(
        "small.json:5:21: /articles/0/id: duplicate field \"id\"; each field may appear once",
        // line 31 opens the second article; its id's value starts at column 13 of line 32
        "small.json:32:13: /articles/1/id: article id \"wave\" is already used by the article at "
            + "small.json:4:5 (/articles/0); ids must be unique in a corpus"),
        problems(json));
  }

  @Test
  void reportsHugeNumbersWithoutOverflow() throws IOException {
    assertEquals(List.of("small.json:25:42: /articles/0/mentions/1/end: expected a non-negative "
        + "integer offset, found number 999999999999999999999999…"),
        problems(broken("\"begin\": 23, \"end\": 26, \"text\": \"Bob\", \"entity\"",
            "\"begin\": 23, \"end\": 99999999999999999999999999999999, \"text\": \"Bob\", \"entity\"")));
  }

  @Test
  void skipsAByteOrderMarkAndAcceptsCrLf() throws IOException {
    CorpusJson.Result result = read("\uFEFF" + small().replace("\n", "\r\n"));
    assertEquals(List.of(), result.problems());
    assertEquals(read(small()).articles(), result.articles());
  }

  @Test
  void reportsInvalidUtf8() throws IOException {
    byte[] json = small().getBytes(StandardCharsets.UTF_8);
    int at = small().substring(0, small().indexOf("greeter")).getBytes(StandardCharsets.UTF_8).length;
    json[at] = (byte) 0xFF;
    CorpusJson.Result result = CorpusJson.read(new ByteArrayInputStream(json), "small.json");
    // line 20 is `        {"id": "e-ann", …, "role": "greeter", …`: the g of greeter is column 87
    assertEquals(List.of("small.json:20:87: not valid UTF-8: byte 0xFF at byte offset " + at),
        result.problems());
  }

  @Test
  void reportsContentAfterTheValue() throws IOException {
    assertEquals(List.of("small.json:33:1: unexpected content after the end of the JSON value"),
        problems(small() + "{}"));
  }

  @Test
  void refusesDeepNestingWithoutOverflowingTheStack() throws IOException {
    // the prefix is 40 characters; the root is depth 1, "articles" 2, so the 63rd "[" of the
    // repeat, in column 103, is depth 65: the parser stops just after it
    List<String> problems =
        problems("{\"format\": \"newscorpus/1\", \"articles\": " + "[".repeat(100_000));
    assertEquals(List.of("small.json:1:41: /articles/0: expected an object, found array",
        "small.json:1:104: arrays and objects nest deeper than maxNestingDepth (64); reading stopped "
            + "here"), problems);
  }

  @Test
  void refusesARootThatIsNotAnObject() throws IOException {
    assertEquals(List.of("small.json:1:1: expected an object, found array"), problems("[{}]"));
  }

  /** An item the reader skips must not shift the places of the model's problems after it. */
  @Test
  void modelProblemsPointAtTheRightItemAfterASkippedOne() throws IOException {
    String m2 = "{\"id\": \"m2\", \"begin\": 23, \"end\": 26, \"text\": \"Bob\", \"entity\": \"e-bob\", "
        + "\"kind\": \"NAME\"}";
    String json = small()
        .replace("\"begin\": 0, \"end\": 3, \"text\": \"Ann\", \"entity\"",
            "\"begin\": 0, \"end\": 3, \"text\": \"Anx\", \"entity\"")
        .replace(m2, m2 + ",\n        " + m2.replace("NAME", "NOMINAL"));
    assertEquals(List.of(
        "small.json:24:52: /articles/0/mentions/0/text: text \"Anx\" does not match the text at "
            + "[0, 3), which is \"Ann\"",
        "small.json:26:9: /articles/0/mentions/2: id \"m2\" is already used by a mention; ids must "
            + "be unique within an article"),
        problems(json));
  }

  @Test
  void withoutATextTheLayersAreStillChecked() throws IOException {
    String json = small()
        .replace("\"text\": \"Ann said “Hi 👋 there.”\\nBob left.\",", "\"text\": 5,")
        .replace("\"kind\": \"CONTRIBUTOR\"", "\"kind\": \"FOOTER\"");
    assertEquals(List.of(
        "small.json:6:15: /articles/0/text: expected a string, found number 5",
        "small.json:13:63: /articles/0/paragraphs/1/kind: unknown kind \"FOOTER\"; expected one of "
            + "[HEADLINE, CAPTION, CREDIT, BODY, CONTRIBUTOR, RELATED, NOTE]"),
        problems(json));
  }

  /** Returns a stream that gives at most 100 bytes a read and says none are available. */
  private static InputStream trickle(byte[] bytes) {
    return new java.io.FilterInputStream(new ByteArrayInputStream(bytes)) {
      @Override
      public int read(byte[] b, int off, int len) throws IOException {
        return super.read(b, off, Math.min(len, 100));
      }

      @Override
      public int available() {
        return 0;
      }
    };
  }

  @Test
  void readsAStreamThatTricklesAsOneInMemory() throws IOException {
    byte[] bytes = small().getBytes(StandardCharsets.UTF_8);
    List<Article> expected = readUnchecked(small());
    // 2,000 bytes: held whole and read on the direct path when it may hold 2,000, 2,001 or more
    // Integer.MAX_VALUE: regression (review), directMax + 1 overflowed into a negative array size
    for (int directMax : new int[] {bytes.length, bytes.length + 1, 8191, 8192, 1 << 20,
        Integer.MAX_VALUE}) {
      CorpusJson.Result result = CorpusJson.read(trickle(bytes), "small.json", Limits.DEFAULTS, directMax);
      assertEquals(new CorpusJson.Result(expected, List.of()), result, "holding " + directMax);
    }
  }

  @Test
  void readsAStreamLongerThanItMayHoldOnTheCheckingPathAlone() throws IOException {
    byte[] bytes = small().getBytes(StandardCharsets.UTF_8);
    for (int directMax : new int[] {-5, 0, 1, 100, bytes.length - 1}) {
      assertEquals(readUnchecked(small()),
          CorpusJson.read(trickle(bytes), "small.json", Limits.DEFAULTS, directMax).articles(),
          "holding " + directMax);
      String bad = broken("\"text\": \"Ann\"", "\"text\": \"Anx\"");
      assertEquals(List.of("small.json:24:52: /articles/0/mentions/0/text: text \"Anx\" does not "
          + "match the text at [0, 3), which is \"Ann\""),
          CorpusJson.read(trickle(bad.getBytes(StandardCharsets.UTF_8)), "small.json",
              Limits.DEFAULTS, directMax).problems(), "holding " + directMax);
    }
  }
}
