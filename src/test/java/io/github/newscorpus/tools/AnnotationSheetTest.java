package io.github.newscorpus.tools;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.newscorpus.model.Article;
import io.github.newscorpus.model.MentionKind;
import io.github.newscorpus.model.ParagraphKind;
import io.github.newscorpus.model.Quote;
import io.github.newscorpus.model.QuoteKind;
import io.github.newscorpus.model.Span;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Tests {@link AnnotationSheet} on a three-line story; offsets in the expectations were counted by
 * hand: "Ann Lee won." [0,12), a blank line, "She said: “We did it.” Ann left." [14,46), "Bob left."
 * [47,56).
 */
class AnnotationSheetTest {

  private static final String TEXT = "Ann Lee won.\n\nShe said: “We did it.” Ann left.\nBob left.";

  private static final String SHEET = """
      # a comment
      article a1
      publisher Test Press | inferred: made up
      entity e-ann PERSON Ann Lee
        role winner
        alias Annie
      entity e-bob PERSON Bob

      ¶ 1 HEADLINE Ann Lee won
        name e-ann {Ann Lee}
      ¶ 2 BODY She said
        split {Ann} left
        pronoun e-ann {She}
        name e-ann {Ann} left
        quote DIRECT e-ann
          content “{We ... it.}”
          cue She {said}
          by {She}
      ¶ 3 CONTRIBUTOR Bob
        name e-bob {Bob}
        contributor Bob | at {Bob}
      """;

  @Test
  void compilesEveryLayerFromSnippets() {
    Article a = AnnotationSheet.compile(SHEET, TEXT);
    assertEquals("a1", a.id());
    assertEquals(List.of(ParagraphKind.HEADLINE, ParagraphKind.BODY, ParagraphKind.CONTRIBUTOR),
        a.paragraphs().stream().map(p -> p.kind()).toList());
    assertEquals(List.of(new Span(0, 12), new Span(14, 36), new Span(37, 46), new Span(47, 56)),
        a.sentences().stream().map(s -> s.span()).toList());
    assertEquals(List.of("m1 Ann Lee NAME", "m2 She PRONOUN", "m3 Ann NAME", "m4 Bob NAME"),
        a.mentions().stream().map(m -> m.id() + " " + m.text() + " " + m.kind()).toList());
    assertEquals(List.of("Ann Lee", "Ann", "Annie"), a.expectEntity("e-ann").aliases());
    assertEquals(Optional.of("winner"), a.expectEntity("e-ann").role());
    Quote q = a.quotes().get(0);
    assertEquals(QuoteKind.DIRECT, q.kind());
    assertEquals(List.of(new Span(25, 35)), q.segments());
    assertEquals("We did it.", q.text());
    assertEquals(Optional.of(new Span(18, 22)), q.cue());
    assertEquals(MentionKind.PRONOUN, q.speakerMention().orElseThrow().kind());
    assertEquals("Test Press", a.metadata().publisher().orElseThrow().value());
    assertEquals(Optional.of(new Span(47, 50)), a.metadata().contributors().get(0).evidence());
  }

  @Test
  void lineNumbersAreTrimmedOfOuterWhitespace() {
    // " ab" is [0,3), trimmed [1,3); "  cd " is [5,10), trimmed [7,9)
    assertEquals(List.of(new Span(1, 3), new Span(7, 9)), AnnotationSheet.nonEmptyLines(" ab\n\n  cd \n"));
  }

  private static String failure(String sheet) {
    return assertThrows(IllegalArgumentException.class, () -> AnnotationSheet.compile(sheet, TEXT))
        .getMessage();
  }

  @Test
  void snippetMustMatchExactlyOnce() {
    // "id" occurs in "said" and in "did"
    assertEquals("sheet line 14: the snippet matches 2 times in paragraph 2; it must match once\n"
        + "    name e-ann {id}", failure(SHEET.replace("name e-ann {Ann} left", "name e-ann {id}")));
    assertEquals("sheet line 14: the snippet matches 0 times in paragraph 2; it must match once\n"
        + "    name e-ann {Anne} left", failure(SHEET.replace("name e-ann {Ann} left", "name e-ann {Anne} left")));
  }

  @Test
  void unknownEntityNamesItsLine() {
    assertEquals("sheet line 20: unknown entity e-carl\n    name e-carl {Bob}",
        failure(SHEET.replace("name e-bob {Bob}", "name e-carl {Bob}")));
  }

  @Test
  void paragraphHeaderMustMatchTheText() {
    assertEquals("sheet line 11: paragraph 2 starts \"She said: “We did it.” Ann left.\"\n"
        + "  ¶ 2 BODY He said", failure(SHEET.replace("¶ 2 BODY She said", "¶ 2 BODY He said")));
  }

  @Test
  void everyParagraphMustBeCovered() {
    String twoOfThree = SHEET.substring(0, SHEET.indexOf("¶ 3"));
    assertEquals("the sheet covers 2 of the 3 paragraphs", failure(twoOfThree));
  }

  @Test
  void speakerMentionMustBeAMentionOfTheSpeaker() {
    String message = failure(SHEET.replace("by {She}", "by She said: “{We}"));
    assertEquals("sheet line 15: the speaker mention [25, 27) is not a mention of the speaker", message);
  }
}
