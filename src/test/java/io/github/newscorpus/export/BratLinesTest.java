package io.github.newscorpus.export;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.newscorpus.export.BratLines.Bound;
import io.github.newscorpus.export.BratLines.FreeNote;
import io.github.newscorpus.model.Span;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Reads the lines of one quote over "Ann said hi." (A0 n1 n2 space3 s4 a5 i6 d7 space8 h9 i10
 * .11) into what each line says, before any article is made.
 */
class BratLinesTest {

  private static final String TEXT = "Ann said hi.";

  private final BratProblems problems = new BratProblems("x.ann");
  private final BratLines lines = new BratLines(TEXT, problems);

  private void read(String... ann) {
    for (int i = 0; i < ann.length; i++) {
      lines.add(i + 1, ann[i]);
    }
  }

  private List<String> problems() {
    return problems.list().stream().map(p -> p.line() + ": " + p.message()).toList();
  }

  @Test
  void eachLineIsKeptByWhatItSays() {
    read("T1\tPERSON 0 3\tAnn",
        "T2\tQuote 9 11\thi",
        "",
        "T3\tCue 4 8\tsaid",
        "R1\tSpeaker Arg1:T2 Arg2:T1\t",
        "R2\tCue Arg1:T2 Arg2:T3",
        "A1\tQuoteKind T2 INDIRECT",
        "#1\tAnnotatorNotes R2\tchecked ",
        "N1\tReference T1 wikidata:Q1\tAnn",
        "#2\tAnnotatorNotes T1\tentity e-ann Ann Smith");
    lines.checkReferences();
    assertEquals(List.of(), problems());
    assertEquals(Map.of(
        "T1", new Bound(1, "PERSON", List.of(new Span(0, 3))),
        "T2", new Bound(2, "Quote", List.of(new Span(9, 11))),
        "T3", new Bound(4, "Cue", List.of(new Span(4, 8)))), lines.bounds());
    assertEquals(List.of("T1", "T2", "T3"), List.copyOf(lines.bounds().keySet()));
    assertEquals(Optional.of("INDIRECT"), lines.attribute("T2", "QuoteKind"));
    assertEquals(Optional.empty(), lines.attribute("T1", "MentionKind"));
    assertEquals(Optional.of("T1"), lines.speaker("T2"));
    assertEquals(Optional.of("T3"), lines.cue("T2"));
    assertEquals(Optional.empty(), lines.cue("T1"));
    assertEquals(Set.of("T3"), Set.copyOf(lines.cues()));
    assertEquals("T2", lines.quoteOfCue("T3"));
    assertEquals("T2", lines.quoteOfRelation("R2"));
    assertEquals("T1", lines.quoteOfRelation("T1"));
    // the note's text is stripped; the entity note is not free text
    assertEquals(List.of(new FreeNote(8, "R2", "checked")), lines.freeNotes());
    assertEquals(Map.of("wikidata", "Q1"), lines.references("T1"));
    assertEquals(Map.of(), lines.references("T2"));
    assertEquals(List.of(new BratEntities.Group(List.of("T1"),
            Optional.of(new BratEntities.Note(10, "T1", "e-ann", "Ann Smith")))),
        lines.grouping().groups(List.of("T1"), problems::add));
  }

  @Test
  void aMentionIsATLineOfAnEntityType() {
    assertEquals(true, new Bound(1, "PERSON", List.of(new Span(0, 3))).isMention());
    assertEquals(false, new Bound(1, "Quote", List.of(new Span(0, 3))).isMention());
    assertEquals(false, new Bound(1, "person", List.of(new Span(0, 3))).isMention());
    assertEquals(new Span(0, 11),
        new Bound(1, "Quote", List.of(new Span(0, 3), new Span(9, 11))).extent());
  }

  @Test
  void aMalformedLineIsAProblemAtItsLine() {
    read("T1\tPERSON 0 3\tAnn",
        "T1\tPERSON 9 11\thi",
        "A1\tMentionKind T1",
        "A2\tMentionKind T1 NAME",
        "A3\tMentionKind T1 PRONOUN",
        "R1\tSpeaker Arg1:T2",
        "E1\tSpeaker:T2",
        "Tx\tPERSON 0 3\tAnn");
    assertEquals(List.of(
        "2: id T1 is already used",
        "3: expected \"Name T… VALUE\", found \"MentionKind T1\"",
        "5: T1 has a second MentionKind; give each attribute once",
        "6: expected \"Name Arg1:T… Arg2:T…\", found \"Speaker Arg1:T2\"",
        "7: unsupported annotation \"E1\"; expected a T, A, R, *, # or N line",
        "8: expected an id of T and a number, such as T1, found \"Tx\""), problems());
    // the first T1 is kept; the duplicate attribute's problem fails the read whatever it holds
    assertEquals(Map.of("T1", new Bound(1, "PERSON", List.of(new Span(0, 3)))), lines.bounds());
  }

  @Test
  void referencesAreCheckedOnlyWhenAsked() {
    read("A1\tMentionKind T7 NAME");
    assertEquals(List.of(), problems());
    lines.checkReferences();
    assertEquals(List.of("1: MentionKind names T7, which no T line defines; expected a mention "
        + "(a T line of an entity type)"), problems());
  }
}
