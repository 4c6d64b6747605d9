package io.github.newscorpus.eval;

import io.github.newscorpus.internal.DisjointSets;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Finds the one-to-one assignment of rows to columns that maximises the total weight, by the
 * Hungarian (Kuhn–Munkres) algorithm in O(n³), with exact integer weights.
 *
 * <p>A weight of zero means the pair may not be matched; every other weight must be positive.
 * The result depends only on the matrix, so callers that order rows and columns canonically get
 * the same assignment whatever order their input came in.
 */
final class Assignment {

  /** Says whether a row and a column may pair at all. */
  @FunctionalInterface
  interface Link {
    /** Returns whether {@code row} and {@code column} may pair. */
    boolean between(int row, int column);
  }

  /** Weighs the pairs of one group of linked rows and columns. */
  @FunctionalInterface
  interface GroupWeights {
    /** Returns the weights of the group's pairs, rows by columns, in the lists' order. */
    BigInteger[][] of(List<Integer> rows, List<Integer> columns);
  }

  private Assignment() {}

  /**
   * Returns, for each row, the column it is assigned to, or -1 when it is left unassigned; an
   * empty array for no rows.
   *
   * @throws IllegalArgumentException when a weight is negative or the rows differ in length
   */
  static int[] maximise(BigInteger[][] weight) {
    int rows = weight.length;
    int columns = rows == 0 ? 0 : weight[0].length;
    for (int i = 0; i < rows; i++) {
      if (weight[i].length != columns) {
        throw new IllegalArgumentException("row " + i + " has " + weight[i].length
            + " weights, row 0 has " + columns);
      }
      for (int j = 0; j < columns; j++) {
        if (weight[i][j].signum() < 0) {
          throw new IllegalArgumentException("weight[" + i + "][" + j + "] (" + weight[i][j]
              + ") must not be negative");
        }
      }
    }
    int[] result = new int[rows];
    Arrays.fill(result, -1);
    if (rows == 0 || columns == 0) {
      return result;
    }
    // Minimum-cost perfect assignment on the square matrix padded with zeros, cost = -weight,
    // 1-based as in the classic formulation: p[j] is the row assigned to column j.
    int n = Math.max(rows, columns);
    BigInteger[] u = new BigInteger[n + 1];
    BigInteger[] v = new BigInteger[n + 1];
    Arrays.fill(u, BigInteger.ZERO);
    Arrays.fill(v, BigInteger.ZERO);
    int[] p = new int[n + 1];
    int[] way = new int[n + 1];
    for (int i = 1; i <= n; i++) {
      p[0] = i;
      int j0 = 0;
      BigInteger[] minv = new BigInteger[n + 1]; // null stands for infinity
      boolean[] used = new boolean[n + 1];
      do {
        used[j0] = true;
        int i0 = p[j0];
        BigInteger delta = null;
        int j1 = 0;
        for (int j = 1; j <= n; j++) {
          if (used[j]) {
            continue;
          }
          BigInteger cur = cost(weight, i0, j).subtract(u[i0]).subtract(v[j]);
          if (minv[j] == null || cur.compareTo(minv[j]) < 0) {
            minv[j] = cur;
            way[j] = j0;
          }
          if (delta == null || minv[j].compareTo(delta) < 0) {
            delta = minv[j];
            j1 = j;
          }
        }
        for (int j = 0; j <= n; j++) {
          if (used[j]) {
            u[p[j]] = u[p[j]].add(delta);
            v[j] = v[j].subtract(delta);
          } else {
            minv[j] = minv[j].subtract(delta);
          }
        }
        j0 = j1;
      } while (p[j0] != 0);
      do {
        int j1 = way[j0];
        p[j0] = p[j1];
        j0 = j1;
      } while (j0 != 0);
    }
    for (int j = 1; j <= n; j++) {
      int i = p[j] - 1;
      if (i < rows && j - 1 < columns && weight[i][j - 1].signum() > 0) {
        result[i] = j - 1;
      }
    }
    return result;
  }

  /**
   * Returns, for each column, the row the best assignment pairs it with, or -1. Only linked pairs
   * can pair, so each group of rows and columns connected by links is weighed and assigned on its
   * own ({@link #maximise}), which keeps the matrices small; rows and columns keep their order
   * within a group.
   */
  static int[] maximiseByGroups(int rows, int columns, Link link, GroupWeights weights) {
    DisjointSets groups = new DisjointSets(rows + columns);
    for (int row = 0; row < rows; row++) {
      for (int column = 0; column < columns; column++) {
        if (link.between(row, column)) {
          groups.union(row, rows + column);
        }
      }
    }
    Map<Integer, List<Integer>> groupRows = new TreeMap<>();
    Map<Integer, List<Integer>> groupColumns = new TreeMap<>();
    for (int row = 0; row < rows; row++) {
      groupRows.computeIfAbsent(groups.find(row), k -> new ArrayList<>()).add(row);
    }
    for (int column = 0; column < columns; column++) {
      groupColumns.computeIfAbsent(groups.find(rows + column), k -> new ArrayList<>()).add(column);
    }
    int[] rowOf = new int[columns];
    Arrays.fill(rowOf, -1);
    groupColumns.forEach((root, cs) -> {
      List<Integer> rs = groupRows.get(root);
      if (rs == null) {
        return; // columns linked to no row stay unassigned
      }
      int[] assigned = maximise(weights.of(rs, cs));
      for (int r = 0; r < rs.size(); r++) {
        if (assigned[r] >= 0) {
          rowOf[cs.get(assigned[r])] = rs.get(r);
        }
      }
    });
    return rowOf;
  }

  private static BigInteger cost(BigInteger[][] weight, int row, int column) {
    return row <= weight.length && column <= weight[0].length
        ? weight[row - 1][column - 1].negate() : BigInteger.ZERO;
  }
}
