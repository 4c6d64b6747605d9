package io.github.newscorpus.json;

import java.util.ArrayDeque;
import java.util.Arrays;

/**
 * Remembers where the multi-byte characters of an input are, one bit per byte (set for a UTF-8
 * continuation byte) from a point that moves forward ({@link #release}), so that the characters
 * between two byte offsets can be counted: a column in characters for any place of the current
 * article, without keeping its bytes. Bits are kept in chunks of 4,096 bytes, and only for chunks
 * with a multi-byte character: ASCII costs nothing, other text an eighth of its bytes.
 *
 * <p>Not thread-safe.
 */
final class CharIndex {

  private static final int CHUNK_SHIFT = 12;
  private static final int MASKS = 1 << (CHUNK_SHIFT - 6);

  // The chunks kept, in order: entries [first, count) of their numbers (offset >> 12) and masks.
  private long[] numbers = new long[16];
  private long[][] chunks = new long[16][];
  private int first;
  private int count;
  private final ArrayDeque<long[]> spare = new ArrayDeque<>();
  /** Offsets before this were released. */
  private long floor;
  // A place released whose line starts before the floor: the continuation bytes from that line's
  // start to it.
  private long anchor = -1;
  private long anchorLineStart = -1;
  private long anchorContinuations;
  // The last count, so that counts along one line cost its length once.
  private long countFrom = -1;
  private long countTo;
  private long counted;

  /** Marks the byte at absolute offset {@code at} as a continuation byte; offsets only grow. */
  void mark(long at) {
    long number = at >>> CHUNK_SHIFT;
    if (count == first || numbers[count - 1] != number) {
      add(number);
    }
    chunks[count - 1][(int) (at >>> 6) & (MASKS - 1)] |= 1L << (at & 63);
  }

  private void add(long number) {
    if (count == numbers.length) {
      int kept = count - first;
      if (kept * 2 > numbers.length) {
        numbers = Arrays.copyOf(numbers, numbers.length * 2);
        chunks = Arrays.copyOf(chunks, chunks.length * 2);
      }
      System.arraycopy(numbers, first, numbers, 0, kept);
      System.arraycopy(chunks, first, chunks, 0, kept);
      Arrays.fill(chunks, kept, count, null);
      first = 0;
      count = kept;
      countFrom = -1;
    }
    long[] masks = spare.poll();
    numbers[count] = number;
    chunks[count++] = masks == null ? new long[MASKS] : masks;
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
    if (from < floor) {
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
    int i = entry(countTo >>> CHUNK_SHIFT);
    for (long at = countTo; i < count && at < to; i++) {
      long start = numbers[i] << CHUNK_SHIFT;
      at = Math.max(at, start);
      long end = Math.min(to, start + (1L << CHUNK_SHIFT));
      while (at < end) {
        long next = Math.min(end, (at | 63) + 1);
        long mask = chunks[i][(int) (at >>> 6) & (MASKS - 1)] >>> (at & 63);
        int width = (int) (next - at);
        counted += Long.bitCount(width < 64 ? mask & (1L << width) - 1 : mask);
        at = next;
      }
    }
    countTo = to;
    return counted;
  }

  /** Returns the first entry whose chunk number is at least {@code number}, or {@code count}. */
  private int entry(long number) {
    int i = Arrays.binarySearch(numbers, first, count, number);
    return i >= 0 ? i : -i - 1;
  }

  /**
   * Forgets the bytes before {@code keep}, keeping what {@link #chars} needs for places from
   * {@code keep} on and from {@code keepLineStart}, the start of {@code keep}'s line.
   */
  void release(long keep, long keepLineStart) {
    anchorContinuations = continuations(keepLineStart, keep);
    anchor = keep;
    anchorLineStart = keepLineStart;
    floor = keep >>> CHUNK_SHIFT << CHUNK_SHIFT;
    int end = entry(keep >>> CHUNK_SHIFT);
    for (; first < end; first++) {
      long[] masks = chunks[first];
      Arrays.fill(masks, 0L);
      if (spare.size() < 16) {
        spare.push(masks);
      }
      chunks[first] = null;
    }
    countFrom = -1;
  }

  /** Returns the number of chunks kept: what the index costs, for tests. */
  int chunks() {
    return count - first;
  }
}
