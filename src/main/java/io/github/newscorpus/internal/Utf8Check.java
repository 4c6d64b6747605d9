package io.github.newscorpus.internal;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;

/**
 * Checks that bytes are strict UTF-8 (the well-formed sequences of the Unicode Standard, table
 * 3-7: no overlong form, no surrogate, nothing above U+10FFFF) without decoding them, and that
 * they hold no NUL, which no valid JSON file holds raw. Feeds may split a sequence anywhere. It
 * accepts exactly what {@link Utf8Reader} decodes, or less, and says nothing of where a problem
 * is: it is for a reader that, on a doubt, reads again with {@link Utf8Reader}. Not API: public
 * only for the library's own packages.
 *
 * <p>Not thread-safe.
 */
public final class Utf8Check {

  /** Signals bytes that are not strict UTF-8, or a NUL. Carries no stack trace. */
  public static final class Invalid extends IOException {
    private static final long serialVersionUID = 1L;

    Invalid() {
      super("not strict UTF-8, or a NUL byte", null);
      setStackTrace(new StackTraceElement[0]);
    }
  }

  private static final VarHandle LONGS =
      MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
  private static final long HIGH_BITS = 0x8080808080808080L;
  private static final long LOW_BITS = 0x0101010101010101L;

  /** Continuation bytes still expected for the current sequence. */
  private int pending;
  /** The range allowed for the next continuation byte, which the lead byte may narrow. */
  private int low = 0x80;
  private int high = 0xBF;
  private boolean valid = true;

  /** Returns whether {@code length} bytes of {@code bytes} from {@code offset} are strict UTF-8. */
  public static boolean isValid(byte[] bytes, int offset, int length) {
    Utf8Check check = new Utf8Check();
    return check.feed(bytes, offset, length) && check.end();
  }

  /**
   * Returns a stream that passes {@code in} through this check, throwing {@link Invalid} from the
   * read that meets the first bad byte, or the end inside a sequence. Closing it closes {@code in}.
   */
  public static InputStream checking(InputStream in) {
    Utf8Check check = new Utf8Check();
    return new FilterInputStream(in) {
      private final byte[] one = new byte[1];

      @Override
      public int read() throws IOException {
        return read(one, 0, 1) < 0 ? -1 : one[0] & 0xFF;
      }

      @Override
      public int read(byte[] b, int off, int len) throws IOException {
        int n = in.read(b, off, len);
        if (n < 0 ? !check.end() : !check.feed(b, off, n)) {
          throw new Invalid();
        }
        return n;
      }

      @Override
      public long skip(long n) throws IOException {
        throw new IOException("a checked stream is read, not skipped");
      }

      @Override
      public boolean markSupported() {
        return false;
      }
    };
  }

  /** Checks the next bytes; returns whether every byte so far is valid. */
  public boolean feed(byte[] bytes, int offset, int length) {
    int i = offset;
    int end = offset + length;
    while (valid && i < end) {
      if (pending == 0) {
        // Eight ASCII bytes at a time, none of them NUL.
        while (i + 8 <= end) {
          long word = (long) LONGS.get(bytes, i);
          if ((word & HIGH_BITS) != 0 || ((word - LOW_BITS) & ~word & HIGH_BITS) != 0) {
            break;
          }
          i += 8;
        }
        if (i == end) {
          break;
        }
        lead(bytes[i++] & 0xFF);
      } else {
        int b = bytes[i++] & 0xFF;
        if (b < low || b > high) {
          valid = false;
        } else {
          pending--;
          low = 0x80;
          high = 0xBF;
        }
      }
    }
    return valid;
  }

  /** Returns whether the bytes fed were valid and did not end inside a sequence. */
  public boolean end() {
    return valid && pending == 0;
  }

  private void lead(int b) {
    if (b >= 0x01 && b <= 0x7F) {
      return;
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
      valid = false; // NUL, a continuation byte, C0, C1, F5..FF
    }
  }
}
