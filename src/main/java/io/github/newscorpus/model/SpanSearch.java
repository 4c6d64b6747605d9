package io.github.newscorpus.model;

import java.util.List;
import java.util.function.Function;

/** Binary searches over lists sorted in document order. */
final class SpanSearch {

  private SpanSearch() {}

  /** Returns the index of the last item that begins at or before {@code offset}, or -1. */
  static <T> int lastBeginningAtOrBefore(List<T> sorted, Function<T, Span> span, int offset) {
    int low = 0;
    int high = sorted.size() - 1;
    int result = -1;
    while (low <= high) {
      int mid = (low + high) >>> 1;
      if (span.apply(sorted.get(mid)).begin() <= offset) {
        result = mid;
        low = mid + 1;
      } else {
        high = mid - 1;
      }
    }
    return result;
  }
}
