package io.github.newscorpus.model;

import java.util.Arrays;
import java.util.function.IntConsumer;
import java.util.function.IntPredicate;

/**
 * Answers range-maximum and range-minimum queries over a fixed array in constant time (sparse
 * tables, {@code n log n} ints each), and reports every index of a range whose value passes a
 * threshold in O(k + 1) such queries, in index order or in reverse.
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
    walk(lo, hi, this::argMax, i -> values[i] >= threshold, counting(report), Integer.MAX_VALUE, false);
  }

  /** Reports, in increasing order, every index in {@code [lo, hi)} whose value is at most {@code threshold}. */
  void atMost(int lo, int hi, int threshold, IntConsumer report) {
    walk(lo, hi, this::argMin, i -> values[i] <= threshold, counting(report), Integer.MAX_VALUE, false);
  }

  /**
   * Reports, in decreasing order, indexes in {@code [lo, hi)} whose value is at most
   * {@code threshold}, until {@code report} has accepted {@code limit} of them (it returns whether
   * it accepted one).
   */
  void lastAtMost(int lo, int hi, int threshold, int limit, IntPredicate report) {
    walk(lo, hi, this::argMin, i -> values[i] <= threshold, report, limit, true);
  }

  private static IntPredicate counting(IntConsumer report) {
    return i -> {
      report.accept(i);
      return true;
    };
  }

  @FunctionalInterface
  private interface Extreme {
    int of(int lo, int hi);
  }

  /**
   * Walks the implicit Cartesian tree of {@code [lo, hi)}: the extreme of a range passes or fails
   * the test for the whole range, so a failing range is dropped at once. An explicit stack keeps
   * deep trees from overflowing the call stack; markers (encoded as {@code -index - 1}) report
   * an index between its left and right subranges.
   */
  private void walk(int lo, int hi, Extreme extreme, IntPredicate passes, IntPredicate report,
      int limit, boolean reversed) {
    int[] stack = new int[16];
    int top = 0;
    stack[top++] = lo;
    stack[top++] = hi;
    int reported = 0;
    while (top > 0 && reported < limit) {
      int b = stack[--top];
      int a = stack[--top];
      if (b < 0) { // a marker
        if (report.test(-b - 1)) {
          reported++;
        }
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
      // Pushed in reverse of the order they are to be visited.
      int firstLo = reversed ? m + 1 : a;
      int firstHi = reversed ? b : m;
      int lastLo = reversed ? a : m + 1;
      int lastHi = reversed ? m : b;
      stack[top++] = lastLo;
      stack[top++] = lastHi;
      stack[top++] = 0;
      stack[top++] = -m - 1;
      stack[top++] = firstLo;
      stack[top++] = firstHi;
    }
  }
}
