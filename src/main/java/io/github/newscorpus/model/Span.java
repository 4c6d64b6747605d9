package io.github.newscorpus.model;

import java.util.Comparator;

/**
 * Locates a stretch of an article's text: the half-open range {@code [begin, end)} of Java
 * {@code String} indices (UTF-16 code units), so that {@code text.substring(begin, end)} is the
 * covered text.
 *
 * <p>Immutable, with value equality. Spans sort in document order: by {@code begin}, then longest
 * first, so an enclosing span comes before the spans it encloses (the order of uimaFIT's annotation
 * index).
 *
 * @param begin the index of the first covered character; not negative
 * @param end the index after the last covered character; not less than {@code begin}
 */
public record Span(int begin, int end) implements Spanned, Comparable<Span> {

  /** Orders spans by begin, then by end descending (enclosing spans first). */
  public static final Comparator<Span> DOCUMENT_ORDER = Comparator.naturalOrder();

  /** Checks that {@code 0 <= begin <= end}. */
  public Span {
    if (begin < 0) {
      throw new IllegalArgumentException("begin (" + begin + ") must not be negative");
    }
    if (end < begin) {
      throw new IllegalArgumentException(
          "end (" + end + ") must not be less than begin (" + begin + ")");
    }
  }

  /** Returns this span: a span is its own extent. */
  @Override
  public Span span() {
    return this;
  }

  /** Returns the number of UTF-16 code units covered; zero for an empty span. */
  public int length() {
    return end - begin;
  }

  /** Returns whether the span covers no text. */
  public boolean isEmpty() {
    return begin == end;
  }

  /** Returns whether {@code other} lies inside this span (boundaries included). */
  public boolean covers(Span other) {
    return begin <= other.begin && other.end <= end;
  }

  /** Returns whether the two spans share at least one character; empty spans overlap nothing. */
  public boolean overlaps(Span other) {
    return !isEmpty() && !other.isEmpty() && begin < other.end && other.begin < end;
  }

  /** Compares in document order: by begin, then by end descending (enclosing spans first). */
  @Override
  public int compareTo(Span other) {
    // Written out: the composed comparator boxed each end, and sorting and checking every layer
    // of every article read compares spans some thousands of times.
    int byBegin = Integer.compare(begin, other.begin);
    return byBegin != 0 ? byBegin : Integer.compare(other.end, end);
  }

  /** Returns {@code [begin, end)}, the usual notation for a half-open range. */
  @Override
  public String toString() {
    return "[" + begin + ", " + end + ")";
  }
}
