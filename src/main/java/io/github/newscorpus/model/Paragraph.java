package io.github.newscorpus.model;

import io.github.newscorpus.internal.Messages;
import io.github.newscorpus.internal.Show;

/**
 * Holds one paragraph: one non-empty line of the source, with the role it plays.
 *
 * @param span the extent of the line, without surrounding whitespace
 * @param text the covered text
 * @param kind what the line is
 */
public record Paragraph(Span span, String text, ParagraphKind kind) implements Annotation {

  /** Checks that no component is null and that the text is as long as the span. */
  public Paragraph {
    Checks.notNull(span, "span");
    Checks.notNull(kind, "kind");
    Checks.coveredText(span, text);
  }

  /** Returns the covered text, span and kind, such as {@code Paragraph["Ann Lee won." 0..12 HEADLINE]}. */
  @Override
  public String toString() {
    return "Paragraph[" + Messages.excerpt(text) + " " + Show.range(span.begin(), span.end()) + " " + kind + "]";
  }
}
