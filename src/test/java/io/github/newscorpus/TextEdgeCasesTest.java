package io.github.newscorpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.newscorpus.export.Brat;
import io.github.newscorpus.export.WebAnnotation;
import io.github.newscorpus.model.Article;
import io.github.newscorpus.model.Entity;
import io.github.newscorpus.model.EntityType;
import io.github.newscorpus.model.Fact;
import io.github.newscorpus.model.Mention;
import io.github.newscorpus.model.MentionKind;
import io.github.newscorpus.model.Metadata;
import io.github.newscorpus.model.Paragraph;
import io.github.newscorpus.model.ParagraphKind;
import io.github.newscorpus.model.Problem;
import io.github.newscorpus.model.Quote;
import io.github.newscorpus.model.QuoteKind;
import io.github.newscorpus.model.Sentence;
import io.github.newscorpus.model.Span;
import io.github.newscorpus.model.Token;
import io.github.newscorpus.query.Queries;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Follows characters outside the Basic Multilingual Plane and combining marks through load, query
 * and write, with offsets counted by hand, and checks that no way in lets a span split a surrogate
 * pair. The text, in UTF-16 units (Java's offsets) and code points (the formats'):
 *
 * <pre>
 *             🙂      Z o e ◌́   m e t   👩     ZWJ 👧      A  n  n  .
 * UTF-16      0-1     2 3 4 5 6 7 8 9 10 11-12 13  14-15 16 17 18 19 20    (21 units)
 * code point  0       1 2 3 4 5 6 7 8 9  10    11  12    13 14 15 16 17    (18 code points)
 * </pre>
 *
 * "Zoé" is written decomposed (e and U+0301); the family is 👩 ZWJ 👧, one grapheme of three code
 * points and five units.
 */
class TextEdgeCasesTest {

  static final String TEXT = "🙂Zoe\u0301 met 👩\u200D👧 Ann.";

  @TempDir
  Path dir;

  static Article article() {
    Entity zoe = Entity.of("e-zoe", "Zoe\u0301", EntityType.PERSON).withAliases(List.of("Zoe\u0301"));
    Entity ann = Entity.of("e-ann", "Ann", EntityType.PERSON).withAliases(List.of("Ann"));
    Mention m1 = new Mention("m1", new Span(2, 6), "Zoe\u0301", zoe, MentionKind.NAME);
    Mention m2 = new Mention("m2", new Span(17, 20), "Ann", ann, MentionKind.NAME);
    return Article.builder("edge", TEXT)
        .metadata(new Metadata(Optional.empty(), Optional.empty(), List.of(),
            List.of(Fact.stated("Ann", new Span(17, 20))), List.of()))
        .paragraphs(List.of(new Paragraph(new Span(0, 21), TEXT, ParagraphKind.BODY)))
        .sentences(List.of(new Sentence(new Span(0, 21), TEXT)))
        .entities(List.of(zoe, ann))
        .mentions(List.of(m1, m2))
        .quotes(List.of(new Quote("q1", QuoteKind.INDIRECT, List.of(new Span(7, 16)),
            "met 👩\u200D👧", Optional.of(zoe), Optional.of(m1), Optional.of(new Span(7, 10)))))
        .build();
  }

  @Test
  void corpusJsonAndJsonLinesHoldCodePointOffsetsAndReadBackEqual() throws IOException {
    Article a = article();
    Path json = dir.resolve("edge.json");
    Path lines = dir.resolve("edge.jsonl");
    Corpus.of(List.of(a)).write(json);
    Corpus.of(List.of(a)).write(lines);
    String written = Files.readString(json);
    assertTrue(written.contains("\"id\": \"m1\", \"begin\": 1, \"end\": 5, \"text\": \"Zoe\u0301\""), written);
    assertTrue(written.contains("\"id\": \"m2\", \"begin\": 14, \"end\": 17, \"text\": \"Ann\""), written);
    assertTrue(written.contains("\"segments\": [{\"begin\": 6, \"end\": 13, \"text\": \"met 👩\u200D👧\"}]"),
        written);
    assertTrue(Files.readString(lines).contains("\"begin\":14,\"end\":17,\"text\":\"Ann\""));
    for (Path file : List.of(json, lines)) {
      Article back = Corpus.read(file).articles().get(0);
      assertEquals(a, back);
      assertEquals(List.of(new Span(2, 6), new Span(17, 20)),
          back.mentions().stream().map(Mention::span).toList());
    }
  }

  @Test
  void queriesAnswerInUtf16SpansWholeGraphemesIncluded() {
    Article a = article();
    assertEquals("e-zoe", a.expectEntity("zoé").id(), "composed é finds the decomposed name");
    assertEquals("e-zoe", a.expectEntity("ZOE").id());
    assertEquals(List.of(new Span(17, 20)), Queries.of(a).find("ann"));
    assertEquals(List.of(new Span(2, 6)), Queries.of(a).find("Zoé"));
    assertEquals(List.of(a.mentions().get(1)), a.mentions().coveredBy(new Span(16, 21)));
    assertEquals("met 👩\u200D👧", a.text(a.quotes().get(0).segments().get(0)));
    assertEquals(List.of(a.paragraphs().get(0)), a.paragraphsMentioning(a.expectEntity("Ann")));
  }

