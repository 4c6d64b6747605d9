package io.github.newscorpus.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.newscorpus.FormatProblem;
import io.github.newscorpus.ReadLimits;
import io.github.newscorpus.model.Article;
import io.github.newscorpus.model.Entity;
import io.github.newscorpus.model.Quote;
import io.github.newscorpus.model.Span;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Tests {@link ArticleInput} on {@code json/small.json} and {@code json/small.jsonl} (see
 * {@link Small}) with one thing broken at a time. Every place was counted by hand in those files:
 * lines from 1, columns in characters (code points) from 1. Line 28 of small.json, the quote,
 * holds 👋 (one code point, two UTF-16 units, four bytes) and typographic quotes (one code point,
 * three bytes) before its speaker; line 2 of small.jsonl holds both before everything after
 * {@code "text"}.
 */
class ArticleInputTest {

  private final List<Article> delivered = new ArrayList<>();

  /** Reads {@code content} as an input named {@code name}; returns every problem, in order. */
  private List<String> read(String content, String name) throws IOException {
    return read(content.getBytes(StandardCharsets.UTF_8), name, ReadLimits.defaults());
  }

  private List<String> read(byte[] content, String name, ReadLimits limits) throws IOException {
    return read(content, name, limits, Layout.of(name), 1);
  }

  private List<String> json(String content) throws IOException {
    return read(content, "small.json");
  }

  private List<String> lines(String... lines) throws IOException {
    return read(String.join("\n", lines) + "\n", "s.jsonl");
  }

  private static final String BOB_MENTION = "\"begin\": 23, \"end\": 26, \"text\": \"Bob\", \"entity\"";

  // Corpus JSON

  @Test
  void readsCodePointOffsetsIntoUtf16Spans() throws IOException {
    assertEquals(List.of(), json(Small.JSON));
    Article a = delivered.get(0);
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
    assertEquals(Optional.of("made up for a test"),
        a.metadata().publisher().orElseThrow().inference());
  }

  @Test
  void refusesAnUnknownFormatVersionByName() throws IOException {
    assertEquals(List.of("small.json:2:13: /format: unsupported format \"newscorpus/2\"; this "
        + "version reads \"newscorpus/1\""),
        json(Small.broken("\"newscorpus/1\"", "\"newscorpus/2\"")));
  }

  @Test
  void reportsInputThatIsNotJson() throws IOException {
    List<String> problems = json("this is not JSON");
    assertEquals(1, problems.size());
    assertTrue(problems.get(0).startsWith("small.json:1:1: not valid JSON: Unrecognized token 'this'"),
        problems.get(0));
  }

  @Test
  void reportsTruncatedInputWhereItEnds() throws IOException {
    // line 15 is `      "sentences": [` cut before its quotation mark: 6 spaces, then the end
    assertEquals(List.of("small.json:15:7: not valid JSON: Unexpected end-of-input within/between "
        + "Object entries"), json(Small.JSON.substring(0, Small.JSON.indexOf("\"sentences\""))));
  }

  @Test
  void reportsEmptyInput() throws IOException {
    assertEquals(List.of("small.json:1:1: the input is empty; expected a JSON object"), json(""));
  }

  @Test
  void reportsOffsetsOutOfRangeOrReversedAtTheirValue() throws IOException {
    // line 25: 8 spaces, `{"id": "m2", "begin": 23, "end": ` is 33 characters, so the end's value
    // starts in column 42
    String at = "small.json:25:42: /articles/0/mentions/1/end: ";
    assertEquals(List.of(at + "end (99) must not exceed the text's length in code points (32)"),
        json(Small.broken(BOB_MENTION, BOB_MENTION.replace("26", "99"))));
    assertEquals(List.of(at + "end (20) must not be less than begin (23)"),
        json(Small.broken(BOB_MENTION, BOB_MENTION.replace("26", "20"))));
    for (String end : List.of("999999999", "1000000000", "2147483647")) {
      assertEquals(List.of(at + "end (" + end + ") must not exceed the text's length in code "
          + "points (32)"), json(Small.broken(BOB_MENTION, BOB_MENTION.replace("26", end))), end);
    }
    assertEquals(List.of(at + "expected a non-negative integer offset, found number 2147483648"),
        json(Small.broken(BOB_MENTION, BOB_MENTION.replace("26", "2147483648"))));
    assertEquals(List.of(at + "expected a non-negative integer offset, found number "
        + "999999999999999999999999…"),
        json(Small.broken(BOB_MENTION, BOB_MENTION.replace("26", "9".repeat(32)))));
    // -0 is the number 0: read, then found less than begin
    assertEquals(List.of(at + "end (0) must not be less than begin (23)"),
        json(Small.broken(BOB_MENTION, BOB_MENTION.replace("26", "-0"))));
  }

