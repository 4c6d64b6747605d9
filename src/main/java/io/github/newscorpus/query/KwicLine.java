package io.github.newscorpus.query;

import io.github.newscorpus.internal.Show;
import io.github.newscorpus.model.Span;
import java.util.Objects;

/**
 * Holds one line of a keyword-in-context concordance.
 *
 * @param span where the match is in the article's text
 * @param left the text before the match, at most the requested width, within its paragraph
 * @param match the matched text, as written
 * @param right the text after the match, at most the requested width, within its paragraph
 */
public record KwicLine(Span span, String left, String match, String right) {

  /** Checks that no component is null. */
  public KwicLine {
    Objects.requireNonNull(span, "span must not be null");
    Objects.requireNonNull(left, "left must not be null");
    Objects.requireNonNull(match, "match must not be null");
    Objects.requireNonNull(right, "right must not be null");
  }

  /**
   * Returns {@code left[match]right}, as wide as the concordance was asked for, with control
   * characters (line breaks, found when the article has no paragraphs) escaped as {@code \n}.
   */
  @Override
  public String toString() {
    return Show.oneLine(left + "[" + match + "]" + right);
  }
}
