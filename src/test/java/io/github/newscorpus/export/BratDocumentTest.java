package io.github.newscorpus.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.newscorpus.model.Article;
import io.github.newscorpus.model.Sentence;
import io.github.newscorpus.model.Span;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class BratDocumentTest {

  private static final Sentence FIRST = new Sentence(new Span(0, 4), "Yes.");
  private static final Sentence SECOND = new Sentence(new Span(5, 8), "No.");
  private static final Article ARTICLE = Article.builder("a", "Yes. No.")
      .sentences(List.of(FIRST, SECOND)).build();

  @Test
  void notesOnAnAnnotationComeInLineOrder() {
    BratDocument d = new BratDocument(ARTICLE, List.of(new BratDocument.Note(SECOND, "b"),
        new BratDocument.Note(FIRST, "a"), new BratDocument.Note(SECOND, "c")));
    assertEquals(List.of("b", "c"), d.notesOn(SECOND));
    assertEquals(List.of(), new BratDocument(ARTICLE, List.of()).notesOn(FIRST));
  }

  @Test
  void theNotesAreCopied() {
    List<BratDocument.Note> notes = new ArrayList<>(List.of(new BratDocument.Note(FIRST, "a")));
    BratDocument d = new BratDocument(ARTICLE, notes);
    notes.clear();
    assertEquals(1, d.notes().size());
  }

  @Test
  void aBlankNoteIsRefused() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> new BratDocument.Note(FIRST, " \t"));
    assertEquals("note text must not be blank, got \" \t\"", e.getMessage());
  }
}
