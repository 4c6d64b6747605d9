package io.github.newscorpus.eval;

import java.util.Arrays;

/**
 * Finds a one-to-one assignment of rows to columns with the largest total weight, by the
 * Kuhn–Munkres (Hungarian) algorithm in O(n³) for n = max(rows, columns). CEAF needs the optimum,
 * not a greedy pass: its score must not depend on the order of the clusters.
 */
final class Assignment {

  private Assignment() {}

  /**
   * Returns, for each row of {@code weights} (rows × columns, every row as long), the column it is
   * assigned, or -1 when there are more rows than columns and it has none; empty for no rows.
   */
  static int[] maximal(double[][] weights) {
    int rows = weights.length;
    int columns = rows == 0 ? 0 : weights[0].length;
    int n = Math.max(rows, columns);
    // Minimises cost = -weight over an n × n matrix padded with zeros, with potentials u, v
    // (1-based, as the textbook version: index 0 is the virtual start column).
    double[] u = new double[n + 1];
    double[] v = new double[n + 1];
    int[] rowOf = new int[n + 1];
    int[] way = new int[n + 1];
    for (int i = 1; i <= n; i++) {
      rowOf[0] = i;
      int j0 = 0;
      double[] minv = new double[n + 1];
      Arrays.fill(minv, Double.POSITIVE_INFINITY);
      boolean[] used = new boolean[n + 1];
      do {
        used[j0] = true;
        int i0 = rowOf[j0];
        double delta = Double.POSITIVE_INFINITY;
        int j1 = 0;
        for (int j = 1; j <= n; j++) {
          if (!used[j]) {
            double cur = cost(weights, i0 - 1, j - 1, rows, columns) - u[i0] - v[j];
            if (cur < minv[j]) {
              minv[j] = cur;
              way[j] = j0;
            }
            if (minv[j] < delta) {
              delta = minv[j];
              j1 = j;
            }
          }
        }
        for (int j = 0; j <= n; j++) {
          if (used[j]) {
            u[rowOf[j]] += delta;
            v[j] -= delta;
          } else {
            minv[j] -= delta;
          }
        }
        j0 = j1;
      } while (rowOf[j0] != 0);
      do {
        int j1 = way[j0];
        rowOf[j0] = rowOf[j1];
        j0 = j1;
      } while (j0 != 0);
    }
    int[] columnOf = new int[rows];
    Arrays.fill(columnOf, -1);
    for (int j = 1; j <= n; j++) {
      int i = rowOf[j] - 1;
      if (i < rows && j - 1 < columns) {
        columnOf[i] = j - 1;
      }
    }
    return columnOf;
  }

  /** Returns the largest total weight of an assignment; 0 for no rows or no columns. */
  static double maximum(double[][] weights) {
    int[] columnOf = maximal(weights);
    double total = 0;
    for (int i = 0; i < columnOf.length; i++) {
      if (columnOf[i] >= 0) {
        total += weights[i][columnOf[i]];
      }
    }
    return total;
  }

  private static double cost(double[][] weights, int i, int j, int rows, int columns) {
    return i < rows && j < columns ? -weights[i][j] : 0;
  }
}
