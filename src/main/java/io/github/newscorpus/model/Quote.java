package io.github.newscorpus.model;

import io.github.newscorpus.internal.Messages;
import io.github.newscorpus.internal.Show;
import java.util.List;
import java.util.Optional;

/**
 * Holds one attribution of words to a source, after PARC: the content, who said it, and the
 * reporting verb.
 *
 * <p>A direct quotation interrupted by its attribution ("“…,” Cuevas said. “…”") is one quote
 * with two segments. Quotation marks lie outside the segments.
 *
 * @param id unique within its article, such as {@code q3}
 * @param kind direct, partial or indirect
 * @param segments the content spans, in document order, not overlapping; at least one
 * @param text the segments' covered texts joined with one space
 * @param speaker who said or wrote it; empty when the text does not say
 * @param speakerMention the mention of the speaker that attributes the quote (the subject of the
 *     cue); empty when the text has none
 * @param cue the reporting verb ("said", "wrote", "told") or phrase ("according to"); empty when
 *     the quote has no attribution
 */
public record Quote(
    String id,
    QuoteKind kind,
    List<Span> segments,
    String text,
    Optional<Entity> speaker,
    Optional<Mention> speakerMention,
    Optional<Span> cue)
    implements Annotation {

  /** Checks every component, the order of the segments, and the length of the text. */
  public Quote {
    Checks.nonBlank(id, "id");
    Checks.notNull(kind, "kind");
    segments = List.copyOf(segments);
    if (segments.isEmpty()) {
      throw new IllegalArgumentException("quote " + id + " must have at least one segment");
    }
    int expectedLength = segments.size() - 1;
    for (int i = 0; i < segments.size(); i++) {
      expectedLength += segments.get(i).length();
      if (i > 0 && segments.get(i).begin() < segments.get(i - 1).end()) {
        throw new IllegalArgumentException(
            "segment " + segments.get(i) + " of quote " + id + " must start after segment "
                + segments.get(i - 1) + " ends");
      }
    }
    Checks.notNull(text, "text");
    if (text.length() != expectedLength) {
      throw new IllegalArgumentException(
          "text length (" + text.length() + ") of quote " + id
              + " must equal the segment lengths joined by single spaces (" + expectedLength + ")");
    }
    Checks.notNull(speaker, "speaker");
    Checks.notNull(speakerMention, "speakerMention");
    Checks.notNull(cue, "cue");
  }

  /** Returns the extent from the first segment's begin to the last segment's end. */
  @Override
  public Span span() {
    return new Span(segments.get(0).begin(), segments.get(segments.size() - 1).end());
  }

  /**
   * Returns the id, text, extent (and number of segments when more than one), speaker id and kind,
   * such as {@code Quote[q1 "We did it." 24..34 by e-ann DIRECT]}.
   */
  @Override
  public String toString() {
    return "Quote[" + Show.id(id) + " " + Messages.excerpt(text) + " " + Show.range(span().begin(), span().end())
        + (segments.size() > 1 ? " in " + segments.size() + " segments" : "")
        + speaker.map(s -> " by " + Show.id(s.id())).orElse("") + " " + kind + "]";
  }
}
