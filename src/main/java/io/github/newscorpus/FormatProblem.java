package io.github.newscorpus;

/**
 * Describes one problem found in an input, with its place: the input's name, the line and column
 * a text editor shows, the JSON pointer of the value at fault, and what was expected.
 *
 * <p>Immutable and null-hostile. {@link #toString()} is the form people read,
 * {@code source:line:column: pointer: message}; programs read the components.
 *
 * @param source names the input, such as a file's path, as the reader was given it
 * @param line the line, from 1; a line ends at {@code \n}, {@code \r\n} or {@code \r}
 * @param column the column, from 1, in characters (Unicode code points, as the format's offsets
 *     count), not bytes
 * @param pointer the JSON pointer (RFC 6901) of the value at fault, such as
 *     {@code /articles/0/mentions/5/text}; in a JSON Lines file it points into the value on
 *     {@code line}; empty when the problem is not in a value (a syntax error, a broken limit) or
 *     the format has no pointers (brat)
 * @param message what is wrong and what was expected
 */
public record FormatProblem(String source, int line, int column, String pointer, String message) {

  /** Checks that no component is null and that the place starts at line 1, column 1. */
  public FormatProblem {
    if (source == null || pointer == null || message == null) {
      throw new NullPointerException("source, pointer and message must not be null");
    }
    if (line < 1 || column < 1) {
      throw new IllegalArgumentException(
          "line (" + line + ") and column (" + column + ") must be at least 1");
    }
  }

  /** Returns {@code source:line:column: pointer: message}, without the pointer when it is empty. */
  @Override
  public String toString() {
    return source + ":" + line + ":" + column + ": " + (pointer.isEmpty() ? "" : pointer + ": ")
        + message;
  }
}
