package io.github.newscorpus.export;

import io.github.newscorpus.internal.Show;
import io.github.newscorpus.model.Annotation;
import io.github.newscorpus.model.Article;
import java.util.List;
import java.util.Objects;

/**
 * Holds an article read from brat with the free-text notes ({@code AnnotatorNotes}) its
 * annotators left on it, which the model has no place for: an {@link Article}'s annotations
 * carry no comments, and an {@link io.github.newscorpus.model.Entity}'s note says how something
 * about it was inferred, which an annotator's remark is not.
 *
 * <p>Immutable and null-hostile; the list is copied on the way in.
 *
 * @param article the article the annotations make
 * @param notes the free-text notes, in the order of their lines; empty when there are none
 */
public record BratDocument(Article article, List<Note> notes) {

  /** Checks that no component is null and copies the notes. */
  public BratDocument {
    Objects.requireNonNull(article, "article");
    notes = List.copyOf(notes);
  }

  /** Returns one line: the article's id and how many notes, such as {@code BratDocument[a1, 2 notes]}. */
  @Override
  public String toString() {
    return "BratDocument[" + Show.id(article.id()) + ", " + Show.count(notes.size(), "note") + "]";
  }

  /** Returns the texts of the notes on {@code annotation}, in line order; empty when none. */
  public List<String> notesOn(Annotation annotation) {
    return notes.stream().filter(n -> n.annotation().equals(annotation)).map(Note::text).toList();
  }

  /**
   * Holds one free-text note and what it is on.
   *
   * @param annotation the paragraph, sentence, mention or quote of the {@code T} line the note
   *     names; for a note on a cue, or on a {@code Speaker} or {@code Cue} relation, the quote
   * @param text the note, without the white space around it; never blank
   */
  public record Note(Annotation annotation, String text) {

    /** Checks that no component is null and that the text is not blank. */
    public Note {
      Objects.requireNonNull(annotation, "annotation");
      if (text.isBlank()) {
        throw new IllegalArgumentException("note text must not be blank, got \"" + text + "\"");
      }
    }

    /** Returns one line: the kind and place of what the note is on, and an excerpt of its text. */
    @Override
    public String toString() {
      return "Note[on " + annotation.getClass().getSimpleName() + " " + Show.range(annotation.span().begin(),
          annotation.span().end()) + ": " + Show.brief(Show.oneLine(text), 50) + "]";
    }
  }
}
