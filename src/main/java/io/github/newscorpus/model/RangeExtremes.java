package io.github.newscorpus.model;

import java.util.Arrays;
import java.util.function.IntConsumer;
import java.util.function.IntPredicate;

/**
 * Answers range-maximum and range-minimum queries over a fixed array in constant time (sparse
 * tables, {@code n log n} ints each); reports every index of a range whose value passes a
 * threshold in O(k + 1) such queries, in index order; and reports the last k such indexes in
 * O(k log n).
 */
final class RangeExtremes {

  private final int[] values;
  /** {@code max[l][i]}: index of the largest value in {@code [i, i + 2^l)}; ties to the left. */
  private final int[][] max;
  /** {@code min[l][i]}: index of the smallest value in {@code [i, i + 2^l)}; ties to the left. */
  private final int[][] min;

  RangeExtremes(int[] values) {
    this.values = values;
    int n = values.length;
    int levels = n == 0 ? 0 : 32 - Integer.numberOfLeadingZeros(n);
    max = new int[levels][];
    min = new int[levels][];
    for (int l = 0; l < levels; l++) {
      int width = 1 << l;
      max[l] = new int[n - width + 1];
      min[l] = new int[n - width + 1];
      for (int i = 0; i + width <= n; i++) {
        if (l == 0) {
          max[0][i] = i;
          min[0][i] = i;
        } else {
          int a = max[l - 1][i];
          int b = max[l - 1][i + width / 2];
          max[l][i] = values[b] > values[a] ? b : a;
          a = min[l - 1][i];
          b = min[l - 1][i + width / 2];
          min[l][i] = values[b] < values[a] ? b : a;
        }
      }
    }
  }

  /** Returns the index of the largest value in {@code [lo, hi)}, which must not be empty. */
  int argMax(int lo, int hi) {
    int l = 31 - Integer.numberOfLeadingZeros(hi - lo);
    int a = max[l][lo];
    int b = max[l][hi - (1 << l)];
    return values[b] > values[a] ? b : a;
  }

  /** Returns the index of the smallest value in {@code [lo, hi)}, which must not be empty. */
  int argMin(int lo, int hi) {
    int l = 31 - Integer.numberOfLeadingZeros(hi - lo);
    int a = min[l][lo];
    int b = min[l][hi - (1 << l)];
    return values[b] < values[a] ? b : a;
  }

  /** Reports, in increasing order, every index in {@code [lo, hi)} whose value is at least {@code threshold}. */
  void atLeast(int lo, int hi, int threshold, IntConsumer report) {
    atLeast(lo, hi, threshold, report, 0);
  }

  /** Reports, in increasing order, every index in {@code [lo, hi)} whose value is at most {@code threshold}. */
  void atMost(int lo, int hi, int threshold, IntConsumer report) {
    atMost(lo, hi, threshold, report, 0);
  }

  /*
   * Both walk the implicit Cartesian tree of [lo, hi): the extreme of a range passes or fails the
   * threshold for the whole range, so a failing range is dropped at once. They recurse, allocating
   * nothing, while the tree is shallow, and hand deeper subtrees to walkDeep, which keeps an
   * explicit stack so that deep trees (ends that only grow, say) cannot overflow the call stack.
   * They are written out twice, rather than once over a comparator, to stay monomorphic and fast.
   */

  private void atLeast(int lo, int hi, int threshold, IntConsumer report, int depth) {
    if (lo >= hi) {
      return;
    }
    if (depth == MAX_RECURSION) {
      walkDeep(lo, hi, this::argMax, i -> values[i] >= threshold, report);
      return;
    }
    int m = argMax(lo, hi);
    if (values[m] >= threshold) {
      atLeast(lo, m, threshold, report, depth + 1);
      report.accept(m);
      atLeast(m + 1, hi, threshold, report, depth + 1);
    }
  }

  private void atMost(int lo, int hi, int threshold, IntConsumer report, int depth) {
    if (lo >= hi) {
      return;
    }
    if (depth == MAX_RECURSION) {
      walkDeep(lo, hi, this::argMin, i -> values[i] <= threshold, report);
      return;
    }
    int m = argMin(lo, hi);
    if (values[m] <= threshold) {
      atMost(lo, m, threshold, report, depth + 1);
      report.accept(m);
      atMost(m + 1, hi, threshold, report, depth + 1);
    }
  }

  /**
   * Reports, in decreasing order, indexes in {@code [lo, hi)} whose value is at most
   * {@code threshold}, until {@code report} has accepted {@code limit} of them (it returns whether
   * it accepted one). Each index costs a binary search: O(log n) range queries.
   */
  void lastAtMost(int lo, int hi, int threshold, int limit, IntPredicate report) {
    int accepted = 0;
    int end = hi;
    while (accepted < limit) {
      int j = rightmostAtMost(lo, end, threshold);
      if (j < 0) {
        return;
      }
      if (report.test(j)) {
        accepted++;
      }
      end = j;
    }
  }

  /** Returns the last index in {@code [lo, hi)} whose value is at most {@code threshold}, or -1. */
  private int rightmostAtMost(int lo, int hi, int threshold) {
    if (lo >= hi || values[argMin(lo, hi)] > threshold) {
      return -1;
    }
    // The minimum of [j, hi) only grows as j moves right: find the last j where it still passes.
    int low = lo;
    int high = hi - 1;
    while (low < high) {
      int mid = (low + high + 1) >>> 1;
      if (values[argMin(mid, hi)] <= threshold) {
        low = mid;
      } else {
        high = mid - 1;
      }
    }
    return low;
  }

  @FunctionalInterface
  private interface Extreme {
    int of(int lo, int hi);
  }

  /** How deep the walks recurse before they go on with an explicit stack. */
  private static final int MAX_RECURSION = 48;

  /**
   * Walks with an explicit stack; markers (encoded as {@code -index - 1}) report an index between
   * its left and right subranges.
   */
  private void walkDeep(int lo, int hi, Extreme extreme, IntPredicate passes, IntConsumer report) {
    int[] stack = new int[16];
    int top = 0;
    stack[top++] = lo;
    stack[top++] = hi;
    while (top > 0) {
      int b = stack[--top];
      int a = stack[--top];
      if (b < 0) { // a marker
        report.accept(-b - 1);
        continue;
      }
      if (a >= b) {
        continue;
      }
      int m = extreme.of(a, b);
      if (!passes.test(m)) {
        continue;
      }
      if (top + 6 > stack.length) {
        stack = Arrays.copyOf(stack, stack.length * 2);
      }
      // Pushed in reverse of the order they are visited: left range, m, right range.
      stack[top++] = m + 1;
      stack[top++] = b;
      stack[top++] = 0;
      stack[top++] = -m - 1;
      stack[top++] = a;
      stack[top++] = m;
    }
  }
}
