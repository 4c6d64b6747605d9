package io.github.newscorpus.json;

import java.io.IOException;
import java.io.InputStream;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.util.Arrays;
import java.util.Locale;

/**
 * Feeds parsers the bytes of one input, checked on the way in: strict UTF-8 (the well-formed
 * sequences of the Unicode Standard, table 3-7) with a byte-order mark at the very start skipped,
 * no NUL byte (no valid JSON holds one raw), and at most {@code maxDocumentLength} characters. The
 * first byte that breaks a rule cuts the input: parsers see it end there, and {@link #cut()} says
 * where and why.
 *
 * <p>Keeps a {@link CharIndex} of the bytes from a point the reader moves forward
 * ({@link #release}), so that the column of any place there can be given in characters rather
 * than bytes. Serves the whole input ({@link #stream()}) or one line at a time
 * ({@link #line()}, {@link #nextLine()}), a line ending at {@code \n}, {@code \r\n} or {@code \r}.
 * Offsets are absolute byte offsets in the input, the skipped byte-order mark included.
 *
 * <p>Not thread-safe. Closing it closes the stream it reads.
 */
final class Source implements AutoCloseable {

  private static final VarHandle LONGS =
      MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
  private static final long HIGH_BITS = 0x8080808080808080L;
  private static final long LOW_BITS = 0x0101010101010101L;
  private static final long BELOW_14 = 0x0E0E0E0E0E0E0E0EL;

  /**
   * Says where an input was cut short and why.
   *
   * @param offset the absolute byte offset of the first byte not served
   * @param message the problem, for people
   */
  record Cut(long offset, String message) {}

  private final InputStream in;
  private byte[] buffer;
  /** Absolute offset of {@code buffer[0]}. */
  private long bufferStart;
  /** Next byte to serve. */
  private int position;
  /** End of the bytes that may be served: whole characters, checked. */
  private int checked;
  /** Next byte to check. */
  private int scanned;
  /** End of the bytes read. */
  private int limit;
  private boolean endOfInput;
  private Cut cut;
  private final long maxChars;
  private long chars;
  // The UTF-8 sequence being checked: its start, continuation bytes still expected, their range.
  private int sequenceStart;
  private int pending;
  private int low = 0x80;
  private int high = 0xBF;
  private final CharIndex index = new CharIndex();
  // Lines: the current one's number (0 before the first) and start, and whether it was ended.
  private int lineNumber;
  private long lineStart;
  private boolean lineEnded;

  private Source(InputStream in, byte[] buffer, int offset, int length, long maxChars) {
    this.in = in;
    this.buffer = buffer;
    this.bufferStart = -offset;
    this.position = offset;
    this.checked = offset;
    this.scanned = offset;
    this.limit = offset + length;
    this.endOfInput = in == null;
    this.maxChars = maxChars;
  }

  /** Returns a source over {@code in}, which it closes when closed. */
  static Source of(InputStream in, long maxChars) throws IOException {
    Source source = new Source(in, new byte[1 << 14], 0, 0, maxChars);
    source.start();
    return source;
  }

  /** Returns a source over {@code length} bytes of {@code bytes} from {@code offset}. */
  static Source of(byte[] bytes, int offset, int length, long maxChars) {
    Source source = new Source(null, bytes, offset, length, maxChars);
    try {
      source.start();
    } catch (IOException e) {
      throw new AssertionError("an array cannot fail to read", e);
    }
    return source;
  }

  /** Skips a byte-order mark at the start. */
  private void start() throws IOException {
    while (limit - position < 3 && fillRaw()) {
      // read at least three bytes, if there are three
    }
    if (limit - position >= 3 && (buffer[position] & 0xFF) == 0xEF
        && (buffer[position + 1] & 0xFF) == 0xBB && (buffer[position + 2] & 0xFF) == 0xBF) {
      position += 3;
      checked = position;
      scanned = position;
    }
    lineStart = offset(position);
    check();
  }

  /** Returns the absolute offset of the next byte a parser would get. */
  long offset() {
    return offset(position);
  }

  private long offset(int index) {
    return bufferStart + index;
  }

  /** Returns where and why the input was cut short, or null when it was not (so far). */
  Cut cut() {
    return cut;
  }