  @Test
  void reportsACoveredTextThatDoesNotMatchAtItsValue() throws IOException {
    // The stored text says "Bob" at [24, 27) in code points: shifted by one. Its value starts in
    // column 54 of line 25.
    assertEquals(List.of("small.json:25:54: /articles/0/mentions/1/text: text \"Bob\" does not "
        + "match the covered text \"ob \""),
        json(Small.broken(BOB_MENTION, BOB_MENTION.replace("23, \"end\": 26", "24, \"end\": 27"))));
  }

  @Test
  void reportsADanglingReferenceAtItsValueInCodePoints() throws IOException {
    // line 28: the speaker's value starts in column 114 of code points (115 of UTF-16 units:
    // 👋 comes before it)
    assertEquals(List.of("small.json:28:114: /articles/0/quotes/0/speaker: speaker \"e-carl\" is "
        + "not the id of any of the article's entities"),
        json(Small.broken("\"speaker\": \"e-ann\"", "\"speaker\": \"e-carl\"")));
  }

  @Test
  void reportsTheModelsRulesAtTheItemThatBreaksThem() throws IOException {
    assertEquals(List.of("small.json:25:9: /articles/0/mentions/1: id \"m1\" is already used by "
        + "a mention; ids must be unique within an article"),
        json(Small.broken("{\"id\": \"m2\"", "{\"id\": \"m1\"")));
    String overlapping = Small.broken(
        "{\"begin\": 23, \"end\": 32, \"text\": \"Bob left.\", \"kind\"",
        "{\"begin\": 15, \"end\": 32, \"text\": \"there.”\\nBob left.\", \"kind\"");
    assertEquals(List.of("small.json:13:9: /articles/0/paragraphs/1: paragraph \"there.”\\nBob "
        + "left.\" spans a line break; a paragraph is one line",
        "small.json:13:9: /articles/0/paragraphs/1: \"there.”\\nBob left.\" "
        + "overlaps the paragraph \"Ann said “Hi 👋 there.”\"; paragraphs must not overlap"),
        json(overlapping));
  }

  @Test
  void reportsWrongTypesMissingAndUnknownFieldsAndBadEnumsAllAtOnceInInputOrder()
      throws IOException {
    String broken = Small.JSON
        .replace("{\"id\": \"m1\", \"begin\": 0,", "{\"id\": \"m1\", \"begin\": \"0\",")
        .replace("\"entity\": \"e-bob\", \"kind\": \"NAME\"", "\"entity\": \"e-bob\", \"kind\": \"NAMED\"")
        .replace("\"role\": \"greeter\"", "\"colour\": \"green\"")
        .replace("\"name\": \"Bob\", ", "");
    assertEquals(List.of(
        "small.json:20:78: /articles/0/entities/0/colour: unknown field \"colour\"; expected one of "
            + "[affiliation, aliases, externalIds, id, name, note, role, type]",
        "small.json:21:9: /articles/0/entities/1: missing required field \"name\"",
        "small.json:24:31: /articles/0/mentions/0/begin: expected a non-negative integer offset, "
            + "found string",
        "small.json:25:88: /articles/0/mentions/1/kind: unknown kind \"NAMED\"; expected one of "
            + "[NAME, NOMINAL, PRONOUN]"),
        json(broken));
  }

  @Test
  void reportsADuplicateFieldAtItsNameAndADuplicateArticleNamingTheFirst() throws IOException {
    String json = Small.JSON.replace(Small.ARTICLE, Small.ARTICLE + ",\n" + Small.ARTICLE)
        .replaceFirst("\"id\": \"wave\",", "\"id\": \"wave\", \"id\": \"wave\",");
    assertEquals(List.of(
        "small.json:5:21: /articles/0/id: duplicate field \"id\"; each field may appear once",
        // line 31 opens the second article; its id's value starts at column 13 of line 32
        "small.json:32:13: /articles/1/id: article id \"wave\" is already used by the article at "
            + "small.json:4:5 (/articles/0); ids must be unique in a corpus"),
        json(json));
  }

