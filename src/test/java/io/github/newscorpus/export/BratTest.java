package io.github.newscorpus.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.newscorpus.Corpus;
import io.github.newscorpus.CorpusFormatException;
import io.github.newscorpus.ReadLimits;
import io.github.newscorpus.model.Article;
import io.github.newscorpus.model.Entity;
import io.github.newscorpus.model.EntityType;
import io.github.newscorpus.model.Mention;
import io.github.newscorpus.model.MentionKind;
import io.github.newscorpus.model.Quote;
import io.github.newscorpus.testing.ChildJvm;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BratTest {

  private static final Article STORY = Corpus.bundled().articles().get(0);

  @TempDir
  Path dir;

  static String ann(Article a) throws IOException {
    StringWriter txt = new StringWriter();
    StringWriter ann = new StringWriter();
    Brat.write(a, txt, ann);
    assertEquals(a.text(), txt.toString());
    return ann.toString();
  }

  @Test
  void bundledArticleMatchesItsGoldenFile() throws IOException {
    Golden.assertMatches("000_4e41f4d9df3989c8.ann", ann(STORY));
  }

  /** Checks the golden file as brat's own checker does: every T line's text is txt[start:end]. */
  @Test
  void everyTextBoundMatchesTheTextAtItsCodePoints() throws IOException {
    int[] text = STORY.text().codePoints().toArray();
    Pattern fragment = Pattern.compile("(\\d+) (\\d+)");
    int checked = 0;
    for (String line : Golden.read("000_4e41f4d9df3989c8.ann").lines().toList()) {
      if (line.startsWith("T")) {
        String[] fields = line.split("\t");
        StringBuilder covered = new StringBuilder();
        Matcher m = fragment.matcher(fields[1]);
        while (m.find()) {
          int b = Integer.parseInt(m.group(1));
          int e = Integer.parseInt(m.group(2));
          covered.append(covered.length() == 0 ? "" : " ").append(new String(text, b, e - b));
        }
        assertEquals(fields[2], covered.toString(), line);
        checked++;
      }
    }
    // 54 paragraphs, 70 sentences, 233 mentions, 18 quotes, 17 cues
    assertEquals(54 + 70 + 233 + 18 + 17, checked);
  }

  @Test
  void writesIntoADirectoryItCreates() throws IOException {
    Path missing = dir.resolve("new/sub");
    List<Path> files = Brat.write(STORY, missing);
    assertEquals(List.of(missing.resolve(STORY.id() + ".txt"), missing.resolve(STORY.id() + ".ann"),
        missing.resolve("annotation.conf"), missing.resolve("visual.conf"), missing.resolve("tools.conf")),
        files);
    assertEquals(BratConfiguration.annotationConf(), Files.readString(files.get(2), StandardCharsets.UTF_8));
    assertEquals(BratConfiguration.visualConf(), Files.readString(files.get(3), StandardCharsets.UTF_8));
    assertEquals(BratConfiguration.toolsConf(), Files.readString(files.get(4), StandardCharsets.UTF_8));
    assertEquals(STORY.text(), Files.readString(files.get(0), StandardCharsets.UTF_8));
  }

  @Test
  void roundTripGivesBackEverythingBratHolds() throws IOException {
    List<Path> files = Brat.write(STORY, dir);
    Article back = Brat.read(files.get(0));
    assertEquals(STORY.id(), back.id());
    assertEquals(STORY.text(), back.text());
    assertEquals(STORY.paragraphs(), back.paragraphs());
    assertEquals(STORY.sentences(), back.sentences());
    assertEquals(STORY.mentions().size(), back.mentions().size());
    for (int i = 0; i < STORY.mentions().size(); i++) {
      Mention m = STORY.mentions().get(i);
      Mention b = back.mentions().get(i);
      // aliases come back as the texts of the entity's name mentions
      List<String> nameTexts = STORY.mentionsOf(m.entity()).stream().filter(x -> x.kind() == MentionKind.NAME)
          .map(Mention::text).distinct().toList();
      assertEquals(List.of(m.span(), m.kind(), m.entity().id(), m.entity().name(), m.entity().type(), nameTexts),
          List.of(b.span(), b.kind(), b.entity().id(), b.entity().name(), b.entity().type(), b.entity().aliases()));
    }
    assertEquals(STORY.quotes().size(), back.quotes().size());
    for (int i = 0; i < STORY.quotes().size(); i++) {
      Quote q = STORY.quotes().get(i);
      Quote b = back.quotes().get(i);
      assertEquals(List.of(q.id(), q.kind(), q.segments(), q.text(), q.cue(), q.speaker().map(Entity::id),
          q.speakerMention().map(Mention::span)),
          List.of(b.id(), b.kind(), b.segments(), b.text(), b.cue(), b.speaker().map(Entity::id),
          b.speakerMention().map(Mention::span)));
    }
    // what brat does not hold: tokens, metadata, roles, affiliations, notes, the nickname alias
    assertEquals(List.of(), back.tokens());
    assertEquals(List.of("Joaquin “El Chapo” Guzman"), back.expectEntity("e-guzman").aliases());
    assertEquals(Optional.empty(), back.expectEntity("Cardin").role());
  }

  @Test
  void charactersOutsideTheBmpRoundTripWithCodePointOffsets() throws IOException {
    Article emoji = Samples.emoji();
    String ann = ann(emoji);
    // Ann [3,6) in UTF-16 is [2,5) in code points (one emoji before); the hashtag's Ann [26,29) is [23,26)
    assertTrue(ann.contains("\tPERSON 2 5\tAnn\n"), ann);
    assertTrue(ann.contains("\tPERSON 23 26\tAnn\n"), ann);
    assertTrue(ann.contains("\tReference T5 test:A%201\tAnn\n"), ann);
    Files.writeString(dir.resolve("emoji.txt"), emoji.text(), StandardCharsets.UTF_8);
    Files.writeString(dir.resolve("emoji.ann"), ann, StandardCharsets.UTF_8);
    Article back = Brat.read(dir.resolve("emoji.txt"));
    assertEquals(emoji.mentions().stream().map(Mention::span).toList(),
        back.mentions().stream().map(Mention::span).toList());
    assertEquals(emoji.quotes().get(0).segments(), back.quotes().get(0).segments());
    assertEquals(Map.of("test", "A 1"), back.expectEntity("Ann").externalIds());
  }

  @Test
  void aSpanOverALineBreakIsSplitAndJoinedBack() throws CorpusFormatException, IOException {
    // "Ann\nLee" as one name: brat gets two fragments, [0,3) and [4,7)
    String text = "Ann\nLee met.";
    Entity ann = Entity.of("e-ann", "Ann\nLee", EntityType.PERSON);
    Article a = Article.builder("br", text).entities(List.of(ann))
        .mentions(List.of(new Mention("m1", new io.github.newscorpus.model.Span(0, 7), "Ann\nLee", ann,
            MentionKind.NAME)))
        .build();
    String ann2 = ann(a);
    assertTrue(ann2.startsWith("T1\tPERSON 0 3;4 7\tAnn Lee\n"), ann2);
    assertTrue(ann2.contains("\tentity e-ann Ann Lee\n"), "the name's line break is a space: " + ann2);
    Article back = Brat.read("br", text, ann2.lines().toList(), "br.ann");
    assertEquals(new io.github.newscorpus.model.Span(0, 7), back.mentions().get(0).span());
  }

  @Test
  void malformedLinesAreReportedWithTheirLines() {
    List<String> lines = List.of(
        "T1\tPERSON 0 3\tAnn",
        "T2\tPERSON 0 3\tBob",
        "T3\tPLANET 4 7\tLee",
        "T4\tPERSON 9 99\tx",
        "E1\tMeeting:T1",
        "A1\tMentionKind T1 NAMED",
        "R1\tSpeaker Arg1:T1");
    CorpusFormatException e = assertThrows(CorpusFormatException.class,
        () -> Brat.read("a", "Ann Lee met.", lines, "a.ann"));
    assertEquals(List.of(
        "a.ann:2:1: text \"Bob\" does not match the text at its offsets, \"Ann\"",
        "a.ann:4:1: fragment [9, 99) must lie inside the text (12 code points) with begin <= end",
        "a.ann:5:1: unsupported annotation \"E1\"; expected a T, A, R, *, # or N line",
        "a.ann:7:1: expected \"Name Arg1:T… Arg2:T…\", found \"Speaker Arg1:T1\"",
        "a.ann:3:1: unknown type PLANET; expected Paragraph, Sentence, Quote, Cue or one of [PERSON, "
            + "ORGANIZATION, LOCATION, NORP, LAW, MEDIA, BRAND, UNNAMED_SOURCE]",
        "a.ann:1:1: unknown MentionKind \"NAMED\" for T1; expected one of [NAME, NOMINAL, PRONOUN]"),
        messages(e));
  }

  @Test
  void idsWithSpacesSurviveInNotes() {
    assertEquals("e%20x%25y", BratNotes.encodeId("e x%y"));
    assertEquals("e x%y", BratNotes.decodeId("e%20x%25y"));
  }

  /** Regression: an id like "../x" wrote outside the directory. */
  @Test
  void idsThatWouldLeaveTheDirectoryAreRefused() {
    Article hostile = Article.builder("../x", "text").build();
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Brat.write(hostile, dir));
    assertEquals("article id \"../x\" cannot be a file name: it must not start with a period or hold /, \\, "
        + ": or control characters", e.getMessage());
    assertEquals("a-b.ann", Brat.fileName("a-b", ".ann"));
  }

  /** Regression (found by BratFuzzTest): a byte that is not UTF-8 threw MalformedInputException. */
  @Test
  void bytesThatAreNotUtf8AreAProblemWithTheirPlace() throws IOException {
    Path txt = Files.writeString(dir.resolve("a.txt"), "Ann met Lee.");
    Path ann = Files.write(dir.resolve("a.ann"), new byte[] {'T', '1', '\t', (byte) 0x80});
    CorpusFormatException e = assertThrows(CorpusFormatException.class, () -> Brat.read(txt));
    assertEquals(List.of(ann + ":1:4: not valid UTF-8: byte 0x80 at byte offset 3"), messages(e));
    Files.writeString(ann, "");
    Files.write(txt, new byte[] {'A', '\n', 'n', (byte) 0xC0, (byte) 0xAF});
    e = assertThrows(CorpusFormatException.class, () -> Brat.read(txt));
    assertEquals(List.of(txt + ":2:2: not valid UTF-8: byte 0xC0 at byte offset 3"), messages(e));
  }

  @Test
  void aByteOrderMarkStartsTheTextButNotTheAnnotations() throws IOException {
    // brat counts the text's mark as a character, so Ann is at [1, 4)
    Path txt = Files.writeString(dir.resolve("a.txt"), "\uFEFFAnn met Lee.");
    Files.writeString(dir.resolve("a.ann"), "\uFEFFT1\tPERSON 1 4\tAnn\r\n");
    Article a = Brat.read(txt);
    assertEquals("\uFEFFAnn met Lee.", a.text());
    assertEquals(new io.github.newscorpus.model.Span(1, 4), a.mentions().get(0).span());
  }

  /**
   * Regression (found by BratFuzzTest): a rule of the model broken across lines was reported with
   * the model's path ("a.ann: sentences/1: …") instead of its line.
   */
  @Test
  void brokenRulesArePlacedAtTheirLines() {
    List<String> lines = List.of(
        "T1\tSentence 0 7\tAnn met",
        "T2\tSentence 4 11\tmet Lee",
        "T3\tParagraph 0 3\tAnn",
        "T4\tPERSON 0 3\tAnn",
        "T5\tPERSON 8 11\tLee",
        "#1\tAnnotatorNotes T4\tentity e-x Ann",
        "#2\tAnnotatorNotes T5\tentity e-x Lee",
        "T6\tParagraph 2 5\tn m");
    CorpusFormatException e = assertThrows(CorpusFormatException.class,
        () -> Brat.read("a", "Ann met Lee.", lines, "a.ann"));
    // the paragraph on line 8 overlaps the one on line 3 (an empty one, [0, 0), is now refused on
    // its line); neither holds a sentence whole; T5's entity is the second e-x
    assertEquals(List.of(
        "a.ann:8:1: \"n m\" overlaps the paragraph \"Ann\"; paragraphs must not overlap",
        "a.ann:1:1: sentence \"Ann met\" must lie inside one paragraph",
        "a.ann:2:1: sentence \"met Lee\" must lie inside one paragraph",
        "a.ann:2:1: \"met Lee\" overlaps the sentence \"Ann met\"; sentences must not overlap",
        "a.ann:7:1: id \"e-x\" is already used by an entity; ids must be unique within an article",
        "a.ann:5:1: entity \"e-x\" differs from the article's entity with that id"),
        messages(e));
  }

  /**
   * Regression (found by BratFuzzTest): an entity with a blank name (a note without one, or no
   * note and a mention over blank text) or a blank knowledge-base id threw
   * IllegalArgumentException from the Entity constructor.
   */
  @Test
  void blankNamesAndIdsAreProblemsAtTheirLines() {
    List<String> lines = List.of(
        "T1\tPERSON 0 3\tAnn",
        "#1\tAnnotatorNotes T1\tentity e-ann  ",
        "N1\tReference T1 wikidata:%20\tAnn",
        "T2\tPERSON 3 4\t ",
        "#2\tAnnotatorNotes T1\tentity %20 Ann");
    CorpusFormatException e = assertThrows(CorpusFormatException.class,
        () -> Brat.read("a", "Ann met Lee.", lines, "a.ann"));
    assertEquals(List.of(
        "a.ann:2:1: expected an entity id and name after \"entity\", found \"entity e-ann  \"",
        "a.ann:3:1: expected \"Reference T… base:id\" with a base and an id, found \"Reference T1 "
            + "wikidata:%20\"",
        "a.ann:5:1: expected an entity id and name after \"entity\", found \"entity %20 Ann\"",
        "a.ann:4:1: entity \"e-T2\" (of T2): name must not be blank, got \" \""),
        messages(e));
  }

  /**
   * Regression: an id of a letter alone, an empty fragment and a % that starts no escape were
   * read without a word (an empty mention, an id "T", a reference id "%ZZ").
   */
  @Test
  void badIdsEmptyFragmentsAndEscapesAreProblemsAtTheirLines() {
    List<String> lines = List.of(
        "T1\tPERSON 0 3\tAnn",
        "T\tPERSON 8 11\tLee",
        "T3\tLOCATION 21 21\t",
        "T4\tPERSON 0 3;8 8\tAnn ",
        "N1\tReference T1 test:%ZZ\tAnn",
        "N2\tReference T1 wiki%:Q1\tAnn",
        "#1\tAnnotatorNotes T1\tentity e-%g Ann",
        "A\tMentionKind T1 NAME");
    // "Ann met Lee in Paris on Monday.": Lee is [8, 11), the o of "on" [21, 22)
    CorpusFormatException e = assertThrows(CorpusFormatException.class,
        () -> Brat.read("a", "Ann met Lee in Paris on Monday.", lines, "a.ann"));
    String escape = "; expected % and two hex digits, such as %25 for % itself";
    assertEquals(List.of(
        "a.ann:2:1: expected an id of T and a number, such as T1, found \"T\"",
        "a.ann:3:1: fragment [21, 21) is empty; a fragment must cover at least one character",
        "a.ann:4:1: fragment [8, 8) is empty; a fragment must cover at least one character",
        "a.ann:5:1: invalid percent-escape \"%ZZ\" in \"test:%ZZ\"" + escape,
        "a.ann:6:1: invalid percent-escape \"%\" in \"wiki%:Q1\"" + escape,
        "a.ann:7:1: invalid percent-escape \"%g\" in \"e-%g\"" + escape,
        "a.ann:8:1: expected an id of A and a number, such as A1, found \"A\""),
        messages(e));
  }

  /**
   * Regression: a Coreference line joining mentions whose notes named different entities kept
   * the first note in text order and silently dropped the other; so did a second note on one
   * mention. Notes that agree are one entity's, as before.
   */
  @Test
  void notesThatDisagreeOnOneEntityAreAProblem() throws CorpusFormatException {
    String text = "Ann met Lee.";
    List<String> mentions = List.of("T1\tPERSON 0 3\tAnn", "T2\tPERSON 8 11\tLee");
    List<String> joined = List.of(
        "#1\tAnnotatorNotes T1\tentity e-ann Ann",
        "#2\tAnnotatorNotes T2\tentity e-lee Lee",
        "*\tCoreference T1 T2");
    CorpusFormatException e = assertThrows(CorpusFormatException.class,
        () -> Brat.read("a", text, concat(mentions, joined), "a.ann"));
    assertEquals(List.of("a.ann:4:1: note on T2 says entity \"e-lee\" named \"Lee\", but the note on "
        + "line 3, on T1 of the same entity, says \"e-ann\" named \"Ann\"; the notes on one entity's "
        + "mentions must agree"), messages(e));
    // the later note on T1 is the one that disagrees, though T1 is after T2 in the text
    List<String> twice = List.of(
        "#1\tAnnotatorNotes T2\tentity e-ann Ann",
        "#2\tAnnotatorNotes T1\tentity e-ann Annie",
        "*\tCoreference T2 T1");
    e = assertThrows(CorpusFormatException.class,
        () -> Brat.read("a", text, concat(mentions, twice), "a.ann"));
    assertEquals(List.of("a.ann:4:1: note on T1 says entity \"e-ann\" named \"Annie\", but the note on "
        + "line 3, on T2 of the same entity, says \"e-ann\" named \"Ann\"; the notes on one entity's "
        + "mentions must agree"), messages(e));
    List<String> again = List.of(
        "#1\tAnnotatorNotes T1\tentity e-ann Ann",
        "#2\tAnnotatorNotes T1\tentity e-x X");
    e = assertThrows(CorpusFormatException.class,
        () -> Brat.read("a", text, concat(mentions, again), "a.ann"));
    assertEquals(List.of("a.ann:4:1: note on T1 says entity \"e-x\" named \"X\", but the note on "
        + "line 3, on T1 of the same entity, says \"e-ann\" named \"Ann\"; the notes on one entity's "
        + "mentions must agree"), messages(e));
    List<String> agreeing = List.of(
        "#1\tAnnotatorNotes T1\tentity e-ann Ann",
        "#2\tAnnotatorNotes T2\tentity e-ann Ann",
        "*\tCoreference T1 T2");
    Article a = Brat.read("a", text, concat(mentions, agreeing), "a.ann");
    assertEquals(List.of(new Entity("e-ann", "Ann", EntityType.PERSON, List.of("Ann", "Lee"),
        Optional.empty(), Optional.empty(), Map.of(), Optional.empty())), a.entities());
    assertEquals(List.of("e-ann", "e-ann"), a.mentions().stream().map(m -> m.entity().id()).toList());
  }

  private static List<String> concat(List<String> a, List<String> b) {
    return java.util.stream.Stream.concat(a.stream(), b.stream()).toList();
  }

  @Test
  void readsWithinLimitsNamingTheOneBroken() throws IOException {
    Path txt = Files.writeString(dir.resolve("a.txt"), "Ann met Lee.");
    Path ann = Files.writeString(dir.resolve("a.ann"), "T1\tPERSON 0 3\tAnn\n\nT2\tPERSON 8 11\tLee\n");
    assertEquals(2, Brat.read(txt, ReadLimits.defaults().withMaxAnnotations(2)).mentions().size());
    // the blank line 2 is no annotation: line 3 is the second
    CorpusFormatException e = assertThrows(CorpusFormatException.class,
        () -> Brat.read(txt, ReadLimits.defaults().withMaxAnnotations(1)));
    assertEquals(List.of(ann + ":3:1: more than maxAnnotations (1) annotations; reading stopped here"),
        messages(e));
    e = assertThrows(CorpusFormatException.class,
        () -> Brat.read(txt, ReadLimits.defaults().withMaxStringLength(11)));
    // the 12th character, the period, is past the limit
    assertEquals(List.of(txt + ":1:12: the file is longer than maxStringLength (11) characters; reading "
        + "stopped here"), messages(e));
    e = assertThrows(CorpusFormatException.class,
        () -> Brat.read(txt, ReadLimits.defaults().withMaxArticleLength(30)));
    // lines 1 and 2 are 17 characters and a break, and a break: the 31st is column 12 of line 3
    assertEquals(List.of(ann + ":3:12: the file is longer than maxArticleLength (30) characters; reading "
        + "stopped here"), messages(e));
  }

  /**
   * Regression: a file past its limit was placed at 1:1, whatever the character past the limit,
   * and the .ann file counted UTF-16 units where maxArticleLength counts code points.
   */
  @Test
  void aLimitIsPlacedAtTheCharacterPastIt() throws IOException {
    // a, 😀 (two UTF-16 units), b, \r, \n, c, 😀, d: the text counts units
    Path txt = Files.writeString(dir.resolve("a.txt"), "a😀b\r\nc😀d");
    Files.writeString(dir.resolve("a.ann"), "");
    // the 6th unit is the \n of the break, column 5 of line 1 (after a, 😀, b and \r)
    assertEquals(List.of(txt + ":1:5: the file is longer than maxStringLength (5) characters; reading "
        + "stopped here"), limitBroken(txt, ReadLimits.defaults().withMaxStringLength(5)));
    // the 9th unit is the second half of line 2's 😀, in column 2; the 10th is d, in column 3
    assertEquals(List.of(txt + ":2:2: the file is longer than maxStringLength (8) characters; reading "
        + "stopped here"), limitBroken(txt, ReadLimits.defaults().withMaxStringLength(8)));
    assertEquals(List.of(txt + ":2:3: the file is longer than maxStringLength (9) characters; reading "
        + "stopped here"), limitBroken(txt, ReadLimits.defaults().withMaxStringLength(9)));
    assertEquals("a😀b\r\nc😀d", Brat.read(txt, ReadLimits.defaults().withMaxStringLength(10)).text());
  }

  @Test
  void theAnnotationsCountCodePointsAndTheirProblemsBeforeALimitAreKept() throws IOException {
    // the text is 10 code points, 😀 and " met Lee."
    Path txt = Files.writeString(dir.resolve("a.txt"), "😀 met Lee.");
    Path ann = Files.writeString(dir.resolve("a.ann"), "T1\tPERSON 0 1\t😀\n"
        + "T2\tPERSON 9 99\tx\n"
        + "T3\tPERSON 2 5\tmet\n");
    // line 1 is 15 code points and a break: 😀 is the 15th, the break the 16th
    assertEquals(List.of(ann + ":1:15: the file is longer than maxArticleLength (14) characters; "
        + "reading stopped here"), limitBroken(txt, ReadLimits.defaults().withMaxArticleLength(14)));
    assertEquals(List.of(ann + ":1:16: the file is longer than maxArticleLength (15) characters; "
        + "reading stopped here"), limitBroken(txt, ReadLimits.defaults().withMaxArticleLength(15)));
    // line 2 is 16 more and a break (33 in all): the 41st is column 8 of line 3; line 2's
    // problem comes first
    String outside = ann + ":2:1: fragment [9, 99) must lie inside the text (10 code points) with "
        + "begin <= end";
    assertEquals(List.of(outside, ann + ":3:8: the file is longer than maxArticleLength (40) characters; "
        + "reading stopped here"), limitBroken(txt, ReadLimits.defaults().withMaxArticleLength(40)));
    assertEquals(List.of(outside, ann + ":3:1: more than maxAnnotations (2) annotations; reading "
        + "stopped here"), limitBroken(txt, ReadLimits.defaults().withMaxAnnotations(2)));
    assertEquals(List.of(outside), limitBroken(txt, ReadLimits.defaults()));
  }

  private static List<String> limitBroken(Path txt, ReadLimits limits) {
    return messages(assertThrows(CorpusFormatException.class, () -> Brat.read(txt, limits)));
  }

  /**
   * Regression: the text and the annotations were read whole (in a buffer grown by doubling)
   * before their limits were checked, so the 30-million-character {@code .txt} (limit 20 million)
   * below needed a 72 MB heap to be refused (112 MB with a character beyond Latin-1) and the
   * 60 MB {@code .ann} (limit 50 million) 144 MB. In a child JVM with a 64 MB heap, each is now
   * refused at the character past its limit (the {@code .txt} from 24 MB, the {@code .ann} from
   * 8 MB).
   */
  @Test
  void filesPastTheirLimitsAreRefusedInASmallHeap() throws Exception {
    // 13 characters a line: the 20,000,001st character, index 20,000,000 = 13 × 1,538,461 + 7,
    // is column 8 of line 1,538,462
    Path txt = dir.resolve("long.txt");
    try (BufferedWriter out = Files.newBufferedWriter(txt, StandardCharsets.UTF_8)) {
      for (int i = 0; i < 30_000_000 / 13; i++) {
        out.write("Ann met Lee.\n");
      }
    }
    Files.writeString(dir.resolve("long.ann"), "T1\tPERSON 0 3\tAnn\n");
    // 6,001 lines of 9,999 characters: "T10001\tSentence 0 9975\t" (23), the 9,975 characters of
    // the text and a line break; index 50,000,000 = 9,999 × 5,000 + 5,000 is column 5,001 of
    // line 5,001
    String text = "Ann met Lee. ".repeat(768).substring(0, 9_975);
    Path wide = Files.writeString(dir.resolve("wide.txt"), text);
    Path ann = dir.resolve("wide.ann");
    try (BufferedWriter out = Files.newBufferedWriter(ann, StandardCharsets.UTF_8)) {
      for (int i = 0; i < 6_001; i++) {
        out.write("T" + (10_001 + i) + "\tSentence 0 9975\t" + text + "\n");
      }
    }
    assertEquals(60_003_999L, Files.size(ann));
    // one line of 30,000,016 characters: "T1\tSentence 0 3\t" (16), then "A"s; its 20,000,001st
    // character is column 20,000,001 (review: a one-line .ann ran out of memory at 128 MB)
    Path one = Files.writeString(dir.resolve("one.txt"), "Ann");
    try (BufferedWriter out = Files.newBufferedWriter(dir.resolve("one.ann"),
        StandardCharsets.UTF_8)) {
      out.write("T1\tSentence 0 3\t");
      for (int i = 0; i < 30; i++) {
        out.write("A".repeat(1_000_000));
      }
    }
    List<String> output = new ArrayList<>(ChildJvm.run(List.of("-Xmx64m"), Child.class,
        List.of(txt.toString(), wide.toString()), dir.resolve("child.log"), 2));
    // the line is built up to 20 million characters before it is refused: 128 MB, the heap the
    // issue reported, where the old code needed about 192 MB
    output.addAll(ChildJvm.run(List.of("-Xmx128m"), Child.class, List.of(one.toString()),
        dir.resolve("one.log"), 2));
    assertEquals(List.of("exit 0",
        txt + ":1538462:8: the file is longer than maxStringLength (20,000,000) characters; "
            + "reading stopped here",
        ann + ":5001:5001: the file is longer than maxArticleLength (50,000,000) characters; "
            + "reading stopped here",
        "exit 0",
        dir.resolve("one.ann") + ":1:20000001: a line is longer than maxStringLength "
            + "(20,000,000) characters; reading stopped here"), output, String.join("\n", output));
  }

  /** Reads each {@code .txt} its arguments name and prints its problems, or what it holds. */
  static final class Child {
    public static void main(String[] args) throws IOException {
      for (String arg : args) {
        try {
          System.out.println(arg + ": " + Brat.read(Path.of(arg)).mentions().size() + " mentions");
        } catch (CorpusFormatException e) {
          System.out.println(String.join("; ", messages(e)));
        }
      }
    }
  }

  /**
   * Regression: Brat.write moved the new .txt into place before writing the .ann, so an
   * annotation brat cannot hold left the new text beside the old annotations.
   */
  @Test
  void anAnnotationBratCannotHoldLeavesBothOldFiles() throws IOException {
    Entity x = Entity.of("e-x", "X", EntityType.PERSON);
    Article a = Article.builder("a", "Ann\nLee").entities(List.of(x))
        .mentions(List.of(new Mention("m1", new io.github.newscorpus.model.Span(3, 4), "\n", x,
            MentionKind.NAME)))
        .build();
    Path txt = Files.writeString(dir.resolve("a.txt"), "old text");
    Path ann = Files.writeString(dir.resolve("a.ann"), "old annotations");
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Brat.write(a, dir));
    assertEquals("PERSON [[3, 4)] of article a holds only line breaks and tabs, which brat cannot hold",
        e.getMessage());
    assertEquals(List.of("old text", "old annotations"), List.of(Files.readString(txt), Files.readString(ann)));
    try (java.util.stream.Stream<Path> files = Files.list(dir)) {
      assertEquals(List.of(ann, txt), files.sorted().toList(), "no temporary file is left");
    }
  }

  /**
   * Regression (security review): a line that named a T id no line defines, or a T line of the
   * wrong type, was silently ignored (a quote lost its cue, an attribute or a note vanished).
   */
  @Test
  void danglingAndMistypedReferencesAreProblemsAtTheirLines() {
    List<String> lines = List.of(
        "T1\tPERSON 0 3\tAnn",
        "T2\tQuote 4 7\tmet",
        "T3\tSentence 0 12\tAnn met Lee.",
        "R1\tCue Arg1:T2 Arg2:T9",
        "R2\tSpeaker Arg1:T1 Arg2:T1",
        "A1\tQuoteKind T3 DIRECT",
        "A2\tNegated T1 true",
        "A3\tMentionKind T1 NAME",
        "A4\tMentionKind T1 PRONOUN",
        "#1\tAnnotatorNotes T3\tentity e-x X",
        "N1\tReference T8 wikidata:Q1\tX",
        "R3\tCue Arg1:T2 Arg2:T3");
    CorpusFormatException e = assertThrows(CorpusFormatException.class,
        () -> Brat.read("a", "Ann met Lee.", lines, "a.ann"));
    assertEquals(List.of(
        "a.ann:7:1: unknown attribute Negated; expected one of [MentionKind, ParagraphKind, QuoteKind]",
        "a.ann:9:1: T1 has a second MentionKind; give each attribute once",
        "a.ann:12:1: quote T2 has a second Cue relation; give each once",
        "a.ann:4:1: Cue Arg2 names T9, which no T line defines; expected a Cue",
        "a.ann:5:1: Speaker Arg1 names T1, which is a PERSON; expected a Quote",
        "a.ann:6:1: QuoteKind names T3, which is a Sentence; expected a Quote",
        "a.ann:10:1: AnnotatorNotes names T3, which is a Sentence; expected a mention (a T line of an "
            + "entity type)",
        "a.ann:11:1: Reference names T8, which no T line defines; expected a mention (a T line of an "
            + "entity type)"),
        messages(e));
  }

  /**
   * Reads the export after brat's own code made the edits of brat's editor (fixtures in
   * brat-edited/, made as its README says): a Speaker relation on the related headline's quote,
   * a normalisation, two free-text notes, a new pronoun with its attribute joined to Mexico's
   * chain, and Washington's chain merged into the United States' with Washington's note emptied.
   */
  @Test
  void readsTheExportAfterBratsEditorEditedIt() throws IOException {
    BratDocument edited = Brat.readDocument(
        Golden.DIRECTORY.resolve("brat-edited/newscorpus/000_4e41f4d9df3989c8.txt"));
    Article back = edited.article();
    // R35: the quote "We don’t want him" [9952, 9969) is now Mexico's, by its mention [9923, 9929)
    Quote wanted = back.quotes().stream().filter(q -> q.text().equals("We don’t want him")).findFirst()
        .orElseThrow();
    assertEquals(new io.github.newscorpus.model.Span(9952, 9969), wanted.span());
    assertEquals(Optional.of("e-mexico"), wanted.speaker().map(Entity::id));
    assertEquals(Optional.of(new io.github.newscorpus.model.Span(9923, 9929)),
        wanted.speakerMention().map(Mention::span));
    // N1, on a later mention of Trump (T345), with its name after two and more tabs
    assertEquals(Map.of("wikidata", "Q22686"), back.expectEntity("e-trump").externalIds());
    // T393 and A306: "its" [5901, 5904), a pronoun of Mexico (joined to T254's chain)
    Mention its = back.mentions().stream().filter(m -> m.span().begin() == 5901).findFirst().orElseThrow();
    assertEquals(List.of(new io.github.newscorpus.model.Span(5901, 5904), "its", "e-mexico",
        EntityType.LOCATION, MentionKind.PRONOUN),
        List.of(its.span(), its.text(), its.entity().id(), its.entity().type(), its.kind()));
    // #62 on the quote T390, #63 on the new mention T393, in line order
    assertEquals(List.of(new BratDocument.Note(wanted, "speaker from the headline: outrage in Mexico"),
        new BratDocument.Note(its, "its = Mexico; pronoun of a place, added in review")), edited.notes());
    // the merged chain: every mention of Washington and of the United States, named by the
    // remaining note, "entity e-united-states United States"
    List<io.github.newscorpus.model.Span> merged = new ArrayList<>();
    STORY.mentionsOf(STORY.expectEntity("e-united-states")).forEach(m -> merged.add(m.span()));
    STORY.mentionsOf(STORY.expectEntity("e-washington")).forEach(m -> merged.add(m.span()));
    merged.sort(java.util.Comparator.naturalOrder());
    Entity us = back.expectEntity("e-united-states");
    assertEquals("United States", us.name());
    assertEquals(merged, back.mentionsOf(us).stream().map(Mention::span).toList());
    assertTrue(us.aliases().contains("Washington"), us.aliases().toString());
    assertEquals(Optional.empty(), back.findEntity("e-washington"));
    // nothing else changed: one mention more, the same quotes, entities one fewer
    assertEquals(STORY.mentions().size() + 1, back.mentions().size());
    assertEquals(STORY.quotes().stream().map(Quote::segments).toList(),
        back.quotes().stream().map(Quote::segments).toList());
    assertEquals(STORY.entities().stream().filter(e -> !STORY.mentionsOf(e).isEmpty()).count() - 1,
        back.entities().size());
  }

  /** The configuration brat checked beside the edited fixture is the one the export writes now. */
  @Test
  void theConfigurationBratCheckedIsTheOneWritten() throws IOException {
    Path fixture = Golden.DIRECTORY.resolve("brat-edited/newscorpus");
    assertEquals(BratConfiguration.annotationConf(), Files.readString(fixture.resolve("annotation.conf")));
    assertEquals(BratConfiguration.visualConf(), Files.readString(fixture.resolve("visual.conf")));
    assertEquals(BratConfiguration.toolsConf(), Files.readString(fixture.resolve("tools.conf")));
    assertEquals(STORY.text(), Files.readString(fixture.resolve("000_4e41f4d9df3989c8.txt")));
  }

  /** Regression (issue 14): brat's editor ends a new relation line with a tab; it was refused. */
  @Test
  void aRelationLineWithATrailingTabIsRead() throws CorpusFormatException {
    Article a = Brat.read("a", "Ann said no.", List.of(
        "T1\tPERSON 0 3\tAnn",
        "T2\tQuote 9 11\tno",
        "R1\tSpeaker Arg1:T2 Arg2:T1\t"), "a.ann");
    assertEquals(Optional.of("Ann"), a.quotes().get(0).speaker().map(Entity::name));
  }

  /**
   * Regression (issue 14): brat's editor writes a normalisation's name after an empty field
   * (and one more tab at each save); it was refused.
   */
  @Test
  void aNormalisationWithAnEmptyFieldIsRead() throws CorpusFormatException {
    Article a = Brat.read("a", "Ann said no.", List.of(
        "T1\tPERSON 0 3\tAnn",
        "N1\tReference T1 wikidata:Q1\t\tAnn",
        "T2\tPERSON 9 11\tno",
        "N2\tReference T2 wikidata:Q2\t\t\t\tNo"), "a.ann");
    assertEquals(List.of(Map.of("wikidata", "Q1"), Map.of("wikidata", "Q2")),
        a.entities().stream().map(Entity::externalIds).toList());
  }

  /**
   * Regression (issue 14): a free-text AnnotatorNotes note, the most common edit in brat, was
   * refused; it is kept on the annotation it names (a note on a cue or a relation on its quote).
   */
  @Test
  void freeTextNotesAreKeptOnTheirAnnotations() throws CorpusFormatException {
    List<String> lines = List.of(
        "T1\tPERSON 0 3\tAnn",
        "T2\tQuote 9 11\tno",
        "T3\tCue 4 8\tsaid",
        "R1\tCue Arg1:T2 Arg2:T3",
        "T4\tSentence 0 12\tAnn said no.",
        "#1\tAnnotatorNotes T1\tchecked against the caption",
        "#2\tAnnotatorNotes T3\tor \"told\"?",
        "#3\tAnnotatorNotes R1\tcue of the quote",
        "#4\tAnnotatorNotes T4\t  short \t",
        "#5\tAnnotatorNotes T4\t",
        "#6\tAnnotatorNotes T1\tentity e-ann Ann Lee");
    assertEquals("Ann said no.", Brat.read("a", "Ann said no.", lines, "a.ann").text());
    BratDocument d = Brat.readDocument("a", "Ann said no.", lines, "a.ann", ReadLimits.defaults());
    Article a = d.article();
    Quote no = a.quotes().get(0);
    assertEquals(List.of(
        new BratDocument.Note(a.mentions().get(0), "checked against the caption"),
        new BratDocument.Note(no, "or \"told\"?"),
        new BratDocument.Note(no, "cue of the quote"),
        new BratDocument.Note(a.sentences().get(0), "short")), d.notes());
    // the note "entity ..." on a mention still names its entity
    assertEquals(List.of("e-ann", "Ann Lee"), List.of(a.entities().get(0).id(), a.entities().get(0).name()));
  }

  @Test
  void unknownVocabularyInBratsLinesIsStillRefusedWithItsLine() {
    List<String> lines = List.of(
        "T1\tPERSON 0 3\tAnn",
        "T2\tQuote 9 11\tno",
        "R1\tSupport Arg1:T2 Arg2:T1\t",
        "R2\tSpeaker Arg1:T2 Arg2:T1\tsure",
        "#1\tIssue T1\tx",
        "#2\tAnnotatorNotes A1\tx",
        "A1\tMentionKind T1 NAME\t",
        "*\tCoreference T1 T1\tx");
    CorpusFormatException e = assertThrows(CorpusFormatException.class,
        () -> Brat.read("a", "Ann said no.", lines, "a.ann"));
    assertEquals(List.of(
        "a.ann:3:1: unknown relation Support; expected Speaker or Cue",
        "a.ann:4:1: expected nothing after \"Speaker Arg1:T2 Arg2:T1\", found \"sure\"",
        "a.ann:5:1: expected \"AnnotatorNotes T…\" or \"AnnotatorNotes R…\", found \"Issue T1\"",
        "a.ann:8:1: expected nothing after \"Coreference T1 T1\", found \"x\"",
        "a.ann:6:1: AnnotatorNotes names A1, which no T or R line defines; expected a T or R line"),
        messages(e));
  }

  /** Regression (issue 14): the in-memory reader had no limits. */
  @Test
  void theInMemoryReaderKeepsItsLimits() {
    List<String> lines = List.of("T1\tPERSON 0 3\tAnn", "", "T2\tPERSON 8 11\tLee");
    ReadLimits defaults = ReadLimits.defaults();
    assertEquals(List.of(
        "a.ann:3:1: more than maxAnnotations (1) annotations; reading stopped here"),
        inMemoryLimitBroken(lines, defaults.withMaxAnnotations(1)));
    // line 1 is 17 characters and a break, line 2 a break: the 31st is column 12 of line 3
    assertEquals(List.of(
        "a.ann:3:12: the annotations are longer than maxArticleLength (30) characters; reading stopped here"),
        inMemoryLimitBroken(lines, defaults.withMaxArticleLength(30)));
    // "Ann met Lee." is 12 characters: the 12th, the period, is past a limit of 11
    assertEquals(List.of(
        "text of a:1:12: the text is longer than maxStringLength (11) characters; reading stopped here"),
        inMemoryLimitBroken(lines, defaults.withMaxStringLength(11)));
    assertEquals(List.of(
        "a.ann:1:16: a line is longer than maxStringLength (15) characters; reading stopped here"),
        inMemoryLimitBroken(List.of("T1\tPERSON 0 3\tAnn"), defaults.withMaxStringLength(15)));
  }

  private static List<String> inMemoryLimitBroken(List<String> lines, ReadLimits limits) {
    return messages(assertThrows(CorpusFormatException.class,
        () -> Brat.readDocument("a", lines.size() == 1 ? "Ann met Lee" : "Ann met Lee.", lines, "a.ann", limits)));
  }

  private static List<String> messages(CorpusFormatException e) {
    return e.problems().stream().map(Object::toString).toList();
  }
}