  @Test
  void bratAndWebAnnotationWriteCodePointOffsets() throws IOException {
    Article a = article();
    StringWriter txt = new StringWriter();
    StringWriter ann = new StringWriter();
    Brat.write(a, txt, ann);
    assertTrue(ann.toString().contains("\tPERSON 1 5\tZoe\u0301\n"), ann.toString());
    assertTrue(ann.toString().contains("\tQuote 6 13\tmet 👩\u200D👧\n"), ann.toString());
    Article back = Brat.read("edge", txt.toString(), ann.toString().lines().toList(), "edge.ann");
    assertEquals(a.mentions().stream().map(Mention::span).toList(),
        back.mentions().stream().map(Mention::span).toList());
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    WebAnnotation.write(a, out);
    String jsonLd = out.toString(StandardCharsets.UTF_8);
    assertTrue(jsonLd.contains("\"start\" : 14,"), jsonLd);
    assertTrue(jsonLd.contains("\"exact\" : \"Ann\""), jsonLd);
  }

  /** Offsets are code points in every format, so only the model's UTF-16 spans can split a pair. */
  @Test
  void noSpanMaySplitASurrogatePair() {
    // [1, 6) starts inside 🙂 (units 0 and 1); [11, 12) ends inside 👩 (11 and 12), [12, 16)
    // starts inside it; [0, 1) ends inside 🙂
    Span inside = new Span(1, 6);
    Entity zoe = Entity.of("e-zoe", "Zoe", EntityType.PERSON);
    String covered = TEXT.substring(1, 6);
    Article.Builder b = Article.builder("split", TEXT)
        .paragraphs(List.of(new Paragraph(inside, covered, ParagraphKind.BODY)))
        .sentences(List.of(new Sentence(new Span(11, 12), TEXT.substring(11, 12))))
        .tokens(List.of(new Token(inside, covered)))
        .entities(List.of(zoe))
        .mentions(List.of(new Mention("m1", inside, covered, zoe, MentionKind.NAME)))
        .quotes(List.of(new Quote("q1", QuoteKind.DIRECT, List.of(new Span(12, 16)),
            TEXT.substring(12, 16), Optional.empty(), Optional.empty(), Optional.of(inside))))
        .metadata(new Metadata(Optional.of(Fact.stated("x", new Span(0, 1))), Optional.empty(),
            List.of(), List.of(), List.of()));
    assertEquals(List.of(
        new Problem("paragraphs/0", "span [1, 6) must not split a surrogate pair: 1 falls inside \"🙂\" "
            + "(U+1F642)"),
        new Problem("sentences/0", "span [11, 12) must not split a surrogate pair: 12 falls inside "
            + "\"👩\" (U+1F469)"),
        new Problem("tokens/0", "span [1, 6) must not split a surrogate pair: 1 falls inside \"🙂\" "
            + "(U+1F642)"),
        new Problem("mentions/0", "span [1, 6) must not split a surrogate pair: 1 falls inside \"🙂\" "
            + "(U+1F642)"),
        new Problem("quotes/0/segments/0", "span [12, 16) must not split a surrogate pair: 12 falls "
            + "inside \"👩\" (U+1F469)"),
        new Problem("quotes/0/cue", "span [1, 6) must not split a surrogate pair: 1 falls inside "
            + "\"🙂\" (U+1F642)"),
        new Problem("metadata/publisher/evidence", "span [0, 1) must not split a surrogate pair: 1 "
            + "falls inside \"🙂\" (U+1F642)")),
        b.problems());
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, b::build);
    assertTrue(e.getMessage().startsWith("article split has 7 problems:"), e.getMessage());
  }

  /**
   * Regression (lone surrogates got in and came out changed: brat and HTML wrote "?"): a lone
   * surrogate, legal in a JSON string as an escape, is refused wherever it is, at its string.
   */
  @Test
  void aLoneSurrogateIsRefusedAtItsString() throws IOException {
    // line 2: {"id":"a","text": is 17 characters, so the text starts in column 18; x is its
    // first character and the escape its second
    Path file = Files.writeString(dir.resolve("lone.jsonl"), "{\"format\":\"newscorpus/1\"}\n"
        + "{\"id\":\"a\",\"text\":\"x\\ud800 Ann\",\"sentences\":[{\"begin\":3,\"end\":6,\"text\":\"Ann\"}]}\n"
        + "{\"id\":\"b\",\"text\":\"Ann\",\"entities\":[{\"id\":\"e\",\"name\":\"Ann\",\"type\":\"PERSON\","
        + "\"aliases\":[\"A\",\"\\udc00\"]}]}\n");
    CorpusFormatException e = assertThrows(CorpusFormatException.class, () -> Corpus.read(file));
    // line 3: {"id":"b","text":"Ann","entities":[{"id":"e","name":"Ann","type":"PERSON", is 74
    // characters, "aliases":[ 11 more and "A", 4: the second alias starts in column 90
    assertEquals(List.of(file + ":2:18: /text: strings must be well-formed Unicode; this one "
        + "holds a lone surrogate (\\uD800) at character 2",
        file + ":3:90: /entities/0/aliases/1: strings must be well-formed Unicode; this one holds "
        + "a lone surrogate (\\uDC00) at character 1"),
        e.problems().stream().map(Object::toString).toList());
  }
}
