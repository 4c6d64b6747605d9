package io.github.newscorpus.export;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.newscorpus.export.BratLines.Bound;
import io.github.newscorpus.export.BratReferences.Expected;
import io.github.newscorpus.model.Span;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Checks references against three T lines, a mention, a quote and its cue, and one R line. */
class BratReferencesTest {

  private static final Map<String, Bound> BOUNDS = Map.of(
      "T1", new Bound(1, "PERSON", List.of(new Span(0, 3))),
      "T2", new Bound(2, "Quote", List.of(new Span(9, 11))),
      "T3", new Bound(3, "Cue", List.of(new Span(4, 8))));
  private static final Set<String> RELATIONS = Set.of("R1");

  private final BratReferences references = new BratReferences();
  private final BratProblems problems = new BratProblems("x.ann");

  private List<String> check() {
    references.check(BOUNDS, RELATIONS, problems);
    return problems.list().stream().map(p -> p.line() + ": " + p.message()).toList();
  }

  @Test
  void referencesToLinesOfTheKindTheyNeedFit() {
    references.add(4, "Speaker Arg1", "T2", Expected.QUOTE);
    references.add(4, "Speaker Arg2", "T1", Expected.MENTION);
    references.add(5, "Cue Arg2", "T3", Expected.CUE);
    references.add(6, "AnnotatorNotes", "T3", Expected.ANNOTATION);
    references.add(7, "AnnotatorNotes", "R1", Expected.ANNOTATION);
    assertEquals(List.of(), check());
  }

  @Test
  void aReferenceToALineOfAnotherKindNamesItsType() {
    references.add(4, "Cue Arg2", "T1", Expected.CUE);
    references.add(5, "ParagraphKind", "T2", Expected.PARAGRAPH);
    references.add(6, "MentionKind", "T3", Expected.MENTION);
    assertEquals(List.of(
        "4: Cue Arg2 names T1, which is a PERSON; expected a Cue",
        "5: ParagraphKind names T2, which is a Quote; expected a Paragraph",
        "6: MentionKind names T3, which is a Cue; expected a mention (a T line of an entity type)"),
        check());
  }

  @Test
  void aDanglingReferenceSaysWhichLinesCouldDefineIt() {
    references.add(8, "Reference", "T9", Expected.MENTION);
    references.add(9, "AnnotatorNotes", "R2", Expected.ANNOTATION);
    references.add(10, "Speaker Arg1", "R1", Expected.QUOTE);
    assertEquals(List.of(
        "8: Reference names T9, which no T line defines; expected a mention (a T line of an entity "
            + "type)",
        "9: AnnotatorNotes names R2, which no T or R line defines; expected a T or R line",
        "10: Speaker Arg1 names R1, which no T line defines; expected a Quote"), check());
  }

  @Test
  void noReferencesNoProblems() {
    assertEquals(List.of(), check());
  }
}
