package io.github.newscorpus.eval;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Tests {@link Assignment} on matrices whose best assignment is found by hand. */
class AssignmentTest {

  @Test
  void findsTheOptimumWhereGreedyFails() {
    // greedy takes the 9 (row 0 → column 0) and is left with 1: 10; the best is 8 + 7 = 15
    double[][] w = {{9, 8}, {7, 1}};
    assertArrayEquals(new int[] {1, 0}, Assignment.maximal(w));
    assertEquals(15, Assignment.maximum(w), 1e-12);
  }

  @Test
  void leavesARowUnassignedWhenColumnsRunOut() {
    // three rows, two columns: rows 0 and 2 take their 5s, row 1 (at most 4) gets none
    double[][] w = {{5, 0}, {4, 4}, {0, 5}};
    assertArrayEquals(new int[] {0, -1, 1}, Assignment.maximal(w));
    assertEquals(10, Assignment.maximum(w), 1e-12);
  }

  @Test
  void leavesAColumnUnusedWhenRowsRunOut() {
    // one row, three columns: the largest weight
    assertArrayEquals(new int[] {2}, Assignment.maximal(new double[][] {{1, 2, 3}}));
  }

  @Test
  void findsTheOptimumOfAThreeByThree() {
    // all six permutations: 0-1-2: 3+5+2=10, 0-2-1: 3+1+4=8, 1-0-2: 6+2+2=10,
    // 1-2-0: 6+1+7=14, 2-0-1: 1+2+4=7, 2-1-0: 1+5+7=13 → 1-2-0
    double[][] w = {{3, 6, 1}, {2, 5, 1}, {7, 4, 2}};
    assertArrayEquals(new int[] {1, 2, 0}, Assignment.maximal(w));
    assertEquals(14, Assignment.maximum(w), 1e-12);
  }

  @Test
  void noRowsGiveNothing() {
    assertArrayEquals(new int[0], Assignment.maximal(new double[0][]));
    assertEquals(0, Assignment.maximum(new double[0][]), 0);
  }
}
