package io.github.newscorpus.json;

import java.io.IOException;
import java.io.Reader;

/**
 * Splits characters into lines, each delivered as a {@link Reader} of its own, so that a parser
 * reads a line without the line ever being held as a string. A line ends at {@code \n},
 * {@code \r\n} or {@code \r}, as {@link java.io.BufferedReader#readLine} ends it; the end of input
 * ends the last line, and a line break just before it starts no further line.
 *
 * <p>Limits the characters of each line and of the whole input: reading past either throws
 * {@link JsonTree.LimitExceeded} naming the limit, placed at the first character too many.
 *
 * <p>Not thread-safe. Holds no resource of its own: the underlying reader belongs to the caller,
 * who closes it.
 */
final class LineReader {

  private final Reader in;
  private final long maxLineLength;
  private final long maxLength;
  private final char[] buffer = new char[8192];
  /** Where the rest of a line that is skipped goes. */
  private final char[] sink = new char[8192];
  private int position;
  private int limit;
  private boolean endOfInput;
  /** Characters taken from the input so far, line breaks included. */
  private long taken;
  /** The number of the current line, from 1; 0 before the first. */
  private int lineNumber;
  /** Characters of the current line taken so far. */
  private long column;
  private boolean lineOpen;
  /** Whether the last line ended with {@code \r}, so that a {@code \n} next belongs to it. */
  private boolean afterCarriageReturn;
  private final Reader line = new Reader() {
    @Override
    public int read(char[] cbuf, int off, int len) throws IOException {
      return readLine(cbuf, off, len);
    }

    @Override
    public void close() {
      // the line belongs to the LineReader
    }
  };

  /**
   * Reads {@code in}, allowing at most {@code maxLineLength} characters in a line (line break not
   * counted) and {@code maxLength} in all.
   */
  LineReader(Reader in, long maxLineLength, long maxLength) {
    this.in = in;
    this.maxLineLength = maxLineLength;
    this.maxLength = maxLength;
  }

  /**
   * Skips what is left of the current line and starts the next; returns false, starting none, at
   * the end of input.
   */
  boolean next() throws IOException {
    if (lineOpen) {
      skipRest();
    }
    if (afterCarriageReturn) {
      afterCarriageReturn = false;
      if (fill() && buffer[position] == '\n') {
        take(1, column + 1); // the \n after the last line's \r, at its column
      }
    }
    if (!fill()) {
      return false;
    }
    lineNumber++;
    column = 0;
    lineOpen = true;
    return true;
  }

  /** Returns the current line's number, from 1. */
  int lineNumber() {
    return lineNumber;
  }

  /**
   * Returns the current line as a reader that ends (returns -1) at the line's end; the same
   * reader serves every line.
   */
  Reader line() {
    return line;
  }

  private int readLine(char[] cbuf, int off, int len) throws IOException {
    if (!lineOpen) {
      return -1;
    }
    if (len == 0) {
      return 0;
    }
    if (!fill()) {
      lineOpen = false;
      return -1;
    }
    int end = position;
    int max = Math.min(limit, position + len);
    while (end < max && buffer[end] != '\n' && buffer[end] != '\r') {
      end++;
    }
    int n = end - position;
    if (column + n > maxLineLength) {
      throw new JsonTree.LimitExceeded(new JsonTree.Location(lineNumber,
          (int) Math.min(maxLineLength + 1, Integer.MAX_VALUE)), "", "line " + lineNumber
          + " is longer than " + Limits.named("maxArticleLength", maxLineLength) + " characters"
          + Limits.STOPPED);
    }
    System.arraycopy(buffer, position, cbuf, off, n);
    take(n, column);
    column += n;
    if (end < max) {
      afterCarriageReturn = buffer[end] == '\r';
      take(1, column);
      lineOpen = false;
    }
    return n == 0 && !lineOpen ? -1 : n;
  }

  private void skipRest() throws IOException {
    while (readLine(sink, 0, sink.length) >= 0) {
      // drop it
    }
  }

  /**
   * Takes {@code chars} characters of the current line, the first of them just after column
   * {@code before}; when that makes the input too long, throws, placed at the first character
   * too many.
   */
  private void take(int chars, long before) throws JsonTree.LimitExceeded {
    position += chars;
    if (taken + chars > maxLength) {
      long tooMany = before + (maxLength - taken) + 1;
      throw new JsonTree.LimitExceeded(new JsonTree.Location(lineNumber,
          (int) Math.min(tooMany, Integer.MAX_VALUE)), "", "the file is longer than "
          + Limits.named("maxDocumentLength", maxLength) + " characters" + Limits.STOPPED);
    }
    taken += chars;
  }

  /** Makes a character available at {@code position}; returns false at the end of input. */
  private boolean fill() throws IOException {
    while (position == limit && !endOfInput) {
      int n = in.read(buffer, 0, buffer.length);
      if (n < 0) {
        endOfInput = true;
      } else {
        position = 0;
        limit = n;
      }
    }
    return position < limit;
  }
}