  /** Returns whether the reading reached the cut: every byte before it was served. */
  boolean atCut() {
    return cut != null && offset(position) >= cut.offset();
  }

  /**
   * Returns whether the next bytes are a byte-order mark: the input has one where only its very
   * start may, and a parser would skip it silently.
   */
  boolean atByteOrderMark() throws IOException {
    while (checked - position < 3 && more()) {
      // check at least three bytes, if there are three
    }
    return checked - position >= 3 && (buffer[position] & 0xFF) == 0xEF
        && (buffer[position + 1] & 0xFF) == 0xBB && (buffer[position + 2] & 0xFF) == 0xBF;
  }

  /** Returns a stream of the rest of the input, up to its end or its cut. */
  InputStream stream() {
    return new InputStream() {
      @Override
      public int read() throws IOException {
        return checked > position || fill() ? buffer[position++] & 0xFF : -1;
      }

      @Override
      public int read(byte[] b, int off, int len) throws IOException {
        if (len == 0) {
          return 0;
        }
        if (checked == position && !fill()) {
          return -1;
        }
        int n = Math.min(len, checked - position);
        System.arraycopy(buffer, position, b, off, n);
        position += n;
        return n;
      }
    };
  }

  /**
   * Starts the next line, after what is left of the current one and its line break, forgetting
   * the bytes before it ({@link #release}); returns false, starting none, at the end of the input
   * or its cut. A line break at the very end starts no further line.
   */
  boolean nextLine() throws IOException {
    if (lineNumber > 0) {
      while (!lineEnded) {
        index.release(offset(position), offset(position));
        if (position == checked && !fill()) {
          return false;
        }
        int end = lineBreak(position, checked);
        position = end;
        lineEnded = end < checked;
      }
      boolean carriageReturn = buffer[position++] == '\r';
      if (carriageReturn && (position < checked || fill()) && buffer[position] == '\n') {
        position++;
      }
    }
    lineNumber++;
    lineStart = offset(position);
    lineEnded = false;
    index.release(lineStart, lineStart);
    return position < checked || fill();
  }

  /** Returns the current line's number, from 1. */
  int lineNumber() {
    return lineNumber;
  }

  /** Returns the absolute offset of the current line's first byte. */
  long lineStart() {
    return lineStart;
  }

  /** Returns a stream of the rest of the current line, without its line break. */
  InputStream line() {
    return new InputStream() {
      @Override
      public int read() throws IOException {
        byte[] one = new byte[1];
        return read(one, 0, 1) < 0 ? -1 : one[0] & 0xFF;
      }

      @Override
      public int read(byte[] b, int off, int len) throws IOException {
        if (len == 0) {
          return 0;
        }
        if (lineEnded || position == checked && !fill()) {
          return -1;
        }
        int end = lineBreak(position, Math.min(checked, position + len));
        int n = end - position;
        if (n == 0) {
          lineEnded = true;
          return -1;
        }
        System.arraycopy(buffer, position, b, off, n);
        position = end;
        return n;
      }
    };
  }

  /** Returns the index of the first {@code \n} or {@code \r} in {@code [from, to)}, or {@code to}. */
  private int lineBreak(int from, int to) {
    int i = from;
    while (i + 8 <= to) {
      long word = (long) LONGS.get(buffer, i);
      if (((word - BELOW_14) & ~word & HIGH_BITS) != 0) {
        break; // a byte below 14 in this word: look at each
      }
      i += 8;
    }
    for (; i < to; i++) {
      if (buffer[i] == '\n' || buffer[i] == '\r') {
        return i;
      }
    }
    return to;
  }

  /**
   * Returns the number of characters in the bytes {@code [from, to)}: see
   * {@link CharIndex#chars}.
   */
  long chars(long from, long to) {
    return index.chars(from, to);
  }

  /** Forgets the bytes before {@code keep}: see {@link CharIndex#release}. */
  void release(long keep, long keepLineStart) {
    index.release(keep, keepLineStart);
  }

  /** Makes at least one more byte ready to serve; returns false at the end of the input or its cut. */
  private boolean fill() throws IOException {
    while (checked == position) {
      if (!more()) {
        return false;
      }
    }
    return true;
  }