  @Test
  void aModelProblemPointsAtTheRightItemAfterOneThatCouldNotBeBuilt() throws IOException {
    String m2 = "{\"id\": \"m2\", \"begin\": 23, \"end\": 26, \"text\": \"Bob\", \"entity\": \"e-bob\", "
        + "\"kind\": \"NAME\"}";
    String json = Small.JSON
        .replace("\"begin\": 0, \"end\": 3, \"text\": \"Ann\", \"entity\": \"e-ann\"",
            "\"begin\": 0, \"end\": 3, \"text\": \"Ann\", \"entity\": \"e-eve\"")
        .replace(m2, m2 + ",\n        " + m2.replace("NAME", "NOMINAL"));
    assertEquals(List.of(
        "small.json:24:69: /articles/0/mentions/0/entity: entity \"e-eve\" is not the id of any of "
            + "the article's entities",
        // the third mention is the second given to the model, which names it mentions/1
        "small.json:26:9: /articles/0/mentions/2: id \"m2\" is already used by a mention; ids must "
            + "be unique within an article"),
        json(json));
  }

  @Test
  void withoutATextTheLayersAreStillChecked() throws IOException {
    String json = Small.JSON
        .replace("\"text\": \"Ann said “Hi 👋 there.”\\nBob left.\",", "\"text\": 5,")
        .replace("\"kind\": \"CONTRIBUTOR\"", "\"kind\": \"FOOTER\"");
    assertEquals(List.of(
        "small.json:6:15: /articles/0/text: expected a string, found number 5",
        "small.json:13:63: /articles/0/paragraphs/1/kind: unknown kind \"FOOTER\"; expected one of "
            + "[HEADLINE, CAPTION, CREDIT, BODY, CONTRIBUTOR, RELATED, NOTE]"),
        json(json));
  }

  @Test
  void skipsAByteOrderMarkAndAcceptsCrLf() throws IOException {
    assertEquals(List.of(), json("\uFEFF" + Small.JSON.replace("\n", "\r\n")));
    assertEquals(List.of(Small.wave()), delivered);
  }

  @Test
  void reportsInvalidUtf8AtItsCharacterAndStops() throws IOException {
    byte[] bytes = Small.JSON.getBytes(StandardCharsets.UTF_8);
    int at = Small.JSON.substring(0, Small.JSON.indexOf("greeter")).getBytes(StandardCharsets.UTF_8).length;
    bytes[at] = (byte) 0xFF;
    // line 20 is `        {"id": "e-ann", …, "role": "greeter", …`: the g of greeter is column 87
    assertEquals(List.of("small.json:20:87: not valid UTF-8: byte 0xFF at byte offset " + at),
        read(bytes, "small.json", ReadLimits.defaults()));
  }

  @Test
  void reportsANulByteWhereItIs() throws IOException {
    // line 28, the quote: in code points, "Hi 👋 there.", starts in column 77; the NUL replaces
    // its H
    String json = Small.broken("\"text\": \"Hi 👋", "\"text\": \"\u0000i 👋");
    int offset = json.substring(0, json.indexOf('\u0000')).getBytes(StandardCharsets.UTF_8).length;
    assertEquals(List.of("small.json:28:87: not valid JSON: a NUL byte (U+0000) at byte offset "
        + offset), json(json));
  }

  @Test
  void reportsContentAfterTheValue() throws IOException {
    assertEquals(List.of("small.json:33:1: unexpected content after the end of the JSON value"),
        json(Small.JSON + "{}"));
  }

  @Test
  void refusesARootThatIsNotAnObject() throws IOException {
    assertEquals(List.of("small.json:1:1: expected an object, found array"), json("[{}]"));
  }

  @Test
  void deliversEachArticleBeforeReadingTheNextAndReportsABadOneAfterTheGoodOnes()
      throws IOException {
    // the second article starts on line 31; its first mention (line 51) has a shifted text
    String second = Small.ARTICLE.replace("\"id\": \"wave\"", "\"id\": \"wave2\"")
        .replace("\"begin\": 0, \"end\": 3, \"text\": \"Ann\"", "\"begin\": 1, \"end\": 4, \"text\": \"Ann\"");
    String json = Small.JSON.replace(Small.ARTICLE, Small.ARTICLE + ",\n" + second);
    assertEquals(List.of("small.json:51:52: /articles/1/mentions/0/text: text \"Ann\" does not "
        + "match the covered text \"nn \""), json(json));
    assertEquals(List.of("wave"), delivered.stream().map(Article::id).toList());
  }

  @Test
  void readsArticlesThatComeBeforeTheFormatAndChecksTheFormatWhenItComes() throws IOException {
    assertEquals(List.of(), json("{\"articles\": [\n" + Small.ARTICLE + "\n], \"format\": \"newscorpus/1\"}"));
    assertEquals(List.of("wave"), delivered.stream().map(Article::id).toList());
    // line 29 is `], "format": "newscorpus/9"}`
    assertEquals(List.of("small.json:29:14: /format: unsupported format \"newscorpus/9\"; this "
        + "version reads \"newscorpus/1\""),
        json("{\"articles\": [\n" + Small.ARTICLE + "\n], \"format\": \"newscorpus/9\"}"));
  }

