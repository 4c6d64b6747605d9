package io.github.newscorpus.json;

import java.util.Arrays;

/**
 * Remembers where the multi-byte characters of an input are, one bit per byte (set for a UTF-8
 * continuation byte) from a point that moves forward ({@link #release}), so that the characters
 * between two byte offsets can be counted: a column in characters for any place of the current
 * article, without keeping its bytes. Costs an eighth of the bytes it covers.
 *
 * <p>Not thread-safe.
 */
final class CharIndex {

  /** One bit per byte from {@code base * 64}. */
  private long[] masks = new long[256];
  private long base;
  /** The end of the bytes marked so far, an absolute offset. */
  private long end;
  // A place released whose line starts before the masks: the continuation bytes from that line's
  // start to it.
  private long anchor = -1;
  private long anchorLineStart = -1;
  private long anchorContinuations;
  // The last count, so that counts along one line cost its length once.
  private long countFrom = -1;
  private long countTo;
  private long counted;

  /** Makes room for the bytes up to absolute offset {@code to}, which will be marked next. */
  void cover(long to) {
    int needed = (int) (((to + 63) >> 6) - base);
    if (needed > masks.length) {
      masks = Arrays.copyOf(masks, Math.max(needed, masks.length * 4));
    }
    end = Math.max(end, to);
  }

  /** Marks the byte at absolute offset {@code at}, covered, as a continuation byte. */
  void mark(long at) {
    masks[(int) ((at >> 6) - base)] |= 1L << (at & 63);
  }

  /**
   * Returns the number of characters in the bytes {@code [from, to)}, absolute offsets, both at
   * character boundaries: {@code from} at or after the last {@linkplain #release released}
   * place, or the start of that place's line.
   *
   * @throws IllegalStateException when {@code from} was released
   */
  long chars(long from, long to) {
    return to - from - continuations(from, to);
  }

  private long continuations(long from, long to) {
    if (from < base * 64) {
      if (from != anchorLineStart || to < anchor) {
        throw new IllegalStateException("bytes from " + from + " were released");
      }
      return anchorContinuations + continuations(anchor, to);
    }
    if (from != countFrom || to < countTo) {
      countFrom = from;
      countTo = from;
      counted = 0;
    }
    for (long at = countTo; at < to; ) {
      long block = at >> 6;
      long next = Math.min(to, (block + 1) << 6);
      long mask = masks[(int) (block - base)] >>> (at & 63);
      int width = (int) (next - at);
      counted += Long.bitCount(width < 64 ? mask & (1L << width) - 1 : mask);
      at = next;
    }
    countTo = to;
    return counted;
  }

  /**
   * Forgets the bytes before {@code keep}, keeping what {@link #chars} needs for places from
   * {@code keep} on and from {@code keepLineStart}, the start of {@code keep}'s line.
   */
  void release(long keep, long keepLineStart) {
    anchorContinuations = continuations(keepLineStart, keep);
    anchor = keep;
    anchorLineStart = keepLineStart;
    int drop = (int) ((keep >> 6) - base);
    if (drop > 0) {
      int used = (int) Math.min(masks.length, ((end + 63) >> 6) - base);
      System.arraycopy(masks, drop, masks, 0, Math.max(0, used - drop));
      Arrays.fill(masks, Math.max(0, used - drop), used, 0L);
      base += drop;
      countFrom = -1;
    }
  }
}