  /** Reads and checks more bytes; returns false, reading none, at the end of the input or its cut. */
  private boolean more() throws IOException {
    if (cut != null || !fillRaw()) {
      return false;
    }
    check();
    return true;
  }

  /** Reads more bytes into the buffer, first moving the unread ones to its front. */
  private boolean fillRaw() throws IOException {
    if (endOfInput) {
      return false;
    }
    if (position > 0) {
      System.arraycopy(buffer, position, buffer, 0, limit - position);
      bufferStart += position;
      checked -= position;
      scanned -= position;
      sequenceStart -= position;
      limit -= position;
      position = 0;
    }
    if (limit == buffer.length) {
      buffer = Arrays.copyOf(buffer, buffer.length * 2);
    }
    int n = in.read(buffer, limit, buffer.length - limit);
    if (n < 0) {
      endOfInput = true;
      if (pending > 0) {
        cutAt(sequenceStart, Reason.UTF8);
      }
      return false;
    }
    limit += n;
    return true;
  }

  /** Checks the bytes read and not yet checked, marking continuation bytes and counting chars. */
  private void check() {
    int i = scanned;
    while (cut == null && i < limit) {
      if (pending == 0) {
        checked = i;
        while (i + 8 <= limit && maxChars - chars >= 8) { // eight ASCII bytes, none of them NUL
          long word = (long) LONGS.get(buffer, i);
          if ((word & HIGH_BITS) != 0 || ((word - LOW_BITS) & ~word & HIGH_BITS) != 0) {
            break;
          }
          i += 8;
          chars += 8;
        }
        checked = i;
        if (i == limit) {
          break;
        }
        int b = buffer[i] & 0xFF;
        if (b == 0) {
          cutAt(i, Reason.NUL);
        } else if (chars == maxChars) {
          cutAt(i, Reason.LENGTH);
        } else {
          sequenceStart = i;
          chars++;
          lead(b);
          if (pending < 0) {
            cutAt(i, Reason.UTF8);
          }
          i++;
        }
      } else {
        int b = buffer[i] & 0xFF;
        if (b < low || b > high) {
          cutAt(sequenceStart, Reason.UTF8);
        } else {
          index.mark(offset(i));
          pending--;
          low = 0x80;
          high = 0xBF;
          i++;
        }
      }
    }
    if (cut == null && pending == 0) {
      checked = i;
    }
    scanned = i;
    if (cut == null && pending > 0 && endOfInput) {
      cutAt(sequenceStart, Reason.UTF8); // the input ends inside a sequence
    }
  }

  /** Sets {@link #pending} and the range of the next byte for lead byte {@code b}; -1 if none. */
  private void lead(int b) {
    if (b <= 0x7F) {
      pending = 0;
    } else if (b >= 0xC2 && b <= 0xDF) {
      pending = 1;
    } else if (b >= 0xE0 && b <= 0xEF) {
      pending = 2;
      low = b == 0xE0 ? 0xA0 : 0x80;
      high = b == 0xED ? 0x9F : 0xBF;
    } else if (b >= 0xF0 && b <= 0xF4) {
      pending = 3;
      low = b == 0xF0 ? 0x90 : 0x80;
      high = b == 0xF4 ? 0x8F : 0xBF;
    } else {
      pending = -1; // a continuation byte, C0, C1, F5..FF
    }
  }

  /** Names why an input is cut short. */
  private enum Reason { UTF8, NUL, LENGTH }

  /** Cuts the input before {@code index}. */
  private void cutAt(int index, Reason reason) {
    String message = switch (reason) {
      case UTF8 -> String.format(Locale.ROOT, "not valid UTF-8: byte 0x%02X at byte offset %d",
          buffer[index] & 0xFF, offset(index));
      case NUL -> "not valid JSON: a NUL byte (U+0000) at byte offset " + offset(index);
      case LENGTH -> "the input is longer than " + JsonParsers.named("maxDocumentLength", maxChars)
          + " characters" + JsonParsers.STOPPED;
    };
    cut = new Cut(offset(index), message);
    checked = index;
    scanned = index;
    pending = 0;
  }

  @Override
  public void close() throws IOException {
    if (in != null) {
      in.close();
    }
  }
}
