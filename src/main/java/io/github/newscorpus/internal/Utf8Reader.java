package io.github.newscorpus.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Decodes strict UTF-8 from a byte stream a buffer at a time, skipping a leading byte-order mark
 * unless made by {@link #keepingByteOrderMark}. Invalid input ends the text with a
 * {@link Malformed} exception that names its exact place: the line and column (in UTF-16 units,
 * as editors count; a line ends at {@code \n}, {@code \r\n} or {@code \r}) of the first
 * character that could not be decoded, and its byte offset. Every character before it is
 * delivered first. Not API: public only for the library's own packages.
 *
 * <p>Not thread-safe. Closing it closes the byte stream.
 */
public final class Utf8Reader extends Reader {

  private static final int BUFFER_SIZE = 8192;

  /**
   * Reports invalid UTF-8 at its place; the message is
   * {@code not valid UTF-8: byte 0xFF at byte offset N}.
   */
  public static final class Malformed extends IOException {
    private static final long serialVersionUID = 1L;

    private final int line;
    private final int column;

    Malformed(int line, int column, byte value, long offset) {
      super(String.format("not valid UTF-8: byte 0x%02X at byte offset %d", value, offset));
      this.line = line;
      this.column = column;
    }

    /** Returns the line, from 1, of the first character that could not be decoded. */
    public int line() {
      return line;
    }

    /** Returns the column, from 1 and in UTF-16 units, of that character. */
    public int column() {
      return column;
    }
  }

  private final InputStream in;
  private final CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
      .onMalformedInput(CodingErrorAction.REPORT)
      .onUnmappableCharacter(CodingErrorAction.REPORT);
  /** Bytes read but not decoded yet, ready for reading (flipped). */
  private final ByteBuffer bytes = ByteBuffer.allocate(BUFFER_SIZE).flip();
  /** Characters decoded but not delivered yet, ready for reading (flipped). */
  private final CharBuffer chars = CharBuffer.allocate(BUFFER_SIZE).flip();
  /** Bytes dropped from the front of {@code bytes} so far, for byte offsets. */
  private long bytesBefore;
  private boolean endOfInput;
  private boolean flushed;
  /** Whether a leading byte-order mark was dealt with (skipped, or kept by request). */
  private boolean started;
  /** Place of the next character to deliver. */
  private int line = 1;
  private int column = 1;
  /** Whether the last character delivered was {@code \r}, so that a {@code \n} ends no line. */
  private boolean afterCarriageReturn;

  /** Reads {@code in}, skipping a byte-order mark at its start. */
  public Utf8Reader(InputStream in) {
    this.in = in;
  }

  /** Returns a reader of {@code in} that delivers a byte-order mark at its start as U+FEFF. */
  public static Utf8Reader keepingByteOrderMark(InputStream in) {
    Utf8Reader reader = new Utf8Reader(in);
    reader.started = true;
    return reader;
  }

  @Override
  public int read(char[] buffer, int offset, int length) throws IOException {
    if (length == 0) {
      return 0;
    }
    if (!chars.hasRemaining() && !fill()) {
      return -1;
    }
    int n = Math.min(length, chars.remaining());
    chars.get(buffer, offset, n);
    int end = offset + n;
    int lastBreak = -1;
    for (int i = offset; i < end; i++) {
      char c = buffer[i];
      if (c <= '\r' && (c == '\r' || c == '\n')) {
        boolean afterReturn = i > offset ? buffer[i - 1] == '\r' : afterCarriageReturn;
        if (c == '\r' || !afterReturn) {
          line++; // a \n right after \r ends the same line
        }
        lastBreak = i;
      }
    }
    column = lastBreak < 0 ? column + n : end - lastBreak;
    afterCarriageReturn = buffer[end - 1] == '\r';
    return n;
  }

  /** Decodes more characters into the empty {@code chars}; returns false at the end of the text. */
  private boolean fill() throws IOException {
    chars.clear();
    try {
      while (chars.position() == 0 && !flushed) {
        CoderResult result = decoder.decode(bytes, chars, endOfInput);
        if (result.isError() && chars.position() > 0) {
          break; // deliver what came before it; the next fill reports it at its place
        }
        if (result.isError()) {
          throw new Malformed(line, column, bytes.get(bytes.position()),
              bytesBefore + bytes.position());
        }
        if (result.isUnderflow()) {
          if (endOfInput) {
            decoder.flush(chars);
            flushed = true;
          } else {
            readBytes();
          }
        }
      }
    } finally {
      chars.flip();
    }
    if (!started && chars.hasRemaining()) {
      started = true;
      if (chars.get(0) == '\uFEFF') {
        chars.get();
      }
      if (!chars.hasRemaining()) {
        return fill();
      }
    }
    return chars.hasRemaining();
  }

  private void readBytes() throws IOException {
    bytesBefore += bytes.position();
    bytes.compact();
    try {
      int n = in.read(bytes.array(), bytes.position(), bytes.remaining());
      if (n < 0) {
        endOfInput = true;
      } else {
        bytes.position(bytes.position() + n);
      }
    } finally {
      bytes.flip();
    }
  }

  @Override
  public void close() throws IOException {
    in.close();
  }
}