  @Test
  void anUnknownFormatFirstStopsBeforeTheArticles() throws IOException {
    assertEquals(List.of("small.json:1:12: /format: unsupported format \"newscorpus/2\"; this "
        + "version reads \"newscorpus/1\""),
        json("{\"format\": \"newscorpus/2\", \"articles\": [{\"id\": 5}]}"));
    assertEquals(List.of("small.json:1:12: /format: expected a string, found number 1"),
        json("{\"format\": 1, \"articles\": [{}]}"));
  }

  @Test
  void reportsEveryProblemOfTheCorpusObject() throws IOException {
    assertEquals(List.of(
        "small.json:1:28: /colour: unknown field \"colour\"; expected one of [articles, format]",
        "small.json:2:2: /format: duplicate field \"format\"; each field may appear once",
        "small.json:2:27: /articles: expected an array, found number"),
        json("{\"format\": \"newscorpus/1\", \"colour\": {\"a\": [1]},\n \"format\": 2, \"articles\": 3}"));
  }

  @Test
  void reportsMissingFieldsAtTheCorpusObject() throws IOException {
    assertEquals(List.of("small.json:2:3: missing required field \"format\"",
        "small.json:2:3: missing required field \"articles\""), json("\n  {}"));
  }

  /** Returns {@code json/small-sorted.json}: small.json as Python's json module writes it. */
  private static String sorted() throws IOException {
    try (var in = ArticleInputTest.class.getResourceAsStream("/json/small-sorted.json")) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  @Test
  void readsAnyFieldOrderTheSameAsTheWritersOrder() throws IOException {
    // every object's keys sorted (json.dump(..., sort_keys=True, indent=2)): the text comes
    // after every span that indexes it
    String sorted = sorted();
    assertTrue(sorted.indexOf("\"text\": \"Ann said") > sorted.indexOf("\"mentions\""));
    assertEquals(List.of(), json(sorted));
    assertEquals(List.of(Small.wave()), delivered);
  }

  @Test
  void checksSpansMetBeforeTheTextWhenTheArticleEnds() throws IOException {
    String m2 = "\"begin\": 23,\n          \"end\": 26,\n          \"entity\": \"e-bob\"";
    String sorted = sorted();
    assertEquals(sorted.indexOf(m2), sorted.lastIndexOf(m2));
    // line 40 is `          "end": 26,`: its value starts in column 18
    assertEquals(List.of("small.json:40:18: /articles/0/mentions/1/end: end (99) must not exceed "
        + "the text's length in code points (32)"), json(sorted.replace(m2, m2.replace("26", "99"))));
  }

  // JSON Lines

  @Test
  void readsTheSameArticleFromJsonLines() throws IOException {
    assertEquals(List.of(), read(Small.LINES, "s.jsonl"));
    assertEquals(List.of(Small.wave()), delivered);
  }

  @Test
  void placesProblemsAtTheFileLineWithAPointerIntoThatLinesValue() throws IOException {
    String shifted = Small.ARTICLE_LINE.replace("\"begin\":23,\"end\":26,\"text\":\"Bob\",\"entity\"",
        "\"begin\":24,\"end\":27,\"text\":\"Bob\",\"entity\"");
    List<String> problems = lines(Small.HEADER,
        Small.ARTICLE_LINE,
        shifted.replace("\"id\":\"wave\"", "\"id\":\"wave3\""),
        "{\"id\": \"broken\",",
        Small.ARTICLE_LINE.replace("\"id\":\"wave\"", "\"id\":\"wave5\"")
            .replace("\"speaker\":\"e-ann\"", "\"speaker\":\"e-carl\""));
    // in the article line, after three 👋, mention m2's "text" value starts in column 812 (in
    // code points; 815 in UTF-16 units) and the quote's "speaker" value in column 954 (958);
    // wave3 and wave5 are one character longer than wave
    assertEquals(List.of(
        "s.jsonl:3:813: /mentions/1/text: text \"Bob\" does not match the covered text \"ob \"",
        "s.jsonl:4:17: not valid JSON: Unexpected end-of-input within/between Object entries",
        "s.jsonl:5:955: /quotes/0/speaker: speaker \"e-carl\" is not the id of any of the "
            + "article's entities"), problems);
    assertEquals(List.of("wave"), delivered.stream().map(Article::id).toList());
  }

  @Test
  void refusesAnIdUsedOnAnEarlierLine() throws IOException {
    assertEquals(List.of("s.jsonl:3:7: /id: article id \"wave\" is already used by the article at "
        + "s.jsonl:2:1; ids must be unique in a corpus"),
        lines(Small.HEADER, Small.ARTICLE_LINE, Small.ARTICLE_LINE));
  }

  @Test
  void refusesAnUnknownFormatByNameAndReadsNoFurther() throws IOException {
    assertEquals(List.of("s.jsonl:1:11: /format: unsupported format \"newscorpus/2\"; this version "
        + "reads \"newscorpus/1\""), lines("{\"format\":\"newscorpus/2\"}", "{\"id\": 1}"));
    assertEquals(List.of(), delivered);
  }

  @Test
  void needsTheHeaderOnLineOne() throws IOException {
    assertEquals(List.of("s.jsonl:1:1: expected the header {\"format\":\"newscorpus/1\"} on line 1, "
        + "found an object without \"format\""), lines(Small.ARTICLE_LINE));
    assertEquals(List.of("s.jsonl:1:1: expected the header {\"format\":\"newscorpus/1\"} on line 1, "
        + "found an empty file"), read("", "s.jsonl"));
    assertEquals(List.of("s.jsonl:1:1: expected the header {\"format\":\"newscorpus/1\"} on line 1, "
        + "found a blank line"), lines("", Small.HEADER));
    assertEquals(List.of("s.jsonl:1:1: expected an object, found array"), lines("[]"));
  }

  @Test
  void refusesAHeaderWhoseFormatIsNoStringOrGivenTwiceWithoutLookingInside() throws IOException {
    // {"format":[{"a":1}]}: the array starts in column 11
    assertEquals(List.of("s.jsonl:1:11: /format: expected a string, found array"),
        lines("{\"format\":[{\"a\":1}]}", Small.ARTICLE_LINE));
    // the second "format" starts in column 26, after `{"format":"newscorpus/1",`
    assertEquals(List.of("s.jsonl:1:26: /format: duplicate field \"format\"; each field may appear "
        + "once"), lines("{\"format\":\"newscorpus/1\",\"format\":\"newscorpus/1\"}",
            Small.ARTICLE_LINE));
    assertEquals(List.of(), delivered);
  }

  @Test
  void dropsJacksonsAdviceToEnableFeaturesOfItsOwn() throws IOException {
    // {"id":"a","text":NaN}: NaN in columns 18 to 20; Jackson places the error just after it
    assertEquals(List.of("s.jsonl:2:21: not valid JSON: Non-standard token 'NaN'"),
        lines(Small.HEADER, "{\"id\":\"a\",\"text\":NaN}").subList(0, 1));
  }

  @Test
  void aHeaderAloneIsAnEmptyCorpusWithOrWithoutAFinalLineBreak() throws IOException {
    assertEquals(List.of(), read(Small.HEADER, "s.jsonl"));
    assertEquals(List.of(), read(Small.HEADER + "\n", "s.jsonl"));
    assertEquals(List.of(), delivered);
  }

  @Test
  void reportsUnknownHeaderFieldsAndStillReadsTheArticles() throws IOException {
    // {"format":"newscorpus/1","sorted":true}: the name "sorted" starts in column 26
    assertEquals(List.of("s.jsonl:1:26: /sorted: unknown field \"sorted\"; expected one of [format]"),
        lines("{\"format\":\"newscorpus/1\",\"sorted\":true}", Small.ARTICLE_LINE));
    assertEquals(1, delivered.size());
  }

  @Test
  void escapesAFieldNameInItsMessage() throws IOException {
    // the name "x\ny" (a line break, escaped in JSON) starts in column 22
    List<String> problems = lines("{\"format\":\"newscorpus/1\"}",
        "{\"id\":\"a\",\"text\":\"A\",\"x\\ny\":1}");
    assertEquals(1, problems.size(), problems.toString());
    assertTrue(problems.get(0).startsWith("s.jsonl:2:22: ")
        && problems.get(0).contains(": unknown field \"x\\ny\"; expected one of ["),
        problems.get(0));
  }

  @Test
  void skipsBlankLinesButCountsThem() throws IOException {
    assertEquals(List.of("s.jsonl:4:1: missing required field \"text\""),
        lines(Small.HEADER, "", "   ", "{\"id\": \"a\"}", ""));
  }

  @Test
  void acceptsCrLfAndAByteOrderMarkButNoSecondByteOrderMark() throws IOException {
    assertEquals(List.of(), read("\uFEFF" + Small.HEADER + "\r\n" + Small.ARTICLE_LINE + "\r\n", "s.jsonl"));
    assertEquals(1, delivered.size());
    assertEquals(List.of("s.jsonl:2:1: not valid JSON: a byte-order mark where only the start of "
        + "the file may have one"), lines(Small.HEADER, "\uFEFF" + Small.ARTICLE_LINE));
  }

  @Test
  void reportsInvalidUtf8AtItsLineAndColumnAndStops() throws IOException {
    byte[] content = (Small.HEADER + "\n" + Small.ARTICLE_LINE + "\n" + Small.ARTICLE_LINE + "\n")
        .getBytes(StandardCharsets.UTF_8);
    int offset = Small.HEADER.length() + 1 + 7; // line 2 is {"id":"wave", …: the w is column 8
    content[offset] = (byte) 0xFF;
    assertEquals(List.of("s.jsonl:2:8: not valid UTF-8: byte 0xFF at byte offset 33"),
        read(content, "s.jsonl", ReadLimits.defaults()));
    assertEquals(List.of(), delivered);
  }

  @Test
  void anArticleOnALineThatIsCutIsNotDelivered() throws IOException {
    // line 2 is {"id":"a","text":"A"} (21 characters), a space, then a byte that cannot be read
    // in column 23: the line is not whole, so neither is its article
    for (byte bad : new byte[] {(byte) 0xFF, 0}) {
      delivered.clear();
      byte[] content = (Small.HEADER + "\n{\"id\":\"a\",\"text\":\"A\"} ?\n")
          .getBytes(StandardCharsets.UTF_8);
      int offset = Small.HEADER.length() + 1 + 22;
      content[offset] = bad;
      assertEquals(List.of("s.jsonl:2:23: not valid " + (bad == 0
          ? "JSON: a NUL byte (U+0000)" : "UTF-8: byte 0xFF") + " at byte offset " + offset),
          read(content, "s.jsonl", ReadLimits.defaults()));
      assertEquals(List.of(), delivered);
    }
  }

  @Test
  void reportsContentAfterTheValueOnALineAndReadsTheNext() throws IOException {
    // line 2 is {} {}: an article without id or text, then a second object in column 4
    assertEquals(List.of("s.jsonl:2:1: missing required field \"id\"",
        "s.jsonl:2:1: missing required field \"text\"",
        "s.jsonl:2:4: unexpected content after the end of the JSON value",
        "s.jsonl:3:1: missing required field \"text\""),
        lines(Small.HEADER, "{} {}", "{\"id\": \"a\"}"));
  }

  @Test
  void refusesAnArticleOverSeveralLines() throws IOException {
    // a line's value must end on it: `{"id": "a",` ends at the line break, in column 12; line 3,
    // `"text": "A"}`, starts with a string, then a colon in column 7
    List<String> problems = lines(Small.HEADER, "{\"id\": \"a\",", "\"text\": \"A\"}");
    assertEquals(3, problems.size(), problems.toString());
    assertEquals("s.jsonl:2:12: not valid JSON: Unexpected end-of-input within/between Object "
        + "entries", problems.get(0));
    assertEquals("s.jsonl:3:1: expected an object, found string", problems.get(1));
    assertTrue(problems.get(2).startsWith("s.jsonl:3:7: not valid JSON: Unexpected character "
        + "(':'"), problems.get(2));
  }

  @Test
  void endsLinesAtALoneCarriageReturnToo() throws IOException {
    // \r ends line 2 and \r\n line 3, so the article without text is on line 4
    assertEquals(List.of("s.jsonl:4:1: missing required field \"text\""),
        read(Small.HEADER + "\n" + Small.ARTICLE_LINE + "\r\r\n{\"id\": \"a\"}", "s.jsonl"));
    assertEquals(1, delivered.size());
  }

  // Limits

  private static ReadLimits limits(int maxArticles, int maxAnnotations) {
    return ReadLimits.defaults().withMaxArticles(maxArticles).withMaxAnnotations(maxAnnotations);
  }

  @Test
  void stopsAtAnArticleLongerThanTheLimitAtItsFirstCharacterTooMany() throws IOException {
    // line 2 holds 21 + 18 + 2 = 41 characters: its closing brace, in column 41, is one too many
    String line = "{\"id\": \"a\", \"text\": \"" + "x".repeat(18) + "\"}";
    assertEquals(41, line.length());
    ReadLimits short40 = ReadLimits.defaults().withMaxArticleLength(40);
    assertEquals(List.of("s.jsonl:2:41: the article is longer than maxArticleLength (40) characters;"
        + " reading stopped here"), read((Small.HEADER + "\n" + line + "\n{\"id\": 1}\n")
            .getBytes(StandardCharsets.UTF_8), "s.jsonl", short40));
    assertEquals(List.of(), read((Small.HEADER + "\n" + line.replace("xx", "x") + "\n")
        .getBytes(StandardCharsets.UTF_8), "s.jsonl", short40));
  }

  @Test
  void countsAnArticlesLengthInCharactersNotBytes() throws IOException {
    // 21 + 18 + 2 = 41 characters again, but "ü" takes two bytes: 59 bytes in all
    String line = "{\"id\": \"a\", \"text\": \"" + "ü".repeat(18) + "\"}";
    ReadLimits limits = ReadLimits.defaults().withMaxArticleLength(41);
    assertEquals(List.of(), read((Small.HEADER + "\n" + line + "\n").getBytes(StandardCharsets.UTF_8),
        "s.jsonl", limits));
    assertEquals(List.of("s.jsonl:2:41: the article is longer than maxArticleLength (40) "
        + "characters; reading stopped here"), read((Small.HEADER + "\n" + line + "\n")
            .getBytes(StandardCharsets.UTF_8), "s.jsonl", limits.withMaxArticleLength(40)));
  }

  @Test
  void stopsAtTheArticleTooMany() throws IOException {
    // lines 2 and 4 hold the two articles allowed (line 3 is blank); line 5 is one too many
    assertEquals(List.of("s.jsonl:5:1: more than maxArticles (2) articles; reading stopped here"),
        read((String.join("\n", Small.HEADER, "{\"id\": \"a\", \"text\": \"A\"}", " ",
            "{\"id\": \"b\", \"text\": \"B\"}", "{\"id\": \"c\", \"text\": \"C\"}") + "\n")
            .getBytes(StandardCharsets.UTF_8), "s.jsonl", limits(2, 100)));
    assertEquals(List.of("a", "b"), delivered.stream().map(Article::id).toList());
  }

  @Test
  void stopsAtTheAnnotationTooMany() throws IOException {
    String line = "{\"id\":\"a\",\"text\":\"AB\",\"sentences\":[{\"begin\":0,\"end\":1,\"text\":\"A\"}],"
        + "\"tokens\":[{\"begin\":0,\"end\":1,\"text\":\"A\"},{\"begin\":1,\"end\":2,\"text\":\"B\"}]}";
    // the second token, the third annotation, starts in column 109
    assertEquals(108, line.indexOf("{\"begin\":1"));
    byte[] content = (Small.HEADER + "\n" + line + "\n").getBytes(StandardCharsets.UTF_8);
    assertEquals(List.of("s.jsonl:2:109: /tokens/1: the article has more than maxAnnotations (2) "
        + "annotations; reading stopped here"), read(content, "s.jsonl", limits(10, 2)));
    assertEquals(List.of(), read(content, "s.jsonl", limits(10, 3)));
  }

  @Test
  void stopsAtTheJsonValueTooMany() throws IOException {
    // {"id":"a","text":"A","tokens":[]} is four values: the article, "a", "A" and []; with a
    // limit of 3 the array, in column 31, is one too many
    String line = "{\"id\":\"a\",\"text\":\"A\",\"tokens\":[]}";
    assertEquals(List.of("s.jsonl:2:31: /tokens: the article has more than maxArticleValues (3) "
        + "JSON values; reading stopped here"), read((Small.HEADER + "\n" + line + "\n")
            .getBytes(StandardCharsets.UTF_8), "s.jsonl",
            ReadLimits.defaults().withMaxArticleValues(3)));
  }

  @Test
  void countsValuesNotFieldNames() throws IOException {
    // {"id":"a","text":"b","x":{"k":1}} is five values (the article, "a", "b", {"k":1} and 1) and
    // four names; x, in column 22, is unknown
    String line = "{\"id\":\"a\",\"text\":\"b\",\"x\":{\"k\":1}}";
    List<String> problems = read((Small.HEADER + "\n" + line + "\n")
        .getBytes(StandardCharsets.UTF_8), "s.jsonl", ReadLimits.defaults().withMaxArticleValues(5));
    assertEquals(1, problems.size(), problems.toString());
    assertTrue(problems.get(0).startsWith("s.jsonl:2:22: /x: unknown field \"x\"; expected one of "),
        problems.get(0));
  }

  @Test
  void aFileTooLongAtALineBreakIsPlacedAtTheBreak() throws IOException {
    // the header is 25 characters and its \r the 26th; the next \r, line 2's break, is the 27th
    assertEquals(List.of("s.jsonl:2:1: the input is longer than maxDocumentLength (26) "
        + "characters; reading stopped here"),
        read((Small.HEADER + "\r\r\n" + Small.ARTICLE_LINE + "\r\r\n").getBytes(StandardCharsets.UTF_8),
            "s.jsonl", ReadLimits.defaults().withMaxDocumentLength(26)));
  }

  @Test
  void refusesDeepNestingAtTheBracketTooDeepWithoutOverflowingTheStack() throws IOException {
    // the prefix is 40 characters; the root is depth 1, "articles" 2, so the 63rd "[" of the
    // repeat, in column 103, is depth 65
    assertEquals(List.of("small.json:1:41: /articles/0: expected an object, found array",
        "small.json:1:103: arrays and objects nest deeper than maxNestingDepth (64); reading "
            + "stopped here"),
        json("{\"format\": \"newscorpus/1\", \"articles\": " + "[".repeat(100_000)));
  }

  @Test
  void namesJacksonsLimitsAsReadLimitsDoes() throws IOException {
    // "newscorpus/1", in the header, is 12 characters
    ReadLimits small = ReadLimits.defaults().withMaxStringLength(12);
    // a string is placed at its start: the text's value in column 18
    assertEquals(List.of("s.jsonl:2:18: a string is longer than maxStringLength (12) characters; "
        + "reading stopped here"), read((Small.HEADER + "\n{\"id\":\"a\",\"text\":\"abcdefghijklm\"}\n")
            .getBytes(StandardCharsets.UTF_8), "s.jsonl", small));
    // a number just after its last digit: 1,001 digits from column 18
    assertEquals(List.of("s.jsonl:2:1019: a number is longer than 1,000 characters, the most the "
        + "parser reads; reading stopped here"), read((Small.HEADER + "\n{\"id\":\"a\",\"text\":"
            + "1".repeat(1_001) + "}\n").getBytes(StandardCharsets.UTF_8), "s.jsonl",
            ReadLimits.defaults()));
  }

  /**
   * Returns {@code 2^blocks} external ids whose names collide in the hash of Jackson's character
   * parser (multiplier 33: "Aa" and "B@" both hash to 2,242), each {@code "v"}.
   */
  private static String collidingIds(int blocks) {
    StringBuilder ids = new StringBuilder();
    for (int m = 0; m < 1 << blocks; m++) {
      ids.append(m == 0 ? "\"" : ",\"");
      for (int b = 0; b < blocks; b++) {
        ids.append((m >> b & 1) == 0 ? "Aa" : "B@");
      }
      ids.append("\":\"v\"");
    }
    return ids.toString();
  }

  /**
   * Regression: the old checking path refused 512 names that collide in the character parser's
   * symbol table, valid JSON; the byte parser's table, seeded, reads them time after time.
   */
  @Test
  void readsNamesThatCollideInTheCharacterParsersHashTimeAfterTime() throws IOException {
    for (int blocks : new int[] {8, 9, 10, 9, 10}) {
      delivered.clear();
      assertEquals(List.of(), read(Small.LINES.replace("\"test\":\"A1\"", collidingIds(blocks)),
          "s.jsonl"), blocks + " blocks");
      assertEquals(1 << blocks, delivered.get(0).expectEntity("Ann").externalIds().size());
    }
  }

  // One article

  @Test
  void readsOneArticleAloneAndPlacesItsProblemsFromTheLineGiven() throws IOException {
    assertEquals(List.of(), read(Small.ARTICLE_LINE.getBytes(StandardCharsets.UTF_8), "a.json",
        ReadLimits.defaults(), Layout.ARTICLE, 1));
    assertEquals(List.of(Small.wave()), delivered);
    String bad = Small.ARTICLE_LINE.replace("\"speaker\":\"e-ann\"", "\"speaker\":\"e-carl\"");
    assertEquals(List.of("shard-7.jsonl:4211:954: /quotes/0/speaker: speaker \"e-carl\" is not the "
        + "id of any of the article's entities"), read(bad.getBytes(StandardCharsets.UTF_8),
            "shard-7.jsonl", ReadLimits.defaults(), Layout.ARTICLE, 4211));
    assertEquals(List.of("a.json:1:3: unexpected content after the end of the JSON value"),
        read("{}{}".getBytes(StandardCharsets.UTF_8), "a.json", ReadLimits.defaults(),
            Layout.ARTICLE, 1).subList(2, 3));
  }

  private List<String> read(byte[] content, String name, ReadLimits limits, Layout layout,
      int firstLine) throws IOException {
    List<String> problems = new ArrayList<>();
    Source source = Source.of(content, 0, content.length, limits.maxDocumentLength());
    try (ArticleInput input = new ArticleInput(source, name, layout, limits,
        new ArticleIds(limits.maxArticles()), firstLine)) {
      for (ArticleInput.Next next = input.next(); next != ArticleInput.Next.END;
          next = input.next()) {
        if (next == ArticleInput.Next.ARTICLE) {
          delivered.add(input.article());
        } else {
          input.problems().stream().map(FormatProblem::toString).forEach(problems::add);
        }
      }
    }
    return problems;
  }
}
